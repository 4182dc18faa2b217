/**
 * Whole calendar days between two instants as dates in Vietnam (UTC+7, no
 * daylight saving): opened on the 3rd at 23:00 and settled on the 4th at 08:00
 * is 1 day, settled the same day is 0.
 */
const vnOffsetMs = 7 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

export function vnDayNumber(at: Date): number {
  return Math.floor((at.getTime() + vnOffsetMs) / dayMs);
}

export function calendarDaysBetween(from: Date, to: Date): number {
  return Math.max(0, vnDayNumber(to) - vnDayNumber(from));
}

/** A yyyy-mm-dd date typed in a form, as the instant its day starts in Vietnam. */
export function vnStartOfDay(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** A datetime-local value (yyyy-mm-ddThh:mm) typed in Vietnam, as an instant. */
export function vnLocalDateTime(value: string): Date {
  return new Date(`${value}:00+07:00`);
}

/** Today's date in Vietnam as yyyy-mm-dd. */
export function vnToday(now = new Date()): string {
  return new Date(now.getTime() + vnOffsetMs).toISOString().slice(0, 10);
}
