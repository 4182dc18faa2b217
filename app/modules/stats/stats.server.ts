/**
 * Reads the precomputed figures for a unit (with everything below it) and a
 * period: whole months from StatMonthly, the days left at either end from
 * StatDaily, summed by the database. Every number shown on the dashboard, the
 * ranking, the reports, the exports and the API comes from here and figures.ts.
 */
import { endOfLocalDay, startOfLocalDay } from "~/modules/deadlines/calendar";
import { audit } from "~/modules/audit/audit.server";
import { db, write } from "~/utils/db.server";
import { addTally, DEFAULT_MIN_SAMPLE, emptyTally, figuresOf, rankable, sumTallies, tallyFields, tallyOfCase, type Figures, type RankingSort, type Tally } from "./figures";
import { monthsOf, splitMonths, type Period } from "./period";

export type UnitRef = { id: string; code: string; name: string; parentId: string | null; path: string; levelCode: string; levelRank: number; sortOrder: number };

/** Active units, in display order (a province has ~100: read whole, small). */
export async function publicUnits(): Promise<UnitRef[]> {
  const units = await db.unit.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, parentId: true, path: true, sortOrder: true, level: { select: { code: true, rank: true } } },
  });
  return units.map(({ level, ...u }) => ({ ...u, levelCode: level.code, levelRank: level.rank }));
}

export function findUnitByCode(units: UnitRef[], code: string | null | undefined): UnitRef | null {
  if (!code) return units.find((u) => u.parentId === null) ?? null;
  return units.find((u) => u.code === code.toUpperCase()) ?? null;
}

const sumSelect = Object.fromEntries(tallyFields.map((f) => [f, true])) as Record<keyof Tally, true>;
type Sums = { _sum: Partial<Record<keyof Tally, number | null>> };
const toTally = (g: Sums): Tally => Object.fromEntries(tallyFields.map((f) => [f, g._sum[f] ?? 0])) as Tally;

/** The rows' unit filter: none for the root of the whole tree (every unit is in it). */
function unitFilter(scope: UnitRef, units: UnitRef[]) {
  const ids = units.filter((u) => u.path.startsWith(scope.path)).map((u) => u.id);
  const all = scope.parentId === null && units.filter((u) => u.parentId === null).length === 1;
  return all ? {} : { unitId: { in: ids } };
}

type Key = "unitId" | "kind" | "categoryId";

/**
 * Sums for the period by one key (unit, kind or field): whole months from the
 * monthly rows, the days at either end from the daily rows, summed by the
 * database on covering indexes. A few dozen groups come back, whatever the
 * number of cases (grouping by all three keys at once returned thousands of
 * rows, and moving them cost more than summing).
 */
async function talliesBy(key: Key, scope: UnitRef, units: UnitRef[], period: Pick<Period, "from" | "to">): Promise<Map<string, Tally>> {
  const { months, dayRanges } = splitMonths(period.from, period.to);
  const where = unitFilter(scope, units);
  const [monthly, daily] = await Promise.all([
    months.length ? db.statMonthly.groupBy({ by: [key], where: { ...where, month: { in: months } }, _sum: sumSelect }) : Promise.resolve([]),
    // One query per range: an OR of ranges would not use the index.
    Promise.all(dayRanges.map(([gte, lte]) => db.statDaily.groupBy({ by: [key], where: { ...where, day: { gte, lte } }, _sum: sumSelect }))).then((r) => r.flat()),
  ]);
  const out = new Map<string, Tally>();
  for (const g of [...monthly, ...daily] as (Sums & Record<Key, string>)[]) {
    out.set(g[key], addTally(out.get(g[key]) ?? emptyTally, toTally(g)));
  }
  return out;
}

/** Received and resolved by month (the trend chart). */
async function monthlyTrend(scope: UnitRef, units: UnitRef[], period: Pick<Period, "from" | "to">) {
  const { months, dayRanges } = splitMonths(period.from, period.to);
  const where = unitFilter(scope, units);
  const [monthly, daily] = await Promise.all([
    months.length ? db.statMonthly.groupBy({ by: ["month"], where: { ...where, month: { in: months } }, _sum: sumSelect }) : Promise.resolve([]),
    Promise.all(dayRanges.map(([gte, lte]) => db.statDaily.groupBy({ by: ["day"], where: { ...where, day: { gte, lte } }, _sum: sumSelect }))).then((r) => r.flat()),
  ]);
  const byMonth = new Map<string, Tally>(monthsOf(period.from, period.to).map((m) => [m, emptyTally]));
  for (const g of monthly) byMonth.set(g.month, addTally(byMonth.get(g.month) ?? emptyTally, toTally(g)));
  for (const g of daily) {
    const m = g.day.slice(0, 7);
    byMonth.set(m, addTally(byMonth.get(m) ?? emptyTally, toTally(g)));
  }
  return [...byMonth.entries()].map(([month, tally]) => ({ month, ...figuresOf(tally) }));
}

