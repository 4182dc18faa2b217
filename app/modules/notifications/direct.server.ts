import { afterCommit, type Tx } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { deliverSoon } from "./delivery.server";
import { smsMessage } from "./sms-text";

/**
 * A message to one address that is not a notice of an event — a reset link,
 * a code confirming a new phone. It goes through the same outboxes (claims,
 * retries), in the caller's transaction, out right after the commit, and is
 * marked sensitive: its text is blanked once sent.
 */
export async function queueSecretEmail(tx: Tx, message: { to: string; subject: string; text: string }) {
  await tx.outboxEmail.create({ data: { ...message, sensitive: true } });
  afterCommit(tx, deliverSoon);
}

export async function queueSecretSms(tx: Tx, message: { to: string; text: string }) {
  await tx.outboxSms.create({ data: { to: message.to, text: smsMessage({ sender: getEnv().SMS_SENDER, text: message.text }), sensitive: true } });
  afterCommit(tx, deliverSoon);
}
