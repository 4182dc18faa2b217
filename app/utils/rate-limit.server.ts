import { db, write } from "./db.server";
import { getEnv } from "./env.server";

/**
 * Fixed-window counters kept in the database, so every app server behind a
 * load balancer shares them (no per-process memory).
 */
export type Limit = { max: number; windowMs: number };

export const limits = {
  /** Failed sign-ins for one account: 5 per 15 minutes. */
  loginPerAccount: { max: 5, windowMs: 15 * 60 * 1000 },
  /** Failed sign-ins from one address: 20 per 15 minutes (a shared office NAT has many users). */
  loginPerAddress: { max: 20, windowMs: 15 * 60 * 1000 },
  /** Registration attempts from one address: 20 per hour by default (failed ones count too). */
  get registerPerAddress(): Limit {
    return { max: getEnv().REGISTER_PER_ADDRESS_HOURLY, windowMs: 60 * 60 * 1000 };
  },
  /** Tracking-code lookups from one address: 30 per 10 minutes (stops guessing codes). */
  lookupPerAddress: { max: 30, windowMs: 10 * 60 * 1000 },
} satisfies Record<string, Limit>;

/** Seconds to wait if `key` has used up its window, else 0. Does not count. */
export async function retryAfter(key: string, limit: Limit, now = new Date()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row) return 0;
  const endsAt = row.windowStart.getTime() + limit.windowMs;
  if (endsAt <= now.getTime() || row.count < limit.max) return 0;
  return Math.ceil((endsAt - now.getTime()) / 1000);
}

/** Counts one hit against `key`; returns the seconds to wait if that used up the window. */
export async function hit(key: string, limit: Limit, now = new Date()): Promise<number> {
  return write(async (tx) => {
    // One atomic statement (INSERT … ON CONFLICT DO UPDATE on PostgreSQL): concurrent first
    // hits cannot both "create" and lose a count.
    let row = await tx.rateLimit.upsert({
      where: { key },
      create: { key, windowStart: now, count: 1 },
      update: { count: { increment: 1 } },
    });
    if (row.windowStart.getTime() + limit.windowMs <= now.getTime()) {
      // The old window is over: start a new one with this hit (only one of several racers resets).
      await tx.rateLimit.updateMany({ where: { key, windowStart: row.windowStart }, data: { windowStart: now, count: 1 } });
      row = await tx.rateLimit.findUniqueOrThrow({ where: { key } });
    }
    if (row.count < limit.max) return 0;
    return Math.max(1, Math.ceil((row.windowStart.getTime() + limit.windowMs - now.getTime()) / 1000));
  });
}

export async function reset(key: string): Promise<void> {
  await write((tx) => tx.rateLimit.deleteMany({ where: { key } }));
}
