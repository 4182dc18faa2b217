import { createCookie } from "@remix-run/node";
import { db } from "~/utils/db.server";
import { cookieIsSecure, cookieName, sessionSecret } from "~/utils/env.server";
import { forbidden, notFound } from "~/utils/http.server";
import { canAccessUnit, requireUser } from "../auth/guards.server";
import { roleHasPermission } from "../auth/roles";
import { getUser, type SessionUser } from "../auth/session.server";
import { unitById } from "../units/units.server";
import { parseCaseCode } from "./codes";
import { allCategories } from "./form-options.server";
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
  const row = await db.case.findUnique({ where: { code: parsed.code } });
  if (!row) {
    if (!user) await requireUser(request);
    notFound();
  }
  const found = { ...row, ...(await unitAndCategory(row)) };
  const isOwner = !!user && found.citizenId === user.id;
  const isFollower = !found.citizenId && followed.includes(found.id);
  if (!isOwner && !isFollower) {
    // Signed out (a link from an email): sign in first, then back here. Asked
    // for any well-formed code, so the redirect says nothing about whether it exists.
    if (!user) await requireUser(request);
    notFound();
  }
  const actor: Actor = { kind: "citizen", userId: isOwner && user ? user.id : null };
  return { case: found, actor, user };
}

/** A staff member's view of a case of their unit (or, for a leader, a unit below). 404 otherwise. */
export async function requireStaffCase(user: SessionUser, rawCode: string | undefined) {
  const parsed = parseCaseCode(rawCode ?? "");
  if (!parsed || !roleHasPermission(user.role, "case:read:unit")) notFound();
  const row = await db.case.findUnique({ where: { code: parsed.code } });
  if (!row) notFound();
  // The case's unit and field from the reference cache; its people in one query, its appeal links in another
  // (one Prisma include each would be a round trip each, even for an empty link).
  const people = [row.assigneeId, row.citizenId].filter((id): id is string => !!id);
  const [known, users, linked] = await Promise.all([
    unitAndCategory(row),
    people.length ? db.user.findMany({ where: { id: { in: people } }, select: { id: true, fullName: true, email: true, phone: true } }) : [],
    db.case.findMany({ where: { OR: [{ appealOfId: row.id }, ...(row.appealOfId ? [{ id: row.appealOfId }] : [])] }, select: { id: true, code: true, appealOfId: true } }),
  ]);
  const person = (id: string | null) => users.find((u) => u.id === id) ?? null;
  const assignee = person(row.assigneeId);
  const appeal = linked.find((c) => c.appealOfId === row.id);
  const appealOf = linked.find((c) => c.id === row.appealOfId);
  const found = {
    ...row,
    ...known,
    assignee: assignee ? { id: assignee.id, fullName: assignee.fullName } : null,
    citizen: person(row.citizenId),
    appeal: appeal ? { code: appeal.code } : null,
    appealOf: appealOf ? { code: appealOf.code } : null,
  };
  // Staff of another unit are refused outright (403), and nothing is written.
  if (!canAccessUnit(user, found.unit)) forbidden();
  const actor: Actor = { kind: "staff", userId: user.id, role: user.role, unitId: user.unitId, unitPath: user.unit?.path ?? null };
  return { case: found, actor };
}

/**
 * The first-instance case of an appeal, for the staff of the unit handling the
 * appeal (whoever may read the appeal case): read-only, for its decision. The
 * appeal case is checked first, with the usual unit rule — staff of any other
 * unit get the same 404 as for a case that does not exist.
 */
export async function requireFirstInstanceOfAppeal(user: SessionUser, appealCode: string | undefined) {
  const { case: appeal, actor } = await requireStaffCase(user, appealCode);
  if (!appeal.appealOfId) notFound();
  const row = await db.case.findUnique({ where: { id: appeal.appealOfId } });
  if (!row) notFound();
  return { appeal, first: { ...row, ...(await unitAndCategory(row)) }, actor };
}

/** A case's unit and field, from the reference cache. */
async function unitAndCategory(c: { unitId: string; categoryId: string | null }) {
  const [unit, categories] = await Promise.all([unitById(c.unitId), allCategories()]);
  if (!unit) throw new Error(`unit ${c.unitId} of a case is missing`);
  return {
    unit: { id: unit.id, name: unit.name, path: unit.path, parentId: unit.parentId },
    category: categories.find((k) => k.id === c.categoryId) ?? null,
  };
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
