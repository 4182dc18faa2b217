import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { canAccessUnit } from "../auth/guards.server";
import { roleHasPermission } from "../auth/roles";
import type { SessionUser } from "../auth/session.server";

/**
 * Who may see a mediation, and how much:
 * - "team": a member of the mediation's team (works on it, sees every contact);
 * - "staff": staff of the team's commune (or a leader above it) — read only, every contact;
 * - "party": a party with an account — their own record, without the other parties' contacts.
 * A mediator of another team and staff of another unit get 403; a citizen who
 * is not a party (or a code that does not exist) gets 404.
 */
export type MediationAudience = "team" | "staff" | "party";

export const mediationCodePattern = /^HG-[A-Z0-9-]{2,12}-\d{4}-\d{4,}$/;

export async function isTeamMember(teamId: string, userId: string): Promise<boolean> {
  const row = await db.mediationTeamMember.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { userId: true } });
  return !!row;
}

/** The teams a mediator belongs to. */
export async function teamIdsOf(userId: string): Promise<string[]> {
  const rows = await db.mediationTeamMember.findMany({ where: { userId }, select: { teamId: true } });
  return rows.map((r) => r.teamId);
}

export async function audienceFor(
  user: SessionUser,
  m: { teamId: string; team: { unit: { id: string; path: string } }; parties: { userId: string | null }[] },
): Promise<MediationAudience | "forbidden" | "not-found"> {
  if (roleHasPermission(user.role, "mediation:work")) return (await isTeamMember(m.teamId, user.id)) ? "team" : "forbidden";
  if (roleHasPermission(user.role, "case:read:unit")) return canAccessUnit(user, m.team.unit) ? "staff" : "forbidden";
  if (m.parties.some((p) => p.userId === user.id)) return "party";
  return user.role === "CITIZEN" ? "not-found" : "forbidden";
}

/** Loads a mediation by code and says who the user is to it; throws 403/404 as above. */
export async function requireMediation(user: SessionUser, rawCode: string | undefined, allowed: readonly MediationAudience[]) {
  const code = (rawCode ?? "").trim().toUpperCase();
  if (!mediationCodePattern.test(code)) notFound();
  const m = await db.mediation.findUnique({
    where: { code },
    include: {
      team: { select: { id: true, areaName: true, unit: { select: { id: true, name: true, path: true } } } },
      parties: { orderBy: { id: "asc" } },
    },
  });
  if (!m) notFound();
  const audience = await audienceFor(user, m);
  if (audience === "not-found") notFound();
  if (audience === "forbidden") forbidden();
  if (!allowed.includes(audience)) {
    if (audience === "party") notFound();
    forbidden();
  }
  return { mediation: m, audience };
}

/** An admin manages every team; a commune's officer (mediation:manage-teams) the teams of their unit. */
export function mayManageTeamsOf(user: SessionUser, unit: { id: string; path: string }): boolean {
  if (!roleHasPermission(user.role, "mediation:manage-teams")) return false;
  if (user.role === "ADMIN") return true;
  return canAccessUnit(user, unit);
}

/**
 * The teams whose mediations a user works on or oversees: a mediator's own
 * teams; for the commune's staff, the teams of the units they see. Null for
 * anyone else (citizens, admins).
 */
export async function visibleTeams(user: SessionUser) {
  if (roleHasPermission(user.role, "mediation:work")) {
    return db.mediationTeam.findMany({
      where: { members: { some: { userId: user.id } } },
      orderBy: { areaName: "asc" },
      select: { id: true, areaName: true, active: true, unitId: true },
    });
  }
  if (roleHasPermission(user.role, "case:read:unit") && user.unit) {
    const scope = roleHasPermission(user.role, "case:read:subtree") ? { unit: { path: { startsWith: user.unit.path } } } : { unitId: user.unit.id };
    return db.mediationTeam.findMany({ where: scope, orderBy: { areaName: "asc" }, select: { id: true, areaName: true, active: true, unitId: true } });
  }
  return null;
}
