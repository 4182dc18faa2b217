import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { localDate } from "~/modules/deadlines/calendar";
import { buildWorld } from "~/test/world";
import { db, isPostgres, write } from "~/utils/db.server";
import { addTally, emptyTally, figuresOf, sumTallies, tallyFields, tallyOfCase, type Tally } from "./figures";
import { monthsOf } from "./period";
import { rebuildAllStats, refreshStats } from "./refresh.server";
import { computeDashboard, computeRanking, findUnitByCode, handlerFigures, overdueByUnit, overdueCases, overdueSoFar, publicUnits, rollupTarget, type UnitRef } from "./stats.server";

/**
 * The dashboard reads the smallest precomputed rows that answer each question
 * (StatUnit… per unit, StatAll… for the whole province, Stat… per unit, kind
 * and field for a subtree's kinds and fields). This pins every figure it shows
 * to the cases themselves, tallied one by one with figures.ts, and to the
 * per-unit-kind-field rows alone (the read path before the rollups), on a
 * hand-built set of cases in 2016–2017 (no other case is that old): days at
 * both ends of months, around the local midnight of New Year, in a unit below
 * a commune, in an inactive unit below it and in an inactive district (the
 * province's figures count every unit; a subtree's, its active units).
 */
let world: Awaited<ReturnType<typeof buildWorld>>;
let units: UnitRef[];
const PREFIX = "ROLL-";

// Local days (UTC+7): "2016-12-31T16:30Z" is 23:30 on 31 December, "2016-12-31T17:30Z" 00:30 on 1 January.
const instants = [
  "2016-11-30T16:59:00Z",
  "2016-11-30T17:00:00Z",
  "2016-12-01T03:00:00Z",
  "2016-12-09T03:00:00Z",
  "2016-12-10T03:00:00Z",
  "2016-12-15T10:00:00Z",
  "2016-12-31T16:30:00Z",
  "2016-12-31T17:30:00Z",
  "2017-01-01T03:00:00Z",
  "2017-01-10T03:00:00Z",
  "2017-01-31T16:59:00Z",
  "2017-01-31T17:00:00Z",
  "2017-02-14T03:00:00Z",
  "2017-02-15T03:00:00Z",
  "2017-02-28T20:00:00Z",
  "2017-03-05T03:00:00Z",
];
const kinds = ["FEEDBACK", "PETITION", "COMPLAINT", "DENUNCIATION"];
const periods: [string, string][] = [
  ["2016-12-10", "2017-02-14"], // partial months at both ends, across the new year
  ["2016-12-01", "2017-01-31"], // whole months only
  ["2016-11-20", "2017-03-05"],
  ["2016-12-31", "2017-01-01"], // two days either side of the local midnight
  ["2017-01-05", "2017-01-20"], // inside one month
  ["2016-01-01", "2016-12-31"],
  ["2017-01-01", "2017-12-31"],
  ["2015-06-01", "2015-06-30"], // nothing
];

