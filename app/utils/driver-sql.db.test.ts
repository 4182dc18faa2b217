import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { db, disconnectDatabase, isPostgres, Prisma, write } from "./db.server";
import { readRows, selectRows } from "./driver-sql.server";
import { take } from "./rate-limit.server";

/**
 * Reads sent past Prisma (driver-sql.server.ts) against Prisma's own $queryRaw,
 * on SQLite and (TEST_PG_URL) on PostgreSQL: the same values with the same
 * types, bound dates and booleans that find the rows Prisma wrote, and only
 * committed rows; and a one-statement write (a rate-limit counter) that skips
 * Prisma's transaction when it can and queues behind a writer when it cannot.
 */
// A server in Vietnam may run on Vietnam's time (UTC+7): the stored times are UTC all the same.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "Asia/Ho_Chi_Minh";
});
afterAll(async () => {
  await disconnectDatabase();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const submitted = new Date("2026-10-01T02:03:04.567Z");
const onTheSecond = new Date("2026-10-02T00:00:00.000Z");
let unitId = "";
let userId = "";

beforeAll(async () => {
  await write(async (tx) => {
    const level = await tx.unitLevel.upsert({ where: { code: "COMMUNE" }, create: { code: "COMMUNE", nameVi: "Xã", nameEn: "Commune", rank: 3 }, update: {} });
    unitId = (await tx.unit.create({ data: { code: "READ-A", name: "Xã Đọc", nameSearch: "xa doc", levelId: level.id, path: "/READ-A/" } })).id;
    userId = (await tx.user.create({ data: { fullName: "Lò Thị Đọc", nameSearch: "lo thi doc", passwordHash: "x", role: "HANDLER", unitId, identityVerified: true } })).id;
    for (const [i, at] of [submitted, onTheSecond].entries()) {
      await tx.case.create({
        data: {
          code: `READ-2026-00000${i}`,
          kind: "FEEDBACK",
          channel: "ONLINE",
          status: "SUBMITTED",
          unitId,
          originUnitId: unitId,
          assigneeId: i === 0 ? userId : null,
          title: `Đèn đường hỏng ${i}`,
          description: "x",
          searchText: `den duong hong ${i}`,
          submittedAt: at,
          dueAt: i === 0 ? new Date(at.getTime() + 86_400_000) : null,
        },
      });
    }
  });
});

test("rows come back as Prisma's $queryRaw gives them: dates, booleans, nulls, text, counts as numbers", async () => {
  expect(new Date("2026-10-01T00:00:00").getTime()).not.toBe(Date.parse("2026-10-01T00:00:00Z")); // the zone took effect
  const query = Prisma.sql`
    SELECT c."code" AS "code", c."title" AS "title", c."submittedAt" AS "submittedAt", c."dueAt" AS "dueAt",
           u."identityVerified" AS "verified", u."disabled" AS "disabled",
           (SELECT COUNT(*) FROM "Case" k WHERE k."unitId" = c."unitId") AS "n"
    FROM "Case" c LEFT JOIN "User" u ON u."id" = c."assigneeId"
    WHERE c."unitId" = ${unitId}
    ORDER BY c."code"`;
  const viaPrisma = await db.$queryRaw<Record<string, unknown>[]>(query);
  const direct = await readRows<Record<string, unknown>>(query);
  expect(direct).toEqual(viaPrisma.map((row) => ({ ...row, n: Number(row.n) })));
  expect(direct[0]).toMatchObject({ title: "Đèn đường hỏng 0", submittedAt: submitted, verified: true, disabled: false, n: 2 });
  expect(direct[0]!.submittedAt).toBeInstanceOf(Date);
  expect(direct[1]).toMatchObject({ dueAt: null, verified: null });
});

test("bound dates and booleans compare as the stored values do", async () => {
  const exact = await selectRows<{ code: string }>`SELECT "code" FROM "Case" WHERE "unitId" = ${unitId} AND "submittedAt" = ${submitted}`;
  expect(exact.map((r) => r.code)).toEqual(["READ-2026-000000"]);
  // A date on the second is written without milliseconds on PostgreSQL and with ".000" on SQLite.
  const second = await selectRows<{ code: string }>`SELECT "code" FROM "Case" WHERE "unitId" = ${unitId} AND "submittedAt" = ${onTheSecond}`;
  expect(second.map((r) => r.code)).toEqual(["READ-2026-000001"]);
  const after = await selectRows<{ code: string }>`SELECT "code" FROM "Case" WHERE "unitId" = ${unitId} AND "submittedAt" > ${new Date(submitted.getTime() + 1)}`;
  expect(after.map((r) => r.code)).toEqual(["READ-2026-000001"]);
  const enabled = await selectRows<{ id: string }>`SELECT "id" FROM "User" WHERE "id" = ${userId} AND "disabled" = ${false}`;
  expect(enabled).toEqual([{ id: userId }]);
});

test("a read sees only committed rows, never a write transaction still open", async () => {
  const count = async () => (await selectRows<{ n: number }>`SELECT COUNT(*) AS "n" FROM "Case" WHERE "unitId" = ${unitId}`)[0]!.n;
  let seenInside = -1;
  await write(async (tx) => {
    await tx.case.create({
      data: { code: "READ-2026-000009", kind: "FEEDBACK", channel: "ONLINE", status: "SUBMITTED", unitId, originUnitId: unitId, title: "t", description: "d", searchText: "t" },
    });
    seenInside = await count();
  });
  expect(seenInside).toBe(2);
  expect(await count()).toBe(3);
});

test("refuses anything but a SELECT", async () => {
  await expect(readRows(Prisma.sql`DELETE FROM "Case" WHERE "unitId" = ${unitId}`)).rejects.toThrow(/only a SELECT/);
  expect(await db.case.count({ where: { unitId } })).toBe(3);
});

test("a counter is raised without a Prisma transaction while the database's writer is free", async () => {
  // Counts the client's transactions (write() opens one each time) for the length of this test.
  let transactions = 0;
  const own = db.$transaction.bind(db);
  Object.defineProperty(db, "$transaction", { configurable: true, value: (...args: Parameters<typeof own>) => (transactions++, own(...args)) });
  try {
    const limit = { max: 2, windowMs: 60_000 };
    const now = new Date();
    expect(await take("driver:free", limit, now)).toEqual({ ok: true });
    expect(await take("driver:free", limit, now)).toEqual({ ok: true });
    expect(await take("driver:free", limit, now)).toEqual({ ok: false, retryAfter: 60 });
    expect(transactions).toBe(0);
    await write((tx) => tx.setting.upsert({ where: { key: "driver:probe" }, create: { key: "driver:probe", value: "1" }, update: {} }));
    expect(transactions).toBe(1); // the count above would have seen a write()
  } finally {
    delete (db as unknown as Record<string, unknown>).$transaction;
  }
  expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "driver:free" } })).count).toBe(3);
});

test("while a write() holds the writer, a counter waits for it instead of failing or blocking it", async () => {
  const limit = { max: 100, windowMs: 60_000 };
  const order: string[] = [];
  let counted: Promise<unknown> = Promise.resolve();
  await write(async (tx) => {
    await tx.setting.upsert({ where: { key: "driver:lock" }, create: { key: "driver:lock", value: "1" }, update: { value: "2" } });
    counted = take("driver:busy", limit).then(() => order.push("counted"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.push("committed");
  });
  await counted;
  // SQLite has one writer: the counter went through a write() of its own, after this one.
  // PostgreSQL locks rows, not the database: the counter did not wait.
  expect(order).toEqual(isPostgres() ? ["counted", "committed"] : ["committed", "counted"]);
  expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "driver:busy" } })).count).toBe(1);
});
