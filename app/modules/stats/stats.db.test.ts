import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { parsePeriod } from "./period";
import { refreshStats } from "./refresh.server";
import { addTally, emptyTally, figuresOf, tallyOfCase, type Tally } from "./figures";
import { dashboard, findUnitByCode, handlerFigures, publicUnits, ranking } from "./stats.server";

/**
 * A hand-built data set in 2018–2019 (the demo cases are recent, so these years
 * hold only these cases), with every expected figure worked out by hand below.
 *
 *  #  unit     kind          field  submitted (UTC)        local day    outcome                       days  rating
 *  1  DOANKET  FEEDBACK      LAND   2019-03-10T02:00Z      2019-03-10   resolved on time (03-15)      5     5
 *  2  DOANKET  FEEDBACK      LAND   2019-03-31T18:00Z      2019-04-01   in progress                   –     –
 *  3  DOANKET  COMPLAINT     –      2019-04-02T01:00Z      2019-04-02   resolved late (05-02)         30    2
 *  4  DOANKET  PETITION      LAND   2019-04-05T03:00Z      2019-04-05   declined                      –     –
 *  5  DOANKET  FEEDBACK      LAND   2019-06-20T03:00Z      2019-06-20   withdrawn                     –     –
 *  6  LONGSAP  FEEDBACK      LAND   2019-03-20T03:00Z      2019-03-20   resolved on time (03-22)      2     4
 *  7  LONGSAP  DENUNCIATION  –      2018-12-31T16:30Z      2018-12-31   in progress                   –     –
 */
let world: Awaited<ReturnType<typeof buildWorld>>;
const ids: string[] = [];

beforeAll(async () => {
  world = await buildWorld();
  const doanket = await world.unit("DOANKET");
  const longsap = await world.unit("LONGSAP");
  const land = world.category.id;
  const rows = [
    { unit: doanket, kind: "FEEDBACK", cat: land, at: "2019-03-10T02:00:00Z", status: "CLOSED", resolvedAt: "2019-03-15T03:00:00Z", onTime: true, rating: 5 },
    { unit: doanket, kind: "FEEDBACK", cat: land, at: "2019-03-31T18:00:00Z", status: "IN_PROGRESS" },
    { unit: doanket, kind: "COMPLAINT", cat: null, at: "2019-04-02T01:00:00Z", status: "RESOLVED", resolvedAt: "2019-05-02T01:00:00Z", onTime: false, rating: 2 },
    { unit: doanket, kind: "PETITION", cat: land, at: "2019-04-05T03:00:00Z", status: "DECLINED" },
    { unit: doanket, kind: "FEEDBACK", cat: land, at: "2019-06-20T03:00:00Z", status: "WITHDRAWN" },
    { unit: longsap, kind: "FEEDBACK", cat: land, at: "2019-03-20T03:00:00Z", status: "CLOSED", resolvedAt: "2019-03-22T03:00:00Z", onTime: true, rating: 4 },
    { unit: longsap, kind: "DENUNCIATION", cat: null, at: "2018-12-31T16:30:00Z", status: "IN_PROGRESS" },
  ];
  await write(async (tx) => {
    for (const [i, r] of rows.entries()) {
      const created = await tx.case.create({
        data: {
          code: `STAT-${r.at.slice(0, 4)}-${String(i + 1).padStart(6, "0")}`,
          kind: r.kind,
          channel: "ONLINE",
          status: r.status,
          unitId: r.unit.id,
          originUnitId: r.unit.id,
          categoryId: r.cat,
          title: `Hồ sơ thống kê ${i + 1}`,
          description: "Dữ liệu kiểm thử",
          searchText: "ho so thong ke",
          submittedAt: new Date(r.at),
          receivedAt: new Date(r.at),
          resolvedAt: r.resolvedAt ? new Date(r.resolvedAt) : null,
          resolvedOnTime: r.onTime ?? null,
          satisfaction: r.rating ?? null,
        },
      });
      ids.push(created.id);
    }
  });
  await refreshStats();
});
afterAll(() => db.$disconnect());

