import { db } from "~/utils/db.server";

/**
 * A case's timeline. For the citizen only PUBLIC events and the files attached
 * to them (never an internal note or its files); staff see everything, except
 * that a denunciation's verifiers do not get the files flagged as identifying
 * the denouncer (`hideIdentifying`).
 */
export async function caseTimeline(caseId: string, audience: "citizen" | "staff", opts: { sealedCitizenId?: string | null; hideIdentifying?: boolean } = {}) {
  const events = await db.caseEvent.findMany({
    where: { caseId, ...(audience === "citizen" ? { visibility: "PUBLIC" } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      fromStatus: true,
      toStatus: true,
      visibility: true,
      note: true,
      data: true,
      createdAt: true,
      actor: { select: { fullName: true, role: true } },
      // A denunciation's verifier never sees the files carrying the denouncer's handwriting or signature.
      attachments: { where: opts.hideIdentifying ? { identifying: false } : {}, select: { id: true, fileName: true, size: true, identifying: true } },
    },
  });
  return events.map((e) => ({
    ...e,
    data: safeJson(e.data),
    // Citizens see the office, not the official's name.
    actor:
      audience === "citizen"
        ? e.actor && e.actor.role !== "CITIZEN"
          ? { fullName: null, role: e.actor.role }
          : null
        : // A denouncer's own events never name them to staff.
          e.actor && opts.sealedCitizenId && e.actor.role === "CITIZEN"
          ? null
          : e.actor,
  }));
}

function safeJson(value: string | null): Record<string, unknown> {
  if (!value) return {};
  try {
    const parsed = JSON.parse(value);
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}