beforeAll(async () => {
  world = await buildWorld();
  const doanket = await world.unit("DOANKET");
  const longsap = await world.unit("LONGSAP");
  const agency = await db.unit.findFirstOrThrow({ where: { active: true, level: { code: "AGENCY" } } });
  const oldDistrict = await db.unit.findFirstOrThrow({ where: { active: false } });
  const other = await db.category.findFirstOrThrow({ where: { code: { not: "LAND" } } });
  // A unit below the commune, and an inactive one beside it.
  const below = await write((tx) =>
    tx.unit.create({ data: { id: "rollupbelow1", code: "ROLLBELOW", name: "Thôn thử", nameSearch: "thon thu", levelId: doanket.levelId, parentId: doanket.id, path: `${doanket.path}rollupbelow1/` } }),
  );
  const closed = await write((tx) =>
    tx.unit.create({ data: { id: "rollupclosed", code: "ROLLCLOSED", name: "Thôn đã nhập", nameSearch: "thon da nhap", levelId: doanket.levelId, parentId: doanket.id, path: `${doanket.path}rollupclosed/`, active: false } }),
  );
  const where = [doanket, longsap, agency, oldDistrict, below, closed];
  const categories = [world.category.id, other.id, null];
  let n = 0;
  await write(async (tx) => {
    for (const [i, at] of instants.entries()) {
      for (const [j, unit] of where.entries()) {
        if ((i + j) % 3 === 2) continue;
        n += 1;
        const submittedAt = new Date(at);
        const outcome = (i * 7 + j * 3) % 6; // resolved on time, resolved late, declined, withdrawn, ended, open
        const resolved = outcome < 2;
        await tx.case.create({
          data: {
            code: `${PREFIX}${String(n).padStart(4, "0")}`,
            kind: kinds[(i + j) % kinds.length]!,
            channel: "ONLINE",
            status: ["CLOSED", "RESOLVED", "DECLINED", "WITHDRAWN", "ENDED", "IN_PROGRESS"][outcome]!,
            unitId: unit.id,
            originUnitId: unit.id,
            categoryId: categories[(i * 2 + j) % categories.length],
            title: `Hồ sơ cộng dồn ${n}`,
            description: "Dữ liệu kiểm thử",
            searchText: "ho so cong don",
            submittedAt,
            receivedAt: new Date(submittedAt.getTime() + ((i + j) % 3) * 3_600_000 * 9),
            resolvedAt: resolved ? new Date(submittedAt.getTime() + (1 + ((i + j) % 20)) * 86_400_000) : null,
            resolvedOnTime: resolved ? outcome === 0 : null,
            satisfaction: resolved && (i + j) % 4 !== 0 ? 1 + ((i + 2 * j) % 5) : null,
            nextDueAt: outcome === 5 ? new Date(submittedAt.getTime() + 15 * 86_400_000) : null,
          },
        });
      }
    }
  });
  await refreshStats();
  units = await publicUnits();
});
afterAll(() => db.$disconnect());

type CaseRow = Awaited<ReturnType<typeof casesOf>>[number];
const casesOf = () =>
  db.case.findMany({
    where: { submittedAt: { lt: new Date("2018-01-01T00:00:00Z") } },
    select: { unitId: true, kind: true, categoryId: true, submittedAt: true, status: true, receivedAt: true, resolvedAt: true, resolvedOnTime: true, satisfaction: true },
  });

/** The reference: the scope's cases of the period, tallied one by one. */
function expectedDashboard(scope: UnitRef, from: string, to: string, cases: CaseRow[]) {
  const roots = units.filter((u) => u.parentId === null);
  const inScope = scope.parentId === null && roots.length === 1 ? () => true : (c: CaseRow) => units.some((u) => u.id === c.unitId && u.path.startsWith(scope.path));
  const mine = cases.filter((c) => inScope(c) && localDate(c.submittedAt) >= from && localDate(c.submittedAt) <= to);
  const by = (key: (c: CaseRow) => string) => {
    const out = new Map<string, Tally>();
    for (const c of mine) out.set(key(c), addTally(out.get(key(c)) ?? emptyTally, tallyOfCase(c)));
    return out;
  };
  const { target } = rollupTarget(scope, units);
  const perTarget = by((c) => target.get(c.unitId) ?? "none");
  const perMonth = by((c) => localDate(c.submittedAt).slice(0, 7));
  return {
    total: figuresOf(sumTallies(mine.map(tallyOfCase))),
    byKind: [...by((c) => c.kind)].map(([key, t]) => ({ key, figures: figuresOf(t) })),
    byCategory: [...by((c) => c.categoryId ?? "")].map(([key, t]) => ({ key, figures: figuresOf(t) })),
    byUnit: [scope, ...units.filter((u) => u.parentId === scope.id)]
      .map((u) => ({ unit: u, figures: figuresOf(perTarget.get(u.id) ?? emptyTally) }))
      .filter((row) => row.unit.id !== scope.id || row.figures.received > 0),
    trend: monthsOf(from, to).map((month) => ({ month, ...figuresOf(perMonth.get(month) ?? emptyTally) })),
  };
}

/** The same scope and period summed from the per-unit, kind and field daily rows alone (the read path before the rollups). */
async function fromDailyRows(scope: UnitRef, from: string, to: string) {
  const roots = units.filter((u) => u.parentId === null);
  const ids = scope.parentId === null && roots.length === 1 ? undefined : units.filter((u) => u.path.startsWith(scope.path)).map((u) => u.id);
  const rows = await db.statDaily.findMany({ where: { day: { gte: from, lte: to }, ...(ids ? { unitId: { in: ids } } : {}) } });
  const pick = (r: (typeof rows)[number]) => Object.fromEntries(tallyFields.map((f) => [f, r[f]])) as Tally;
  return figuresOf(sumTallies(rows.map(pick)));
}

