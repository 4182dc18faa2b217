/**
 * Working-day calendar and statutory day counting. Pure: no I/O, no Prisma.
 *
 * Time zone. Every date in the system is a local date in Asia/Ho_Chi_Minh.
 * That zone has been a fixed UTC+07:00 since 13 June 1975 and Vietnam
 * observes no daylight saving time, so a constant offset is exact for every
 * instant this application will ever handle. We therefore do the arithmetic
 * ourselves instead of depending on a tz library or on the ICU data of the
 * Node build: the result is the same on every server, whatever its own TZ.
 *
 * Local dates are "YYYY-MM-DD" strings (the same form as `Holiday.date`).
 * Internally they are turned into day numbers (days since 1970-01-01), which
 * makes "next day" and "difference in days" plain integer arithmetic.
 *
 * Counting rules (Bộ luật Dân sự 2015, applied to administrative limits
 * expressed in days, as the Law on Complaints / Denunciations do not define
 * their own counting):
 * - Điều 147 k.2–3: when a period is set in days, or starts with an event
 *   (receipt, acceptance…), the first day / the day of the event is not
 *   counted; counting starts the next day.
 * - Điều 148 k.1 and k.6: a period in days ends at the end (24:00) of its last
 *   day. We represent that as 23:59:59.999 local time on that day, so
 *   "on time" is `instant <= dueAt`.
 * - Điều 148 k.5: when the last day of the period is a weekly rest day or a
 *   public holiday, the period ends at the end of the next working day.
 *   Applied to CALENDAR limits; a WORKING limit always ends on a working day.
 */

export const TIME_ZONE = "Asia/Ho_Chi_Minh";
/** UTC+7, fixed (see above). */
export const UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type DayType = "WORKING" | "CALENDAR";

export type WorkCalendar = {
  /** Public holidays and swapped days off (local dates). */
  holidays: ReadonlySet<string>;
  /** Saturdays/Sundays officially worked in exchange (make-up days). */
  workdays: ReadonlySet<string>;
};

export type CalendarRow = { date: string; type: "HOLIDAY" | "WORKDAY" | string };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number (days since 1970-01-01) of a local date; throws RangeError if malformed. */
export function dayNumber(date: string): number {
  const m = datePattern.exec(date);
  if (!m) throw new RangeError(`Not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d); // setUTCFullYear: no 1900 offset for years < 100
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
    throw new RangeError(`Not a valid calendar date: ${date}`);
  }
  return Math.round(t.getTime() / DAY_MS);
}

/** Local date string of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The local date + n calendar days. */
export function addLocalDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(date) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

function checkInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError("Invalid Date");
  return t;
}

function dayNumberOfInstant(instant: Date): number {
  return Math.floor((checkInstant(instant) + UTC_OFFSET_MS) / DAY_MS);
}

/** The local date (Asia/Ho_Chi_Minh) of an instant: 2026-02-12T18:00Z → "2026-02-13". */
export function localDate(instant: Date): string {
  return fromDayNumber(dayNumberOfInstant(instant));
}

/** 00:00:00.000 local time on that date. */
export function startOfLocalDay(date: string): Date {
  return new Date(dayNumber(date) * DAY_MS - UTC_OFFSET_MS);
}

/** 23:59:59.999 local time on that date: the end of a statutory day (BLDS 2015 Điều 148 k.6). */
export function endOfLocalDay(date: string): Date {
  return new Date((dayNumber(date) + 1) * DAY_MS - UTC_OFFSET_MS - 1);
}

/**
 * Builds a calendar from `Holiday` rows. HOLIDAY = a day off (public holiday,
 * compensatory or swapped day off); WORKDAY = a weekend day worked in exchange.
 * An unknown type or a malformed date throws: a silently ignored row would
 * shift legal deadlines.
 */
export function makeCalendar(rows: readonly CalendarRow[]): WorkCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const row of rows) {
    dayNumber(row.date); // validates
    if (row.type === "HOLIDAY") holidays.add(row.date);
    else if (row.type === "WORKDAY") workdays.add(row.date);
    else throw new RangeError(`Unknown holiday type ${JSON.stringify(row.type)} on ${row.date}`);
  }
  return { holidays, workdays };
}

/** An empty calendar: Monday to Friday, no holidays. */
export const weekdaysOnly: WorkCalendar = { holidays: new Set(), workdays: new Set() };

/**
 * Monday–Friday unless listed as a holiday; Saturday/Sunday only when listed
 * as a make-up working day. A date listed as both is a day off.
 */
export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  if (cal.holidays.has(date)) return false;
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return cal.workdays.has(date);
  return true;
}

/** The date itself if it is a working day, else the next working day. */
export function nextWorkingDayOnOrAfter(date: string, cal: WorkCalendar): string {
  let n = dayNumber(date);
  // Terminates: the holiday set is finite, so some later weekday is free.
  while (!isWorkingDay(fromDayNumber(n), cal)) n++;
  return fromDayNumber(n);
}

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Day count must be a non-negative integer, got ${days}`);
}

/**
 * The statutory "within N days" deadline counted from `start`.
 * The day of `start` (its local date) is not counted (BLDS Điều 147 k.2–3).
 * - CALENDAR: the end of local day (start date + N); if that day is not a
 *   working day, the end of the next working day (BLDS Điều 148 k.5).
 * - WORKING: the end of the Nth working day after the start date.
 * N = 0 gives the end of the start's own local day (rolled forward for
 * CALENDAR if it is a day off).
 */
export function addDays(start: Date, days: number, dayType: DayType, cal: WorkCalendar): Date {
  checkDays(days);
  const from = dayNumberOfInstant(start);
  if (dayType === "CALENDAR") {
    return endOfLocalDay(nextWorkingDayOnOrAfter(fromDayNumber(from + days), cal));
  }
  if (dayType === "WORKING") {
    let n = from;
    let counted = 0;
    while (counted < days) {
      n++;
      if (isWorkingDay(fromDayNumber(n), cal)) counted++;
    }
    return endOfLocalDay(fromDayNumber(n));
  }
  throw new RangeError(`Unknown day type ${JSON.stringify(dayType)}`);
}

/**
 * Working days strictly after a's local date up to and including b's local
 * date (0 when both fall on the same day; negative when b is before a).
 */
export function workingDaysBetween(a: Date, b: Date, cal: WorkCalendar): number {
  const from = dayNumberOfInstant(a);
  const to = dayNumberOfInstant(b);
  if (to < from) return -workingDaysBetween(b, a, cal);
  let count = 0;
  for (let n = from + 1; n <= to; n++) if (isWorkingDay(fromDayNumber(n), cal)) count++;
  return count;
}

/** Calendar days from a's local date to b's local date (b − a). */
export function calendarDaysBetween(a: Date, b: Date): number {
  return dayNumberOfInstant(b) - dayNumberOfInstant(a);
}

/**
 * Whole local days left until the due date: 0 on the due day itself, 1 the
 * day before, −1 the day after (overdue). Calendar days, by local date, not
 * rounded milliseconds.
 */
export function daysRemaining(now: Date, dueAt: Date): number {
  return calendarDaysBetween(now, dueAt);
}
