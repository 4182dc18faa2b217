import type { HeadersFunction } from "@remix-run/node";
import { db, Prisma, write, type Tx } from "./db.server";
import { atomicRows } from "./driver-sql.server";
import { getEnv } from "./env.server";

/**
 * Fixed-window counters kept in the database, so every app server behind a
 * load balancer shares them (no per-process memory).
 *
 * Increment first, then decide: the count of THIS attempt comes back from the
 * same transaction that raised it, so of 40 requests arriving together only
 * `max` get through. (Checking first and counting after the ~100 ms of
 * password hashing let all 40 through.) On SQLite the transactions are
 * serialised; on PostgreSQL the upsert locks the row until commit, so the
 * next request's upsert waits and sees the new count.
 */
export type Limit = { max: number; windowMs: number };

export const limits = {
  /** Registration attempts from one address: 20 per hour by default (failed ones count too). */
  get registerPerAddress(): Limit {
    return { max: getEnv().REGISTER_PER_ADDRESS_HOURLY, windowMs: 60 * 60 * 1000 };
  },
  /** Tracking-code lookups from one address: 30 per 10 minutes (stops guessing codes). */
  lookupPerAddress: { max: 30, windowMs: 10 * 60 * 1000 },
  /** Online filings (sent forms, accepted or not) from one address: 30 per hour by default. */
  get filingPerAddress(): Limit {
    return { max: getEnv().FILING_PER_ADDRESS_HOURLY, windowMs: 60 * 60 * 1000 };
  },
  /** Bytes of evidence kept for forms sent back for correction, per address and day. */
  pendingBytesPerAddress: { max: 100 * 1024 * 1024, windowMs: 24 * 60 * 60 * 1000 },
} satisfies Record<string, Limit>;

export type Counter = { count: number; windowStart: Date; blockedUntil: Date | null };

type CounterRow = { count: number | bigint; windowStart: Date | string; blockedUntil: Date | string | null };

/**
 * Adds `amount` to `key` (a new window when the old one is over), returning the counter as it then stands.
 * One atomic statement on both providers (INSERT … ON CONFLICT DO UPDATE … RETURNING): concurrent
 * first hits cannot both "create" and lose a count, and a window that is over restarts in the same
 * statement (SET reads the row as it was). Plain SQL: the lookup and the forms call this on every
 * request, and Prisma's upsert plus the window's update cost more CPU than the rest of the lookup.
 */
function bumpSql(key: string, windowMs: number, now: Date, amount: number): Prisma.Sql {
  const over = new Date(now.getTime() - windowMs);
  return Prisma.sql`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, ${amount})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${over} THEN ${amount} ELSE "RateLimit"."count" + ${amount} END,
      "blockedUntil" = CASE WHEN "RateLimit"."windowStart" <= ${over} THEN NULL ELSE "RateLimit"."blockedUntil" END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${over} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart", "blockedUntil"`;
}

function counterOf(rows: CounterRow[]): Counter {
  const row = rows[0]!;
  return { count: Number(row.count), windowStart: new Date(row.windowStart), blockedUntil: row.blockedUntil === null ? null : new Date(row.blockedUntil) };
}

/** bumpSql inside the caller's transaction (when the count must stand or fall with other writes). */
export async function bump(tx: Tx, key: string, windowMs: number, now: Date, amount = 1): Promise<Counter> {
  return counterOf(await tx.$queryRaw<CounterRow[]>(bumpSql(key, windowMs, now, amount)));
}

/**
 * bumpSql on its own, committed at once: straight to the driver when the
 * database's writer is free, else as a write() of its own (driver-sql.server.ts).
 */
async function bumpNow(key: string, windowMs: number, now: Date, amount = 1): Promise<Counter> {
  const query = bumpSql(key, windowMs, now, amount);
  return counterOf(await atomicRows<CounterRow>(query, () => write((tx) => tx.$queryRaw<CounterRow[]>(query))));
}

function secondsLeft(counter: Counter, limit: Limit, now: Date): number {
  return Math.max(1, Math.ceil((counter.windowStart.getTime() + limit.windowMs - now.getTime()) / 1000));
}

/** Counts this attempt, then says whether it may go ahead: the first `max` of a window may. */
export async function take(key: string, limit: Limit, now = new Date(), amount = 1): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  const counter = await bumpNow(key, limit.windowMs, now, amount);
  return counter.count <= limit.max ? { ok: true } : { ok: false, retryAfter: secondsLeft(counter, limit, now) };
}

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
  const counter = await bumpNow(key, limit.windowMs, now);
  return counter.count < limit.max ? 0 : secondsLeft(counter, limit, now);
}

export async function reset(key: string): Promise<void> {
  await write((tx) => tx.rateLimit.deleteMany({ where: { key } }));
}

/**
 * Counters whose window ended long ago and that block nothing: every address
 * that ever looked a case up, filed or tried to sign in leaves one, so without
 * this the table would grow with every visitor for ever. A counter is spent
 * once the longest window (a day) has passed since it started and its block,
 * if any, is over. Deleted in batches, each its own short write, so the jobs
 * never hold the SQLite writer for long (docs/architecture.md, the write rule).
 */
export async function deleteSpentRateLimits(now = new Date(), batchSize = 1_000): Promise<number> {
  const longestWindowMs = Math.max(...Object.values(limits).map((limit) => limit.windowMs));
  const spent = { windowStart: { lt: new Date(now.getTime() - longestWindowMs) }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] };
  let deleted = 0;
  for (;;) {
    const keys = (await db.rateLimit.findMany({ where: spent, select: { key: true }, orderBy: { windowStart: "asc" }, take: batchSize })).map((row) => row.key);
    if (!keys.length) return deleted;
    // Checked again inside the write: a counter raised since the read is no longer spent.
    deleted += (await write((tx) => tx.rateLimit.deleteMany({ where: { key: { in: keys }, ...spent } }))).count;
    if (keys.length < batchSize) return deleted;
  }
}

/** How a form over its limit is answered: 429, and in how many seconds to try again. */
export function tooManyRequests(retryAfter: number) {
  return { status: 429, headers: { "Retry-After": String(retryAfter) } };
}

/**
 * A limited route's `headers` export, so the Retry-After of its action (or of
 * its loader, for a lookup by address bar) reaches the browser: a page is
 * answered whole, with headers from this function, not from the action's or
 * loader's own answer.
 */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
