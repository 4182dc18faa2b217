import { createCookie } from "@remix-run/node";
import { db } from "~/utils/db.server";
import { cookieIsSecure, cookieName, sessionSecret } from "~/utils/env.server";
import { forbidden, notFound } from "~/utils/http.server";
import { canAccessUnit } from "../auth/guards.server";
import { roleHasPermission } from "../auth/roles";
import { getUser, type SessionUser } from "../auth/session.server";
import { parseCaseCode } from "./codes";
import type { Actor } from "./workflow";

/**
 * Someone without an account who proved code + secret may follow that case:
 * its id goes in this signed cookie (a few at most), never the secret itself.
 */
export const followCookie = createCookie(cookieName("ln_follow"), {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  get secure() {
    return cookieIsSecure();
  },
  secrets: [sessionSecret()],
  maxAge: 60 * 60 * 24 * 30, // 30 days, in seconds
});

export async function followedCaseIds(request: Request): Promise<string[]> {
  const value = await followCookie.parse(request.headers.get("Cookie"));
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, 20) : [];
}

export async function followCaseHeader(request: Request, caseId: string): Promise<string> {
  const ids = await followedCaseIds(request);
  return followCookie.serialize([caseId, ...ids.filter((id) => id !== caseId)].slice(0, 20));
}

/**
 * The case a citizen may see by its code: their own (by account), or one they
 * follow with code + secret. Anything else — another citizen's case, a code
 * that does not exist — is the same 404.
 */
export async function requireCitizenCase(request: Request, rawCode: string | undefined) {
  const parsed = parseCaseCode(rawCode ?? "");
  if (!parsed) notFound();
  const [user, followed] = await Promise.all([getUser(request), followedCaseIds(request)]);
  const found = await db.case.findUnique({ where: { code: parsed.code }, include: { unit: { select: { id: true, name: true, path: true } }, category: true } });
  if (!found) notFound();
  const isOwner = !!user && found.citizenId === user.id;
  const isFollower = !found.citizenId && followed.includes(found.id);
  if (!isOwner && !isFollower) notFound();
  const actor: Actor = { kind: "citizen", userId: isOwner && user ? user.id : null };
  return { case: found, actor, user };
}

/** A staff member's view of a case of their unit (or, for a leader, a unit below). 404 otherwise. */
export async function requireStaffCase(user: SessionUser, rawCode: string | undefined) {
  const parsed = parseCaseCode(rawCode ?? "");
  if (!parsed || !roleHasPermission(user.role, "case:read:unit")) notFound();
  const found = await db.case.findUnique({
    where: { code: parsed.code },
    include: {
      unit: { select: { id: true, name: true, path: true, parentId: true } },
      category: true,
      assignee: { select: { id: true, fullName: true } },
      citizen: { select: { id: true, fullName: true, email: true, phone: true } },
      appeal: { select: { code: true } },
      appealOf: { select: { code: true } },
    },
  });
  if (!found) notFound();
  // Staff of another unit are refused outright (403), and nothing is written.
  if (!canAccessUnit(user, found.unit)) forbidden();
  const actor: Actor = { kind: "staff", userId: user.id, role: user.role, unitId: user.unitId, unitPath: user.unit?.path ?? null };
  return { case: found, actor };
}

/** Whether this request may download an attachment of this case. */
export async function mayReadCaseFiles(request: Request, caseId: string): Promise<boolean> {
  const [user, followed] = await Promise.all([getUser(request), followedCaseIds(request)]);
  const c = await db.case.findUnique({ where: { id: caseId }, select: { citizenId: true, unit: { select: { id: true, path: true } } } });
  if (!c) return false;
  if (user && c.citizenId === user.id) return true;
  if (!c.citizenId && followed.includes(caseId)) return true;
  return !!user && roleHasPermission(user.role, "case:read:unit") && canAccessUnit(user, c.unit);
}
