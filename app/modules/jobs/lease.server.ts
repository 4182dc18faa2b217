import { randomUUID } from "node:crypto";
import { db, isUniqueViolation, write, type Tx } from "~/utils/db.server";

/** This process's name in job leases. */
export const instanceId = `${process.pid}-${randomUUID().slice(0, 8)}`;

/**
 * Runs `fn` only if this instance takes the job's lease: with several app
 * servers on one database, each job runs on one of them at a time. A crashed
 * holder's lease simply expires.
 */
export async function withLease<T>(name: string, leaseMs: number, fn: () => Promise<T>, now = new Date()): Promise<{ ran: false } | { ran: true; result: T }> {
  const until = new Date(now.getTime() + leaseMs);
  try {
    await write((tx) => tx.jobLease.create({ data: { name, holder: null, leaseUntil: new Date(0) } }));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const taken = await write((tx) =>
    tx.jobLease.updateMany({
      where: { name, OR: [{ leaseUntil: { lt: now } }, { holder: instanceId }] },
      data: { holder: instanceId, leaseUntil: until },
    }),
  );
  if (taken.count === 0) return { ran: false };
  try {
    const result = await fn();
    await write((tx) =>
      tx.jobLease.updateMany({
        where: { name, holder: instanceId },
        data: { holder: null, leaseUntil: new Date(0), lastRunAt: new Date(), lastResult: JSON.stringify(result ?? null).slice(0, 500) },
      }),
    );
    return { ran: true, result };
  } catch (error) {
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
