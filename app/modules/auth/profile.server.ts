import { createServerI18n } from "~/i18n/i18n.server";
import { isLanguage, type Language } from "~/i18n/config";
import { db, isUniqueViolation, write } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { hit, retryAfter, type Limit } from "~/utils/rate-limit.server";
import { audit } from "../audit/audit.server";
import { queueSecretEmail, queueSecretSms } from "../notifications/direct.server";
import { changedFields, contactTaken, passwordError, type FieldErrors } from "./accounts.server";
import { checkCode, consume, issueCode, lifetimeMinutes, openCode } from "./one-time-codes.server";
import { hashPassword, verifyPassword } from "./password-hash.server";

/**
 * A person keeps their own account up to date: name, language, how they are
 * notified, email and phone (a new one is used only once the code sent to it
 * is typed back: nobody can point someone's account at a stranger's phone),
 * and the password. Each change is audited.
 */
type Result = { ok: true } | { ok: false; errors: FieldErrors };

/** Codes sent to new contacts, per account: 5 an hour (each may cost an SMS). */
export const contactCodeLimit: Limit = { max: 5, windowMs: 60 * 60_000 };

export async function profileOf(userId: string) {
  const [user, pending] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { fullName: true, email: true, phone: true, locale: true, notifyByEmail: true, notifyBySms: true } }),
    openCode(userId, "CONTACT"),
  ]);
  return { ...user, pending: pending ? { channel: pending.channel, sentTo: pending.sentTo } : null };
}

export async function updateDetails(userId: string, input: { fullName: string; locale: Language }): Promise<Result> {
  await write(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { fullName: true, locale: true } });
    await tx.user.update({ where: { id: userId }, data: { fullName: input.fullName, nameSearch: foldForSearch(input.fullName), locale: input.locale } });
    const changes = changedFields(before, { fullName: input.fullName, locale: input.locale }, ["fullName", "locale"]);
    if (Object.keys(changes).length) {
      const { locale, ...rest } = changes;
      await audit(tx, { actorId: userId, action: "PROFILE_UPDATED", targetType: "User", targetId: userId, data: { ...rest, ...(locale ? { language: locale } : {}) } });
    }
  });
  return { ok: true };
}

export async function updateChannels(userId: string, input: { notifyByEmail: boolean; notifyBySms: boolean }): Promise<Result> {
  await write(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { notifyByEmail: true, notifyBySms: true } });
    // Only the two flags: the parsed form also carries its intent, which is no column.
    await tx.user.update({ where: { id: userId }, data: { notifyByEmail: input.notifyByEmail, notifyBySms: input.notifyBySms } });
    const changes = changedFields(before, input, ["notifyByEmail", "notifyBySms"]);
    if (Object.keys(changes).length) await audit(tx, { actorId: userId, action: "PROFILE_UPDATED", targetType: "User", targetId: userId, data: changes });
  });
  return { ok: true };
}

/** Sends a code to a new email or phone; nothing changes until it is typed back. */
export async function startContactChange(userId: string, change: { email: string } | { phone: string }, fallbackLanguage: Language): Promise<Result & { sentTo?: string }> {
  const field = "email" in change ? "email" : "phone";
  const value = "email" in change ? change.email : change.phone;
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, phone: true, locale: true } });
  if (user[field] === value) return { ok: false, errors: { [field]: ["profile.sameContact"] } };
  const taken = await contactTaken(change, userId);
  if (Object.keys(taken).length) return { ok: false, errors: taken };
  const key = `contact-code:${userId}`;
  const wait = await retryAfter(key, contactCodeLimit);
  if (wait > 0) return { ok: false, errors: { [field]: [`recovery.errors.wait?minutes=${Math.ceil(wait / 60)}`] } };
  await hit(key, contactCodeLimit);
  const t = createServerI18n(isLanguage(user.locale) ? user.locale : fallbackLanguage).t;
  await write(async (tx) => {
    const code = await issueCode(tx, userId, "CONTACT", field === "email" ? "EMAIL" : "SMS", value);
    if (field === "email") {
      await queueSecretEmail(tx, { to: value, subject: `${t("profile.email.subject")} · ${t("app.name")}`, text: t("profile.email.body", { code, minutes: lifetimeMinutes.contact }) });
    } else {
      await queueSecretSms(tx, { to: value, text: t("profile.sms", { code, minutes: lifetimeMinutes.contact }) });
    }
  });
  return { ok: true, sentTo: value };
}

/** The code typed back: the new email or phone replaces the old one. */
export async function confirmContactChange(userId: string, code: string): Promise<Result & { sentTo?: string }> {
  const checked = await checkCode(userId, "CONTACT", code);
  if (!checked.ok) return { ok: false, errors: { code: [checked.reason === "spent" ? "recovery.errors.codeSpent" : "recovery.errors.codeWrong"] } };
  const field = checked.channel === "EMAIL" ? "email" : "phone";
  try {
    const done = await write(async (tx) => {
      if (!(await consume(tx, checked.id))) return false;
      const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, phone: true } });
      await tx.user.update({ where: { id: userId }, data: { [field]: checked.sentTo } });
      await audit(tx, { actorId: userId, action: "CONTACT_CHANGED", targetType: "User", targetId: userId, data: { [field]: [before[field], checked.sentTo] } });
      return true;
    });
    return done ? { ok: true, sentTo: checked.sentTo } : { ok: false, errors: { code: ["recovery.errors.codeWrong"] } };
  } catch (error) {
    // Someone registered that email or phone meanwhile: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, errors: { code: [field === "email" ? "errors.emailTaken" : "errors.phoneTaken"] } };
    throw error;
  }
}

/** A new password with the current one: the user's other sessions end, this one stays. */
export async function changePassword(userId: string, keepSessionId: string, current: string, next: string): Promise<Result> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(current, user.passwordHash))) return { ok: false, errors: { currentPassword: ["profile.wrongPassword"] } };
  const problem = passwordError(next);
  if (problem) return { ok: false, errors: { newPassword: [problem] } };
  const passwordHash = await hashPassword(next);
  await write(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId, NOT: { id: keepSessionId } } });
    await audit(tx, { actorId: userId, action: "PASSWORD_CHANGED", targetType: "User", targetId: userId });
  });
  return { ok: true };
}
