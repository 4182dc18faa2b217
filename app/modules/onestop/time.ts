/**
 * One-stop time arithmetic. Pure: the working-day calendar (holidays, make-up
 * days, the Civil Code's counting) is the deadline engine's
 * (app/modules/deadlines/calendar.ts); this adds office hours for procedures
 * timed in working hours or "the same day", and the decree's own limits, all
 * taken from OnestopRules (rows with their articles).
 */
import {
  addDays,
  addLocalDays,
  endOfLocalDay,
  isWorkingDay,
  localDate,
  nextWorkingDayOnOrAfter,
  startOfLocalDay,
  UTC_OFFSET_MS,
  workingDaysBetween,
  type WorkCalendar,
} from "../deadlines/calendar";
import type { Timeliness, TimeUnit } from "./constants";
import type { OnestopRules } from "./rules";

const MINUTE_MS = 60_000;

/** Minutes since local midnight (Asia/Ho_Chi_Minh) of an instant. */
export function localMinutes(instant: Date): number {
  const local = instant.getTime() + UTC_OFFSET_MS;
  return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / MINUTE_MS);
}

function atLocalMinutes(date: string, minutes: number): Date {
  return new Date(startOfLocalDay(date).getTime() + minutes * MINUTE_MS);
}

/**
 * `hours` working hours after `start`, counted only inside office hours of
 * working days (a working day has two windows, e.g. 8:00–12:00 and
 * 13:00–17:00). Work cannot start before it arrives: time before `start` on
 * its day does not count. Zero hours: `start` itself.
 */
export function addWorkingHours(start: Date, hours: number, cal: WorkCalendar, workday: OnestopRules["workday"]): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Working hours must be a non-negative number, got ${hours}`);
  if (hours === 0) return start;
  let remaining = Math.round(hours * 60);
  let day = localDate(start);
  let cursor = localMinutes(start);
  const windows: [number, number][] = [
    [workday.amStart, workday.amEnd],
    [workday.pmStart, workday.pmEnd],
  ];
  // Terminates: every week has working days with a positive window.
  for (;;) {
    if (isWorkingDay(day, cal)) {
      for (const [open, close] of windows) {
        const from = Math.max(cursor, open);
        if (from >= close) continue;
        if (remaining <= close - from) return atLocalMinutes(day, from + remaining);
        remaining -= close - from;
      }
    }
    day = addLocalDays(day, 1);
    cursor = 0;
  }
}

export type ProcessingTime = { timeUnit: TimeUnit | string; timeAmount: number };

/**
 * The return date written on the receipt and appointment slip, counted from
 * the moment the dossier is received complete (Decree 118/2025 art. 17 k.3):
 * - WORKING_DAYS n: the end of the n-th working day after the day of receipt
 *   (the day itself is not counted: Civil Code 2015 art. 147; deadlines.ts);
 * - CALENDAR_DAYS n: the end of the n-th day after it, rolled to a working day;
 * - WORKING_HOURS n: n office hours later;
 * - SAME_DAY: the end of the day of receipt, or of the next working day when
 *   received at or after the cut-off hour or on a day off (art. 18 k.2).
 */
export function appointmentFor(time: ProcessingTime, receivedAt: Date, cal: WorkCalendar, rules: OnestopRules): Date {
  switch (time.timeUnit) {
    case "WORKING_DAYS":
      return addDays(receivedAt, time.timeAmount, "WORKING", cal);
    case "CALENDAR_DAYS":
      // A period ending on a day off ends with the next working day (Civil Code 2015 art. 148 k.5).
      return addDays(receivedAt, time.timeAmount, "CALENDAR", cal);
    case "WORKING_HOURS":
      return addWorkingHours(receivedAt, time.timeAmount, cal, rules.workday);
    case "SAME_DAY": {
      const day = localDate(receivedAt);
      const late = !isWorkingDay(day, cal) || localMinutes(receivedAt) >= rules.sameDayCutoffHour * 60;
      return endOfLocalDay(late ? nextWorkingDayOnOrAfter(addLocalDays(day, 1), cal) : day);
    }
    default:
      throw new RangeError(`Unknown time unit ${JSON.stringify(time.timeUnit)}`);
  }
}

/**
 * Each step's own due time: its share of the time (in working hours) added up
 * from the receipt, never later than the dossier's return date; the last
 * step is due with the dossier.
 */
export function stepDueDates(receivedAt: Date, sharesHours: readonly number[], dossierDueAt: Date, cal: WorkCalendar, rules: OnestopRules): Date[] {
  let cumulative = 0;
  return sharesHours.map((share, i) => {
    cumulative += share;
    if (i === sharesHours.length - 1) return dossierDueAt;
    const due = addWorkingHours(receivedAt, cumulative, cal, rules.workday);
    return due.getTime() > dossierDueAt.getTime() ? dossierDueAt : due;
  });
}

/** When the desk must have answered an online dossier (art. 17 k.2 c). */
export function checkDueFor(submittedAt: Date, cal: WorkCalendar, rules: OnestopRules): Date {
  return addWorkingHours(submittedAt, rules.deskCheckHours, cal, rules.workday);
}

/** Until when the processing unit may still ask for a supplement (art. 19 k.5: within 3 working days of receipt). */
export function processingSupplementUntil(receivedAt: Date, cal: WorkCalendar, rules: OnestopRules): Date {
  return addDays(receivedAt, rules.processingSupplementWorkingDays, "WORKING", cal);
}

/** After this, a dossier still waiting for its supplement is closed (art. 19 k.5: 15 days after the request). */
export function supplementExpiresAt(requestedAt: Date, cal: WorkCalendar, rules: OnestopRules): Date {
  return addDays(requestedAt, rules.supplementCloseDays, "CALENDAR", cal);
}

/** The apology must go out by the end of the day `apologyLeadDays` before the due date (art. 19 k.6). */
export function apologyDeadline(dueAt: Date, rules: OnestopRules): Date {
  return endOfLocalDay(addLocalDays(localDate(dueAt), -rules.apologyLeadDays));
}

/** Whether the system should prompt the apology now: the due date is close and not yet passed. */
export function apologyPromptDue(now: Date, dueAt: Date, cal: WorkCalendar, rules: OnestopRules): boolean {
  return now.getTime() <= dueAt.getTime() && workingDaysBetween(now, dueAt, cal) <= rules.apologyPromptWorkingDays;
}

/** The new return date an apology gives: a working day after the current due date (rolled forward if not). */
export function reappointmentDate(requested: string, cal: WorkCalendar): Date {
  return endOfLocalDay(nextWorkingDayOnOrAfter(requested, cal));
}

/**
 * A result against its return date: EARLY before the due day, ON_TIME on it
 * (up to the due instant), LATE after — an apology's new date does not make a
 * late result on time.
 */
export function timelinessOf(resultAt: Date, dueAt: Date | null): Timeliness {
  if (!dueAt) return "ON_TIME";
  if (resultAt.getTime() > dueAt.getTime()) return "LATE";
  return localDate(resultAt) < localDate(dueAt) ? "EARLY" : "ON_TIME";
}
