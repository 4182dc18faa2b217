/**
 * Reads the precomputed figures for a unit (with everything below it) and a
 * period: whole months from the monthly rows, the days left at either end from
 * the daily rows, summed by the database — per unit from StatUnit…, per kind and
 * field from StatAll… (the province) or Stat… (a subtree). Every number shown on the dashboard, the
 * ranking, the reports, the exports and the API comes from here and figures.ts.
 */
import { endOfLocalDay, startOfLocalDay } from "~/modules/deadlines/calendar";
import { audit } from "~/modules/audit/audit.server";
import { db, isPostgres, Prisma, write } from "~/utils/db.server";
import { selectRows } from "~/utils/driver-sql.server";
import { cachedReference, watchedSetting } from "~/utils/reference-cache.server";
import { addTally, DEFAULT_MIN_SAMPLE, emptyTally, figuresOf, rankable, sumTallies, tallyFields, type Figures, type RankingSort, type Tally } from "./figures";
import { monthsOf, splitMonths, type Period } from "./period";
import { compareVietnamese } from "~/utils/text";

export type UnitRef = { id: string; code: string; name: string; parentId: string | null; path: string; levelCode: string; levelRank: number; sortOrder: number };

/** Active units, in display order (a province has ~100: read whole, small), from the reference cache. */
export function publicUnits(): Promise<UnitRef[]> {
  return cachedReference("units", "public", async () => {
    const units = await db.unit.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, code: true, name: true, parentId: true, path: true, sortOrder: true, level: { select: { code: true, rank: true } } },
    });
    return units.map(({ level, ...u }) => ({ ...u, levelCode: level.code, levelRank: level.rank }));
  });
}

export function findUnitByCode(units: UnitRef[], code: string | null | undefined): UnitRef | null {
  if (!code) return units.find((u) => u.parentId === null) ?? null;
  return units.find((u) => u.code === code.toUpperCase()) ?? null;
}

/**
 * The rows a scope's figures are summed from: every row for the root of the
 * whole tree (its figures include every unit, active or not), otherwise the
 * rows of the active units of its subtree.
 */
function unitIdsOf(scope: UnitRef, units: UnitRef[]): string[] | null {
  const all = scope.parentId === null && units.filter((u) => u.parentId === null).length === 1;
  return all ? null : units.filter((u) => u.path.startsWith(scope.path)).map((u) => u.id);
}

/**
 * Three families of precomputed rows, each a Daily and a Monthly table with the
 * same sums (refresh.server.ts writes them together): Stat (per unit, kind and
 * field: ~1,000 rows a day at a million cases), StatUnit (per unit: ~100) and
 * StatAll (every unit together, per kind and field: ~10–40). Each question
 * reads the smallest family that still has its key and its unit filter.
 */
type Family = "Stat" | "StatUnit" | "StatAll" | "StatHandler";
type Key = "unitId" | "kind" | "categoryId" | "month" | "assigneeId";

const tallyColumns = Prisma.raw(tallyFields.map((f) => `"${f}"`).join(", "));
const tallySums = Prisma.raw(tallyFields.map((f) => `SUM("${f}") AS "${f}"`).join(", "));
type SumRow = { key: string } & Record<keyof Tally, number | bigint | null>;

/**
 * Sums for the period by one key, in one query: whole months from the monthly
 * rows, the days at either end from the daily rows, added up by the database
 * on the tables' keys (a few hundred rows for the province's two years). One
 * SELECT per day range: an OR of ranges would not use the index.
 */
