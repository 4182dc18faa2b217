import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { db, write } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

/**
 * Sends queued emails. With SMTP_URL set, through that server (nodemailer);
 * without it (development, the demo), each message is written as an .eml file
 * to OUTBOX_DIR so it can be opened in any mail program.
 */
function transport() {
  const env = getEnv();
  if (env.SMTP_URL) return { transporter: nodemailer.createTransport(env.SMTP_URL), toFiles: false };
  return { transporter: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }), toFiles: true };
}

const retryDelaysMs = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];

/** Sends up to `batch` due messages; returns how many were sent. Run under the job lease. */
export async function sendQueuedEmails(batch = 50, now = new Date()): Promise<number> {
  const env = getEnv();
  const due = await db.outboxEmail.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: batch,
  });
  if (!due.length) return 0;
  const { transporter, toFiles } = transport();
  let sent = 0;
  for (const message of due) {
    try {
      const info = await transporter.sendMail({ from: env.MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
      if (toFiles) {
        await mkdir(env.OUTBOX_DIR, { recursive: true });
        const raw = (info as unknown as { message: Buffer }).message;
        await writeFile(path.join(env.OUTBOX_DIR, `${message.createdAt.toISOString().replace(/[:.]/g, "-")}-${message.id}.eml`), raw);
      }
      await write((tx) => tx.outboxEmail.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } }));
      sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      const delay = retryDelaysMs[attempts - 1];
      await write((tx) =>
        tx.outboxEmail.update({
          where: { id: message.id },
          data: {
            attempts,
            lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
            status: delay === undefined ? "FAILED" : "PENDING",
            nextAttemptAt: new Date(Date.now() + (delay ?? 0)),
          },
        }),
      );
    }
  }
  transporter.close();
  return sent;
}
