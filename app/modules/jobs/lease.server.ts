import { randomUUID } from "node:crypto";
import { db, isUniqueViolation, write, type Tx } from "~/utils/db.server";

/** This process's name in job leases. */
export const instanceId = `${process.pid}-${randomUUID().slice(0, 8)}`;

/**
 * How long a lease lasts without news from its holder. The holder renews it
 * every third of that while the job runs, so a long job keeps it, and a
 * server killed mid-job (no chance to release it) blocks the job for at most
 * this long, not for the job's whole length.
 */
export const LEASE_MS = 60_000;

export type LeaseOptions = {
  /** Lease length without renewal (LEASE_MS; tests use less). */
  leaseMs?: number;
  /**
   * How long to wait for a lease another process holds, then run (a
   * command-line round: cron or an operator asking for the figures now
   * expects them counted, not skipped). 0, the servers' rounds: skip, the
   * holder is doing the job.
   */
  waitMs?: number;
};

async function take(name: string, leaseMs: number): Promise<boolean> {
  const now = new Date();
  const taken = await write((tx) =>
    tx.jobLease.updateMany({
      where: { name, OR: [{ leaseUntil: { lt: now } }, { holder: instanceId }] },
      data: { holder: instanceId, leaseUntil: new Date(now.getTime() + leaseMs) },
    }),
  );
  return taken.count > 0;
}

/**
 * Runs `fn` only if this instance takes the job's lease: with several app
 * servers on one database, each job runs on one of them at a time. Leases
 * are on the wall clock (a round run "as of" another date still holds its
 * lease for real seconds).
 */
export async function withLease<T>(name: string, fn: () => Promise<T>, options: LeaseOptions = {}): Promise<{ ran: false } | { ran: true; result: T }> {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  try {
    await write((tx) => tx.jobLease.create({ data: { name, holder: null, leaseUntil: new Date(0) } }));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const giveUpAt = Date.now() + (options.waitMs ?? 0);
  while (!(await take(name, leaseMs))) {
    if (Date.now() >= giveUpAt) return { ran: false };
    await new Promise((resolve) => setTimeout(resolve, Math.min(250, leaseMs / 4)));
  }
  // The heartbeat: the lease moves on while the job runs (a renewal that finds it gone changes nothing).
  const renew = setInterval(() => {
    void write((tx) => tx.jobLease.updateMany({ where: { name, holder: instanceId }, data: { leaseUntil: new Date(Date.now() + leaseMs) } })).catch(() => undefined);
  }, leaseMs / 3);
  renew.unref();
  try {
    const result = await fn();
    clearInterval(renew);
    await write((tx) =>
      tx.jobLease.updateMany({
        where: { name, holder: instanceId },
        data: { holder: null, leaseUntil: new Date(0), lastRunAt: new Date(), lastResult: JSON.stringify(result ?? null).slice(0, 500) },
      }),
    );
    return { ran: true, result };
  } catch (error) {
    clearInterval(renew);
    await write((tx) => tx.jobLease.updateMany({ where: { name, holder: instanceId }, data: { holder: null, leaseUntil: new Date(0) } }));
    throw error;
  }
}

/** Gives up every lease this instance holds (shutdown): another server may run the jobs at once. */
export async function releaseLeases(): Promise<number> {
  const released = await write((tx) => tx.jobLease.updateMany({ where: { holder: instanceId }, data: { holder: null, leaseUntil: new Date(0) } }));
  return released.count;
}

/** Marks a one-time thing done (a reminder for a case and day); false if it was already done. */
export async function markOnce(key: string): Promise<boolean> {
  try {
    await write((tx) => tx.jobMark.create({ data: { key } }));
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function isMarked(key: string): Promise<boolean> {
  return (await db.jobMark.findUnique({ where: { key } })) !== null;
}

/** Runs `fn` once per key: the mark and what it guards commit together (a reminder sent once, however often a job runs). */
export async function once(key: string, fn: (tx: Tx) => Promise<void>): Promise<boolean> {
  try {
    await write(async (tx) => {
      await tx.jobMark.create({ data: { key } });
      await fn(tx);
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
