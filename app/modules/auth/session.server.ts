import { createCookie, redirect } from "@remix-run/node";
import { write } from "~/utils/db.server";
import { selectRows } from "~/utils/driver-sql.server";
import { cookieIsSecure, cookieName, sessionSecret } from "~/utils/env.server";
import { homePathFor } from "./roles";

/** Sessions last 30 days; a session used in its last 15 days is extended. */
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
const sessionRenewAfterMs = 15 * 24 * 60 * 60 * 1000;

/** The cookie holds only the session id, signed; the session itself is a row. */
export const sessionCookie = createCookie(cookieName("ln_session"), {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  get secure() {
    return cookieIsSecure();
  },
  secrets: [sessionSecret()],
  maxAge: sessionLifetimeMs / 1000,
});


export type SessionUser = {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  role: string;
  unitId: string | null;
  disabled: boolean;
  identityVerified: boolean;
  unit: { id: string; name: string; path: string; code: string } | null;
  sessionId: string;
  /** Unread notifications (the header's count), read in the same round trip. */
  unread: number;
};

type SessionRow = {
  sessionId: string;
  expiresAt: Date | string;
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  role: string;
  unitId: string | null;
  disabled: boolean | number | bigint;
  identityVerified: boolean | number | bigint;
  unitName: string | null;
  unitPath: string | null;
  unitCode: string | null;
  unread: number | bigint;
};

/**
 * The session, its user, the user's unit and their unread count in ONE query:
 * every signed-in page asks for all four, and each Prisma relation would be a
 * round trip of its own (four per page). Plain SQL that SQLite and PostgreSQL
 * read alike; the row is normalised here (SQLite gives 0/1 and bigints).
 */
async function findSessionUser(sessionId: string): Promise<SessionUser | null> {
  const rows = await selectRows<SessionRow>`
    SELECT s."id" AS "sessionId", s."expiresAt" AS "expiresAt",
           u."id" AS "id", u."fullName" AS "fullName", u."email" AS "email", u."phone" AS "phone", u."role" AS "role",
           u."unitId" AS "unitId", u."disabled" AS "disabled", u."identityVerified" AS "identityVerified",
           un."name" AS "unitName", un."path" AS "unitPath", un."code" AS "unitCode",
           (SELECT COUNT(*) FROM "Notification" n WHERE n."userId" = u."id" AND n."readAt" IS NULL) AS "unread"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Unit" un ON un."id" = u."unitId"
    WHERE s."id" = ${sessionId}`;
  const row = rows[0];
  if (!row) return null;
  const expiresAt = new Date(row.expiresAt).getTime();
  if (expiresAt <= Date.now() || Boolean(Number(row.disabled))) return null;
  if (expiresAt - Date.now() < sessionLifetimeMs - sessionRenewAfterMs) {
    await write((tx) => tx.session.update({ where: { id: row.sessionId }, data: { expiresAt: new Date(Date.now() + sessionLifetimeMs) } }));
  }
  return {
    id: row.id,
    fullName: row.fullName,
    email: row.email,
    phone: row.phone,
    role: row.role,
    unitId: row.unitId,
    disabled: false,
    identityVerified: Boolean(Number(row.identityVerified)),
    unit: row.unitId && row.unitName !== null ? { id: row.unitId, name: row.unitName, path: row.unitPath ?? "", code: row.unitCode ?? "" } : null,
    sessionId: row.sessionId,
    unread: Number(row.unread),
  };
}

export async function getSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

// The root loader and the page's loader both ask who is signing in; within one
// HTTP request the loaders read the answer once. Remix gives each loader its own
// copy of the Request, but every copy carries the incoming request's
// AbortSignal, so that is the key. An action is never answered from (or into)
// this memo: the loaders that run after it must see what it changed.
const usersByRequest = new WeakMap<object, Promise<SessionUser | null>>();

/** The signed-in user, or null. One query per request (see findSessionUser). */
export async function getUser(request: Request) {
  const lookup = () => getSessionId(request).then((sessionId) => (sessionId ? findSessionUser(sessionId) : null));
  if (request.method !== "GET" && request.method !== "HEAD") return lookup();
  const key = request.signal ?? request;
  let cached = usersByRequest.get(key);
  if (!cached) usersByRequest.set(key, (cached = lookup()));
  return cached;
}

/** Creates a new session (a new id at every sign-in: no fixation) and returns its cookie. */
export async function startSession(userId: string, request: Request): Promise<string> {
  const previous = await getSessionId(request);
  const session = await write(async (tx) => {
    if (previous) await tx.session.deleteMany({ where: { id: previous } });
    await tx.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
    return tx.session.create({
      data: {
        userId,
        expiresAt: new Date(Date.now() + sessionLifetimeMs),
        userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
      },
    });
  });
  return sessionCookie.serialize(session.id);
}

export async function endSession(request: Request): Promise<string> {
  const sessionId = await getSessionId(request);
  if (sessionId) await write((tx) => tx.session.deleteMany({ where: { id: sessionId } }));
  return sessionCookie.serialize("", { maxAge: 0 });
}

/** Only same-site paths: never redirect to another host after sign-in (redirect.ts). */
export { safeRedirectPath } from "./redirect";

export async function requireAnonymous(request: Request) {
  const user = await getUser(request);
  if (user) throw redirect(homePathFor(user.role));
}
