import { createServerI18n } from "~/i18n/i18n.server";
import { isLanguage } from "~/i18n/config";
import { db, type Tx } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

export async function unreadNotificationCount(userId: string): Promise<number> {
  // Index (userId, readAt, createdAt): counts only this user's unread rows.
  return db.notification.count({ where: { userId, readAt: null } });
}

export type NotificationType =
  | "CASE_SUBMITTED"
  | "CASE_ACCEPTED"
  | "CASE_DECLINED"
  | "INFO_REQUESTED"
  | "INFO_PROVIDED"
  | "CASE_TRANSFERRED"
  | "CASE_ASSIGNED"
  | "CASE_REPLY"
  | "RESOLUTION_PROPOSED"
  | "RESOLUTION_RETURNED"
  | "CASE_RESOLVED"
  | "CASE_EXTENDED"
  | "CASE_CLOSED"
  | "CASE_WITHDRAWN"
  | "APPEAL_OPENED"
  | "CASE_DUE_SOON"
  | "CASE_OVERDUE"
  | "NOTICE_TAKEN_DOWN_EARLY"
  // grassroots mediation (app/modules/mediation)
  | "MEDIATION_NEW"
  | "MEDIATION_START_DUE"
  | "MEDIATION_START_OVERDUE"
  | "MEDIATION_REFERRED"
  | "MEDIATION_OUTCOME"
  // Dialogue sessions and reception days (app/modules/dialogue)
  | "SESSION_INVITED"
  | "SESSION_RESCHEDULED"
  | "SESSION_CANCELLED"
  | "SESSION_BOOKED"
  | "SESSION_JOIN_REQUESTED"
  | "COMMITMENT_OVERDUE"
  // One-time codes (app/modules/auth/one-time-codes.server.ts): never kept in the in-app list.
  | "SIGN_IN_CODE"
  | "REGISTRATION_CODE"
  | "REGISTRATION_EXISTS"
  // One-stop desk (app/modules/onestop)
  | "DOSSIER_SUBMITTED"
  | "DOSSIER_TO_CHECK"
  | "DOSSIER_RECEIVED"
  | "DOSSIER_SUPPLEMENT"
  | "DOSSIER_SUPPLIED"
  | "DOSSIER_REFUSED"
  | "DOSSIER_STEP"
  | "DOSSIER_RESULT_READY"
  | "DOSSIER_APOLOGY"
  | "DOSSIER_RETURNED"
  | "DOSSIER_STOPPED"
  | "DOSSIER_APOLOGY_DUE";

export type Recipient = { userId?: string | null; email?: string | null; language?: string | null };

/**
 * Tells someone what happened: an in-app notification for an account, and an
 * email (queued in OutboxEmail, sent by the send-emails job) when an address
 * is known. Written inside the caller's transaction, so a rolled-back
 * transition notifies nobody. Texts come from the catalogues, in the
 * recipient's language.
 */
export async function notify(
  tx: Tx,
  recipient: Recipient,
  type: NotificationType,
  params: Record<string, string | number>,
  opts: { caseId?: string | null; link?: string | null; inApp?: boolean } = {},
) {
  let email = recipient.email ?? null;
  let language = recipient.language ?? null;
  // A one-time code goes out (email; SMS when that channel exists) but is not kept in the in-app list.
  if (recipient.userId && opts.inApp === false) {
    const user = await tx.user.findUnique({ where: { id: recipient.userId }, select: { email: true, locale: true } });
    email ??= user?.email ?? null;
    language ??= user?.locale ?? null;
  } else if (recipient.userId) {
    await tx.notification.create({
      data: {
        userId: recipient.userId,
        caseId: opts.caseId ?? null,
        type,
        params: JSON.stringify(params),
        link: opts.link ?? null,
      },
    });
    if (!email || !language) {
      const user = await tx.user.findUnique({ where: { id: recipient.userId }, select: { email: true, locale: true } });
      email ??= user?.email ?? null;
      language ??= user?.locale ?? null;
    }
  }
  if (!email) return;
  const t = createServerI18n(isLanguage(language) ? language : "vi").t;
  const link = opts.link ? `${getEnv().PUBLIC_URL}${opts.link}` : null;
  await tx.outboxEmail.create({
    data: {
      to: email,
      subject: `${t(`notify.${type}.title`, params)} · ${t("app.name")}`,
      text: [t(`notify.${type}.body`, params), link ? `\n${t("notify.open")}: ${link}` : "", `\n—\n${t("app.footer")}`].join("\n"),
    },
  });
}
