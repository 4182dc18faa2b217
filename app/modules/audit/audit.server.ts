import type { Tx } from "~/utils/db.server";
import type { AuditAction, AuditTargetType } from "./actions";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  reason?: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
};

/** Written inside the caller's transaction, so the change and its record stand or fall together. */
export async function audit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason ?? null,
      data: entry.data ? JSON.stringify(entry.data) : null,
      ip: entry.ip ?? null,
    },
  });
}
