import { write } from "~/utils/db.server";
import { audit } from "../audit/audit.server";
import { roleHasPermission } from "../auth/roles";
import type { Actor } from "./workflow";

/** A denouncer's identity is sealed: lists, exports and pages show this instead. */
export function isSealed(c: { kind: string }): boolean {
  return c.kind === "DENUNCIATION";
}

/** Only the assigned handler and a leader of the unit (or above) may reveal it. */
export function mayReveal(actor: Actor, c: { assigneeId: string | null; unitId: string; unitPath: string }): boolean {
  if (actor.kind !== "staff" || !roleHasPermission(actor.role, "identity:reveal")) return false;
  if (actor.role === "LEADER") return actor.unitId === c.unitId || (!!actor.unitPath && c.unitPath.startsWith(actor.unitPath));
  return actor.userId === c.assigneeId && actor.unitId === c.unitId;
}

/** Writes the reveal to the audit log (with the reason) before anything is shown. */
export async function recordReveal(actorId: string, caseId: string, reason: string, ip: string) {
  await write((tx) => audit(tx, { actorId, action: "IDENTITY_REVEALED", targetType: "Case", targetId: caseId, reason, ip }));
}
