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
  /** FILE, ACCEPT, FORWARD, RESOLVE, APPEAL */
  stage: string;
  days: number;
  /** WORKING or CALENDAR (a string, as stored; checked by `ruleDayType`). */
  dayType: string;
  complexDays: number | null;
  remoteDays: number | null;
  remoteComplexDays: number | null;
  maxExtensions: number;
  complexMaxExtensions: number | null;
  especiallyComplexMaxExtensions: number | null;
  extensionDays: number;
  pauseOnNeedsInfo: boolean;
  pauseOnSuspension: boolean;
  /** NONE, WHEN_DIFFERS, ALWAYS */
  dialogue: string;
  legalBasis: string;
  validFrom: Date | null;
  validTo: Date | null;
};

export const deadlineStages = ["FILE", "ACCEPT", "FORWARD", "RESOLVE", "APPEAL"] as const;
export type DeadlineStage = (typeof deadlineStages)[number];

export const complexities = ["NORMAL", "COMPLEX", "ESPECIALLY_COMPLEX"] as const;
export type Complexity = (typeof complexities)[number];

/** A case's complexity from its two flags (especially complex implies complex). */
export function complexityOf(c: { complex: boolean; especiallyComplex: boolean }): Complexity {
  return c.especiallyComplex ? "ESPECIALLY_COMPLEX" : c.complex ? "COMPLEX" : "NORMAL";
}

/** The rule's day type; throws on a value other than WORKING / CALENDAR (a corrupt rule must not yield a date). */
export function ruleDayType(rule: Pick<DeadlineRuleData, "dayType">): DayType {
  if (rule.dayType === "WORKING" || rule.dayType === "CALENDAR") return rule.dayType;
  throw new RangeError(`Unknown day type ${JSON.stringify(rule.dayType)}`);
}

/** In force at `at`: validFrom ≤ at < validTo, a null bound being open. */
export function ruleInForce(rule: Pick<DeadlineRuleData, "validFrom" | "validTo">, at: Date): boolean {
  const t = at.getTime();
  return (rule.validFrom === null || rule.validFrom.getTime() <= t) && (rule.validTo === null || t < rule.validTo.getTime());
}

/** Exact instance first, then the newest validFrom (null = oldest). */
function better(a: DeadlineRuleData, b: DeadlineRuleData, instance: number): boolean {
  const aExact = a.instance === instance;
  const bExact = b.instance === instance;
  if (aExact !== bExact) return aExact;
  return (a.validFrom?.getTime() ?? -Infinity) > (b.validFrom?.getTime() ?? -Infinity);
}

/**
 * The rule for a kind, instance and stage in force at `at`. A rule for the
 * exact instance wins over one for instance 0 ("any"). If several remain
 * (overlapping validity, an admin's mistake), the one with the latest
 * validFrom wins: the newer text.
 */
export function pickRule<R extends DeadlineRuleData>(
  rules: readonly R[],
  query: { kind: string; instance: number; stage: string; at: Date },
): R | null {
  let best: R | null = null;
  for (const rule of rules) {
    if (rule.kind !== query.kind || rule.stage !== query.stage || !ruleInForce(rule, query.at)) continue;
    if (rule.instance !== query.instance && rule.instance !== 0) continue;
    if (!best || better(rule, best, query.instance)) best = rule;
  }
  return best;
}

/**
 * The rule a case's clock was started with: the row stored on the case (a
 * later row never moves a running deadline), else — for a case from before
 * rule rows were stored — the row in force when that clock started.
 */