const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

async function expectEveryFigureAsTheCases() {
  const cases = await casesOf();
  const scopes = ["SLA", "DOANKET", "ROLLBELOW", "LONGSAP"].map((code) => findUnitByCode(units, code)!);
  scopes.push(units.find((u) => u.levelCode === "AGENCY")!);
  let nonEmpty = 0;
  for (const scope of scopes) {
    for (const [from, to] of periods) {
      const got = await computeDashboard(scope, units, { from, to });
      const want = expectedDashboard(scope, from, to, cases);
      const what = `${scope.code} ${from}..${to}`;
      expect(got.total, what).toEqual(want.total);
      expect(got.total, what).toEqual(await fromDailyRows(scope, from, to));
      expect(byKey(got.byKind), what).toEqual(byKey(want.byKind));
      expect(byKey(got.byCategory), what).toEqual(byKey(want.byCategory));
      // Fields are listed busiest first.
      expect(got.byCategory.map((c) => c.figures.received), what).toEqual(want.byCategory.map((c) => c.figures.received).sort((a, b) => b - a));
      expect(got.byUnit, what).toEqual(want.byUnit);
      expect(got.trend, what).toEqual(want.trend);
      if (got.total.received > 0) nonEmpty += 1;
    }
  }
  // The data set reaches every scope in most periods: the comparisons are not of empty figures.
  expect(nonEmpty).toBeGreaterThan(25);
}

describe("the dashboard's figures from the rollups", () => {
  test("every figure, every breakdown, for units at every level and periods cut at both ends and across a new year, equals the cases tallied one by one", async () => {
    await expectEveryFigureAsTheCases();
    // The inactive units' cases: in the province's totals, in no unit's row, and not in their commune's figures.
    const province = await computeDashboard(findUnitByCode(units, "SLA")!, units, { from: "2016-01-01", to: "2017-12-31" });
    const rows = province.byUnit.reduce((sum, row) => sum + row.figures.received, 0);
    const closed = await db.case.count({ where: { code: { startsWith: PREFIX }, unit: { active: false } } });
    expect(closed).toBeGreaterThan(0);
    expect(province.total.received - rows).toBe(closed);
  });

  test("after cases change (a transfer, a resolution, a rating) the refresh keeps the rollups in step, and a full rebuild gives the same", async () => {
    const longsap = await world.unit("LONGSAP");
    const moved = await db.case.findFirstOrThrow({ where: { code: { startsWith: PREFIX }, unit: { code: "DOANKET" }, submittedAt: new Date(instants[7]!) } });
    const open = await db.case.findFirstOrThrow({ where: { code: { startsWith: PREFIX }, status: "IN_PROGRESS", submittedAt: { gte: new Date(instants[10]!) } } });
    await write(async (tx) => {
      await tx.case.update({ where: { id: moved.id }, data: { unitId: longsap.id } });
      await tx.case.update({ where: { id: open.id }, data: { status: "RESOLVED", resolvedAt: new Date("2017-03-20T03:00:00Z"), resolvedOnTime: false, satisfaction: 5, nextDueAt: null } });
    });
    await refreshStats();
    await expectEveryFigureAsTheCases();
    await rebuildAllStats();
    await expectEveryFigureAsTheCases();
  });

  test("the ranking: each unit's figures with its subtree, and the overdue counts as if counted live", async () => {
    const province = findUnitByCode(units, "SLA")!;
    const cases = await casesOf();
    const { rows } = await computeRanking(province, units, { from: "2016-12-10", to: "2017-02-14" }, "name", new Date(), 1);
    const want = expectedDashboard(province, "2016-12-10", "2017-02-14", cases);
    const live = await overdueByUnit(units.map((u) => u.id));
    const { target } = rollupTarget(province, units);
    for (const row of rows) {
      expect(row.figures).toEqual(want.byUnit.find((u) => u.unit.id === row.unit.id)!.figures);
      const overdue = [...live].filter(([id]) => target.get(id) === row.unit.id).reduce((sum, [, n]) => sum + n, 0);
      expect(row.overdue, row.unit.code).toBe(overdue);
    }
    expect(rows.find((r) => r.unit.code === "DOANKET")!.overdue).toBeGreaterThan(0);
  });
});