async function figuresFor(unitCode: string, query: string) {
  const units = await publicUnits();
  const scope = findUnitByCode(units, unitCode)!;
  const parsed = parsePeriod(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return dashboard(scope, units, parsed.period);
}

describe("public figures on a hand-built data set", () => {
  test("the province's year: every figure as worked out by hand", async () => {
    const d = await figuresFor("SLA", "period=year&year=2019");
    expect(d.total).toEqual({
      received: 6,
      resolved: 3,
      inProgress: 1,
      declined: 1,
      withdrawn: 1,
      resolvedRate: 3 / 4,
      onTimeRate: 2 / 3,
      resolvedOnTime: 2,
      averageDays: (5 + 30 + 2) / 3,
      ratedCount: 3,
      averageRating: (5 + 2 + 4) / 3,
      satisfiedShare: 2 / 3,
    });
    const kind = Object.fromEntries(d.byKind.map((k) => [k.key, k.figures.received]));
    expect(kind).toEqual({ FEEDBACK: 4, COMPLAINT: 1, PETITION: 1 });
    expect(d.byCategory.map((c) => [c.key, c.figures.received])).toEqual([
      [world.category.id, 5],
      ["", 1],
    ]);
    const unit = Object.fromEntries(d.byUnit.filter((u) => u.figures.received > 0).map((u) => [u.unit.code, u.figures.received]));
    expect(unit).toEqual({ DOANKET: 5, LONGSAP: 1 });
    expect(d.trend.map((m) => [m.month, m.received, m.resolved])).toEqual([
      ["2019-01", 0, 0],
      ["2019-02", 0, 0],
      ["2019-03", 2, 2],
      ["2019-04", 3, 1],
      ["2019-05", 0, 0],
      ["2019-06", 1, 0],
      ["2019-07", 0, 0],
      ["2019-08", 0, 0],
      ["2019-09", 0, 0],
      ["2019-10", 0, 0],
      ["2019-11", 0, 0],
      ["2019-12", 0, 0],
    ]);
  });

  test("a commune's figures, a month, and a custom range cut across months and the local midnight", async () => {
    const doanket = await figuresFor("DOANKET", "period=year&year=2019");
    expect(doanket.total).toMatchObject({ received: 5, resolved: 2, inProgress: 1, declined: 1, withdrawn: 1, resolvedRate: 2 / 3, onTimeRate: 1 / 2, averageDays: 17.5, averageRating: 3.5, satisfiedShare: 0.5 });
    // Case 2 was submitted at 01:00 on 1 April, local time: April, not March.
    expect((await figuresFor("DOANKET", "period=month&year=2019&month=3")).total.received).toBe(1);
    expect((await figuresFor("SLA", "period=custom&from=2019-03-15&to=2019-04-01")).total.received).toBe(2);
    // Case 7: 23:30 on 31 December 2018, local time.
    expect((await figuresFor("SLA", "period=year&year=2018")).total).toMatchObject({ received: 1, inProgress: 1, resolvedRate: 0 });
    expect((await figuresFor("SLA", "period=custom&from=2019-01-01&to=2019-01-31")).total.received).toBe(0);
  });

  test("a change to a case (transfer, resolution) reaches the figures at the next refresh", async () => {
    const longsap = await world.unit("LONGSAP");
    await write((tx) =>
      tx.case.update({ where: { id: ids[1] }, data: { unitId: longsap.id, status: "RESOLVED", resolvedAt: new Date("2019-04-03T03:00:00Z"), resolvedOnTime: true } }),
    );
    expect((await figuresFor("LONGSAP", "period=year&year=2019")).total.received).toBe(1);
    await refreshStats();
    expect((await figuresFor("LONGSAP", "period=year&year=2019")).total).toMatchObject({ received: 2, resolved: 2, averageDays: (2 + 2) / 2 });
    expect((await figuresFor("DOANKET", "period=year&year=2019")).total).toMatchObject({ received: 4, inProgress: 0 });
    expect((await figuresFor("SLA", "period=year&year=2019")).total).toMatchObject({ received: 6, resolved: 4, inProgress: 0 });
  });

  test("ranking: units with too few resolved cases are not ranked on their rates", async () => {
    await write((tx) => tx.setting.upsert({ where: { key: "stats.minSample" }, create: { key: "stats.minSample", value: "2" }, update: { value: "2" } }));
    const units = await publicUnits();
    const parsed = parsePeriod(new URLSearchParams("period=year&year=2019"));
    if (!parsed.ok) throw new Error("period");
    const { rows, threshold } = await ranking(findUnitByCode(units, "SLA")!, units, parsed.period, "onTime", new Date("2019-12-31T00:00:00Z"));
    expect(threshold).toBe(2);
    const doanket = rows.find((r) => r.unit.code === "DOANKET")!;
    const longsap = rows.find((r) => r.unit.code === "LONGSAP")!;
    expect(longsap).toMatchObject({ onTimeRanked: true, figures: { resolved: 2, onTimeRate: 1 } });
    expect(doanket).toMatchObject({ onTimeRanked: true, figures: { resolved: 2, onTimeRate: 0.5 } });
    // Ranked units first, by on-time rate; every other unit (no case resolved) after them.
    expect(rows.slice(0, 2).map((r) => r.unit.code)).toEqual(["LONGSAP", "DOANKET"]);
    expect(rows.slice(2).every((r) => !r.onTimeRanked)).toBe(true);

    // With a threshold of 3 neither is ranked: no longer at the top, both marked "too few to rank".
    await write((tx) => tx.setting.update({ where: { key: "stats.minSample" }, data: { value: "3" } }));
    const again = await ranking(findUnitByCode(units, "SLA")!, units, parsed.period, "onTime");
    expect(again.rows.filter((r) => r.onTimeRanked)).toEqual([]);
    expect(again.rows[0]?.unit.code).not.toBe("LONGSAP");
    // Overdue is counted live: open cases whose deadline has passed.
    expect(rows.every((r) => r.overdue >= 0)).toBe(true);
  });

  test("the leader's per-handler figures, from the refresh's per-handler rows and the deadline index, equal the figures of the cases one by one", async () => {
    const doanket = await world.unit("DOANKET");
    // Two of DOANKET's 2019 cases to a handler, one of them open and past a deadline in 2019.
    const cases = await db.case.findMany({ where: { unitId: doanket.id }, orderBy: { submittedAt: "asc" }, select: { id: true, status: true } });
    const open = cases.find((c) => c.status === "IN_PROGRESS");
    await write(async (tx) => {
      await tx.case.update({ where: { id: cases[0]!.id }, data: { assigneeId: world.users.handler.id } });
      if (open) await tx.case.update({ where: { id: open.id }, data: { assigneeId: world.users.handler.id, nextDueAt: new Date("2019-06-01T00:00:00Z") } });
    });
    // The sums come from the per-handler rows of the statistics refresh (every 30 s).
    await refreshStats();
    const parsed = parsePeriod(new URLSearchParams("period=year&year=2019"));
    if (!parsed.ok) throw new Error("period");
    const now = new Date("2019-12-31T00:00:00Z");
    const rows = await handlerFigures(doanket.id, parsed.period, now);

    // The reference: every case of the period read and tallied with figures.ts, as before.
    const all = await db.case.findMany({
      where: { unitId: doanket.id, submittedAt: { gte: new Date("2018-12-31T17:00:00Z"), lt: new Date("2019-12-31T17:00:00Z") } },
      select: { assigneeId: true, status: true, receivedAt: true, resolvedAt: true, resolvedOnTime: true, satisfaction: true, nextDueAt: true },
    });
    const expected = new Map<string | null, { tally: Tally; overdue: number }>();
    for (const c of all) {
      const row = expected.get(c.assigneeId) ?? { tally: emptyTally, overdue: 0 };
      expected.set(c.assigneeId, { tally: addTally(row.tally, tallyOfCase(c)), overdue: row.overdue + (c.nextDueAt && c.nextDueAt < now ? 1 : 0) });
    }
    expect(rows.map((r) => r.handlerId).sort()).toEqual([...expected.keys()].sort());
    for (const row of rows) {
      const ref = expected.get(row.handlerId)!;
      expect(row).toEqual({ handlerId: row.handlerId, name: row.handlerId ? world.users.handler.fullName : null, figures: figuresOf(ref.tally), overdue: ref.overdue });
    }
    // By hand: the handler has case #1 (resolved on time in 5 days, rated 5) and the open one, overdue.
    expect(rows.find((r) => r.handlerId === world.users.handler.id)).toMatchObject({ overdue: open ? 1 : 0, figures: { resolved: 1, onTimeRate: 1, averageDays: 5 } });
  });
});