async function sumsBy(family: Family, key: Key, unitIds: string[] | null, period: Pick<Period, "from" | "to">): Promise<Map<string, Tally>> {
  if (family === "StatAll" && unitIds !== null) throw new Error("sumsBy: StatAll has no unit column");
  if (unitIds?.length === 0) return new Map();
  const { months, dayRanges } = splitMonths(period.from, period.to);
  const units = unitIds ? Prisma.sql`AND "unitId" IN (${Prisma.join(unitIds)})` : Prisma.empty;
  const column = (daily: boolean) => Prisma.raw(key === "month" ? (daily ? `SUBSTR("day", 1, 7)` : `"month"`) : `"${key}"`);
  const parts = [
    ...(months.length ? [Prisma.sql`SELECT ${column(false)} AS "key", ${tallyColumns} FROM ${Prisma.raw(`"${family}Monthly"`)} WHERE "month" IN (${Prisma.join(months)}) ${units}`] : []),
    ...dayRanges.map(([from, to]) => Prisma.sql`SELECT ${column(true)} AS "key", ${tallyColumns} FROM ${Prisma.raw(`"${family}Daily"`)} WHERE "day" >= ${from} AND "day" <= ${to} ${units}`),
  ];
  if (parts.length === 0) return new Map();
  const rows = await selectRows<SumRow>`SELECT "key", ${tallySums} FROM (${Prisma.join(parts, " UNION ALL ")}) AS "periodRows" GROUP BY "key"`;
  return new Map(rows.map((r) => [r.key, Object.fromEntries(tallyFields.map((f) => [f, Number(r[f] ?? 0)])) as Tally]));
}

/** Sums per unit of the scope (every unit's own cases, not its subtree's). */
const talliesByUnit = (unitIds: string[] | null, period: Pick<Period, "from" | "to">) => sumsBy("StatUnit", "unitId", unitIds, period);

/** Sums by kind, field or month for the scope: the whole province's from StatAll, a subtree's from its units' rows. */
function talliesOfScope(key: "kind" | "categoryId" | "month", unitIds: string[] | null, period: Pick<Period, "from" | "to">) {
  if (unitIds === null) return sumsBy("StatAll", key, null, period);
  return sumsBy(key === "month" ? "StatUnit" : "Stat", key, unitIds, period);
}

