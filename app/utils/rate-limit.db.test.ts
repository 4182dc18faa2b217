import { afterAll, describe, expect, test } from "vitest";
import { db } from "./db.server";
import { hit, reset, retryAfter, take } from "./rate-limit.server";

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