describe("the leader's report per handler, from the refresh's per-handler rows", () => {
  /** The reference: the unit's cases of the period read one by one, per handler, with figures.ts. */
  async function expectedHandlers(unitId: string, from: string, to: string, now: Date) {
    const cases = await db.case.findMany({
      where: { unitId, submittedAt: { lt: new Date("2018-01-01T00:00:00Z") } },
      select: { assigneeId: true, submittedAt: true, status: true, receivedAt: true, resolvedAt: true, resolvedOnTime: true, satisfaction: true, nextDueAt: true },
    });
    const out = new Map<string | null, { tally: Tally; overdue: number }>();
    for (const c of cases.filter((c) => localDate(c.submittedAt) >= from && localDate(c.submittedAt) <= to)) {
      const row = out.get(c.assigneeId) ?? { tally: emptyTally, overdue: 0 };
      out.set(c.assigneeId, { tally: addTally(row.tally, tallyOfCase(c)), overdue: row.overdue + (c.nextDueAt && c.nextDueAt < now ? 1 : 0) });
    }
    return out;
  }

  async function expectEveryHandlerAsTheCases(now: Date) {
    let nonEmpty = 0;
    for (const code of ["DOANKET", "LONGSAP", "ROLLBELOW", "ROLLCLOSED"]) {
      const unit = await db.unit.findUniqueOrThrow({ where: { code } });
      for (const [from, to] of periods) {
        const got = await handlerFigures(unit.id, { from, to }, now);
        const want = await expectedHandlers(unit.id, from, to, now);
        const what = `${code} ${from}..${to}`;
        expect(got.map((r) => r.handlerId ?? "").sort(), what).toEqual([...want.keys()].map((k) => k ?? "").sort());
        for (const row of got) {
          const ref = want.get(row.handlerId)!;
          expect(row.figures, `${what} ${row.handlerId}`).toEqual(figuresOf(ref.tally));
          expect(row.overdue, `${what} ${row.handlerId}`).toBe(ref.overdue);
        }
        if (got.length > 1) nonEmpty += 1;
      }
    }
    // Most comparisons hold several handlers (and "unassigned"), not one empty row.
    expect(nonEmpty).toBeGreaterThan(10);
  }

  test("every handler's figures and open overdue cases, for several units and periods, equal the cases counted one by one; after a reassignment, at the next refresh", async () => {
    const handlers = [world.users.handler.id, world.users.handlerChiengAn.id, null];
    const cases = await db.case.findMany({ where: { code: { startsWith: PREFIX } }, orderBy: { code: "asc" }, select: { id: true } });
    await write(async (tx) => {
      for (const [i, c] of cases.entries()) await tx.case.update({ where: { id: c.id }, data: { assigneeId: handlers[i % handlers.length] } });
    });
    await refreshStats();
    // Some open cases past their deadline (submitted + 15 days) and some not yet, on 20 January 2017.
    const now = new Date("2017-01-20T00:00:00Z");
    expect(await db.case.count({ where: { code: { startsWith: PREFIX }, nextDueAt: { lt: now } } })).toBeGreaterThan(0);
    await expectEveryHandlerAsTheCases(now);

    // A case handed to another handler, and one resolved: the next refresh moves them.
    const moved = await db.case.findFirstOrThrow({ where: { code: { startsWith: PREFIX }, assigneeId: world.users.handler.id, status: "CLOSED" } });
    const open = await db.case.findFirstOrThrow({ where: { code: { startsWith: PREFIX }, assigneeId: world.users.handlerChiengAn.id, status: "IN_PROGRESS" } });
    await write(async (tx) => {
      await tx.case.update({ where: { id: moved.id }, data: { assigneeId: null } });
      await tx.case.update({ where: { id: open.id }, data: { status: "RESOLVED", resolvedAt: new Date("2017-03-01T03:00:00Z"), resolvedOnTime: true, satisfaction: 4, nextDueAt: null } });
    });
    await refreshStats();
    await expectEveryHandlerAsTheCases(now);
    await expectEveryHandlerAsTheCases(new Date());
    await rebuildAllStats();
    await expectEveryHandlerAsTheCases(now);
  });
});

