/**
 * When a session's minutes may be written. Saving the minutes is what marks a
 * session held (and dates its print), so minutes before the session's start
 * would record a session that has not taken place. A cancelled session has
 * none at all. Pure: the server hands in the session and the time.
 */
export type MinutesRefusal = "cancelled" | "not-yet-held";

export function minutesRefusal(session: { status: string; startsAt: Date }, now: Date): MinutesRefusal | null {
  if (session.status === "CANCELLED") return "cancelled";
  if (now.getTime() < session.startsAt.getTime()) return "not-yet-held";
  return null;
}

/** The time the print may give as the minutes' completion: only for a session held, never before its start. */
export function minutesDatedAt(session: { status: string; startsAt: Date; endsAt: Date; minutesSavedAt: Date | null }): Date | null {
  if (session.status !== "HELD") return null;
  const saved = session.minutesSavedAt;
  // Minutes saved before the start (possible before this rule) are dated at the session's end instead.
  return saved && saved.getTime() >= session.startsAt.getTime() ? saved : session.endsAt;
}
