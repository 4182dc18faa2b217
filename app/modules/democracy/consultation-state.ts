/**
 * What may be done with a consultation, now — pure, table-tested.
 *
 *   OPEN (comments until closesAt) ──▶ CLOSED (moderate, group, answer) ── publish ──▶ PUBLISHED ── decide ──▶ DECIDED
 *
 * Comments are moderated from the first day; they become public only when the
 * commune publishes its answers, after the close, and only when every accepted
 * comment sits in a group that has an answer (nobody's comment is left
 * unanswered in public).
 */
export type ConsultationPhase = "UPCOMING" | "OPEN" | "CLOSED" | "PUBLISHED" | "DECIDED";

export function consultationPhase(c: { status: string; opensAt: Date; closesAt: Date }, now: Date): ConsultationPhase {
  if (c.status === "PUBLISHED" || c.status === "DECIDED") return c.status;
  if (now.getTime() < c.opensAt.getTime()) return "UPCOMING";
  return now.getTime() < c.closesAt.getTime() ? "OPEN" : "CLOSED";
}

export const consultationActions = ["comment", "moderate", "group", "publish", "decide"] as const;
export type ConsultationAction = (typeof consultationActions)[number];

export type Readiness = { pending: number; ungrouped: number; unanswered: number };

/** Why the answers cannot be published yet (all zero: they can). */
export function publishReadiness(comments: readonly { moderation: string; groupId: string | null }[], groups: readonly { id: string; answer: string | null }[]): Readiness {
  const accepted = comments.filter((c) => c.moderation === "ACCEPTED");
  const used = new Set(accepted.map((c) => c.groupId).filter(Boolean));
  return {
    pending: comments.filter((c) => c.moderation === "PENDING").length,
    ungrouped: accepted.filter((c) => !c.groupId || !groups.some((g) => g.id === c.groupId)).length,
    unanswered: groups.filter((g) => used.has(g.id) && !g.answer?.trim()).length,
  };
}

export function isReady(r: Readiness): boolean {
  return r.pending === 0 && r.ungrouped === 0 && r.unanswered === 0;
}

export function mayDoConsultation(
  action: ConsultationAction,
  c: { status: string; opensAt: Date; closesAt: Date },
  now: Date,
  readiness?: Readiness,
): { ok: true } | { ok: false; reason: "notOpen" | "closed" | "notClosed" | "notReady" | "notPublished" | "finished" } {
  const phase = consultationPhase(c, now);
  switch (action) {
    case "comment":
      if (phase === "UPCOMING") return { ok: false, reason: "notOpen" };
      return phase === "OPEN" ? { ok: true } : { ok: false, reason: "closed" };
    case "moderate":
    case "group":
      return phase === "OPEN" || phase === "CLOSED" ? { ok: true } : { ok: false, reason: "finished" };
    case "publish":
      if (phase === "PUBLISHED" || phase === "DECIDED") return { ok: false, reason: "finished" };
      if (phase !== "CLOSED") return { ok: false, reason: "notClosed" };
      return !readiness || isReady(readiness) ? { ok: true } : { ok: false, reason: "notReady" };
    case "decide":
      if (phase === "DECIDED") return { ok: false, reason: "finished" };
      return phase === "PUBLISHED" ? { ok: true } : { ok: false, reason: "notPublished" };
  }
}
