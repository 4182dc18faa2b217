import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { db, write } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { afterFailure, deliverDue, type OutboxStore } from "./outbox.server";

/**
 * SMS, the channel most citizens here read. A provider takes one message and
 * says whether it was accepted; which one is used is configuration:
 *
 * - an HTTP gateway (a telecom's or an aggregator's SMS API) with
 *   SMS_GATEWAY_URL and SMS_GATEWAY_KEY;
 * - otherwise (development, the demo) a file per message in SMS_OUTBOX_DIR,
 *   like the .eml files of the email outbox.
 */
export type SmsMessage = { id: string; to: string; text: string };
export type SmsProvider = { readonly name: string; send(message: SmsMessage): Promise<{ providerId: string | null }> };

/**
 * The gateway protocol: POST the URL with JSON `{ to, text, reference }`, the
 * key as a bearer token and the outbox id as an Idempotency-Key (a gateway
 * that honours it drops a resend after a lost answer). Any 2xx is accepted;
 * a JSON answer's `id` is kept. Anything else, or no answer in 10 s, is a
 * failure the outbox retries.
 */
export function httpGateway({ url, key, timeoutMs = 10_000 }: { url: string; key: string; timeoutMs?: number }): SmsProvider {
  return {
    name: "http",
    async send(message) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}`, "Idempotency-Key": message.id },
        body: JSON.stringify({ to: message.to, text: message.text, reference: message.id }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = await response.text();
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}: ${body.slice(0, 200)}`);
      let providerId: string | null = null;
      try {
        const parsed: unknown = JSON.parse(body);
        if (parsed && typeof parsed === "object" && "id" in parsed && (typeof parsed.id === "string" || typeof parsed.id === "number")) providerId = String(parsed.id);
      } catch {
        // A gateway may answer plain text: accepted all the same.
      }
      return { providerId };
    },
  };
}

/** The demo's provider: each message a small text file (To, then the text) in `dir`. */
export function fileDriver(dir: string): SmsProvider {
  return {
    name: "file",
    async send(message) {
      await mkdir(dir, { recursive: true });
      const file = `${new Date().toISOString().replace(/[:.]/g, "-")}-${message.id}.txt`;
      await writeFile(path.join(dir, file), `To: ${message.to}\n\n${message.text}\n`, "utf8");
      return { providerId: file };
    },
  };
}

export function smsProvider(): SmsProvider {
  const env = getEnv();
  if (env.SMS_GATEWAY_URL) return httpGateway({ url: env.SMS_GATEWAY_URL, key: env.SMS_GATEWAY_KEY ?? "" });
  return fileDriver(env.SMS_OUTBOX_DIR);
}

type Row = { id: string; to: string; text: string; attempts: number; nextAttemptAt: Date; sensitive: boolean };

const smsStore = (only?: string[]): OutboxStore<Row> => ({
  due: (now, batch) =>
    db.outboxSms.findMany({
      where: { status: { in: ["PENDING", "SENDING"] }, nextAttemptAt: { lte: now }, ...(only ? { id: { in: only } } : {}) },
      orderBy: { nextAttemptAt: "asc" },
      take: batch,
      select: { id: true, to: true, text: true, attempts: true, nextAttemptAt: true, sensitive: true },
    }),
  claim: async (m, until) =>
    (
      await write((tx) =>
        tx.outboxSms.updateMany({ where: { id: m.id, nextAttemptAt: m.nextAttemptAt, status: { in: ["PENDING", "SENDING"] } }, data: { status: "SENDING", nextAttemptAt: until } }),
      )
    ).count === 1,
  sent: async (m, { providerId }, now) => {
    await write((tx) =>
      tx.outboxSms.update({ where: { id: m.id }, data: { status: "SENT", sentAt: now, attempts: m.attempts + 1, providerId, lastError: null, ...(m.sensitive ? { text: "" } : {}) } }),
    );
  },
  failed: async (m, attempts, error, now) => {
    await write((tx) => tx.outboxSms.update({ where: { id: m.id }, data: { attempts, lastError: error, ...afterFailure(attempts, now) } }));
  },
});

/** Sends up to `batch` due SMS through the configured provider; returns how many went out. */
export async function sendQueuedSms(options: { batch?: number; provider?: SmsProvider; only?: string[] } = {}): Promise<number> {
  const provider = options.provider ?? smsProvider();
  return deliverDue(smsStore(options.only), (m) => provider.send({ id: m.id, to: m.to, text: m.text }), { batch: options.batch });
}
