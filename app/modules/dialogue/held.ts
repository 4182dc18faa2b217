/**
 * When what happened at a session may be recorded: its minutes and its
 * attendance. Saving the minutes is what marks a session held (and dates its
 * print), and nobody can have come or signed before it starts, so either
 * before the session's start would record a session that has not taken
 * place. A cancelled session has neither. Pure: the server hands in the
 * session and the time.
 */
export type RecordRefusal = "cancelled" | "not-yet-held";

export function sessionRecordRefusal(session: { status: string; startsAt: Date }, now: Date): RecordRefusal | null {
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
