/**
 * Every one-stop figure, defined once. The dashboard (/stats/dossiers), the
 * open-data API (/api/v1/dossiers/stats) and the leader's report all read
 * these functions; nothing else decides what "received" or "late" means.
 *
 * Unlike the case figures (a cohort of the cases submitted in a period), a
 * province reports its one-stop desk as a FLOW over the period, the way the
 * national reporting forms do: "received 20,672 (carried over A, new B),
 * resolved 19,398 (early, on time, late), in progress 1,274 (not yet due,
 * overdue)". So each dossier contributes to the days things HAPPENED to it:
 *
 *   received            the day it was received complete (the clock started; art. 17 k.3)
 *   resolved…           the day its result was signed: EARLY before the due day, ON_TIME on it, LATE after
 *                       (against the appointment date; an apology's new date does not make it on time)
 *   refused             of those results, refusals after appraisal (art. 19 k.3)
 *   stopped             received dossiers withdrawn (art. 21) or closed unsupplemented (art. 19 k.5); stoppedLate: after the due date
 *   refusedAtIntake     refused at the desk, never received (not in "received")
 *   supplementRequests  requests to supplement (each stage, once)
 *   apologies           apologies with a new date (art. 19 k.6)
 *   due                 on its due day: every received dossier with a due date (its current one)
 *   finishedByDue       on its due day: those finished (result or stop) by then
 *   rated…              the day it was rated (1–5; 4–5 satisfied)
 *
 * and a period's figures are sums of days:
 *
 *   carriedOver   = received − resolved − stopped, over every day before the period
 *   received      = carriedOver + newReceived (received during the period)
 *   inProgress    = received − resolved − stopped (during the period) = still open at its end
 *   overdue       = of those, past their due day at the period's end (or today, if sooner):
 *                   Σ(due − finishedByDue) over due days before it − Σ late finishes up to it
 *   resolvedRate  = resolved ÷ received;  onTimeRate = (early + on time) ÷ resolved
 */
import { localDate } from "../deadlines/calendar";
import { compareVietnamese } from "~/utils/text";
import { timelinessOf } from "./time";

export const dossierTallyFields = [
  "received",
  "resolvedEarly",
  "resolvedOnTime",
  "resolvedLate",
  "refused",
  "stopped",
  "stoppedLate",
  "refusedAtIntake",
  "supplementRequests",
  "apologies",
  "due",
  "finishedByDue",
  "ratedCount",
  "ratingSum",
  "satisfiedCount",
] as const;
export type DossierTallyField = (typeof dossierTallyFields)[number];
export type DossierTally = Record<DossierTallyField, number>;

export const emptyDossierTally: DossierTally = Object.freeze(Object.fromEntries(dossierTallyFields.map((f) => [f, 0])) as DossierTally);

/** A rating of 4 or 5 counts as satisfied (as for cases). */
export const DOSSIER_SATISFIED_FROM = 4;

export function addDossierTally(a: DossierTally, b: Partial<DossierTally>): DossierTally {
  const out = { ...a };
  for (const f of dossierTallyFields) out[f] += b[f] ?? 0;
  return out;
}

export function sumDossierTallies(rows: Iterable<Partial<DossierTally>>): DossierTally {
  let total = emptyDossierTally;
  for (const row of rows) total = addDossierTally(total, row);
  return total;
}

export type DossierForStats = {
  receivedAt: Date | null;
  dueAt: Date | null;
  resultAt: Date | null;
  outcome: string | null;
  stoppedAt: Date | null;
  intakeRefusedAt: Date | null;
  apologyAt: Date | null;
  ratedAt: Date | null;
  rating: number | null;
};

export type Contribution = { day: string; tally: Partial<DossierTally> };

/** What one dossier adds to which local days. Supplement requests come from its events (supplementContribution). */
export function contributionsOf(d: DossierForStats): Contribution[] {
  const out: Contribution[] = [];
  if (d.intakeRefusedAt) out.push({ day: localDate(d.intakeRefusedAt), tally: { refusedAtIntake: 1 } });
  if (!d.receivedAt) return out;
  out.push({ day: localDate(d.receivedAt), tally: { received: 1 } });
  if (d.resultAt) {
    const timeliness = timelinessOf(d.resultAt, d.dueAt);
    const field = timeliness === "EARLY" ? "resolvedEarly" : timeliness === "ON_TIME" ? "resolvedOnTime" : "resolvedLate";
    out.push({ day: localDate(d.resultAt), tally: { [field]: 1, refused: d.outcome === "REFUSED" ? 1 : 0 } });
  } else if (d.stoppedAt) {
    out.push({ day: localDate(d.stoppedAt), tally: { stopped: 1, stoppedLate: d.dueAt && d.stoppedAt > d.dueAt ? 1 : 0 } });
  }
  if (d.dueAt) {
    const finishedAt = d.resultAt ?? d.stoppedAt;
    out.push({ day: localDate(d.dueAt), tally: { due: 1, finishedByDue: finishedAt && finishedAt <= d.dueAt ? 1 : 0 } });
  }
  if (d.apologyAt) out.push({ day: localDate(d.apologyAt), tally: { apologies: 1 } });
  if (d.ratedAt && d.rating !== null && d.rating >= 1 && d.rating <= 5) {
    out.push({ day: localDate(d.ratedAt), tally: { ratedCount: 1, ratingSum: d.rating, satisfiedCount: d.rating >= DOSSIER_SATISFIED_FROM ? 1 : 0 } });
  }
  return out;
}

