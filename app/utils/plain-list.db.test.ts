import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { afterCursorDesc } from "./keyset";
import { db, isPostgres, write } from "./db.server";
import { plainList, type ListWhere } from "./plain-list.server";

/**
 * plainList against Prisma's findMany, on SQLite and (TEST_PG_URL) on
 * PostgreSQL: every filter shape the lists use, the same rows in the same
 * order with the same values.
 */
afterAll(() => db.$disconnect());

const select = { id: true, code: true, title: true, kind: true, status: true, submittedAt: true, dueAt: true, nextDueAt: true, unitId: true, assigneeId: true } as const;
const day = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-10-01T02:00:00.000Z");
let units: string[] = [];
let handler = "";

beforeAll(async () => {
  await write(async (tx) => {
    const level = await tx.unitLevel.upsert({ where: { code: "COMMUNE" }, create: { code: "COMMUNE", nameVi: "Xã", nameEn: "Commune", rank: 3 }, update: {} });
    units = [];
    for (const code of ["PLAIN-A", "PLAIN-B", "PLAIN-C"]) {
      units.push((await tx.unit.create({ data: { code, name: code, nameSearch: code.toLowerCase(), levelId: level.id, path: `/${code}/` } })).id);
    }
    handler = (await tx.user.create({ data: { fullName: "Cán bộ", nameSearch: "can bo", passwordHash: "x", role: "HANDLER", unitId: units[0] } })).id;
    const titles = ["Đèn đường hỏng", "Giảm 50% phí", "mã a_b sai", "Rác thải \\ ống cống", "Đường ngập"];
    for (let i = 0; i < 40; i++) {
      const title = `${titles[i % titles.length]} ${i}`;
      await tx.case.create({
        data: {
          code: `PLAIN-2026-${String(i).padStart(6, "0")}`,
          kind: ["FEEDBACK", "COMPLAINT", "PETITION"][i % 3]!,
          channel: "ONLINE",
          status: ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "RESOLVED"][i % 4]!,
          unitId: units[i % 3]!,
          originUnitId: units[i % 3]!,
          assigneeId: i % 5 === 0 ? handler : null,
          title,
          description: title,
          searchText: title.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase(),
          // Ties on submittedAt (every third pair) so the id decides the order.
          submittedAt: new Date(t0.getTime() + Math.floor(i / 2) * 3_600_000),
          dueAt: i % 7 === 0 ? null : new Date(t0.getTime() + (i % 11) * day),
          nextDueAt: i % 4 === 3 ? null : new Date(t0.getTime() + ((i * 7) % 13) * day),
        },
      });
    }
  });
});

const newest = [{ submittedAt: "desc" as const }, { id: "desc" as const }];
const byDue = [{ nextDueAt: "asc" as const }, { id: "asc" as const }];

async function same(where: ListWhere, orderBy: typeof newest | typeof byDue = newest, take = 26) {
  const expected = await db.case.findMany({ where, orderBy, take, select });
  const found = await plainList("Case", { where, orderBy, take, select });
  expect(found).toEqual(expected);
  return expected.length;
}

