/**
 * Every public figure, defined once. The dashboard, the ranking, the officials'
 * reports, the exports and the API all read these functions; nothing else
 * decides what "resolved" or "on time" means.
 *
 * The figures describe a COHORT: the cases submitted in a period (local days,
 * Asia/Ho_Chi_Minh) to a unit, and what has become of them since.
 *
 *   received      cases submitted in the period
 *   resolved      of those, answered with a resolution (resolvedAt set)
 *   declined      of those, not accepted for handling (with a statutory reason)
 *   withdrawn     of those, withdrawn by the citizen before a resolution, or whose resolution
 *                 was ended (đình chỉ) on a statutory ground — either way no longer owed
 *                 (a suspended case is still owed: in progress, its clock standing still)
 *   inProgress    received − resolved − declined − withdrawn (still owed an answer)
 *   resolvedRate  resolved ÷ (received − declined − withdrawn): of the cases the unit had to resolve
 *   onTimeRate    resolved on time ÷ resolved (deadline including lawful extensions and the
 *                 days a suspension or a request for information stopped the clock, as the
 *                 rule says: `resolvedOnTime` is stored against the moved due date)
 *   averageDays   mean calendar days from the unit's receipt to the resolution (local dates)
 *   averageRating mean of the 1–5 ratings given; satisfiedShare: ratings of 4 or 5 ÷ ratings
 */
import { localDate, dayNumber } from "~/modules/deadlines/calendar";

export type Tally = {
  received: number;
  resolved: number;
  resolvedOnTime: number;
  declined: number;
  withdrawn: number;
  resolveDaysSum: number;
  ratedCount: number;
  ratingSum: number;
  satisfiedCount: number;
};

export const emptyTally: Tally = Object.freeze({
  received: 0,
  resolved: 0,
  resolvedOnTime: 0,
  declined: 0,
  withdrawn: 0,
  resolveDaysSum: 0,
  ratedCount: 0,
  ratingSum: 0,
  satisfiedCount: 0,
});

export const tallyFields = Object.keys(emptyTally) as (keyof Tally)[];

/** A rating of 4 or 5 counts as satisfied. */
export const SATISFIED_FROM = 4;

export type CaseForStats = {
  status: string;
  receivedAt: Date;
  resolvedAt: Date | null;
  resolvedOnTime: boolean | null;
  satisfaction: number | null;
};

export type Outcome = "resolved" | "declined" | "withdrawn" | "open";

/** What became of a case, for the figures. Exactly one outcome per case. */
export function outcomeOf(c: Pick<CaseForStats, "status" | "resolvedAt">): Outcome {
  if (c.status === "DECLINED") return "declined";
  if (c.status === "WITHDRAWN" || c.status === "ENDED") return "withdrawn";
  if (c.resolvedAt) return "resolved";
  return "open";
}

/** Whole local days from the unit's receipt to the resolution (same day = 0). */
export function resolveDays(c: Pick<CaseForStats, "receivedAt" | "resolvedAt">): number {
  if (!c.resolvedAt) return 0;
  return Math.max(0, dayNumber(localDate(c.resolvedAt)) - dayNumber(localDate(c.receivedAt)));
}

/** One case's contribution to a tally. */
export function tallyOfCase(c: CaseForStats): Tally {
  const outcome = outcomeOf(c);
  const rated = c.satisfaction != null && c.satisfaction >= 1 && c.satisfaction <= 5;
  return {
    received: 1,
    resolved: outcome === "resolved" ? 1 : 0,
    resolvedOnTime: outcome === "resolved" && c.resolvedOnTime ? 1 : 0,
    declined: outcome === "declined" ? 1 : 0,
    withdrawn: outcome === "withdrawn" ? 1 : 0,
    resolveDaysSum: outcome === "resolved" ? resolveDays(c) : 0,
    ratedCount: rated ? 1 : 0,
    ratingSum: rated ? c.satisfaction! : 0,
    satisfiedCount: rated && c.satisfaction! >= SATISFIED_FROM ? 1 : 0,
  };
}

export function addTally(a: Tally, b: Partial<Tally>): Tally {
  const out = { ...a };
  for (const f of tallyFields) out[f] += b[f] ?? 0;
  return out;
}

export function sumTallies(rows: Iterable<Partial<Tally>>): Tally {
  let total = emptyTally;
  for (const row of rows) total = addTally(total, row);
  return total;
}

export type Figures = {
  received: number;
  resolved: number;
  inProgress: number;
  declined: number;
  withdrawn: number;
  /** 0–1, or null when there was nothing to resolve. */
  resolvedRate: number | null;
  onTimeRate: number | null;
  resolvedOnTime: number;
  averageDays: number | null;
  ratedCount: number;
  averageRating: number | null;
  satisfiedShare: number | null;
};

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function figuresOf(t: Tally): Figures {
  const owed = t.received - t.declined - t.withdrawn;
  return {
    received: t.received,
    resolved: t.resolved,
    inProgress: owed - t.resolved,
    declined: t.declined,
    withdrawn: t.withdrawn,
    resolvedRate: ratio(t.resolved, owed),
    onTimeRate: ratio(t.resolvedOnTime, t.resolved),
    resolvedOnTime: t.resolvedOnTime,
    averageDays: ratio(t.resolveDaysSum, t.resolved),
    ratedCount: t.ratedCount,
    averageRating: ratio(t.ratingSum, t.ratedCount),
    satisfiedShare: ratio(t.satisfiedCount, t.ratedCount),
  };
}

/** The figures a breakdown table shows (a column each): a page sends only these to the browser. */
export const tableFigureKeys = ["received", "resolved", "inProgress", "resolvedRate", "onTimeRate", "averageDays", "averageRating", "ratedCount"] as const;
export type TableFigures = Pick<Figures, (typeof tableFigureKeys)[number]>;

export function tableFigures(f: Figures): TableFigures {
  return {
    received: f.received,
    resolved: f.resolved,
    inProgress: f.inProgress,
    resolvedRate: f.resolvedRate,
    onTimeRate: f.onTimeRate,
    averageDays: f.averageDays,
    averageRating: f.averageRating,
    ratedCount: f.ratedCount,
  };
}

/**
 * Fair comparisons: a unit is ranked on its rates only when its sample is big
 * enough (resolved cases for the on-time rate, ratings for satisfaction).
 */
export function rankable(sample: number, minSample: number): boolean {
  return sample >= minSample;
}

export const DEFAULT_MIN_SAMPLE = 10;

/** How the unit ranking can be ordered. */
export const rankingSorts = ["onTime", "overdue", "satisfaction", "received", "name"] as const;
export type RankingSort = (typeof rankingSorts)[number];
