import { write } from "~/utils/db.server";
import { audit } from "../audit/audit.server";
import { roleHasPermission } from "../auth/roles";
import type { Actor } from "./workflow";

/** A denouncer's identity is sealed: lists, exports and pages show this instead. */
export function isSealed(c: { kind: string }): boolean {
  return c.kind === "DENUNCIATION";
}

/**
 * Only the person who resolves the denunciation — a leader of the unit (or
 * above) — may reveal it. Those who verify it work on a file with the
 * denouncer stripped out (Luật 136/2025; app/modules/cases/denouncer.ts).
 */
export function mayReveal(actor: Actor, c: { assigneeId: string | null; unitId: string; unitPath: string }): boolean {
  if (actor.kind !== "staff" || !roleHasPermission(actor.role, "identity:reveal")) return false;
  return actor.unitId === c.unitId || (!!actor.unitPath && c.unitPath.startsWith(actor.unitPath));
}

/**
 * Clears or sets the flag that hides a file from a denunciation's verifiers
 * (it carries the denouncer's handwriting or signature). The officer who
 * received the file or the resolver decides, after looking at it; audited.
 */
export async function setFileIdentifying(actor: Actor, c: { id: string; kind: string }, attachmentId: string, identifying: boolean, ip: string): Promise<boolean> {
  if (actor.kind !== "staff" || c.kind !== "DENUNCIATION") return false;
  if (!roleHasPermission(actor.role, "case:triage") && !roleHasPermission(actor.role, "case:approve")) return false;
  return write(async (tx) => {
    const { count } = await tx.attachment.updateMany({ where: { id: attachmentId, caseId: c.id }, data: { identifying } });
    if (count === 0) return false;
    await audit(tx, { actorId: actor.userId, action: identifying ? "FILE_MARKED_IDENTIFYING" : "FILE_CLEARED_FOR_VERIFIERS", targetType: "Attachment", targetId: attachmentId, data: { caseId: c.id }, ip });
    return true;
  });
}

/** Writes the reveal to the audit log (with the reason) before anything is shown. */
export async function recordReveal(actorId: string, caseId: string, reason: string, ip: string) {
  await write((tx) => audit(tx, { actorId, action: "IDENTITY_REVEALED", targetType: "Case", targetId: caseId, reason, ip }));
}
