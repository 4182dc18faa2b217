import { createServerI18n } from "~/i18n/i18n.server";
import { isLanguage } from "~/i18n/config";
import { afterCommit, db, type Tx } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { deliverSoon } from "./delivery.server";
import { smsMessage } from "./sms-text";
import { linkLabelKey, localiseParams } from "./wording";

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
  // the procedure of Luật 136/2025 (app/modules/cases/transitions.server.ts)
  | "CASE_SUSPENDED"
  | "CASE_RESUMED"
  | "CASE_ENDED"
  | "CASE_CONTINUED"
  | "WITHDRAWAL_REQUESTED"
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
  // Grassroots democracy: supervision boards' recommendations (app/modules/democracy)
  | "DEMOCRACY_RECOMMENDATION_SENT"
  | "DEMOCRACY_RECOMMENDATION_ANSWERED"
  // One-time codes (app/modules/auth/verification-codes.server.ts): never kept in the in-app list.
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

export type Recipient = { userId?: string | null; email?: string | null; phone?: string | null; language?: string | null };

/**
 * What goes by SMS: the public events of a citizen's own case, sessions and
 * mediations — what a citizen waits for. Staff work notices (assignments,
 * reminders, requests to join) stay in-app and email: an SMS costs the
 * province money and an official is at a desk.
 */
export const smsTypes: ReadonlySet<NotificationType> = new Set<NotificationType>([
  "CASE_SUBMITTED",
  "CASE_ACCEPTED",
  "CASE_DECLINED",
  "INFO_REQUESTED",
  "CASE_TRANSFERRED",
  "CASE_REPLY",
  "CASE_RESOLVED",
  "CASE_EXTENDED",
  "CASE_CLOSED",
  "CASE_WITHDRAWN",
  "APPEAL_OPENED",
  "MEDIATION_REFERRED",
  "MEDIATION_OUTCOME",
  "SESSION_INVITED",
  "SESSION_RESCHEDULED",
  "SESSION_CANCELLED",
  "SESSION_BOOKED",
]);

/**
 * Tells someone what happened: an in-app notification for an account, an
 * email (OutboxEmail) when an address is known and wanted, and an SMS
 * (OutboxSms) for a citizen-facing event when a phone is known and wanted.
 * Written inside the caller's transaction, so a rolled-back transition
 * notifies nobody; sent right after the commit (and retried by the jobs).
 * Texts come from the catalogues, in the recipient's language, dates in words.
 */
export async function notify(
  tx: Tx,
  recipient: Recipient,
  type: NotificationType,
  params: Record<string, string | number>,
  opts: { caseId?: string | null; link?: string | null; inApp?: boolean } = {},
) {
  let email = recipient.email ?? null;
  let phone = recipient.phone ?? null;
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
    const user = await tx.user.findUnique({
      where: { id: recipient.userId },
      select: { email: true, phone: true, locale: true, notifyByEmail: true, notifyBySms: true },
    });
    // The account's own choice of channels decides; an address given for this message is used as given.
    email ??= user?.notifyByEmail ? user.email : null;
    phone ??= user?.notifyBySms ? user.phone : null;
    language ??= user?.locale ?? null;
  }
  const lang = isLanguage(language) ? language : "vi";
  const t = createServerI18n(lang).t;
  const words = localiseParams(params, lang);
  const link = opts.link ? `${getEnv().PUBLIC_URL}${opts.link}` : null;
  if (email) {
    await tx.outboxEmail.create({
      data: {
        to: email,
        subject: `${t(`notify.${type}.title`, words)} · ${t("app.name")}`,
        text: [t(`notify.${type}.body`, words), link && opts.link ? `\n${t(linkLabelKey(opts.link))}: ${link}` : "", `\n—\n${t("app.footer")}`].join("\n"),
      },
    });
  }
  if (phone && smsTypes.has(type)) {
    await tx.outboxSms.create({ data: { to: phone, text: smsMessage({ sender: getEnv().SMS_SENDER, text: t(`notify.${type}.body`, words), link }) } });
  }
  if (email || (phone && smsTypes.has(type))) afterCommit(tx, deliverSoon);
}

/** Where a case's citizen is told: their account, or for a case filed without one, the contact given with it. */
export function caseRecipient(c: { citizenId: string | null; contactEmail: string | null; contactPhone: string | null }): Recipient | null {
  if (c.citizenId) return { userId: c.citizenId };
  if (c.contactEmail || c.contactPhone) return { email: c.contactEmail, phone: c.contactPhone };
  return null;
}
