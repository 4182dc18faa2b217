/**
 * Statutory deadline rules (the `DeadlineRule` table, DESIGN.md "Statutory
 * deadlines") applied to a case's clock. Pure: the caller loads the rules and
 * the holiday calendar and stores the dates returned.
 */
import { openStatuses } from "~/modules/cases/constants";
import { addDays, calendarDaysBetween, workingDaysBetween, type DayType, type WorkCalendar } from "./calendar";

/** The fields of Prisma's `DeadlineRule` the engine reads; a Prisma row is assignable to it. */
export type DeadlineRuleData = {
  /** FEEDBACK, PETITION, COMPLAINT, DENUNCIATION */
  kind: string;
  /** 1 or 2 (complaints); 0 = any instance */
  instance: number;
  /** ACCEPT, FORWARD, RESOLVE, APPEAL */
  stage: string;
  days: number;
  /** WORKING or CALENDAR (a string, as stored; checked by `ruleDayType`). */
  dayType: string;
  complexDays: number | null;
  remoteDays: number | null;
  remoteComplexDays: number | null;
  maxExtensions: number;
  extensionDays: number;
  pauseOnNeedsInfo: boolean;
  legalBasis: string;
  validFrom: Date | null;
  validTo: Date | null;
};

export type DeadlineStage = "ACCEPT" | "FORWARD" | "RESOLVE" | "APPEAL";

/** The rule's day type; throws on a value other than WORKING / CALENDAR (a corrupt rule must not yield a date). */
export function ruleDayType(rule: Pick<DeadlineRuleData, "dayType">): DayType {
  if (rule.dayType === "WORKING" || rule.dayType === "CALENDAR") return rule.dayType;
  throw new RangeError(`Unknown day type ${JSON.stringify(rule.dayType)}`);
}

function validAt(rule: DeadlineRuleData, at: number): boolean {
  return (rule.validFrom === null || rule.validFrom.getTime() <= at) && (rule.validTo === null || at < rule.validTo.getTime());
}

/** Exact instance first, then the newest validFrom (null = oldest). */
function better(a: DeadlineRuleData, b: DeadlineRuleData, instance: number): boolean {
  const aExact = a.instance === instance;
  const bExact = b.instance === instance;
  if (aExact !== bExact) return aExact;
  return (a.validFrom?.getTime() ?? -Infinity) > (b.validFrom?.getTime() ?? -Infinity);
}

/**
 * The rule for a kind, instance and stage in force at `at` (validFrom ≤ at <
 * validTo, null bounds open). A rule for the exact instance wins over one for
 * instance 0 ("any"). If several remain (overlapping validity, an admin's
 * mistake), the one with the latest validFrom wins: the newer text.
 */
export function pickRule<R extends DeadlineRuleData>(
  rules: readonly R[],
  query: { kind: string; instance: number; stage: string; at: Date },
): R | null {
  const at = query.at.getTime();
  let best: R | null = null;
  for (const rule of rules) {
    if (rule.kind !== query.kind || rule.stage !== query.stage || !validAt(rule, at)) continue;
    if (rule.instance !== query.instance && rule.instance !== 0) continue;
    if (!best || better(rule, best, query.instance)) best = rule;
  }
  return best;
}

/**
 * The limit in days for a case: remote and complex → remoteComplexDays ??
 * complexDays ?? remoteDays ?? days; remote → remoteDays ?? days; complex →
 * complexDays ?? days; otherwise days.
 */
export function limitDays(
  rule: Pick<DeadlineRuleData, "days" | "complexDays" | "remoteDays" | "remoteComplexDays">,
  flags: { complex: boolean; remote: boolean },
): number {
  if (flags.remote && flags.complex) return rule.remoteComplexDays ?? rule.complexDays ?? rule.remoteDays ?? rule.days;
  if (flags.remote) return rule.remoteDays ?? rule.days;
  if (flags.complex) return rule.complexDays ?? rule.days;
  return rule.days;
}

export type DueResult<R extends DeadlineRuleData> = { dueAt: Date; rule: R };

function dueFor<R extends DeadlineRuleData>(
  rules: readonly R[],
  cal: WorkCalendar,
  q: { kind: string; instance: number; stage: DeadlineStage; start: Date; complex: boolean; remote: boolean },
): DueResult<R> | null {
  const rule = pickRule(rules, { kind: q.kind, instance: q.instance, stage: q.stage, at: q.start });
  if (!rule) return null;
  return { dueAt: addDays(q.start, limitDays(rule, q), ruleDayType(rule), cal), rule };
}

