import { afterAll, describe, expect, test } from "vitest";
import { db } from "./db.server";
import { bump, deleteSpentRateLimits, hit, reset, retryAfter, take } from "./rate-limit.server";
import { write } from "./db.server";

afterAll(() => db.$disconnect());

const limit = { max: 3, windowMs: 60_000 };

describe("database rate limits", () => {
  test("blocks after max hits until the window ends", async () => {
    const t0 = new Date("2026-11-27T10:00:00Z");
    expect(await hit("k1", limit, t0)).toBe(0);
    expect(await hit("k1", limit, t0)).toBe(0);
    expect(await retryAfter("k1", limit, t0)).toBe(0);
    expect(await hit("k1", limit, t0)).toBe(60);
    expect(await retryAfter("k1", limit, new Date(t0.getTime() + 30_000))).toBe(30);
    // A new window starts afresh.
    const later = new Date(t0.getTime() + 61_000);
    expect(await retryAfter("k1", limit, later)).toBe(0);
    expect(await hit("k1", limit, later)).toBe(0);
  });

  test("keys are independent, and reset clears one", async () => {
    const now = new Date();
    for (let i = 0; i < 3; i++) await hit("a", limit, now);
    expect(await retryAfter("a", limit, now)).toBeGreaterThan(0);
    expect(await retryAfter("b", limit, now)).toBe(0);
    await reset("a");
    expect(await retryAfter("a", limit, now)).toBe(0);
  });

  test("concurrent hits are all counted", async () => {
    const now = new Date();
    await Promise.all(Array.from({ length: 10 }, () => hit("burst", { max: 100, windowMs: 60_000 }, now)));
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "burst" } })).count).toBe(10);
  });
});

describe("increment first, then decide", () => {
  test("of 40 attempts at once, exactly `max` go ahead (SQLite and PostgreSQL)", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 40 }, () => take("together", { max: 5, windowMs: 60_000 }, now)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "together" } })).count).toBe(40);
  });

  test("a new window starts afresh, and amounts can be more than one", async () => {
    const t0 = new Date("2026-11-27T10:00:00Z");
    const limit = { max: 100, windowMs: 60_000 };
    expect(await take("bytes", limit, t0, 60)).toEqual({ ok: true });
    expect(await take("bytes", limit, t0, 60)).toEqual({ ok: false, retryAfter: 60 });
    expect(await take("bytes", limit, new Date(t0.getTime() + 61_000), 60)).toEqual({ ok: true });
  });
});

describe("one counter, one statement", () => {
  test("the first hit creates it; the next add to it; the hit after its window restarts it and lifts its block, exactly at the edge", async () => {
    const t0 = new Date("2026-11-27T10:00:00Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await write((tx) => bump(tx, "edge", 60_000, t0))).toEqual({ count: 1, windowStart: t0, blockedUntil: null });
    expect(await write((tx) => bump(tx, "edge", 60_000, at(59_999), 2))).toEqual({ count: 3, windowStart: t0, blockedUntil: null });
    // A sign-in block is kept while the window lasts...
    await write((tx) => tx.rateLimit.update({ where: { key: "edge" }, data: { blockedUntil: at(300_000) } }));
    expect(await write((tx) => bump(tx, "edge", 60_000, at(59_999)))).toEqual({ count: 4, windowStart: t0, blockedUntil: at(300_000) });
    // ...and the hit when it has ended (windowStart + windowMs <= now) starts a new one, unblocked.
    expect(await write((tx) => bump(tx, "edge", 60_000, at(60_000)))).toEqual({ count: 1, windowStart: at(60_000), blockedUntil: null });
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "edge" } });
    expect({ count: row.count, windowStart: row.windowStart, blockedUntil: row.blockedUntil }).toEqual({ count: 1, windowStart: at(60_000), blockedUntil: null });
  });
});

describe("spent counters", () => {
  test("are deleted a day after their window started, unless still blocking; the rest are kept", async () => {
    const now = new Date("2026-11-28T12:00:00Z");
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 60 * 60 * 1000);
    await write((tx) => tx.rateLimit.deleteMany()); // the counters of the tests above
    await write((tx) =>
      tx.rateLimit.createMany({
        data: [
          ...Array.from({ length: 5 }, (_, i) => ({ key: `spent:${i}`, windowStart: hoursAgo(25 + i), count: 3 })),
          { key: "spent:block-over", windowStart: hoursAgo(30), count: 9, blockedUntil: hoursAgo(1) },
          { key: "kept:blocking", windowStart: hoursAgo(30), count: 9, blockedUntil: new Date(now.getTime() + 60_000) },
          { key: "kept:today", windowStart: hoursAgo(23), count: 1 },
        ],
      }),
    );
    expect(await deleteSpentRateLimits(now, 2)).toBe(6); // in batches of two
    const left = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key).sort();
    expect(left).toEqual(["kept:blocking", "kept:today"]);
    expect(await deleteSpentRateLimits(now)).toBe(0);
  });
});
