/**
 * Reads the one-stop figures for a unit (with everything below it), a period
 * and optionally one procedure or field, from the precomputed rows: the
 * history before a date from the running balances (DossierStatBalance) of
 * the month before it, whole months from DossierStatMonthly, the ragged days
 * added or subtracted from DossierStatDaily (spanParts), summed by the
 * database by unit and by procedure. The definitions are figures.ts's; this
 * only adds up days.
 */
import { addLocalDays, localDate } from "~/modules/deadlines/calendar";
import { db, type Prisma } from "~/utils/db.server";
import { watchedSettings } from "~/utils/reference-cache.server";
import { monthsOf } from "../stats/period";
import { rollupTarget, type UnitRef } from "../stats/stats.server";
import { procedureRefs, type ProcedureRef } from "./catalogue.server";
import { addDossierTally, dossierFiguresOf, dossierTallyFields, emptyDossierTally, type DossierFigures, type DossierSums, type DossierTally, type DossierTallyField } from "./figures";

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return addLocalDays(m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`, -1);
};

const dayOf = (date: string) => Number(date.slice(8));
const nextMonth = (month: string) => addLocalDays(lastDayOf(month), 1).slice(0, 7);
const previousMonth = (month: string) => addLocalDays(`${month}-01`, -1).slice(0, 7);

/**
 * A span of local days as whole months (one range), plus some days, minus
 * some days. The daily rows are the big table (units × procedures × days), so
 * a ragged edge is read either as its own days or as its whole month less the
 * days outside the span, whichever reads fewer days: the period cut at today
 * costs a few days at the end of this month, not the four weeks before today.
 * Sums are whole numbers, so subtracting gives exactly what adding would.
 */
export function spanParts(from: string, to: string): { months: [string, string] | null; plus: [string, string][]; minus: [string, string][] } {
  if (from > to) return { months: null, plus: [], minus: [] };
  const fromMonth = from.slice(0, 7);
  const toMonth = to.slice(0, 7);
  const first = `${fromMonth}-01`;
  const last = lastDayOf(toMonth);
  const leftOut = dayOf(from) - 1;
  const rightOut = dayOf(last) - dayOf(to);
  const minusLeft: [string, string][] = leftOut > 0 ? [[first, addLocalDays(from, -1)]] : [];
  const minusRight: [string, string][] = rightOut > 0 ? [[addLocalDays(to, 1), last]] : [];
  if (fromMonth === toMonth) {
    if (leftOut + rightOut === 0) return { months: [fromMonth, fromMonth], plus: [], minus: [] };
    if (dayOf(to) - dayOf(from) + 1 <= leftOut + rightOut) return { months: null, plus: [[from, to]], minus: [] };
    return { months: [fromMonth, fromMonth], plus: [], minus: [...minusLeft, ...minusRight] };
  }
  let [monthFrom, monthTo] = [fromMonth, toMonth];
  const plus: [string, string][] = [];
  const minus: [string, string][] = [];
  if (leftOut > 0) {
    const leftIn = dayOf(lastDayOf(fromMonth)) - dayOf(from) + 1;
    if (leftIn <= leftOut) {
      plus.push([from, lastDayOf(fromMonth)]);
      monthFrom = nextMonth(fromMonth);
    } else minus.push(...minusLeft);
  }
  if (rightOut > 0) {
    if (dayOf(to) <= rightOut) {
      plus.push([`${toMonth}-01`, to]);
      monthTo = previousMonth(toMonth);
    } else minus.push(...minusRight);
  }
  return { months: monthFrom <= monthTo ? [monthFrom, monthTo] : null, plus, minus };
}

const sumSelect = Object.fromEntries(dossierTallyFields.map((f) => [f, true])) as Record<(typeof dossierTallyFields)[number], true>;
type Sums = { _sum: Partial<Record<(typeof dossierTallyFields)[number], number | null>> };
const toTally = (g: Sums): DossierTally => Object.fromEntries(dossierTallyFields.map((f) => [f, g._sum[f] ?? 0])) as DossierTally;

export type DossierScope = { unitIds: string[] | null; procedureIds: string[] | null };
/**
 * Sums keyed "unit <id>" and "procedure <id>": each read is grouped once by
 * unit and once by procedure in the database. Rows per (unit, procedure) pair
 * would be a thousand for the province, and moving rows of text ids through
 * the Prisma client costs more than the database's summing.
 */
type SumsByKey = Map<string, DossierSums>;
type Grouped = { unitId?: string; procedureId?: string; _sum: Partial<Record<DossierTallyField, number | null>> };
const keyOf = (g: Grouped) => (g.unitId !== undefined ? `unit ${g.unitId}` : `procedure ${g.procedureId}`);

/** Adds (or, with sign −1, subtracts) into the map's own row for k: rows are made here and summed in place. */
function addTo(map: Map<string, DossierTally>, k: string, t: Partial<Record<DossierTallyField, number | null>>, sign = 1) {
  let row = map.get(k);
  if (!row) map.set(k, (row = { ...emptyDossierTally }));
  for (const f of dossierTallyFields) row[f] += sign * (t[f] ?? 0);
}

const negated = (t: DossierTally): DossierTally => Object.fromEntries(dossierTallyFields.map((f) => [f, -t[f]])) as DossierTally;

type Where = Prisma.DossierStatDailyWhereInput & Prisma.DossierStatMonthlyWhereInput & Prisma.DossierStatBalanceWhereInput;
type Grouping = "pairs" | "separately";
/**
 * A few units (a commune) have few (unit, procedure) rows: one query by pair
 * costs less than two. The province's thousand pairs are grouped separately.
 */
const groupingOf = (scope: DossierScope): Grouping => (scope.unitIds !== null && scope.unitIds.length <= 10 ? "pairs" : "separately");
type GroupBy = (by: ("unitId" | "procedureId")[]) => Promise<{ unitId?: string; procedureId?: string; _sum: Grouped["_sum"] }[]>;
async function grouped(grouping: Grouping, groupBy: GroupBy): Promise<Grouped[]> {
  if (grouping === "separately") return Promise.all([groupBy(["unitId"]), groupBy(["procedureId"])]).then((r) => r.flat());
  return (await groupBy(["unitId", "procedureId"])).flatMap((g) => [
    { unitId: g.unitId, _sum: g._sum },
    { procedureId: g.procedureId, _sum: g._sum },
  ]);
}
// Prisma types groupBy's answer from a literal `by`; these `by`s are chosen at run time, hence the casts.
type AnyGroupBy = (args: { by: ("unitId" | "procedureId")[]; where: unknown; _sum: typeof sumSelect }) => ReturnType<GroupBy>;
const daily = (grouping: Grouping, where: Prisma.DossierStatDailyWhereInput) => grouped(grouping, (by) => (db.dossierStatDaily as unknown as { groupBy: AnyGroupBy }).groupBy({ by, where, _sum: sumSelect }));
const monthly = (grouping: Grouping, where: Prisma.DossierStatMonthlyWhereInput) => grouped(grouping, (by) => (db.dossierStatMonthly as unknown as { groupBy: AnyGroupBy }).groupBy({ by, where, _sum: sumSelect }));
const balances = (grouping: Grouping, where: Prisma.DossierStatBalanceWhereInput) => grouped(grouping, (by) => (db.dossierStatBalance as unknown as { groupBy: AnyGroupBy }).groupBy({ by, where, _sum: sumSelect }));

/** Sums over a span by unit and by procedure: whole months from the monthly rows, plus and minus days from the daily rows (spanParts). */
async function sumSpan(grouping: Grouping, where: Where, from: string, to: string): Promise<Map<string, DossierTally>> {
  const { months, plus, minus } = spanParts(from, to);
  const days = (ranges: [string, string][]) => Promise.all(ranges.map(([gte, lte]) => daily(grouping, { ...where, day: { gte, lte } }))).then((r) => r.flat());
  const [whole, added, taken] = await Promise.all([
    months ? monthly(grouping, { ...where, month: { gte: months[0], lte: months[1] } }) : Promise.resolve([]),
    days(plus),
    days(minus),
  ]);
  const out = new Map<string, DossierTally>();
  for (const g of [...whole, ...added]) addTo(out, keyOf(g), g._sum);
  for (const g of taken) addTo(out, keyOf(g), g._sum, -1);
  return out;
}

/** The balance table's last month: a balance asked for a later month is this one's (nothing happened after it). */
async function lastBalanceMonth(): Promise<string | null> {
  return (await db.dossierStatBalance.findFirst({ orderBy: { month: "desc" }, select: { month: true } }))?.month ?? null;
}

/** `a` plus (or minus) `b`, pair by pair, as a new map. */
function combine(a: Map<string, DossierTally>, b: Map<string, DossierTally>, sign: 1 | -1): Map<string, DossierTally> {
  const out = new Map<string, DossierTally>();
  for (const [k, t] of a) addTo(out, k, t);
  for (const [k, t] of b) addTo(out, k, t, sign);
  return out;
}

/**
 * The four sums figures.ts needs (every day before the period, the period,
 * every day before `asOf`, every day up to it), by unit and by procedure. Each
 * "every day before D" is a running balance (DossierStatBalance) through the
 * month before D plus D's month's days before D, or through D's month minus
 * its days from D on, whichever reads fewer days; the period is the
 * difference of two of them, and the day asOf is read alone. Reads are shared
 * (the balance through this month serves both asOf sums).
 */
async function sumsByKey(scope: DossierScope, period: { from: string; to: string }, today: string): Promise<SumsByKey> {
  const asOf = period.to < today ? period.to : today;
  const where = {
    ...(scope.unitIds ? { unitId: { in: scope.unitIds } } : {}),
    ...(scope.procedureIds ? { procedureId: { in: scope.procedureIds } } : {}),
  };
  const grouping = groupingOf(scope);
  const last = await lastBalanceMonth();
  const reads = new Map<string, Promise<Map<string, DossierTally>>>();
  const once = (key: string, read: () => Promise<Map<string, DossierTally>>) => {
    let r = reads.get(key);
    if (!r) reads.set(key, (r = read()));
    return r;
  };
  const balanceThrough = (month: string) => {
    const m = last && month > last ? last : month;
    return once(`balance ${m}`, async () => {
      const out = new Map<string, DossierTally>();
      if (!last) return out;
      for (const g of await balances(grouping, { ...where, month: m })) addTo(out, keyOf(g), g._sum);
      return out;
    });
  };
  const days = (from: string, to: string) => once(`days ${from} ${to}`, () => sumSpan(grouping, where, from, to));
  const everyDayBefore = async (date: string) => {
    const month = date.slice(0, 7);
    if (dayOf(date) === 1) return balanceThrough(previousMonth(month));
    const end = lastDayOf(month);
    if (dayOf(date) - 1 <= dayOf(end) - dayOf(date) + 1) return combine(await balanceThrough(previousMonth(month)), await days(`${month}-01`, addLocalDays(date, -1)), 1);
    return combine(await balanceThrough(month), await days(date, end), -1);
  };
  const [before, afterPeriod, throughAsOf, asOfDay] = await Promise.all([
    everyDayBefore(period.from),
    everyDayBefore(addLocalDays(period.to, 1)),
    everyDayBefore(addLocalDays(asOf, 1)),
    days(asOf, asOf),
  ]);
  const parts: Record<keyof DossierSums, Map<string, DossierTally>> = {
    before,
    during: combine(afterPeriod, before, -1),
    beforeAsOf: combine(throughAsOf, asOfDay, -1),
    throughAsOf,
  };
  const out: SumsByKey = new Map();
  for (const k of new Set(Object.values(parts).flatMap((m) => [...m.keys()]))) {
    out.set(k, {
      before: parts.before.get(k) ?? emptyDossierTally,
      during: parts.during.get(k) ?? emptyDossierTally,
      beforeAsOf: parts.beforeAsOf.get(k) ?? emptyDossierTally,
      throughAsOf: parts.throughAsOf.get(k) ?? emptyDossierTally,
    });
  }
  return out;
}

const emptySums: DossierSums = { before: emptyDossierTally, during: emptyDossierTally, beforeAsOf: emptyDossierTally, throughAsOf: emptyDossierTally };
function addSums(a: DossierSums, b: DossierSums): DossierSums {
  return {
    before: addDossierTally(a.before, b.before),
    during: addDossierTally(a.during, b.during),
    beforeAsOf: addDossierTally(a.beforeAsOf, b.beforeAsOf),
    throughAsOf: addDossierTally(a.throughAsOf, b.throughAsOf),
  };
}

/** The rows' unit filter: none for the root of the whole tree. */
function unitIdsOf(scope: UnitRef, units: UnitRef[]): string[] | null {
  const all = scope.parentId === null && units.filter((u) => u.parentId === null).length === 1;
  return all ? null : units.filter((u) => u.path.startsWith(scope.path)).map((u) => u.id);
}

export type DossierDashboard = {
  total: DossierFigures;
  byUnit: { unit: UnitRef; own: boolean; figures: DossierFigures }[];
  byProcedure: { procedure: ProcedureRef; figures: DossierFigures }[];
  byField: { fieldCode: string; fieldName: string; fieldNameEn: string | null; figures: DossierFigures }[];
  trend: { month: string; received: number; resolved: number; resolvedLate: number }[];
};

export async function computeDossierDashboard(
  scope: UnitRef,
  units: UnitRef[],
  period: { from: string; to: string },
  filter: { procedureId?: string | null; fieldCode?: string | null },
  now = new Date(),
): Promise<DossierDashboard> {
  const procedures = await procedureRefs();
  const procedureIds = filter.procedureId ? [filter.procedureId] : filter.fieldCode ? procedures.filter((p) => p.fieldCode === filter.fieldCode).map((p) => p.id) : null;
  const s: DossierScope = { unitIds: unitIdsOf(scope, units), procedureIds };
  const today = localDate(now);
  const rowFilter = { ...(s.unitIds ? { unitId: { in: s.unitIds } } : {}), ...(s.procedureIds ? { procedureId: { in: s.procedureIds } } : {}) };
  // A period inside one month: its trend is the period's own sums (below), no read of its own.
  const oneMonth = period.from.slice(0, 7) === period.to.slice(0, 7);
  const { months: trendMonths, plus: trendPlus, minus: trendMinus } = oneMonth ? { months: null, plus: [], minus: [] } : spanParts(period.from, period.to);
  const trendDays = (ranges: [string, string][]) =>
    Promise.all(ranges.map(([gte, lte]) => db.dossierStatDaily.groupBy({ by: ["day"], where: { ...rowFilter, day: { gte, lte } }, _sum: sumSelect }))).then((r) => r.flat());
  const [byKey, trendMonthly, trendAdded, trendTaken] = await Promise.all([
    sumsByKey(s, period, today),
    trendMonths ? db.dossierStatMonthly.groupBy({ by: ["month"], where: { ...rowFilter, month: { gte: trendMonths[0], lte: trendMonths[1] } }, _sum: sumSelect }) : Promise.resolve([]),
    trendDays(trendPlus),
    trendDays(trendMinus),
  ]);

  const byUnitId = new Map<string, DossierSums>();
  const byProcedureId = new Map<string, DossierSums>();
  let total = emptySums;
  for (const [key, sums] of byKey) {
    const [kind, id] = key.split(" ") as [string, string];
    if (kind === "unit") {
      byUnitId.set(id, sums);
      total = addSums(total, sums);
    } else byProcedureId.set(id, sums);
  }

  // Units: the scope's own dossiers and each child with its subtree.
  const { children, target } = rollupTarget(scope, units);
  const rolled = new Map<string, DossierSums>();
  for (const [unitId, sums] of byUnitId) {
    const t = target.get(unitId);
    if (t) rolled.set(t, addSums(rolled.get(t) ?? emptySums, sums));
  }
  const byUnit = [scope, ...children]
    .map((unit) => ({ unit, own: unit.id === scope.id, figures: dossierFiguresOf(rolled.get(unit.id) ?? emptySums) }))
    .filter((row) => row.figures.received + row.figures.refusedAtIntake > 0);

  const procedureById = new Map(procedures.map((p) => [p.id, p]));
  const byProcedure = [...byProcedureId.entries()]
    .filter(([id]) => procedureById.has(id))
    .map(([id, sums]) => ({ procedure: procedureById.get(id)!, figures: dossierFiguresOf(sums) }))
    .filter((row) => row.figures.received + row.figures.refusedAtIntake > 0)
    .sort((a, b) => b.figures.received - a.figures.received);
  const fieldSums = new Map<string, { ref: ProcedureRef; sums: DossierSums }>();
  for (const [id, sums] of byProcedureId) {
    const p = procedureById.get(id);
    if (!p) continue;
    const row = fieldSums.get(p.fieldCode) ?? { ref: p, sums: emptySums };
    fieldSums.set(p.fieldCode, { ref: row.ref, sums: addSums(row.sums, sums) });
  }
  const byField = [...fieldSums.values()]
    .map(({ ref, sums }) => ({ fieldCode: ref.fieldCode, fieldName: ref.fieldName, fieldNameEn: ref.fieldNameEn, figures: dossierFiguresOf(sums) }))
    .filter((row) => row.figures.received + row.figures.refusedAtIntake > 0)
    .sort((a, b) => b.figures.received - a.figures.received);

  const byMonth = new Map<string, DossierTally>(monthsOf(period.from, period.to).map((m) => [m, emptyDossierTally]));
  for (const g of trendMonthly) byMonth.set(g.month, addDossierTally(byMonth.get(g.month) ?? emptyDossierTally, toTally(g)));
  for (const g of trendAdded) byMonth.set(g.day.slice(0, 7), addDossierTally(byMonth.get(g.day.slice(0, 7)) ?? emptyDossierTally, toTally(g)));
  for (const g of trendTaken) byMonth.set(g.day.slice(0, 7), addDossierTally(byMonth.get(g.day.slice(0, 7)) ?? emptyDossierTally, negated(toTally(g))));
  if (oneMonth) byMonth.set(period.from.slice(0, 7), total.during);
  const trend = [...byMonth.entries()].map(([month, t]) => ({ month, received: t.received, resolved: t.resolvedEarly + t.resolvedOnTime + t.resolvedLate, resolvedLate: t.resolvedLate }));

  return { total: dossierFiguresOf(total), byUnit, byProcedure, byField, trend };
}

/**
 * The same answer until the figures are refreshed (every 30 s), bounded, per process (as the case
 * dashboard). The units' and procedures' version tokens are in the key too: the answer carries their
 * names, and the public page cache shows a renamed one at once (decision 022).
 */
const memo = new Map<string, { until: number; value: Promise<DossierDashboard> }>();
export async function dossierDashboard(scope: UnitRef, units: UnitRef[], period: { from: string; to: string }, filter: { procedureId?: string | null; fieldCode?: string | null }) {
  const settings = await watchedSettings();
  const [refreshed, unitsVersion, proceduresVersion] = ["onestop.stats.refreshedAt", "cache:units", "cache:procedures"].map((k) => settings.get(k) ?? "");
  const today = localDate(new Date());
  const key = `${refreshed}|${unitsVersion}|${proceduresVersion}|${today}|${scope.id}|${period.from}|${period.to}|${filter.procedureId ?? ""}|${filter.fieldCode ?? ""}`;
  const now = Date.now();
  const hit = memo.get(key);
  if (hit && hit.until > now) return hit.value;
  const value = computeDossierDashboard(scope, units, period, filter);
  memo.set(key, { until: now + 30_000, value });
  value.catch(() => memo.delete(key));
  if (memo.size > 500) memo.delete(memo.keys().next().value!);
  return value;
}
