import { db, write } from "~/utils/db.server";
import { audit } from "../audit/audit.server";

export type TeamError = "bad-unit" | "bad-member" | "not-found";

/** Communes (and wards) a team can belong to: active units at the commune level. */
export async function communeUnits(scope?: { unitIds: string[] }) {
  return db.unit.findMany({
    where: { active: true, level: { code: "COMMUNE" }, ...(scope ? { id: { in: scope.unitIds } } : {}) },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, path: true },
  });
}

export async function listTeams(unitIds: string[] | "all") {
  return db.mediationTeam.findMany({
    where: unitIds === "all" ? {} : { unitId: { in: unitIds } },
    orderBy: [{ unit: { name: "asc" } }, { areaName: "asc" }],
    take: 500,
    select: {
      id: true,
      areaName: true,
      active: true,
      ethnicArea: true,
      unit: { select: { name: true } },
      members: { select: { isLeader: true, gender: true, ethnicMinority: true, user: { select: { fullName: true } } } },
    },
  });
}

export async function createTeam(actorId: string, input: { unitId: string; areaName: string }) {
  const unit = await db.unit.findFirst({ where: { id: input.unitId, active: true, level: { code: "COMMUNE" } }, select: { id: true } });
  if (!unit) return { ok: false as const, error: "bad-unit" as TeamError };
  const team = await write(async (tx) => {
    const t = await tx.mediationTeam.create({ data: { unitId: unit.id, areaName: input.areaName } });
    await audit(tx, { actorId, action: "MEDIATION_TEAM_CREATED", targetType: "MediationTeam", targetId: t.id, data: { areaName: input.areaName } });
    return t;
  });
  return { ok: true as const, teamId: team.id };
}

/** Mediator accounts of the team's commune who are not yet members. */
export async function memberCandidates(team: { id: string; unitId: string }) {
  return db.user.findMany({
    where: { role: "MEDIATOR", unitId: team.unitId, disabled: false, teamMemberships: { none: { teamId: team.id } } },
    orderBy: { fullName: "asc" },
    take: 200,
    select: { id: true, fullName: true, email: true },
  });
}

export async function updateTeam(actorId: string, teamId: string, input: { areaName: string; active: boolean; ethnicArea?: boolean }) {
  await write(async (tx) => {
    await tx.mediationTeam.update({ where: { id: teamId }, data: input });
    await audit(tx, { actorId, action: "MEDIATION_TEAM_UPDATED", targetType: "MediationTeam", targetId: teamId, data: input });
  });
  return { ok: true as const };
}

/** Adds a mediator of the team's commune; a new leader replaces the old one (one leader per team). */
export type MemberProfile = { gender: string | null; ethnicMinority: boolean | null };

export async function addMember(actorId: string, team: { id: string; unitId: string }, userId: string, isLeader: boolean, profile: MemberProfile = { gender: null, ethnicMinority: null }) {
  const user = await db.user.findFirst({ where: { id: userId, role: "MEDIATOR", unitId: team.unitId, disabled: false }, select: { id: true } });
  if (!user) return { ok: false as const, error: "bad-member" as TeamError };
  await write(async (tx) => {
    if (isLeader) await tx.mediationTeamMember.updateMany({ where: { teamId: team.id }, data: { isLeader: false } });
    await tx.mediationTeamMember.upsert({
      where: { teamId_userId: { teamId: team.id, userId } },
      create: { teamId: team.id, userId, isLeader, ...profile },
      update: { isLeader, ...profile },
    });
    await audit(tx, { actorId, action: "MEDIATION_MEMBER_ADDED", targetType: "MediationTeam", targetId: team.id, data: { userId, isLeader, ...profile } });
  });
  return { ok: true as const };
}

export async function makeLeader(actorId: string, teamId: string, userId: string) {
  return write(async (tx) => {
    const member = await tx.mediationTeamMember.findUnique({ where: { teamId_userId: { teamId, userId } } });
    if (!member) return { ok: false as const, error: "bad-member" as TeamError };
    await tx.mediationTeamMember.updateMany({ where: { teamId }, data: { isLeader: false } });
    await tx.mediationTeamMember.update({ where: { teamId_userId: { teamId, userId } }, data: { isLeader: true } });
    await audit(tx, { actorId, action: "MEDIATION_LEADER_SET", targetType: "MediationTeam", targetId: teamId, data: { userId } });
    return { ok: true as const };
  });
}

export async function removeMember(actorId: string, teamId: string, userId: string) {
  await write(async (tx) => {
    await tx.mediationTeamMember.deleteMany({ where: { teamId, userId } });
    await audit(tx, { actorId, action: "MEDIATION_MEMBER_REMOVED", targetType: "MediationTeam", targetId: teamId, data: { userId } });
  });
  return { ok: true as const };
}

/** Records a member's gender and ethnic-minority flag (the commune or an admin enters them), audited. */
export async function setMemberProfile(actorId: string, teamId: string, userId: string, profile: MemberProfile) {
  return write(async (tx) => {
    const { count } = await tx.mediationTeamMember.updateMany({ where: { teamId, userId }, data: profile });
    if (count === 0) return { ok: false as const, error: "bad-member" as TeamError };
    await audit(tx, { actorId, action: "MEDIATION_MEMBER_PROFILE", targetType: "MediationTeam", targetId: teamId, data: { userId, ...profile } });
    return { ok: true as const };
  });
}