/** Received and resolved by month (the trend chart). */
async function monthlyTrend(unitIds: string[] | null, period: Pick<Period, "from" | "to">) {
  const byMonth = await talliesOfScope("month", unitIds, period);
  return monthsOf(period.from, period.to).map((month) => ({ month, ...figuresOf(byMonth.get(month) ?? emptyTally) }));
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

export async function memoised<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const refreshed = (await watchedSetting("stats.refreshedAt")) ?? "";
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
  const unitIds = unitIdsOf(scope, units);
  const [byUnitId, byKind, byCategory, trend] = await Promise.all([
    talliesByUnit(unitIds, period),
    talliesOfScope("kind", unitIds, period),
    talliesOfScope("categoryId", unitIds, period),
    monthlyTrend(unitIds, period),
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
  if (unitIds.length === 0) return new Map();
  // `unitId IN (…)` lets the database count on the (unitId, nextDueAt) index. Raw: a Prisma groupBy costs ~1 ms of query compiling.
  const rows = await selectRows<CountRow>`
    SELECT "unitId", COUNT(*) AS "n" FROM "Case" WHERE "unitId" IN (${Prisma.join(unitIds)}) AND "nextDueAt" < ${now} GROUP BY "unitId"`;
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
}

type CountRow = { unitId: string; n: number | bigint };

/** The refresh counts the overdue cases every 30 s; counts older than this (the jobs stopped) are not used. */
const OVERDUE_COUNTS_MAX_AGE_MS = 5 * 60_000;

/**
 * The same as overdueByUnit, without counting every overdue case of the
 * province on each request (hundreds of thousands at a million cases): the
 * counts of the last statistics refresh (StatOverdue, as of its run) plus the
 * cases that fell due since, an index range per unit. A case resolved, moved
 * or given a new deadline since that run shows at the next refresh, as every
 * other figure on the page does. Without recent counts, or for a moment
 * before they were taken, everything is counted live.
 */
export async function overdueSoFar(unitIds: string[], now = new Date()): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  // A few units (a ward's or a commune's report): their rows alone, on the unit's keys. Many (a province's
  // ~100): every row, filtered here; an IN list of a hundred seeks costs more than reading them all
  // (SQLite at 1M: a ward 0.03 ms against 0.17 ms, a province 0.26 ms against 0.17 ms).
  const few = unitIds.length <= FEW_UNITS ? Prisma.sql`"unitId" IN (${Prisma.join(unitIds)})` : null;
  // Every row is written by one refresh, in one transaction: one asOf. A unit without a row had none
  // overdue. For a few units, the refresh's time comes from any row in the same statement (a refresh
  // committed between two statements would pair one refresh's rows with another's time).
  const rows = await selectRows<{ unitId: string | null; overdue: number | bigint | null; asOf: Date | string }>`${
    few
      ? Prisma.sql`SELECT s."unitId", s."overdue", t."asOf" FROM (SELECT "asOf" FROM "StatOverdue" LIMIT 1) AS t LEFT JOIN "StatOverdue" AS s ON s.${few}`
      : Prisma.sql`SELECT "unitId", "overdue", "asOf" FROM "StatOverdue"`
  }`;
  const counted = rows.filter((r): r is typeof r & { unitId: string; overdue: number | bigint } => r.unitId !== null && r.overdue !== null);
  const asOf = rows[0] ? new Date(rows[0].asOf) : undefined;
  if (!asOf || now < asOf || now.getTime() - asOf.getTime() > OVERDUE_COUNTS_MAX_AGE_MS) return overdueByUnit(unitIds, now);
  // The few minutes since asOf: on the (unitId, nextDueAt) index for a few units, on the deadline index for many.
  const since = await selectRows<CountRow>`
    SELECT "unitId", COUNT(*) AS "n" FROM "Case" WHERE ${few ? Prisma.sql`${few} AND ` : Prisma.empty}"nextDueAt" >= ${asOf} AND "nextDueAt" < ${now} GROUP BY "unitId"`;
  const wanted = new Set(unitIds);
  const out = new Map<string, number>();
  for (const r of counted) if (wanted.has(r.unitId)) out.set(r.unitId, Number(r.overdue));
  for (const r of since) if (wanted.has(r.unitId)) out.set(r.unitId, (out.get(r.unitId) ?? 0) + Number(r.n));
  return out;
}

/** Up to this many units, overdueSoFar reads their rows by key; beyond, every row. */
const FEW_UNITS = 10;

/** Takes the counts overdueSoFar starts from (the statistics refresh, every 30 s). */
export async function countOverdue(asOf = new Date()): Promise<void> {
  const units = await db.unit.findMany({ select: { id: true } });
  const counts = await overdueByUnit(units.map((u) => u.id), asOf);
  await write(async (tx) => {
    await tx.statOverdue.deleteMany({});
    await tx.statOverdue.createMany({ data: [...counts].map(([unitId, overdue]) => ({ unitId, overdue, asOf })) });
  });
}

export async function minSample(): Promise<number> {
  const value = await watchedSetting("stats.minSample");
  const n = value ? Number(value) : NaN;
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
  const [byUnitId, min, overdueRaw] = await Promise.all([
    talliesByUnit(unitIdsOf(scope, units), period),
    threshold ?? minSample(),
    overdueSoFar(
      units.filter((u) => u.path.startsWith(scope.path)).map((u) => u.id),
      now,
    ),
  ]);
  const { children, target } = rollupTarget(scope, units);
  const subjects = children.length ? children : [scope];
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
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => compareVietnamese(a.unit.name, b.unit.name);
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
 * report): the sums from the per-handler rows the statistics refresh keeps
 * (StatHandler…, the same tallies as every figure: figures.ts tallyOfCase), and
 * the ones overdue now counted from the partial index of open cases
 * (unitId, submittedAt, nextDueAt, assigneeId) WHERE nextDueAt IS NOT NULL
 * alone (migration 20261128100000, decision 026): no case row is read.
 */
export async function handlerFigures(unitId: string, period: Pick<Period, "from" | "to">, now = new Date()) {
  const [{ tallies, name }, overdue] = await Promise.all([
    memoised(`handlers|${unitId}|${period.from}|${period.to}`, async () => {
      const tallies = await sumsBy("StatHandler", "assigneeId", [unitId], period);
      const ids = [...tallies.keys()].filter((id) => id !== "");
      const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } }) : [];
      return { tallies, name: new Map(users.map((u) => [u.id, u.fullName])) };
    }),
    openOverdueByHandler(unitId, period, now),
  ]);
  return [...tallies]
    .map(([key, tally]) => {
      const handlerId = key === "" ? null : key;
      return { handlerId, name: handlerId ? (name.get(handlerId) ?? handlerId) : null, figures: figuresOf(tally), overdue: overdue.get(key) ?? 0 };
    })
    .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : compareVietnamese(a.name, b.name)));
}

