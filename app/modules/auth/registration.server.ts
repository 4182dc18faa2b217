import { createCookie } from "@remix-run/node";
import { db, isUniqueViolation, write, type Tx } from "~/utils/db.server";
import { cookieIsSecure, cookieName, sessionSecret } from "~/utils/env.server";
import { foldForSearch } from "~/utils/text";
import { notify } from "../notifications/notifications.server";
import { contactTaken, passwordError, type FieldErrors } from "./accounts.server";
import { codeTtlMs, issueCode, useCode } from "./verification-codes.server";
import { hashPassword } from "./password-hash.server";

/**
 * Registering with an email is confirmed by a code sent to it, and the form
 * answers the same whether the address is new or already has an account:
 * "we sent a code to …". A new address gets the code; a registered one gets
 * a message telling its owner someone tried (and no code, so it can never be
 * confirmed). Nobody learns from the form who is registered, and every
 * account's email is one its owner reads.
 */
export const pendingCookie = createCookie(cookieName("ln_pending", "path"), {
  // "/", not "/register": single fetch reads the form page's data from /register.data, outside that path.
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  get secure() {
    return cookieIsSecure();
  },
  secrets: [sessionSecret()],
  maxAge: codeTtlMs.REGISTER / 1000,
});

export async function pendingId(request: Request): Promise<string | null> {
  const value = await pendingCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

async function sendRegistrationMessage(tx: Tx, pending: { id: string; email: string; conflict: boolean }, language: string) {
  if (pending.conflict) {
    await notify(tx, { email: pending.email, language }, "REGISTRATION_EXISTS", {});
    return;
  }
  const code = await issueCode(tx, "REGISTER", pending.id);
  await notify(tx, { email: pending.email, language }, "REGISTRATION_CODE", { code, minutes: codeTtlMs.REGISTER / 60_000 });
}

/** Starts a registration with an email; the only errors are the password's (nothing about who is registered). */
export async function startRegistration(
  input: { fullName: string; email: string; phone?: string; password: string },
  language: string,
  now = new Date(),
): Promise<{ ok: true; pendingId: string } | { ok: false; errors: FieldErrors }> {
  const pw = passwordError(input.password, input);
  if (pw) return { ok: false, errors: { password: [pw] } };
  // Hashed in both cases, so a registered address takes as long as a new one.
  const passwordHash = await hashPassword(input.password);
  const conflict = Object.keys(await contactTaken(input)).length > 0;
  const pending = await write(async (tx) => {
    const row = await tx.pendingRegistration.create({
      data: { fullName: input.fullName, email: input.email, phone: input.phone ?? null, passwordHash, conflict, expiresAt: new Date(now.getTime() + codeTtlMs.REGISTER) },
    });
    await sendRegistrationMessage(tx, row, language);
    return row;
  });
  return { ok: true, pendingId: pending.id };
}

export async function pendingRegistration(id: string, now = new Date()) {
  const row = await db.pendingRegistration.findUnique({ where: { id }, select: { id: true, email: true, conflict: true, expiresAt: true } });
  return row && row.expiresAt.getTime() > now.getTime() ? row : null;
}

/** Sends the code (or the "already registered" message) again; the caller rate-limits. */
export async function resendRegistration(id: string, language: string, now = new Date()): Promise<boolean> {
  const pending = await pendingRegistration(id, now);
  if (!pending) return false;
  await write((tx) => sendRegistrationMessage(tx, pending, language));
  return true;
}

/** The account, once the code is right; a registration in conflict is never confirmed. */
export async function confirmRegistration(id: string, code: string, now = new Date()): Promise<{ ok: true; userId: string; fullName: string } | { ok: false; reason: "wrong" | "expired" }> {
  const pending = await db.pendingRegistration.findUnique({ where: { id } });
  if (!pending || pending.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  if (!(await useCode("REGISTER", id, code, now)) || pending.conflict) return { ok: false, reason: "wrong" };
  try {
    const user = await write(async (tx) => {
      await tx.pendingRegistration.delete({ where: { id } });
      return tx.user.create({
        data: {
          fullName: pending.fullName,
          nameSearch: foldForSearch(pending.fullName),
          email: pending.email,
          phone: pending.phone,
          passwordHash: pending.passwordHash,
          role: "CITIZEN",
        },
      });
    });
    return { ok: true, userId: user.id, fullName: user.fullName };
  } catch (error) {
    // Registered meanwhile (another tab, or an officer): this registration is over.
    if (isUniqueViolation(error)) return { ok: false, reason: "expired" };
    throw error;
  }
}