/** A request to supplement, on the day it was sent. */
export function supplementContribution(requestedAt: Date): Contribution {
  return { day: localDate(requestedAt), tally: { supplementRequests: 1 } };
}

/**
 * The sums a period's figures need, each over local days:
 * before = every day before the period; during = the period's days;
 * beforeAsOf = every day before `asOf`; throughAsOf = every day up to `asOf`,
 * where asOf is the period's last day, or today if sooner.
 */
export type DossierSums = { before: DossierTally; during: DossierTally; beforeAsOf: DossierTally; throughAsOf: DossierTally };

export type DossierFigures = {
  carriedOver: number;
  newReceived: number;
  received: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  refused: number;
  stopped: number;
  inProgress: number;
  inProgressOverdue: number;
  inProgressNotDue: number;
  refusedAtIntake: number;
  supplementRequests: number;
  apologies: number;
  /** 0–1, or null when nothing was received */
  resolvedRate: number | null;
  onTimeRate: number | null;
  ratedCount: number;
  averageRating: number | null;
  satisfiedShare: number | null;
};

const resolvedOf = (t: DossierTally) => t.resolvedEarly + t.resolvedOnTime + t.resolvedLate;
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function dossierFiguresOf(s: DossierSums): DossierFigures {
  const carriedOver = s.before.received - resolvedOf(s.before) - s.before.stopped;
  const received = carriedOver + s.during.received;
  const resolved = resolvedOf(s.during);
  const inProgress = received - resolved - s.during.stopped;
  const overdue = s.beforeAsOf.due - s.beforeAsOf.finishedByDue - (s.throughAsOf.resolvedLate + s.throughAsOf.stoppedLate);
  return {
    carriedOver,
    newReceived: s.during.received,
    received,
    resolved,
    resolvedEarly: s.during.resolvedEarly,
    resolvedOnTime: s.during.resolvedOnTime,
    resolvedLate: s.during.resolvedLate,
    refused: s.during.refused,
    stopped: s.during.stopped,
    inProgress,
    inProgressOverdue: overdue,
    inProgressNotDue: inProgress - overdue,
    refusedAtIntake: s.during.refusedAtIntake,
    supplementRequests: s.during.supplementRequests,
    apologies: s.during.apologies,
    resolvedRate: ratio(resolved, received),
    onTimeRate: ratio(s.during.resolvedEarly + s.during.resolvedOnTime, resolved),
    ratedCount: s.during.ratedCount,
    averageRating: ratio(s.during.ratingSum, s.during.ratedCount),
    satisfiedShare: ratio(s.during.satisfiedCount, s.during.ratedCount),
  };
}

/** Sums of contributions by day, for a pure computation over a hand-built set (tests) or a few dossiers. */
export function sumsFromContributions(contributions: Iterable<Contribution>, from: string, to: string, today: string): DossierSums {
  const asOf = to < today ? to : today;
  let before = emptyDossierTally;
  let during = emptyDossierTally;
  let beforeAsOf = emptyDossierTally;
  let throughAsOf = emptyDossierTally;
  for (const c of contributions) {
    if (c.day < from) before = addDossierTally(before, c.tally);
    else if (c.day <= to) during = addDossierTally(during, c.tally);
    if (c.day < asOf) beforeAsOf = addDossierTally(beforeAsOf, c.tally);
    if (c.day <= asOf) throughAsOf = addDossierTally(throughAsOf, c.tally);
  }
  return { before, during, beforeAsOf, throughAsOf };
}

/**
 * The dashboard shows the rows a reader looks for first (decision 024, as the
 * case dashboard does): the scope's own row, then the `n` that received most
 * dossiers (ties by name); `all` keeps every row in that order. `shown` and
 * `total` count the rows other than the scope's own. A province has ~100 units
 * and a commune ~300 procedures: fifteen figures a row, a full table is ~60 KB
 * of HTML, and the same again in the page's data, on a slow link.
 */
export const DASHBOARD_ROWS = 10;

export function mostReceived<R extends { name: string; own?: boolean; figures: { received: number } }>(
  rows: readonly R[],
  all: boolean,
  n = DASHBOARD_ROWS,
): { rows: R[]; shown: number; total: number } {
  const own = rows.filter((r) => r.own);
  const others = rows.filter((r) => !r.own).sort((a, b) => b.figures.received - a.figures.received || compareVietnamese(a.name, b.name));
  const shown = all ? others : others.slice(0, n);
  return { rows: [...own, ...shown], shown: shown.length, total: others.length };
}
