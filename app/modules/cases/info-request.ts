import { addDays, localDate, type WorkCalendar } from "../deadlines/calendar";
import { isCalendarDate } from "~/utils/form-fields";

/**
 * The reply-by date of a request for more information. Neither the Law on
 * Complaints, the Law on Denunciations nor Decree 124/2020 gives the citizen a
 * number of days to supplement a case (docs/decisions/015-info-reply-by-is-app-policy.md),
 * so the default is the app's own policy, not law: a number of working days
 * stored as the Setting row below, which an administrator may change. The
 * official may set another date.
 */
export const infoReplyDaysSetting = "cases.infoReplyWorkingDays";
/** Used only while the Setting row is missing (the seed writes it). */
export const fallbackInfoReplyDays = 10;

/** The setting's value as a number of working days (1–90), or the fallback. */
export function infoReplyDays(value: string | null | undefined): number {
  const n = value ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 90 ? n : fallbackInfoReplyDays;
}

/** The reply-by date the form proposes: `days` working days from today (a local date, YYYY-MM-DD). */
export function defaultReplyBy(now: Date, days: number, cal: WorkCalendar): string {
  return localDate(addDays(now, days, "WORKING", cal));
}

/** The open request, as the case pages show it: the latest INFO_REQUESTED event while the case waits for the citizen. */
export function openInfoRequest(status: string, event: { note: string | null; data: string | null; createdAt: Date } | null) {
  if (status !== "NEEDS_INFO" || !event) return null;
  let replyBy: string | null = null;
  try {
    const data = event.data ? (JSON.parse(event.data) as { replyBy?: unknown }) : {};
    replyBy = typeof data.replyBy === "string" && isCalendarDate(data.replyBy) ? data.replyBy : null;
  } catch {
    replyBy = null;
  }
  return { question: event.note ?? "", askedAt: event.createdAt, replyBy };
}
