import { createServerI18n } from "~/i18n/i18n.server";
import { isLanguage, type Language } from "~/i18n/config";
import { db, write } from "~/utils/db.server";
import { createCookie } from "@remix-run/node";
import { getEnv, sessionSecret } from "~/utils/env.server";
import { hit, retryAfter, type Limit } from "~/utils/rate-limit.server";
import { audit } from "../audit/audit.server";
import { queueSecretEmail, queueSecretSms } from "../notifications/direct.server";
import { passwordError } from "./accounts.server";
import { checkCode, consume, findLink, issueCode, issueLink, lifetimeMinutes } from "./one-time-codes.server";
import { hashPassword } from "./password-hash.server";
import { parseIdentifier } from "./schemas";

/**
 * Password reset without a visit to the office: a one-time link by email, or
 * a 6-digit code by SMS to the phone of the account. The answer to a request
 * is the same whether or not the account exists (no oracle of who is
 * registered); requests are rate-limited per address and per account, code
 * guesses per code and per address. A reset ends every session of the
 * account — a thief signed in elsewhere is signed out — and is audited.
 */
export const resetLimits = {
  /** Reset requests from one address: 10 an hour (a commune office shares one). */
  perAddress: { max: 10, windowMs: 60 * 60_000 },
  /** Reset messages to one account: 3 an hour (each costs an SMS, and floods nobody). */
  perAccount: { max: 3, windowMs: 60 * 60_000 },
  /** Wrong codes from one address: 20 an hour, whatever the account. */
  codeGuessesPerAddress: { max: 20, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

export type ResetRequest = { via: "email" | "sms"; to: string } | { via: "wait"; minutes: number } | { via: "invalid" };

/** Asks for a reset by email or phone; tells only how the message would travel, never whether the account exists. */
export async function requestPasswordReset(identifier: string, address: string, fallbackLanguage: Language): Promise<ResetRequest> {
  const where = parseIdentifier(identifier);
  if (!where) return { via: "invalid" };
  const to = "email" in where ? where.email : where.phone;
  const addressKey = `reset:address:${address}`;
  const accountKey = `reset:account:${to}`;
  const wait = Math.max(await retryAfter(addressKey, resetLimits.perAddress), await retryAfter(accountKey, resetLimits.perAccount));
  if (wait > 0) return { via: "wait", minutes: Math.ceil(wait / 60) };
  await hit(addressKey, resetLimits.perAddress);
  await hit(accountKey, resetLimits.perAccount);

  const user = await db.user.findUnique({ where: "email" in where ? { email: where.email } : { phone: where.phone }, select: { id: true, disabled: true, locale: true } });
  const via = "email" in where ? "email" : "sms";
  if (!user || user.disabled) return { via, to };
  const t = createServerI18n(isLanguage(user.locale) ? user.locale : fallbackLanguage).t;
  await write(async (tx) => {
    if (via === "email") {
      const token = await issueLink(tx, user.id, "RESET", to);
      await queueSecretEmail(tx, {
        to,
        subject: `${t("recovery.email.subject")} · ${t("app.name")}`,
        text: t("recovery.email.body", { link: `${getEnv().PUBLIC_URL}/reset-password/${token}`, minutes: lifetimeMinutes.linkReset }),
      });
    } else {
      const code = await issueCode(tx, user.id, "RESET", "SMS", to);
      await queueSecretSms(tx, { to, text: t("recovery.sms", { code, minutes: lifetimeMinutes.codeReset }) });
    }
  });
  return { via, to };
}

export type ResetResult = { ok: true; userId: string } | { ok: false; errors: Record<string, string[]> };

/** Sets the new password, uses the secret, ends every session and audits — all or nothing. */
async function setNewPassword(userId: string, secretId: string, password: string, channel: "EMAIL" | "SMS"): Promise<ResetResult> {
  const problem = passwordError(password);
  if (problem) return { ok: false, errors: { password: [problem] } };
  const passwordHash = await hashPassword(password);
  const done = await write(async (tx) => {
    if (!(await consume(tx, secretId))) return false;
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId } });
    await audit(tx, { actorId: userId, action: "PASSWORD_RESET", targetType: "User", targetId: userId, data: { channel } });
    return true;
  });
  return done ? { ok: true, userId } : { ok: false, errors: { "": ["recovery.errors.linkUsed"] } };
}

/** The reset by an emailed link. */
export async function resetWithLink(token: string, password: string): Promise<ResetResult> {
  const link = await findLink("RESET", token);
  if (!link) return { ok: false, errors: { "": ["recovery.errors.linkUsed"] } };
  return setNewPassword(link.userId, link.id, password, "EMAIL");
}

/** The reset by a code sent to the account's phone. */
export async function resetWithCode(phone: string, code: string, password: string, address: string): Promise<ResetResult> {
  const guessKey = `reset:code:${address}`;
  if ((await retryAfter(guessKey, resetLimits.codeGuessesPerAddress)) > 0) return { ok: false, errors: { code: ["recovery.errors.tooManyCodes"] } };
  const user = await db.user.findUnique({ where: { phone }, select: { id: true, disabled: true } });
  const checked = user && !user.disabled ? await checkCode(user.id, "RESET", code) : ({ ok: false, reason: "none" } as const);
  if (!checked.ok || !user) {
    await hit(guessKey, resetLimits.codeGuessesPerAddress);
    return { ok: false, errors: { code: [checked.ok ? "recovery.errors.codeWrong" : checked.reason === "spent" ? "recovery.errors.codeSpent" : "recovery.errors.codeWrong"] } };
  }
  return setNewPassword(user.id, checked.id, password, "SMS");
}

/**
 * Carries the phone a code was sent to from the request page to the code
 * page, so it is not in an address (addresses end up in logs). Signed, short.
 */
export const resetPhoneCookie = createCookie("ln_reset_phone", {
  // "/", not "/reset-password": single fetch reads the page's data from /reset-password.data, outside that path.
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secrets: [sessionSecret()],
  maxAge: 15 * 60, // seconds
});

export async function readResetPhone(request: Request): Promise<string> {
  const value = await resetPhoneCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : "";
}
