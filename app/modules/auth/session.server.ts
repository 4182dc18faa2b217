import { createCookie, redirect } from "@remix-run/node";
import { db, write } from "~/utils/db.server";
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

export const sessionUserSelect = {
  id: true,
  fullName: true,
  email: true,
  phone: true,
  role: true,
  unitId: true,
  disabled: true,
  identityVerified: true,
  unit: { select: { id: true, name: true, path: true, code: true } },
} as const;

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

async function findSessionUser(sessionId: string) {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { id: true, expiresAt: true, user: { select: sessionUserSelect } },
  });
  if (!session || session.expiresAt.getTime() <= Date.now() || session.user.disabled) return null;
  if (session.expiresAt.getTime() - Date.now() < sessionLifetimeMs - sessionRenewAfterMs) {
    await write((tx) =>
      tx.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + sessionLifetimeMs) } }),
    );
  }
  return { ...session.user, sessionId: session.id };
}

export async function getSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

// The root loader and the page's loader both ask who is signing in; within one
// request (the same Request object) the answer is read once.
const usersByRequest = new WeakMap<Request, Promise<Awaited<ReturnType<typeof findSessionUser>>>>();

/** The signed-in user, or null. One indexed read per request. */
export async function getUser(request: Request) {
  const cached = usersByRequest.get(request);
  if (cached) return cached;
  const lookup = getSessionId(request).then((sessionId) => (sessionId ? findSessionUser(sessionId) : null));
  usersByRequest.set(request, lookup);
  return lookup;
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
