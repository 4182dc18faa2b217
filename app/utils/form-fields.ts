import { z } from "zod";

/**
 * Fields every form schema uses. Messages are catalogue keys with their
 * parameters (components/forms.tsx useErrorText turns them into words).
 */
export const text = (min: number, max: number) =>
  z
    .string({ required_error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .min(min, `errors.tooShort?min=${min}`)
    .max(max, `errors.tooLong?max=${max}`);

export const optionalText = (max: number) => z.string().trim().max(max, `errors.tooLong?max=${max}`).optional();

/**
 * The version of a record a form was drawn from. An integer the database can
 * hold: 1e29 is an integer to JavaScript and an overflow to SQLite and PostgreSQL.
 */
export const versionField = z.preprocess(
  // Digits only: z.coerce turned a blank or whitespace version into 0, a real version.
  (v) => (typeof v === "string" && /^\s*\d{1,10}\s*$/.test(v) ? Number(v) : v),
  z.number({ invalid_type_error: "errors.required", required_error: "errors.required" }).int("errors.required").min(0, "errors.required").max(2_000_000_000, "errors.required"),
);

/** Years a date typed in a form may have: anything else is a typo, and beyond 9999 a database error. */
export const minFormYear = 1900;
export const maxFormYear = 2199;

/** "2026-02-30" and "2026-13-45" match \d{4}-\d{2}-\d{2} but are no day of any calendar. */
export function isCalendarDate(value: string, years: { min: number; max: number } = { min: minFormYear, max: maxFormYear }): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < years.min || y > years.max || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** A local date from a `type="date"` field (YYYY-MM-DD), a real day within the years above. */
export const calendarDate = z.string({ required_error: "errors.required" }).trim().refine((v) => isCalendarDate(v), "errors.invalidDate");

/** A wall-clock time from a `type="datetime-local"` field (YYYY-MM-DDTHH:mm), a real day and time. */
export const localDateTimeText = z
  .string({ required_error: "errors.required" })
  .trim()
  .refine((v) => {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(v);
    return !!m && isCalendarDate(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60;
  }, "errors.invalidDate");

/** A month from a `type="month"` field (YYYY-MM). */
export function isCalendarMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && isCalendarDate(`${value}-01`);
}