/** For each unit, the child of `scope` it sits under (or scope itself). */
export function rollupTarget(scope: UnitRef, units: UnitRef[]) {
  const children = units.filter((u) => u.parentId === scope.id);
  const target = new Map<string, string>();
  for (const u of units) {
    if (u.id === scope.id) target.set(u.id, scope.id);
    else {
      const child = children.find((c) => u.path.startsWith(c.path));
      if (child) target.set(u.id, child.id);
    }
  }
  return { children, target };
}

export type Breakdown = { key: string; figures: Figures };

/**
 * The same answer for the same question until the figures are refreshed (every
 * 30 s): a public dashboard is read far more often than it changes. Keyed by the
 * refresh time, so a refresh is seen at once; bounded; per process, so several
 * servers may differ for at most one refresh.
 */
const memo = new Map<string, { until: number; value: Promise<unknown> }>();
const MEMO_MS = 30_000;
const MEMO_MAX = 500;

async function memoised<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const refreshed = (await db.setting.findUnique({ where: { key: "stats.refreshedAt" }, select: { value: true } }))?.value ?? "";
  const full = `${refreshed}|${key}`;
  const now = Date.now();
  const hit = memo.get(full);
  if (hit && hit.until > now) return hit.value as Promise<T>;
  const value = fn();
  memo.set(full, { until: now + MEMO_MS, value });
  value.catch(() => memo.delete(full));
  if (memo.size > MEMO_MAX) memo.delete(memo.keys().next().value!);
  return value;
}

/** The dashboard: headline figures and breakdowns by kind, field, unit and month. */
export function dashboard(scope: UnitRef, units: UnitRef[], period: Pick<Period, "from" | "to">) {
  return memoised(`dashboard|${scope.id}|${period.from}|${period.to}`, () => computeDashboard(scope, units, period));
}

export async function computeDashboard(scope: UnitRef, units: UnitRef[], period: Pick<Period, "from" | "to">) {
  const [byUnitId, byKind, byCategory, trend] = await Promise.all([
    talliesBy("unitId", scope, units, period),
    talliesBy("kind", scope, units, period),
    talliesBy("categoryId", scope, units, period),
    monthlyTrend(scope, units, period),
  ]);
  const unitTallies = rollUp(byUnitId, scope, units);
  const byUnit = [scope, ...units.filter((u) => u.parentId === scope.id)]
    .map((u) => ({ unit: u, figures: figuresOf(unitTallies.get(u.id) ?? emptyTally) }))
    .filter((row) => row.unit.id !== scope.id || row.figures.received > 0);
  return {
    total: figuresOf(sumTallies(byUnitId.values())),
    byKind: [...byKind.entries()].map(([key, t]) => ({ key, figures: figuresOf(t) })),
    byCategory: [...byCategory.entries()].map(([key, t]) => ({ key, figures: figuresOf(t) })).sort((a, b) => b.figures.received - a.figures.received),
    byUnit,
    trend,
  };
}

/** Per-unit sums rolled up to the children of `scope` (each with its subtree) and scope's own. */
function rollUp(byUnitId: Map<string, Tally>, scope: UnitRef, units: UnitRef[]): Map<string, Tally> {
  const { target } = rollupTarget(scope, units);
  const out = new Map<string, Tally>();
  for (const [unitId, tally] of byUnitId) {
    const t = target.get(unitId);
    if (t) out.set(t, addTally(out.get(t) ?? emptyTally, tally));
  }
  return out;
}

/** Open cases past their deadline now, per unit (the inbox's "overdue": nextDueAt < now). */
export async function overdueByUnit(unitIds: string[], now = new Date()): Promise<Map<string, number>> {
  // `unitId IN (…)` lets the database count on the (unitId, nextDueAt) index.
  const rows = await db.case.groupBy({ by: ["unitId"], where: { unitId: { in: unitIds }, nextDueAt: { lt: now } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.unitId, r._count._all]));
}

export async function minSample(): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: "stats.minSample" } });
  const n = row ? Number(row.value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : DEFAULT_MIN_SAMPLE;
}


/**
 * Units side by side (the children of `scope`, each with its subtree). Rates are
 * compared only for units with enough cases; the others are listed after, as
 * "too few to rank".
 */
export async function ranking(scope: UnitRef, units: UnitRef[], period: Pick<Period, "from" | "to">, sort: RankingSort, now?: Date) {
  const threshold = await minSample();
  if (now) return computeRanking(scope, units, period, sort, now, threshold);
  // The threshold is in the key: an administrator's change shows at once.
  return memoised(`ranking|${scope.id}|${period.from}|${period.to}|${sort}|${threshold}`, () => computeRanking(scope, units, period, sort, new Date(), threshold));
}

