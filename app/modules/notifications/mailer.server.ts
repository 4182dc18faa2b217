import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { db, write } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { afterFailure, deliverDue, type OutboxStore } from "./outbox.server";

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

type Row = { id: string; to: string; subject: string; text: string; attempts: number; nextAttemptAt: Date; sensitive: boolean; createdAt: Date };

const emailStore = (only?: string[]): OutboxStore<Row> => ({
  due: (now, batch) =>
    db.outboxEmail.findMany({
      where: { status: { in: ["PENDING", "SENDING"] }, nextAttemptAt: { lte: now }, ...(only ? { id: { in: only } } : {}) },
      orderBy: { nextAttemptAt: "asc" },
      take: batch,
      select: { id: true, to: true, subject: true, text: true, attempts: true, nextAttemptAt: true, sensitive: true, createdAt: true },
    }),
  claim: async (m, until) =>
    (
      await write((tx) =>
        tx.outboxEmail.updateMany({ where: { id: m.id, nextAttemptAt: m.nextAttemptAt, status: { in: ["PENDING", "SENDING"] } }, data: { status: "SENDING", nextAttemptAt: until } }),
      )
    ).count === 1,
  sent: async (m, _result, now) => {
    await write((tx) =>
      tx.outboxEmail.update({ where: { id: m.id }, data: { status: "SENT", sentAt: now, attempts: m.attempts + 1, lastError: null, ...(m.sensitive ? { text: "" } : {}) } }),
    );
  },
  failed: async (m, attempts, error, now) => {
    await write((tx) => tx.outboxEmail.update({ where: { id: m.id }, data: { attempts, lastError: error, ...afterFailure(attempts, now) } }));
  },
});

/** Sends up to `batch` due messages; returns how many were sent. Run by the jobs and right after a commit. */
export async function sendQueuedEmails(batch = 50, options: { only?: string[] } = {}): Promise<number> {
  const env = getEnv();
  const { transporter, toFiles } = transport();
  try {
    return await deliverDue(
      emailStore(options.only),
      async (message) => {
        const info = await transporter.sendMail({ from: env.MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
        if (toFiles) {
          await mkdir(env.OUTBOX_DIR, { recursive: true });
          const raw = (info as unknown as { message: Buffer }).message;
          await writeFile(path.join(env.OUTBOX_DIR, `${message.createdAt.toISOString().replace(/[:.]/g, "-")}-${message.id}.eml`), raw);
        }
        return { providerId: null };
      },
      { batch },
    );
  } finally {
    transporter.close();
  }
}
