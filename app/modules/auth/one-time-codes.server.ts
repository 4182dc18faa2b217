import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { db, write, type Tx } from "~/utils/db.server";
import { sessionSecret } from "~/utils/env.server";

/**
 * One-time secrets sent to an email or a phone (OneTimeCode): a password
 * reset link (email) or code (SMS), and the code confirming a new email or
 * phone. Only an HMAC of the secret is stored (keyed with SESSION_SECRET), so
 * a copy of the database opens nothing; a secret expires, is used once, and a
 * code allows `maxCodeFailures` wrong tries. A new secret for the same
 * purpose replaces the user's earlier ones: only the latest message works.
 */
export type Purpose = "RESET" | "CONTACT";
export type Channel = "EMAIL" | "SMS";

/** Minutes each kind of secret lasts: a link can wait in a mailbox a little; a code is read at once. */
export const lifetimeMinutes = { linkReset: 30, codeReset: 10, contact: 15 } as const;
export const maxCodeFailures = 5;

function hmac(text: string): string {
  return createHmac("sha256", sessionSecret()).update(text).digest("hex");
}

const linkHash = (purpose: Purpose, token: string) => hmac(`link:${purpose}:${token}`);
const codeHash = (purpose: Purpose, userId: string, code: string) => hmac(`code:${purpose}:${userId}:${code}`);

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Ends the user's open secrets for a purpose (a newer one replaces them). */
async function retire(tx: Tx, userId: string, purpose: Purpose, now: Date) {
  await tx.oneTimeCode.updateMany({ where: { userId, purpose, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
}

/** A link's secret: 32 random bytes (256 bits), URL-safe. */
export async function issueLink(tx: Tx, userId: string, purpose: Purpose, sentTo: string, now = new Date()): Promise<string> {
  await retire(tx, userId, purpose, now);
  const token = randomBytes(32).toString("base64url");
  await tx.oneTimeCode.create({
    data: { userId, purpose, channel: "EMAIL", sentTo, secretHash: linkHash(purpose, token), expiresAt: new Date(now.getTime() + lifetimeMinutes.linkReset * 60_000) },
  });
  return token;
}

/** A code to type: 6 digits, for SMS (and for confirming a new email). */
export async function issueCode(tx: Tx, userId: string, purpose: Purpose, channel: Channel, sentTo: string, now = new Date()): Promise<string> {
  await retire(tx, userId, purpose, now);
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const minutes = purpose === "RESET" ? lifetimeMinutes.codeReset : lifetimeMinutes.contact;
  await tx.oneTimeCode.create({
    data: { userId, purpose, channel, sentTo, secretHash: codeHash(purpose, userId, code), expiresAt: new Date(now.getTime() + minutes * 60_000) },
  });
  return code;
}

/** The open secret behind a link, or null (unknown, expired or used: the same answer). */
export async function findLink(purpose: Purpose, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db.oneTimeCode.findFirst({
    where: { secretHash: linkHash(purpose, token), purpose, usedAt: null, expiresAt: { gt: now } },
    select: { id: true, userId: true, sentTo: true },
  });
  return row;
}

export type CodeCheck = { ok: true; id: string; sentTo: string; channel: string } | { ok: false; reason: "none" | "wrong" | "spent" };

/**
 * Checks a typed code against the user's open one. A wrong code counts; at
 * the limit the code is spent and a new one must be asked for.
 */
export async function checkCode(userId: string, purpose: Purpose, code: string, now = new Date()): Promise<CodeCheck> {
  const row = await db.oneTimeCode.findFirst({
    where: { userId, purpose, usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, secretHash: true, failures: true, sentTo: true, channel: true },
  });
  if (!row) return { ok: false, reason: "none" };
  if (/^\d{6}$/.test(code) && sameHash(row.secretHash, codeHash(purpose, userId, code))) return { ok: true, id: row.id, sentTo: row.sentTo, channel: row.channel };
  const failures = row.failures + 1;
  await write((tx) => tx.oneTimeCode.update({ where: { id: row.id }, data: { failures, ...(failures >= maxCodeFailures ? { usedAt: now } : {}) } }));
  return { ok: false, reason: failures >= maxCodeFailures ? "spent" : "wrong" };
}

/** Uses a secret, inside the transaction of the change it allows: false if someone used it first. */
export async function consume(tx: Tx, id: string, now = new Date()): Promise<boolean> {
  const { count } = await tx.oneTimeCode.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1;
}

/** The user's open secret for a purpose (what is waiting to be confirmed), or null. */
export async function openCode(userId: string, purpose: Purpose, now = new Date()) {
  return db.oneTimeCode.findFirst({
    where: { userId, purpose, usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { channel: true, sentTo: true, expiresAt: true },
  });
}