describe("plainList gives what findMany gives", () => {
  test("a unit, several units, none; with status, kind, assignee and null", async () => {
    expect(await same({ unitId: units[0] })).toBeGreaterThan(5);
    expect(await same({ unitId: { in: units.slice(0, 2) } })).toBeGreaterThan(10);
    expect(await same({ unitId: { in: [] } })).toBe(0);
    expect(await same({ unitId: { in: units }, status: "ACCEPTED", kind: "COMPLAINT" })).toBeGreaterThan(0);
    expect(await same({ unitId: { in: units }, assigneeId: handler })).toBeGreaterThan(0);
    expect(await same({ unitId: { in: units }, assigneeId: null })).toBeGreaterThan(0);
    expect(await same({ unitId: { in: units }, status: { in: ["SUBMITTED", "IN_PROGRESS"] } })).toBeGreaterThan(0);
  });

  test("a named index (SQLite's INDEXED BY): the same rows; a name that is no index is refused there", async () => {
    const sqliteIndex = "Case_unit_status_submitted_filters_idx";
    for (const where of [
      { unitId: { in: units }, status: "ACCEPTED", kind: "COMPLAINT" },
      { unitId: { in: units }, status: "SUBMITTED", assigneeId: null },
      { unitId: units[1], status: "IN_PROGRESS" },
    ]) {
      const expected = await db.case.findMany({ where, orderBy: newest, take: 26, select });
      expect(expected.length, JSON.stringify(where)).toBeGreaterThan(0);
      expect(await plainList("Case", { where, orderBy: newest, take: 26, select, sqliteIndex })).toEqual(expected);
    }
    const misnamed = plainList("Case", { where: { unitId: units[0] }, orderBy: newest, take: 5, select, sqliteIndex: "Case_no_such_idx" });
    if (isPostgres()) expect((await misnamed).length).toBe(5);
    else await expect(misnamed).rejects.toThrow(/no such index/);
    // A unit-by-unit read names its index in eachOf; both at once is a slip.
    await expect(plainList("Case", { where: { unitId: { in: units } }, orderBy: newest, take: 5, select, sqliteIndex, eachOf: { field: "unitId", values: units } })).rejects.toThrow(/eachOf/);
  });

  test("deadlines: before, between, not null; sorted by deadline with its keyset", async () => {
    const at = new Date(t0.getTime() + 5 * day);
    expect(await same({ unitId: { in: units }, nextDueAt: { lt: at } })).toBeGreaterThan(0);
    expect(await same({ unitId: { in: units }, nextDueAt: { gte: at, lte: new Date(at.getTime() + 3 * day) } })).toBeGreaterThan(0);
    expect(await same({ unitId: { in: units }, nextDueAt: { not: null } }, byDue)).toBeGreaterThan(0);
    const page = await db.case.findMany({ where: { unitId: { in: units }, nextDueAt: { not: null } }, orderBy: byDue, take: 7, select });
    const last = page.at(-1)!;
    const after = { OR: [{ nextDueAt: { gt: last.nextDueAt } }, { nextDueAt: last.nextDueAt, id: { gt: last.id } }] };
    expect(await same({ unitId: { in: units }, nextDueAt: { not: null }, ...after }, byDue, 7)).toBe(7);
  });

  test("newest first, page after page, through ties on the date", async () => {
    let cursor: { id: string; at: string } | null = null;
    let seen = 0;
    for (let pages = 0; pages < 10; pages++) {
      const where: ListWhere = { unitId: { in: units }, ...afterCursorDesc("submittedAt", cursor) };
      const rows = await db.case.findMany({ where, orderBy: newest, take: 6, select });
      expect(await same(where, newest, 6)).toBe(rows.length);
      seen += rows.length;
      if (rows.length < 6) break;
      cursor = { id: rows.at(-1)!.id, at: rows.at(-1)!.submittedAt.toISOString() };
    }
    expect(seen).toBe(40);
  });

  test("a searched text: its words ANDed; %, _ and \\ stand for themselves", async () => {
    expect(await same({ unitId: { in: units }, searchText: { contains: "den duong" } })).toBeGreaterThan(0);
    expect(await same({ unitId: { in: units }, AND: [{ searchText: { contains: "duong" } }, { searchText: { contains: "ngap" } }] })).toBeGreaterThan(0);
    const ids = (await db.case.findMany({ where: { unitId: units[1] }, select: { id: true }, take: 4 })).map((r) => r.id);
    expect(await same({ unitId: { in: units }, id: { in: ids } })).toBe(4);
    // LIKE's wildcards are text here (Prisma's contains left them as wildcards: "5%" found "50%").
    const found = async (text: string) =>
      (await plainList<{ title: string }>("Case", { where: { unitId: { in: units }, searchText: { contains: text } }, orderBy: newest, take: 50, select })).map((r) => r.title);
    const titlesWith = async (text: string) => (await db.case.findMany({ select: { title: true, searchText: true }, where: { unitId: { in: units } } })).filter((c) => c.searchText.includes(text)).length;
    for (const text of ["50%", "5%", "a_b", "a_", "m_", "\\ ong", "\\"]) expect((await found(text)).length, text).toBe(await titlesWith(text));
    expect((await found("50%")).length).toBeGreaterThan(0);
    expect(await found("5%")).toEqual([]);
    expect(await found("m_")).toEqual([]);
    expect((await found("\\ ong")).length).toBeGreaterThan(0);
  });

  test("unit by unit (eachOf): the same page as all the units at once, in both orders and after a cursor", async () => {
    const at = new Date(t0.getTime() + 6 * day);
    const eachOf = { field: "unitId", values: units };
    const check = async (where: ListWhere, orderBy: typeof newest | typeof byDue, take: number) => {
      const expected = await db.case.findMany({ where: { ...where, unitId: { in: units } }, orderBy, take, select });
      expect(await plainList("Case", { where: { ...where, unitId: { in: units } }, orderBy, take, select, eachOf })).toEqual(expected);
      return expected;
    };
    const overdue = { nextDueAt: { lt: at } };
    const first = await check(overdue, newest, 5);
    expect(first).toHaveLength(5);
    const last = first.at(-1)!;
    expect((await check({ ...overdue, ...afterCursorDesc("submittedAt", { id: last.id, at: last.submittedAt.toISOString() }) }, newest, 5)).length).toBeGreaterThan(0);
    expect((await check({ nextDueAt: { not: null }, status: { in: ["SUBMITTED", "ACCEPTED"] } }, byDue, 7)).length).toBeGreaterThan(0);
    // Named index on SQLite (ignored on PostgreSQL): the open-case index serves the overdue filter.
    const named = { ...eachOf, sqliteIndex: "Case_unitId_submittedAt_open_idx" };
    expect(await plainList("Case", { where: { ...overdue, unitId: { in: units } }, orderBy: newest, take: 5, select, eachOf: named })).toEqual(first);
  });

  test("nulls last: rows without a deadline after the others, as Prisma orders them, alone and unit by unit", async () => {
    const orderBy = [{ nextDueAt: { sort: "asc" as const, nulls: "last" as const } }, { id: "asc" as const }];
    for (const where of [{ unitId: { in: units } }, { unitId: units[1] }, { unitId: { in: units }, status: { in: ["SUBMITTED", "RESOLVED"] } }]) {
      const expected = await db.case.findMany({ where, orderBy, take: 40, select });
      expect(expected.at(-1)!.nextDueAt).toBeNull(); // some rows have no deadline, and they come last
      expect(await plainList("Case", { where, orderBy, take: 40, select })).toEqual(expected);
      const eachOf = { field: "unitId", values: units };
      expect(await plainList("Case", { where: { ...where, unitId: { in: units } }, orderBy, take: 12, select, eachOf })).toEqual(
        await db.case.findMany({ where: { ...where, unitId: { in: units } }, orderBy, take: 12, select }),
      );
    }
  });

  test("a filter it does not understand throws instead of being ignored", async () => {
    await expect(plainList("Case", { where: { title: { startsWith: "Đèn" } }, orderBy: newest, take: 5, select })).rejects.toThrow(/unsupported/);
    await expect(plainList("Case", { where: { NOT: { status: "SUBMITTED" } }, orderBy: newest, take: 5, select })).rejects.toThrow();
  });
});