export function ruleOfClock<R extends DeadlineRuleData & { id: string }>(
  rules: readonly R[],
  q: { ruleId: string | null; kind: string; instance: number; stage: DeadlineStage; startedAt: Date },
): R | null {
  if (q.ruleId) {
    const stored = rules.find((r) => r.id === q.ruleId);
    if (stored) return stored;
  }
  return pickRule(rules, { kind: q.kind, instance: q.instance, stage: q.stage, at: q.startedAt });
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

/** A running clock: when it started, the case's flags, the days it stood still and the extensions granted. */
export type Clock = { start: Date; complex: boolean; remote: boolean; pausedDays?: number; extensions?: number };

/**
 * The end of a period: the limit, plus the days the clock stood still, plus
 * each extension, counted from the start in the rule's day type. Counting the
 * whole period from the start (not adding to an already rolled-forward date)
 * applies the Civil Code's roll-forward once, to the period's real last day.
 */
export function periodEnd(rule: Pick<DeadlineRuleData, "days" | "complexDays" | "remoteDays" | "remoteComplexDays" | "dayType" | "extensionDays">, cal: WorkCalendar, clock: Clock): Date {
  const total = limitDays(rule, clock) + (clock.pausedDays ?? 0) + (clock.extensions ?? 0) * rule.extensionDays;
  return addDays(clock.start, total, ruleDayType(rule), cal);
}

export type DueResult<R extends DeadlineRuleData> = { dueAt: Date; rule: R };

function dueFor<R extends DeadlineRuleData>(
  rules: readonly R[],
  cal: WorkCalendar,
  q: { kind: string; instance: number; stage: DeadlineStage; start: Date; complex: boolean; remote: boolean },
): DueResult<R> | null {
  const rule = pickRule(rules, { kind: q.kind, instance: q.instance, stage: q.stage, at: q.start });
  if (!rule) return null;
  return { dueAt: periodEnd(rule, cal, q), rule };
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
  return dueFor(rules, cal, { kind: q.kind, instance: q.instance, stage: "ACCEPT", start: q.receivedAt, complex: q.complex ?? false, remote: q.remote ?? false });
}

/** Deadline to forward a case the unit is not competent for, counted from its receipt (Luật Tố cáo Điều 24 k.2). */
export function forwardDueAt<R extends DeadlineRuleData>(
  rules: readonly R[],
  cal: WorkCalendar,
  q: { kind: string; instance: number; receivedAt: Date },
): DueResult<R> | null {
  return dueFor(rules, cal, { kind: q.kind, instance: q.instance, stage: "FORWARD", start: q.receivedAt, complex: false, remote: false });
}

/** Deadline to resolve a case, counted from its acceptance (thụ lý); the rule in force at acceptance. */
export function resolveDueAt<R extends DeadlineRuleData>(
  rules: readonly R[],
  cal: WorkCalendar,
  q: { kind: string; instance: number; acceptedAt: Date; complex: boolean; remote: boolean },
): DueResult<R> | null {
  return dueFor(rules, cal, { kind: q.kind, instance: q.instance, stage: "RESOLVE", start: q.acceptedAt, complex: q.complex, remote: q.remote });
}

/** How many extensions a rule allows at a complexity (each level falls back to the one below). */
export function extensionsAllowed(
  rule: Pick<DeadlineRuleData, "maxExtensions" | "complexMaxExtensions" | "especiallyComplexMaxExtensions">,
  complexity: Complexity,
): number {
  const complex = rule.complexMaxExtensions ?? rule.maxExtensions;
  if (complexity === "ESPECIALLY_COMPLEX") return rule.especiallyComplexMaxExtensions ?? complex;
  if (complexity === "COMPLEX") return complex;
  return rule.maxExtensions;
}

export type ExtendRefusal = "no-extension-allowed" | "max-extensions-reached" | "needs-complex" | "needs-especially-complex";
export type ExtendResult = { ok: true; dueAt: Date } | { ok: false; reason: ExtendRefusal };

/**
 * One more extension (gia hạn), within what the rule allows for the case's
 * complexity: a denunciation may be extended once only if complex, twice only
 * if especially complex (Luật Tố cáo Điều 30; Nghị định 31/2019 Điều 3). When
 * refused, says whether marking the case (especially) complex would allow it.
 */
export function extendDueAt(
  rule: Parameters<typeof periodEnd>[0] & Pick<DeadlineRuleData, "maxExtensions" | "complexMaxExtensions" | "especiallyComplexMaxExtensions">,
  cal: WorkCalendar,
  q: { clock: Clock; extensionCount: number; complexity: Complexity },
): ExtendResult {
  const most = extensionsAllowed(rule, "ESPECIALLY_COMPLEX");
  if (rule.extensionDays <= 0 || Math.max(most, rule.maxExtensions) <= 0) return { ok: false, reason: "no-extension-allowed" };
  if (q.extensionCount < extensionsAllowed(rule, q.complexity)) {
    return { ok: true, dueAt: periodEnd(rule, cal, { ...q.clock, extensions: q.extensionCount + 1 }) };
  }
  if (q.complexity === "NORMAL" && q.extensionCount < extensionsAllowed(rule, "COMPLEX")) return { ok: false, reason: "needs-complex" };
  if (q.complexity !== "ESPECIALLY_COMPLEX" && q.extensionCount < most) return { ok: false, reason: "needs-especially-complex" };
  return { ok: false, reason: "max-extensions-reached" };
}

/**
 * Days a pause stopped the clock, in the rule's day type: working days
 * strictly after the pause day up to and including the resume day (WORKING),
 * or the difference of local dates (CALENDAR). Zero when the rule does not
 * stop the clock for this kind of pause, or when paused and resumed the same
 * day. A resolution's suspension: "the time limit runs again from the day of
 * the decision to continue" (Nghị định 155/2026 Điều 28b; Luật Tố cáo Điều 34).
 */
export function pausedDaysBetween(
  rule: Pick<DeadlineRuleData, "dayType" | "pauseOnNeedsInfo" | "pauseOnSuspension">,
  cal: WorkCalendar,
  q: { pausedAt: Date; resumedAt: Date; reason: "info" | "suspension" },
): number {
  const stops = q.reason === "info" ? rule.pauseOnNeedsInfo : rule.pauseOnSuspension;
  if (!stops) return 0;
  const days = ruleDayType(rule) === "WORKING" ? workingDaysBetween(q.pausedAt, q.resumedAt, cal) : calendarDaysBetween(q.pausedAt, q.resumedAt);
  return Math.max(0, days);
}

/**
 * The last day to file a second complaint (Luật Khiếu nại Điều 33): the APPEAL
 * rule's days (remote: remoteDays) from the first-instance decision, or from
 * the day the first-instance deadline passed without one.
 */
export function appealWindowEnd(rule: Pick<DeadlineRuleData, "days" | "remoteDays" | "dayType">, cal: WorkCalendar, q: { from: Date; remote: boolean }): Date {
  return addDays(q.from, q.remote ? (rule.remoteDays ?? rule.days) : rule.days, ruleDayType(rule), cal);
}

/**
 * The last day to file a complaint (Luật Khiếu nại Điều 9): the FILE rule's
 * days from the day the citizen received or learned of the decision, plus the
 * days an obstacle (illness, disaster, travel…) kept them from complaining;
 * ending on a day off, it runs to the end of the next working day (BLDS Điều 148).
 */
export function filingLimit(rule: Pick<DeadlineRuleData, "days" | "dayType">, cal: WorkCalendar, q: { learnedAt: Date; obstacleDays: number }): Date {
  return addDays(q.learnedAt, rule.days + Math.max(0, q.obstacleDays), ruleDayType(rule), cal);
}

/** The due date that matters now: acceptance while SUBMITTED, none while suspended (the clock stands still), resolution otherwise. */
export function currentDueAt(c: { status: string; acceptDueAt: Date | null; dueAt: Date | null }): Date | null {
  if (c.status === "SUSPENDED") return null;
  return c.status === "SUBMITTED" ? c.acceptDueAt : c.dueAt;
}

/** Derived, never stored: past the due date and still owing an answer, with the clock running (not suspended). */
export function isOverdue(now: Date, dueAt: Date | null | undefined, status: string): boolean {
  if (!dueAt || status === "SUSPENDED") return false;
  return now.getTime() > dueAt.getTime() && (openStatuses as readonly string[]).includes(status);
}

/** Resolved no later than the due date (extensions and stopped days included); the boundary instant itself is on time. */
export function resolvedOnTime(resolvedAt: Date, dueAt: Date): boolean {
  return resolvedAt.getTime() <= dueAt.getTime();
}