export async function computeRanking(
  scope: UnitRef,
  units: UnitRef[],
  period: Pick<Period, "from" | "to">,
  sort: RankingSort,
  now: Date,
  threshold?: number,
) {
  const [byUnitId, min] = await Promise.all([talliesBy("unitId", scope, units, period), threshold ?? minSample()]);
  const { children, target } = rollupTarget(scope, units);
  const subjects = children.length ? children : [scope];
  const overdueRaw = await overdueByUnit(
    units.filter((u) => u.path.startsWith(scope.path)).map((u) => u.id),
    now,
  );
  const tallies = rollUp(byUnitId, scope, units);
  const overdue = new Map<string, number>();
  for (const [unitId, count] of overdueRaw) {
    const t = target.get(unitId);
    if (t) overdue.set(t, (overdue.get(t) ?? 0) + count);
  }
  const rows = subjects.map((unit) => {
    const figures = figuresOf(tallies.get(unit.id) ?? emptyTally);
    return {
      unit,
      figures,
      overdue: overdue.get(unit.id) ?? 0,
      onTimeRanked: rankable(figures.resolved, min),
      satisfactionRanked: rankable(figures.ratedCount, min),
    };
  });
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.unit.name.localeCompare(b.unit.name, "vi");
  const rate = (ranked: boolean, value: number | null) => (ranked && value !== null ? value : -1);
  const compare: Record<RankingSort, (a: (typeof rows)[number], b: (typeof rows)[number]) => number> = {
    onTime: (a, b) => rate(b.onTimeRanked, b.figures.onTimeRate) - rate(a.onTimeRanked, a.figures.onTimeRate) || byName(a, b),
    satisfaction: (a, b) =>
      rate(b.satisfactionRanked, b.figures.averageRating) - rate(a.satisfactionRanked, a.figures.averageRating) || byName(a, b),
    overdue: (a, b) => b.overdue - a.overdue || byName(a, b),
    received: (a, b) => b.figures.received - a.figures.received || byName(a, b),
    name: byName,
  };
  return { rows: rows.sort(compare[sort]), threshold: min };
}

/**
 * Per handler, the cases of one unit submitted in the period (for the leader's
 * report): the same definitions as everywhere (tallyOfCase), plus overdue now.
 */
export async function handlerFigures(unitId: string, period: Pick<Period, "from" | "to">, now = new Date()) {
  const cases = await db.case.findMany({
    where: { unitId, submittedAt: { gte: startOfLocalDay(period.from), lte: endOfLocalDay(period.to) } },
    select: { assigneeId: true, status: true, receivedAt: true, resolvedAt: true, resolvedOnTime: true, satisfaction: true, nextDueAt: true },
    take: 100_000,
  });
  const byHandler = new Map<string, { tally: Tally; overdue: number }>();
  for (const c of cases) {
    const key = c.assigneeId ?? "";
    const row = byHandler.get(key) ?? { tally: emptyTally, overdue: 0 };
    byHandler.set(key, { tally: sumTallies([row.tally, tallyOfCase(c)]), overdue: row.overdue + (c.nextDueAt && c.nextDueAt < now ? 1 : 0) });
  }
  const users = await db.user.findMany({ where: { id: { in: [...byHandler.keys()].filter(Boolean) } }, select: { id: true, fullName: true } });
  const name = new Map(users.map((u) => [u.id, u.fullName]));
  return [...byHandler.entries()]
    .map(([id, row]) => ({ handlerId: id || null, name: id ? (name.get(id) ?? id) : null, figures: figuresOf(row.tally), overdue: row.overdue }))
    .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, "vi")));
}

/** The oldest-overdue open cases of the units (the inbox pages through the rest). */
export async function overdueCases(unitIds: string[], now = new Date(), take = 50) {
  return db.case.findMany({
    where: { unitId: { in: unitIds }, nextDueAt: { lt: now } },
    orderBy: [{ nextDueAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, code: true, title: true, kind: true, status: true, nextDueAt: true, unit: { select: { name: true } }, assignee: { select: { fullName: true } } },
  });
}

/** Sets the "too few to rank" threshold; audited. */
export async function setMinSample(actorId: string, value: number) {
  const before = await minSample();
  await write(async (tx) => {
    await tx.setting.upsert({ where: { key: "stats.minSample" }, create: { key: "stats.minSample", value: String(value) }, update: { value: String(value) } });
    await audit(tx, { actorId, action: "SETTING_UPDATED", targetType: "Setting", targetId: "stats.minSample", data: { from: before, to: value } });
  });
}
