/**
 * Roles and what each may do. Pure data: the server guards (guards.server.ts)
 * check these on every loader and action, and the UI mirrors them to hide what
 * would be refused anyway.
 */
export const roles = ["CITIZEN", "RECEPTION", "HANDLER", "LEADER", "MEDIATOR", "ADMIN"] as const;
export type Role = (typeof roles)[number];
export const staffRoles = ["RECEPTION", "HANDLER", "LEADER"] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export const permissions = [
  "case:file", // file a case for oneself
  "case:read:own",
  "case:read:unit", // the staff member's unit's cases
  "case:read:subtree", // a leader: the unit and its child units
  "case:triage", // accept, decline, request info, transfer, assign
  "case:intake", // record a walk-in / mail / hotline case for a citizen
  "case:handle", // notes, replies, propose a resolution
  "case:approve", // approve resolutions and extensions
  "identity:reveal", // reveal a denouncer's identity (the resolver: a leader of the unit or above)
  "session:manage", // schedule dialogue sessions and reception days
  "session:chair",
  "session:book", // book a slot on a reception day
  "mediation:work",
  "mediation:manage-teams",
  "report:unit",
  "notice:post", // post and take down the unit's public notices (grassroots democracy law)
  "democracy:manage", // open matters residents decide and consultations, keep the household register, record ballots
  "democracy:answer", // answer the supervision boards' recommendations for the commune
  // One-stop desk (Decree 118/2025; docs/decisions/009-one-stop-officer-is-a-permission.md)
  "dossier:file", // file an administrative-procedure dossier online
  "dossier:desk", // the one-stop desk: receive, check papers, ask once for what is missing, refuse, return results
  "dossier:process", // appraise a dossier at its step (the unit's specialist), ask for a supplement through the desk
  "dossier:sign", // sign a dossier's result
  "procedure:manage", // the procedure catalogue and the one-stop rules
  "admin:units",
  "admin:users",
  "admin:rules",
  "audit:read",
] as const;
export type Permission = (typeof permissions)[number];

const byRole: Record<Role, readonly Permission[]> = {
  CITIZEN: ["case:file", "case:read:own", "session:book", "dossier:file"],
  RECEPTION: [
    "case:read:unit",
    "case:triage",
    "case:intake",
    "session:manage",
    "mediation:manage-teams",
    "notice:post",
    "democracy:manage",
    "dossier:desk",
  ],
  // A handler schedules the dialogue a complaint requires (Law on Complaints 2011, art. 30). A handler verifies
  // denunciations on a file with the denouncer stripped out, and may not reveal them (Luật 136/2025).
  HANDLER: ["case:read:unit", "case:handle", "session:manage", "dossier:process"],
  LEADER: [
    "case:read:unit",
    "case:read:subtree",
    "case:triage",
    "case:handle",
    "case:approve",
    "identity:reveal",
    "session:manage",
    "session:chair",
    "mediation:manage-teams",
    "report:unit",
    "notice:post",
    "democracy:manage",
    "democracy:answer",
    "dossier:desk",
    "dossier:process",
    "dossier:sign",
  ],
  MEDIATOR: ["mediation:work"],
  ADMIN: ["admin:units", "admin:users", "admin:rules", "audit:read", "mediation:manage-teams", "procedure:manage"],
};

export function roleHasPermission(role: string, permission: Permission): boolean {
  return isRole(role) && byRole[role].includes(permission);
}

export function isStaffRole(role: string): boolean {
  return (staffRoles as readonly string[]).includes(role);
}

/** Roles that must belong to a unit. */
export function roleNeedsUnit(role: string): boolean {
  return isStaffRole(role) || role === "MEDIATOR";
}

/** Where a user lands after signing in. */
export function homePathFor(role: string): string {
  if (role === "ADMIN") return "/admin";
  if (isStaffRole(role)) return "/desk";
  if (role === "MEDIATOR") return "/mediation";
  return "/cases";
}