/**
 * Deadline to accept or decline a case, counted from its receipt by the
 * current unit. `complex` selects e.g. the denunciation's 10 working days
 * when it must be verified at several places (Luật Tố cáo 2018 Điều 24).
 * The rule is the one in force at receipt.
 */
export function acceptDueAt<R extends DeadlineRuleData>(
  rules: readonly R[],
  cal: WorkCalendar,
  q: { kind: string; instance: number; receivedAt: Date; complex?: boolean; remote?: boolean },
): DueResult<R> | null {
  return dueFor(rules, cal, {
    kind: q.kind,
    instance: q.instance,
    stage: "ACCEPT",
    start: q.receivedAt,
    complex: q.complex ?? false,
    remote: q.remote ?? false,
  });
}

/** Deadline to resolve a case, counted from its acceptance (thụ lý); the rule in force at acceptance. */
export function resolveDueAt<R extends DeadlineRuleData>(
  rules: readonly R[],
  cal: WorkCalendar,
  q: { kind: string; instance: number; acceptedAt: Date; complex: boolean; remote: boolean },
): DueResult<R> | null {
  return dueFor(rules, cal, { kind: q.kind, instance: q.instance, stage: "RESOLVE", start: q.acceptedAt, complex: q.complex, remote: q.remote });
}

export type ExtendResult = { ok: true; dueAt: Date } | { ok: false; reason: "no-extension-allowed" | "max-extensions-reached" };

/**
 * One more extension (gia hạn / hẹn lại): extensionDays in the rule's day
 * type, counted from the current due date. `extensionCount` is the number
 * already granted. Whether a case is complex enough for a 2nd extension is a
 * person's written decision; the engine only enforces the ceiling.
 */
export function extendDueAt(
  rule: Pick<DeadlineRuleData, "dayType" | "maxExtensions" | "extensionDays">,
  cal: WorkCalendar,
  q: { currentDueAt: Date; extensionCount: number },
): ExtendResult {
  if (rule.maxExtensions <= 0 || rule.extensionDays <= 0) return { ok: false, reason: "no-extension-allowed" };
  if (q.extensionCount >= rule.maxExtensions) return { ok: false, reason: "max-extensions-reached" };
  return { ok: true, dueAt: addDays(q.currentDueAt, rule.extensionDays, ruleDayType(rule), cal) };
}

/**
 * The due date after a pause (needs info) ends. If the rule stops the clock
 * (pauseOnNeedsInfo), the due date moves later by the length of the pause in
 * the rule's day type: working days strictly after the pause day up to and
 * including the resume day (WORKING), or the difference of local dates
 * (CALENDAR, then rolled to a working day). A pause opened and closed on the
 * same local day costs nothing. Otherwise the due date is unchanged.
 */
export function resumeAfterPause(
  cal: WorkCalendar,
  rule: Pick<DeadlineRuleData, "dayType" | "pauseOnNeedsInfo">,
  q: { dueAt: Date; pausedAt: Date; resumedAt: Date },
): Date {
  if (!rule.pauseOnNeedsInfo) return q.dueAt;
  const dayType = ruleDayType(rule);
  const paused = Math.max(
    0,
    dayType === "WORKING" ? workingDaysBetween(q.pausedAt, q.resumedAt, cal) : calendarDaysBetween(q.pausedAt, q.resumedAt),
  );
  return paused === 0 ? q.dueAt : addDays(q.dueAt, paused, dayType, cal);
}

/** The due date that matters now: acceptance while SUBMITTED, resolution afterwards. */
export function currentDueAt(c: { status: string; acceptDueAt: Date | null; dueAt: Date | null }): Date | null {
  return c.status === "SUBMITTED" ? c.acceptDueAt : c.dueAt;
}

/** Derived, never stored: past the due date and still owing an answer (SUBMITTED, ACCEPTED, NEEDS_INFO, IN_PROGRESS). */
export function isOverdue(now: Date, dueAt: Date | null | undefined, status: string): boolean {
  if (!dueAt) return false;
  return now.getTime() > dueAt.getTime() && (openStatuses as readonly string[]).includes(status);
}

/** Resolved no later than the due date (extensions included); the boundary instant itself is on time. */
export function resolvedOnTime(resolvedAt: Date, dueAt: Date): boolean {
  return resolvedAt.getTime() <= dueAt.getTime();
}
