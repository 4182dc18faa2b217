import { roleHasPermission } from "../auth/roles";

/**
 * Whether a case page offers "schedule the dialogue" (Law on Complaints 2011,
 * art. 30): a complaint being handled, for an official who schedules sessions,
 * at the official's own unit — a session belongs to one unit, so a leader of
 * the province looking at a ward's case has nothing to schedule there (the
 * link led to a 404).
 */
export function mayScheduleCaseDialogue(
  user: { role: string; unitId: string | null },
  c: { kind: string; status: string; unitId: string },
): boolean {
  return (
    c.kind === "COMPLAINT" &&
    (c.status === "ACCEPTED" || c.status === "IN_PROGRESS") &&
    roleHasPermission(user.role, "session:manage") &&
    user.unitId === c.unitId
  );
}
