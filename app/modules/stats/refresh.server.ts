/**
 * Keeps the precomputed figures (StatDaily, StatMonthly and their rollups StatUnit…,
 * StatAll… and StatHandler…) in step with the cases.
 *
 * Why precomputed: the dashboard of a province with a million cases must answer
 * in well under a second; summing a year of cases means reading hundreds of
 * thousands of rows, summing a year of monthly rows reads a few thousand.
 *
 * How: a row holds the cases SUBMITTED on one local day (a cohort), so any change
 * to a case (resolved, rated, transferred to another unit) only touches the day it
 * was submitted. Each run finds the cases changed since the last run (Case.updatedAt,
 * indexed), recomputes those whole days from the cases themselves — for every
 * unit, so a transfer moves the count — and then those days' months. Recomputing is
 * idempotent, so overlapping runs (the window starts a minute early, for
 * transactions that committed late) never double count. Each run also counts the
 * overdue cases per unit (the ranking's starting point). The job runs under a
 * database lease every 30 s (app/modules/jobs), and by `npm run jobs`.
 */
import { endOfLocalDay, localDate, startOfLocalDay, addLocalDays } from "~/modules/deadlines/calendar";
import { watchedSetting } from "~/utils/reference-cache.server";
import { db, write } from "~/utils/db.server";
import { addTally, emptyTally, tallyFields, tallyOfCase, type Tally } from "./figures";
import { monthsOf } from "./period";
import { countOverdue } from "./stats.server";

const WATERMARK_KEY = "stats.watermark";
const REFRESHED_KEY = "stats.refreshedAt";
/** Changes committed up to this long after their updatedAt are still picked up. */
const OVERLAP_MS = 60_000;

type Row = Tally & { unitId: string; kind: string; categoryId: string };

/**
 * The same sums over fewer keys: per unit (all kinds and fields) and for every
 * unit together (per kind and field). The dashboard reads these instead of
 * adding up ~1,000 rows a day (stats.server.ts); they are always written in the
 * same transaction as the rows they sum, so the three never disagree.
 */
function rollups<R extends Row>(rows: Iterable<R>, atOf: (row: R) => string) {
  const byUnit = new Map<string, Tally & { at: string; unitId: string }>();
  const byKindField = new Map<string, Tally & { at: string; kind: string; categoryId: string }>();
  for (const row of rows) {
    const at = atOf(row);
    const tally = Object.fromEntries(tallyFields.map((f) => [f, row[f]])) as Tally;
    const unitKey = `${at}|${row.unitId}`;
    byUnit.set(unitKey, { at, unitId: row.unitId, ...addTally(byUnit.get(unitKey) ?? emptyTally, tally) });
    const allKey = `${at}|${row.kind}|${row.categoryId}`;
    byKindField.set(allKey, { at, kind: row.kind, categoryId: row.categoryId, ...addTally(byKindField.get(allKey) ?? emptyTally, tally) });
  }
  return { byUnit: [...byUnit.values()], byKindField: [...byKindField.values()] };
}

const inChunks = async <T>(data: T[], insert: (chunk: T[]) => Promise<unknown>) => {
  for (let i = 0; i < data.length; i += 5000) await insert(data.slice(i, i + 5000));
};

/** Rebuilds the daily rows of the local days from..to (inclusive, all units) from the cases. */
async function recomputeRange(from: string, to: string): Promise<void> {
  const cases = await db.case.findMany({
    where: { submittedAt: { gte: startOfLocalDay(from), lte: endOfLocalDay(to) } },
    select: { submittedAt: true, unitId: true, assigneeId: true, kind: true, categoryId: true, status: true, receivedAt: true, resolvedAt: true, resolvedOnTime: true, satisfaction: true },
  });
  const rows = new Map<string, Row & { day: string }>();
  // The same cases per unit and handler ("" for none): the leader's report (StatHandler…).
  const handlerRows = new Map<string, Tally & { day: string; unitId: string; assigneeId: string }>();
  for (const c of cases) {
    const day = localDate(c.submittedAt);
    const tally = tallyOfCase(c);
    const key = `${day}|${c.unitId}|${c.kind}|${c.categoryId ?? ""}`;
    const row = rows.get(key) ?? { ...emptyTally, day, unitId: c.unitId, kind: c.kind, categoryId: c.categoryId ?? "" };
    rows.set(key, { ...row, ...addTally(row, tally) });
    const handlerKey = `${day}|${c.unitId}|${c.assigneeId ?? ""}`;
    const handlerRow = handlerRows.get(handlerKey) ?? { ...emptyTally, day, unitId: c.unitId, assigneeId: c.assigneeId ?? "" };
    handlerRows.set(handlerKey, { ...handlerRow, ...addTally(handlerRow, tally) });
  }
  const data = [...rows.values()];
  const byHandler = [...handlerRows.values()];
  const { byUnit, byKindField } = rollups(data, (r) => r.day);
  const days = { day: { gte: from, lte: to } };
  await write(async (tx) => {
    await tx.statDaily.deleteMany({ where: days });
    await tx.statUnitDaily.deleteMany({ where: days });
    await tx.statAllDaily.deleteMany({ where: days });
    await tx.statHandlerDaily.deleteMany({ where: days });
    await inChunks(data, (chunk) => tx.statDaily.createMany({ data: chunk }));
    await inChunks(byUnit, (chunk) => tx.statUnitDaily.createMany({ data: chunk.map(({ at, ...r }) => ({ ...r, day: at })) }));
    await inChunks(byKindField, (chunk) => tx.statAllDaily.createMany({ data: chunk.map(({ at, ...r }) => ({ ...r, day: at })) }));
    await inChunks(byHandler, (chunk) => tx.statHandlerDaily.createMany({ data: chunk }));
  });
}