/** The partial index of open cases the report counts from (see the migration 20261128100000_case_open_submitted_index). */
const openCasesIndex = "Case_unitId_submittedAt_open_idx";

/**
 * The unit's cases submitted in the period and overdue now, per handler ("" for
 * none), counted on the open-case index alone. On SQLite the index is named:
 * after ANALYZE its planner prefers the (unitId, submittedAt, id) index and
 * reads every case of the unit's year (~40 ms at a million cases); a database
 * without the index fails loudly here (the DB tests) instead of slowly.
 * PostgreSQL's planner weighs the two with real statistics.
 */
async function openOverdueByHandler(unitId: string, period: Pick<Period, "from" | "to">, now: Date): Promise<Map<string, number>> {
  const indexed = isPostgres() ? Prisma.empty : Prisma.raw(`INDEXED BY "${openCasesIndex}"`);
  const rows = await selectRows<{ assigneeId: string | null; overdue: number | bigint }>`
    SELECT "assigneeId", COUNT(*) AS "overdue" FROM "Case" ${indexed}
    WHERE "unitId" = ${unitId} AND "submittedAt" >= ${startOfLocalDay(period.from)} AND "submittedAt" <= ${endOfLocalDay(period.to)}
      AND "nextDueAt" IS NOT NULL AND "nextDueAt" < ${now}
    GROUP BY "assigneeId"`;
  return new Map(rows.map((r) => [r.assigneeId ?? "", Number(r.overdue)]));
}

/**
 * The oldest-overdue open cases of the units (the inbox pages through the rest).
 * Several units: the oldest `take` of each unit on its (unitId, nextDueAt, id)
 * index, merged — a database asked for `unitId IN (…)` in deadline order reads
 * and sorts every overdue case of the units (hundreds of thousands for a province).
 */
export async function overdueCases(unitIds: string[], now = new Date(), take = 50) {
  if (unitIds.length === 0) return [];
  const perUnit = unitIds.map(
    (unitId, i) =>
      Prisma.sql`SELECT * FROM (SELECT "id", "nextDueAt" FROM "Case" WHERE "unitId" = ${unitId} AND "nextDueAt" < ${now} ORDER BY "nextDueAt", "id" LIMIT ${take}) AS ${Prisma.raw(`"u${i}"`)}`,
  );
  // One query with the unit's and handler's names joined (three with Prisma's relations, on a busy page).
  const rows = await selectRows<LateRow>`
    SELECT c."id", c."code", c."title", c."kind", c."status", c."nextDueAt", u."name" AS "unitName", a."fullName" AS "assigneeName"
    FROM (SELECT "id" FROM (${Prisma.join(perUnit, " UNION ALL ")}) AS "late" ORDER BY "nextDueAt", "id" LIMIT ${take}) AS "oldest"
    JOIN "Case" c ON c."id" = "oldest"."id" JOIN "Unit" u ON u."id" = c."unitId" LEFT JOIN "User" a ON a."id" = c."assigneeId"
    ORDER BY c."nextDueAt", c."id"`;
  return rows.map(({ unitName, assigneeName, nextDueAt, ...c }) => ({
    ...c,
    nextDueAt: nextDueAt === null ? null : new Date(nextDueAt),
    unit: { name: unitName },
    assignee: assigneeName === null ? null : { fullName: assigneeName },
  }));
}

type LateRow = { id: string; code: string; title: string; kind: string; status: string; nextDueAt: Date | string | null; unitName: string; assigneeName: string | null };

/** Sets the "too few to rank" threshold; audited. */
export async function setMinSample(actorId: string, value: number) {
  const before = await minSample();
  await write(async (tx) => {
    await tx.setting.upsert({ where: { key: "stats.minSample" }, create: { key: "stats.minSample", value: String(value) }, update: { value: String(value) } });
    await audit(tx, { actorId, action: "SETTING_UPDATED", targetType: "Setting", targetId: "stats.minSample", data: { from: before, to: value } });
  });
}
