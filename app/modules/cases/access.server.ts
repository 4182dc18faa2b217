import { createCookie } from "@remix-run/node";
import type { Case } from "~/generated/sqlite/client";
import { db } from "~/utils/db.server";
import { selectRows } from "~/utils/driver-sql.server";
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
  const found = await staffCaseByCode(parsed.code);
  if (!found) notFound();
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

type StaffCaseRow = Case & {
  _assigneeName: string | null;
  _citizenName: string | null;
  _citizenEmail: string | null;
  _citizenPhone: string | null;
  _appealCode: string | null;
  _appealOfCode: string | null;
  _appealOfResolvedAt: Date | string | null;
};

/**
 * A case with its people (assignee, citizen) and its appeal links both ways in
 * ONE plain query, the same on SQLite and PostgreSQL; its unit and field from
 * the reference cache. The staff case page asks this on every view, and each
 * Prisma query (or relation) costs ~1 ms of CPU compiling and shaping — more
 * than the whole SQL. Plain column reads come back typed like Prisma's (dates,
 * booleans) from both drivers. A case has at most one appeal (appealOfId is unique); it is
 * a subquery, not a join, because SQLite's statistics (nearly every appealOfId is null)
 * make it scan the whole table for a join on that index. The people and the first case of
 * an appeal are subqueries too: on SQLite any LEFT JOIN beside `c.*` (69 columns) made the
 * statement six times slower (0.066 against 0.012 ms at a million cases, even with nothing to join).
 */
async function staffCaseByCode(code: string) {
  const rows = await selectRows<StaffCaseRow>`
    SELECT c.*,
           (SELECT a."fullName" FROM "User" a WHERE a."id" = c."assigneeId") AS "_assigneeName",
           (SELECT ci."fullName" FROM "User" ci WHERE ci."id" = c."citizenId") AS "_citizenName",
           (SELECT ci."email" FROM "User" ci WHERE ci."id" = c."citizenId") AS "_citizenEmail",
           (SELECT ci."phone" FROM "User" ci WHERE ci."id" = c."citizenId") AS "_citizenPhone",
           (SELECT ap."code" FROM "Case" ap WHERE ap."appealOfId" = c."id") AS "_appealCode",
           (SELECT ao."code" FROM "Case" ao WHERE ao."id" = c."appealOfId") AS "_appealOfCode",
           (SELECT ao."resolvedAt" FROM "Case" ao WHERE ao."id" = c."appealOfId") AS "_appealOfResolvedAt"
    FROM "Case" c
    WHERE c."code" = ${code}`;
  const found = rows[0];
  if (!found) return null;
  const { _assigneeName, _citizenName, _citizenEmail, _citizenPhone, _appealCode, _appealOfCode, _appealOfResolvedAt, ...row } = found;
  return {
    ...row,
    ...(await unitAndCategory(row)),
    assignee: row.assigneeId && _assigneeName !== null ? { id: row.assigneeId, fullName: _assigneeName } : null,
    citizen: row.citizenId && _citizenName !== null ? { id: row.citizenId, fullName: _citizenName, email: _citizenEmail, phone: _citizenPhone } : null,
    appeal: _appealCode !== null ? { code: _appealCode } : null,
    // The first case of an appeal: its code, and whether it has a decision the handling unit can open.
    appealOf: _appealOfCode !== null ? { code: _appealOfCode, resolved: _appealOfResolvedAt !== null } : null,
  };
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