/** Recomputes the daily rows of these local days (all units), then their months. */
export async function recomputeDays(days: Iterable<string>): Promise<number> {
  const sorted = [...new Set(days)].sort();
  // Consecutive days are read in one query.
  let start: string | undefined;
  let end: string | undefined;
  for (const day of sorted) {
    if (start && end && addLocalDays(end, 1) === day) {
      end = day;
      continue;
    }
    if (start && end) await recomputeRange(start, end);
    start = end = day;
  }
  if (start && end) await recomputeRange(start, end);
  for (const month of new Set(sorted.map((d) => d.slice(0, 7)))) await recomputeMonth(month);
  return sorted.length;
}

/** StatMonthly (and its rollups) for one month, summed from its daily rows. */
async function recomputeMonth(month: string) {
  const groups = await db.statDaily.groupBy({
    by: ["unitId", "kind", "categoryId"],
    where: { day: { gte: `${month}-01`, lte: `${month}-31` } },
    _sum: Object.fromEntries(tallyFields.map((f) => [f, true])) as Record<keyof Tally, true>,
  });
  const data = groups.map((g) => ({
    unitId: g.unitId,
    kind: g.kind,
    categoryId: g.categoryId,
    month,
    ...(Object.fromEntries(tallyFields.map((f) => [f, g._sum[f] ?? 0])) as Tally),
  }));
  const { byUnit, byKindField } = rollups(data, () => month);
  const handlerGroups = await db.statHandlerDaily.groupBy({
    by: ["unitId", "assigneeId"],
    where: { day: { gte: `${month}-01`, lte: `${month}-31` } },
    _sum: Object.fromEntries(tallyFields.map((f) => [f, true])) as Record<keyof Tally, true>,
  });
  const byHandler = handlerGroups.map((g) => ({
    unitId: g.unitId,
    assigneeId: g.assigneeId,
    month,
    ...(Object.fromEntries(tallyFields.map((f) => [f, g._sum[f] ?? 0])) as Tally),
  }));
  await write(async (tx) => {
    await tx.statMonthly.deleteMany({ where: { month } });
    await tx.statUnitMonthly.deleteMany({ where: { month } });
    await tx.statAllMonthly.deleteMany({ where: { month } });
    await tx.statHandlerMonthly.deleteMany({ where: { month } });
    if (byHandler.length > 0) await tx.statHandlerMonthly.createMany({ data: byHandler });
    if (data.length > 0) {
      await tx.statMonthly.createMany({ data });
      await tx.statUnitMonthly.createMany({ data: byUnit.map(({ at, ...r }) => ({ ...r, month: at })) });
      await tx.statAllMonthly.createMany({ data: byKindField.map(({ at, ...r }) => ({ ...r, month: at })) });
    }
  });
}

/** Every month from the first case to the last, rebuilt (first run, or after an import). */
export async function rebuildAllStats(): Promise<number> {
  const [first, last] = await Promise.all([
    db.case.findFirst({ orderBy: { submittedAt: "asc" }, select: { submittedAt: true } }),
    db.case.findFirst({ orderBy: { submittedAt: "desc" }, select: { submittedAt: true } }),
  ]);
  await write(async (tx) => {
    await tx.statDaily.deleteMany({});
    await tx.statMonthly.deleteMany({});
    await tx.statUnitDaily.deleteMany({});
    await tx.statUnitMonthly.deleteMany({});
    await tx.statAllDaily.deleteMany({});
    await tx.statAllMonthly.deleteMany({});
    await tx.statHandlerDaily.deleteMany({});
    await tx.statHandlerMonthly.deleteMany({});
  });
  if (!first || !last) return 0;
  let days = 0;
  for (const month of monthsOf(localDate(first.submittedAt), localDate(last.submittedAt))) {
    const [y, m] = month.split("-").map(Number) as [number, number];
    const lastDay = addLocalDays(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`, -1);
    await recomputeRange(`${month}-01`, lastDay);
    await recomputeMonth(month);
    days += Number(lastDay.slice(8));
  }
  return days;
}

async function setSetting(key: string, value: string) {
  await write((tx) => tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } }));
}

/**
 * One refresh: the days of the cases changed since the last run. The first run
 * (no watermark) rebuilds everything.
 */
export async function refreshStats(): Promise<{ days: number; rebuilt: boolean }> {
  // Wall-clock time, even when the jobs are replayed "as of" another date.
  const started = new Date();
  const mark = await db.setting.findUnique({ where: { key: WATERMARK_KEY } });
  let days: number;
  let rebuilt = false;
  if (!mark) {
    days = await rebuildAllStats();
    rebuilt = true;
  } else {
    const since = new Date(new Date(mark.value).getTime() - OVERLAP_MS);
    const changed = await db.case.findMany({ where: { updatedAt: { gte: since } }, select: { submittedAt: true } });
    days = await recomputeDays(changed.map((c) => localDate(c.submittedAt)));
  }
  await countOverdue();
  await setSetting(WATERMARK_KEY, started.toISOString());
  await setSetting(REFRESHED_KEY, new Date().toISOString());
  return { days, rebuilt };
}

/** When the figures were last brought up to date (shown under the dashboard). */
export async function statsRefreshedAt(): Promise<Date | null> {
  const value = await watchedSetting(REFRESHED_KEY);
  return value ? new Date(value) : null;
}
