import { weekdaysOnly, type WorkCalendar } from "../deadlines/calendar";
import { legalMinDays } from "./categories";
import { postingEnd, postingKindOf } from "./posting-rules";

/**
 * The posting period of a notice, pure date arithmetic. A notice is posted
 * from `postedAt` for at least `minDays` consecutive days to the end of the
 * last one (posting-rules.ts), or permanently, or until a later notice
 * replaces it; taking it down before that is allowed (a correction, an error)
 * but is recorded as early and flagged. Vietnam has no daylight saving, so a
 * day is always 24 hours.
 */
export const dayMs = 24 * 60 * 60 * 1000;

/** `posting` absent = DAYS; `replaced` = a later notice replaced it (its lawful end when not DAYS). */
export type NoticeTimes = { postedAt: Date; minDays: number; takenDownAt: Date | null; posting?: string | null; replaced?: boolean };

/** SCHEDULED: not yet up; POSTED: up now; TAKEN_DOWN: was up, now down; CANCELLED: withdrawn before it went up. */
export type NoticeState = "SCHEDULED" | "POSTED" | "TAKEN_DOWN" | "CANCELLED";

export function noticeState(n: NoticeTimes, now: Date): NoticeState {
  if (n.takenDownAt && n.takenDownAt.getTime() <= n.postedAt.getTime()) return "CANCELLED";
  // A take-down set for later (a replacement posted for a future day) takes effect then.
  if (n.takenDownAt && n.takenDownAt.getTime() <= now.getTime()) return "TAKEN_DOWN";
  return n.postedAt.getTime() > now.getTime() ? "SCHEDULED" : "POSTED";
}

/** The end of the minimum period (end of the last day); null for a permanent notice or one up until replaced. */
export function minimumUntil(n: Pick<NoticeTimes, "postedAt" | "minDays" | "posting">, cal: WorkCalendar = weekdaysOnly): Date | null {
  return postingEnd(n, cal);
}

/** Taken down after it went up but before its minimum period ended — or, permanent / until replaced, without being replaced. */
export function isEarlyTakeDown(n: NoticeTimes, cal: WorkCalendar = weekdaysOnly): boolean {
  if (!n.takenDownAt) return false;
  const at = n.takenDownAt.getTime();
  if (at <= n.postedAt.getTime() || n.replaced) return false;
  if (postingKindOf(n.posting) !== "DAYS") return true;
  return at <= minimumUntil(n, cal)!.getTime();
}

/** Whole days the notice has been (or was) up: 0 on its first day. */
export function daysPosted(n: NoticeTimes, now: Date): number {
  const end = n.takenDownAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - n.postedAt.getTime()) / dayMs));
}

/** Whether the public may see the notice and download its files: up now, or up at some time in the past. */
export function isPublic(n: NoticeTimes, now: Date): boolean {
  const state = noticeState(n, now);
  return state === "POSTED" || state === "TAKEN_DOWN";
}

/** Today's date in Vietnam as YYYY-MM-DD. */
export function localToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * When a notice goes up: now when the chosen date is today (or none is
 * given), the start of that day in Vietnam for a later date; a date in the
 * past is refused (a notice cannot be back-dated to shorten its period).
 */
export function postingStart(postedOn: string | undefined | null, now: Date): { ok: true; postedAt: Date } | { ok: false; error: "past" | "invalid" } {
  if (!postedOn) return { ok: true, postedAt: now };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(postedOn)) return { ok: false, error: "invalid" };
  const start = new Date(`${postedOn}T00:00:00+07:00`);
  // 2026-02-30 rolls over (or is invalid): the local date must come back unchanged.
  if (Number.isNaN(start.getTime()) || localToday(start) !== postedOn) return { ok: false, error: "invalid" };
  const today = localToday(now);
  if (postedOn < today) return { ok: false, error: "past" };
  if (postedOn === today) return { ok: true, postedAt: now };
  return { ok: true, postedAt: start };
}

export function validMinDays(days: number): boolean {
  return Number.isInteger(days) && days >= legalMinDays && days <= 3650;
}
