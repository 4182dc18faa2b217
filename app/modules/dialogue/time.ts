import { UTC_OFFSET_MS } from "../deadlines/calendar";

/**
 * Times of sessions are entered and shown in Asia/Ho_Chi_Minh (a fixed UTC+7,
 * see deadlines/calendar.ts). A `datetime-local` field sends "2026-12-01T08:00"
 * without a zone: it is a Vietnamese wall-clock time, whatever the server's TZ.
 */
const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

export function parseLocalDateTime(value: string): Date | null {
  const m = localPattern.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi) - UTC_OFFSET_MS;
  const check = new Date(utc + UTC_OFFSET_MS);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return null; // 31 February
  return new Date(utc);
}

/** The value a `datetime-local` field shows for an instant: Vietnamese wall-clock time. */
export function toLocalInput(value: Date | string | null | undefined): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  return new Date(d.getTime() + UTC_OFFSET_MS).toISOString().slice(0, 16);
}

/** "2026-12" for the Vietnamese month an instant falls in. */
export function localMonth(value: Date): string {
  return new Date(value.getTime() + UTC_OFFSET_MS).toISOString().slice(0, 7);
}

/** First instant of a local month ("2026-12") and of the next one. */
export function monthRange(month: string): { from: Date; to: Date } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  return { from: new Date(Date.UTC(y, mo - 1, 1) - UTC_OFFSET_MS), to: new Date(Date.UTC(y, mo, 1) - UTC_OFFSET_MS) };
}
