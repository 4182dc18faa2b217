/**
 * The annual dialogue conference between the commune's chair and residents
 * (Luật Tổ chức chính quyền địa phương 72/2025/QH15, Điều 43): at least once a
 * year, announced in advance, its results published afterwards — the periods
 * are CONFERENCE rule rows. Pure.
 */
import type { WorkCalendar } from "~/modules/deadlines/calendar";
import { addLocalDays, endOfLocalDay, localDate } from "~/modules/deadlines/calendar";
import { periodEnd, ruleDays, type DemocracyRuleData } from "./rules";

/**
 * The statutory agenda, in order (catalogue keys democracy.conference.agenda.*):
 * the commune reports on its work, residents raise their questions and
 * recommendations on their rights and obligations, the chair answers and
 * commits, the conference concludes.
 */
export const conferenceAgenda = ["report", "residents", "answers", "conclusions"] as const;

/** The last day the conference may be announced: its notice period before the day it is held. */
export function announceBy(rule: Pick<DemocracyRuleData, "code" | "days" | "dayType">, startsAt: Date): Date {
  const { days } = ruleDays(rule);
  // "at least N days before": announced by the end of the day N days before the conference day.
  return endOfLocalDay(addLocalDays(localDate(startsAt), -days));
}

/** The day the report must be published by: the rule's period counted from the conference day. */
export function reportDueAt(rule: Pick<DemocracyRuleData, "code" | "days" | "dayType">, cal: WorkCalendar, heldAt: Date): Date {
  return periodEnd(rule, cal, heldAt);
}

/** Whether a conference scheduled now, for `startsAt`, is announced in time. */
export function announcedInTime(rule: Pick<DemocracyRuleData, "code" | "days" | "dayType">, now: Date, startsAt: Date): boolean {
  return now.getTime() <= announceBy(rule, startsAt).getTime();
}

/** The local year of a date (a conference counts for the year it is held in). */
export function conferenceYear(startsAt: Date): number {
  return Number(localDate(startsAt).slice(0, 4));
}

