import { db } from "~/utils/db.server";

/**
 * A case's timeline. For the citizen only PUBLIC events and the files attached
 * to them (never an internal note or its files); staff see everything.
 */
export async function caseTimeline(caseId: string, audience: "citizen" | "staff") {
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
      attachments: { select: { id: true, fileName: true, size: true } },
    },
  });
  return events.map((e) => ({
    ...e,
    data: safeJson(e.data),
    // Citizens see the office, not the official's name.
    actor: audience === "staff" ? e.actor : e.actor && e.actor.role !== "CITIZEN" ? { fullName: null, role: e.actor.role } : null,
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
