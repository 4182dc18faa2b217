import { redirect } from "@remix-run/node";
import { forbidden } from "~/utils/http.server";
import { roleHasPermission, type Permission, type Role } from "./roles";
import { getUser, type SessionUser } from "./session.server";

/** The signed-in user, or a redirect to /login that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}

/** 403 (not a redirect: a refusal should say so) unless the user has one of `roles`. */
export async function requireRole(request: Request, ...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role as Role)) forbidden();
  return user;
}

export async function requirePermission(request: Request, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roleHasPermission(user.role, permission)) forbidden();
  return user;
}

export function userHasPermission(user: Pick<SessionUser, "role"> | null | undefined, permission: Permission) {
  return Boolean(user && roleHasPermission(user.role, permission));
}

/**
 * Whether a staff member may act on a unit's records: their own unit, or for a
 * leader (case:read:subtree) any unit below theirs. `unitPath` is the target
 * unit's materialised path.
 */
export function canAccessUnit(
  user: Pick<SessionUser, "role" | "unitId"> & { unit: { path: string } | null },
  target: { id: string; path: string },
): boolean {
  if (!user.unitId || !user.unit) return false;
  if (target.id === user.unitId) return true;
  return roleHasPermission(user.role, "case:read:subtree") && target.path.startsWith(user.unit.path);
}

export function requireUnitAccess(
  user: Pick<SessionUser, "role" | "unitId"> & { unit: { path: string } | null },
  target: { id: string; path: string },
): void {
  if (!canAccessUnit(user, target)) forbidden();
}