describe("the report's oldest overdue cases", () => {
  test("merged from each unit's oldest equal the units' overdue cases in deadline order, cut at the same place", async () => {
    const select = { id: true, code: true, title: true, kind: true, status: true, nextDueAt: true, unit: { select: { name: true } }, assignee: { select: { fullName: true } } } as const;
    for (const code of ["SLA", "DOANKET", "LONGSAP"]) {
      const scope = findUnitByCode(units, code)!;
      const ids = units.filter((u) => u.path.startsWith(scope.path)).map((u) => u.id);
      for (const now of [new Date("2017-01-20T00:00:00Z"), new Date("2017-03-25T00:00:00Z"), new Date()]) {
        for (const take of [3, 50]) {
          const want = await db.case.findMany({ where: { unitId: { in: ids }, nextDueAt: { lt: now } }, orderBy: [{ nextDueAt: "asc" }, { id: "asc" }], take, select });
          expect(await overdueCases(ids, now, take), `${code} ${now.toISOString()} ${take}`).toEqual(want);
        }
      }
    }
    expect((await overdueCases(units.map((u) => u.id), new Date("2017-03-25T00:00:00Z"), 3)).length).toBe(3);
  });
});

describe("the partial index of open cases (the report's per-handler overdue count)", () => {
  const count = (indexed: string) => `SELECT "assigneeId", COUNT(*) FROM "Case" ${indexed}
    WHERE "unitId" = 'u' AND "submittedAt" >= '2017-01-01' AND "submittedAt" <= '2017-12-31' AND "nextDueAt" IS NOT NULL AND "nextDueAt" < '2017-06-01' GROUP BY "assigneeId"`;

  test.skipIf(isPostgres())("SQLite: the count reads the index alone; the inbox's lists, which say nothing of a deadline, cannot use it", async () => {
    const plan = async (sql: string) => (await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`)).map((r) => r.detail).join("\n");
    expect(await plan(count(`INDEXED BY "Case_unitId_submittedAt_open_idx"`))).toContain("COVERING INDEX Case_unitId_submittedAt_open_idx");
    // The newest-first inbox of a unit and of several, first page and next (SQLite sorted a whole unit on the full index, 20261128081000).
    const inbox = [
      `SELECT "id", "code", "title" FROM "Case" WHERE "unitId" = 'u' ORDER BY "submittedAt" DESC, "id" DESC LIMIT 26`,
      `SELECT "id", "code", "title" FROM "Case" WHERE "unitId" IN ('u', 'v') ORDER BY "submittedAt" DESC, "id" DESC LIMIT 26`,
      `SELECT "id", "code", "title" FROM "Case" WHERE "unitId" = 'u' AND ("submittedAt" < '2017-06-01' OR ("submittedAt" = '2017-06-01' AND "id" < 'x')) ORDER BY "submittedAt" DESC, "id" DESC LIMIT 26`,
      `SELECT "id", "code", "title" FROM "Case" WHERE "unitId" = 'u' AND "assigneeId" = 'h' ORDER BY "submittedAt" DESC, "id" DESC LIMIT 26`,
    ];
    for (const sql of inbox) expect(await plan(sql), sql).not.toContain("Case_unitId_submittedAt_open_idx");
  });

  test.runIf(isPostgres())("PostgreSQL: the index exists, partial, and the count can read it alone", async () => {
    const [index] = await db.$queryRawUnsafe<{ indexdef: string }[]>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Case_unitId_submittedAt_open_idx'`);
    expect(index?.indexdef).toMatch(/WHERE \("nextDueAt" IS NOT NULL\)/);
    // An index-only scan skips the table only for pages the visibility map marks all-visible, which a
    // VACUUM does (autovacuum, in service): before one, any index of the unit costs the planner the same.
    await db.$executeRawUnsafe(`VACUUM "Case"`);
    const plan = await write(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off"); // a test database is too small for the planner to bother
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${count("")}`);
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Index Only Scan using \"Case_unitId_submittedAt_open_idx\"");
  });
});

describe("overdue counts from the refresh's counts", () => {
  const ids = () => units.map((u) => u.id);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  // Asked unit by unit (a ward leader's report reads its units' rows by key; a province's reads them all).
  const oneByOne = async (now?: Date) => {
    const out = new Map<string, number>();
    for (const id of ids()) for (const [unitId, n] of await overdueSoFar([id], now)) out.set(unitId, n);
    return out;
  };

  test("right after a refresh they equal a live count; a case falling due since is added at once; a case resolved since leaves at the next refresh", async () => {
    // An open case without a deadline yet (one is set below, after the counts).
    const doanket = await world.unit("DOANKET");
    const due = await write((tx) =>
      tx.case.create({
        data: { code: `${PREFIX}DUE`, kind: "FEEDBACK", channel: "ONLINE", status: "IN_PROGRESS", unitId: doanket.id, originUnitId: doanket.id, title: "Hồ sơ sắp đến hạn", description: "Dữ liệu kiểm thử", searchText: "ho so sap den han", submittedAt: new Date("2017-03-05T03:00:00Z"), receivedAt: new Date("2017-03-05T03:00:00Z") },
      }),
    );
    await refreshStats();
    const snapshot = await db.statOverdue.findMany();
    expect(snapshot.length).toBeGreaterThan(0);
    const asOf = snapshot[0]!.asOf;
    expect(snapshot.every((r) => r.asOf.getTime() === asOf.getTime())).toBe(true);
    expect(await overdueSoFar(ids())).toEqual(await overdueByUnit(ids()));
    expect(await oneByOne()).toEqual(await overdueByUnit(ids()));

    // Its deadline is set, and passes, after the counts were taken.
    const dueAt = new Date(Math.max(Date.now(), asOf.getTime()) + 1);
    await write((tx) => tx.case.update({ where: { id: due.id }, data: { nextDueAt: dueAt } }));
    const later = new Date(dueAt.getTime() + 1000);
    const before = await overdueSoFar(ids(), new Date(dueAt.getTime() - 1));
    const after = await overdueSoFar(ids(), later);
    expect(total(after)).toBe(total(before) + 1);
    expect(after).toEqual(await overdueByUnit(ids(), later));
    expect(await oneByOne(later)).toEqual(after);
    expect((await overdueSoFar([doanket.id], later)).get(doanket.id)).toBe(after.get(doanket.id));

    // A case overdue when the counts were taken and resolved since: still counted until the next refresh
    // (as every figure on the page); one that fell due since is counted live, so leaves at once.
    const old = await db.case.findFirstOrThrow({ where: { code: { startsWith: PREFIX }, status: "IN_PROGRESS", nextDueAt: { lt: asOf } } });
    await write(async (tx) => {
      await tx.case.update({ where: { id: old.id }, data: { status: "RESOLVED", resolvedAt: new Date(), nextDueAt: null } });
      await tx.case.update({ where: { id: due.id }, data: { status: "RESOLVED", resolvedAt: new Date(), nextDueAt: null } });
    });
    expect(total(await overdueSoFar(ids(), later))).toBe(total(after) - 1);
    // A few units at once (up to ten are read by key).
    const few = [doanket.id, ...ids().filter((id) => id !== doanket.id).slice(0, 9)];
    expect(await overdueSoFar(few, later)).toEqual(new Map([...(await overdueSoFar(ids(), later))].filter(([id]) => few.includes(id))));
    expect(total(await overdueByUnit(ids(), later))).toBe(total(after) - 2);
    await refreshStats();
    const now = new Date();
    expect(await overdueSoFar(ids(), now)).toEqual(await overdueByUnit(ids(), now));
  });

  test("counts taken after the moment asked about, or too old (the jobs stopped), are not used: everything is counted live", async () => {
    await refreshStats();
    const past = new Date("2017-02-01T00:00:00Z");
    const live = await overdueByUnit(ids(), past);
    expect(total(live)).toBeGreaterThan(0);
    expect(await overdueSoFar(ids(), past)).toEqual(live);
    expect(await oneByOne(past)).toEqual(live);

    // Ten minutes old, and a case resolved since: the live count sees it.
    await write((tx) => tx.statOverdue.updateMany({ data: { asOf: new Date(Date.now() - 10 * 60_000) } }));
    const open = await db.case.findFirstOrThrow({ where: { code: { startsWith: PREFIX }, status: "IN_PROGRESS", nextDueAt: { not: null } } });
    await write((tx) => tx.case.update({ where: { id: open.id }, data: { status: "RESOLVED", resolvedAt: new Date(), nextDueAt: null } }));
    expect(await overdueSoFar(ids())).toEqual(await overdueByUnit(ids()));
  });
});
