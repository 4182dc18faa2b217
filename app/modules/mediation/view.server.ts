import { db } from "~/utils/db.server";
import type { MediationAudience } from "./access.server";

/**
 * Everything a mediation page or its printed record shows, shaped for who is
 * looking: the team and the commune's staff see every party's contact; a
 * party sees their own only (never another party's).
 */
export async function mediationView(mediationId: string, audience: MediationAudience, viewerId: string) {
  const m = await db.mediation.findUniqueOrThrow({
    where: { id: mediationId },
    include: {
      team: { select: { id: true, areaName: true, unit: { select: { name: true } }, members: { select: { isLeader: true, user: { select: { id: true, fullName: true } } } } } },
      case: { select: { code: true } },
      parties: { orderBy: { id: "asc" } },
      mediators: { select: { user: { select: { id: true, fullName: true } } } },
      sessions: { orderBy: [{ heldAt: "asc" }, { id: "asc" }], include: { attendance: true } },
      followUps: { orderBy: [{ checkedAt: "asc" }, { createdAt: "asc" }] },
      followUpCases: { select: { code: true } },
    },
  });
  const seesContacts = audience === "team" || audience === "staff";
  return {
    id: m.id,
    code: m.code,
    status: m.status,
    openedVia: m.openedVia,
    disputeType: m.disputeType,
    description: m.description,
    openedAt: m.openedAt,
    outcomeAt: m.outcomeAt,
    agreementTerms: m.agreementTerms,
    executionTerms: m.executionTerms,
    advice: m.advice,
    version: m.version,
    team: { id: m.team.id, areaName: m.team.areaName, unit: m.team.unit.name },
    members: m.team.members.map((x) => ({ id: x.user.id, fullName: x.user.fullName, isLeader: x.isLeader })),
    caseCode: m.case?.code ?? null,
    parties: m.parties.map((p) => ({
      id: p.id,
      role: p.role,
      name: p.name,
      contact: seesContacts || p.userId === viewerId ? p.contact : null,
      hasAccount: !!p.userId,
      isViewer: p.userId === viewerId,
      confirmedAt: p.confirmedAt,
    })),
    mediators: m.mediators.map((x) => x.user),
    sessions: m.sessions.map((s) => ({
      id: s.id,
      heldAt: s.heldAt,
      place: s.place,
      notes: s.notes,
      present: s.attendance.filter((a) => a.present).map((a) => a.partyId),
      absent: s.attendance.filter((a) => !a.present).map((a) => a.partyId),
    })),
    followUps: m.followUps.map((f) => ({ id: f.id, checkedAt: f.checkedAt, status: f.status, note: f.note })),
    followUpCaseCode: m.followUpCases[0]?.code ?? null,
  };
}
export type MediationView = Awaited<ReturnType<typeof mediationView>>;
