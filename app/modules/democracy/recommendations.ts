/**
 * A supervision board's recommendation and the commune's answer — pure.
 * The deadline is counted by the deadline engine from the day it reached the
 * commune (the first day not counted; working days skip weekends and the
 * holidays of the calendar), under the ANSWER rule in force at that day.
 * Overdue is derived (now past dueAt and still unanswered), never stored.
 */
import type { WorkCalendar } from "~/modules/deadlines/calendar";
import { periodEnd, type DemocracyRuleData } from "./rules";

export function recommendationDueAt(rule: Pick<DemocracyRuleData, "code" | "days" | "dayType">, cal: WorkCalendar, sentAt: Date): Date {
  return periodEnd(rule, cal, sentAt);
}

export function isRecommendationOverdue(r: { status: string; dueAt: Date }, now: Date): boolean {
  return r.status === "SENT" && now.getTime() > r.dueAt.getTime();
}

/** Answered no later than the due date; the due instant itself is on time. */
export function answeredOnTime(answeredAt: Date, dueAt: Date): boolean {
  return answeredAt.getTime() <= dueAt.getTime();
}

/**
 * A board sends its supervision plan at least the rule's working days before
 * the activity (NĐ 59/2023 Điều 14): whether an activity starting at
 * `activityFrom` leaves that many whole working days after the plan was sent.
 */
export function planNoticeGiven(rule: Pick<DemocracyRuleData, "code" | "days" | "dayType">, cal: WorkCalendar, sentAt: Date, activityFrom: Date): boolean {
  return activityFrom.getTime() > periodEnd(rule, cal, sentAt).getTime();
}
