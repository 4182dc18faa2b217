import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { db, write, type Tx } from "~/utils/db.server";
import { sessionSecret } from "~/utils/env.server";

/**
 * Six-digit codes sent to a person (through notify(): email today, SMS when
 * that channel exists) to prove they hold the address. Stored as an HMAC with
 * the server key, tied to their purpose and subject; five tries, then spent.
 */
export type CodePurpose = "SIGN_IN" | "REGISTER";
export const codeTtlMs: Record<CodePurpose, number> = { SIGN_IN: 15 * 60 * 1000, REGISTER: 30 * 60 * 1000 };
export const maxCodeAttempts = 5;

function codeHash(purpose: CodePurpose, subject: string, code: string): string {
  return createHmac("sha256", sessionSecret()).update(`one-time-code:${purpose}:${subject}:${code}`).digest("hex");
}

export function normaliseCode(raw: string): string {
  return raw.replace(/\D/g, "");
}

/** A new code for `subject`, stored hashed in the caller's transaction; the plain code is returned to send. */
export async function issueCode(tx: Tx, purpose: CodePurpose, subject: string, now = new Date()): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await tx.verificationCode.create({ data: { purpose, subject, codeHash: codeHash(purpose, subject, code), expiresAt: new Date(now.getTime() + codeTtlMs[purpose]) } });
  return code;
}

/** Whether a code for `subject` was issued since `since` and can still be used (so it is not sent again and again). */
export async function liveCodeSince(purpose: CodePurpose, subject: string, since: Date, now = new Date()): Promise<boolean> {
  const found = await db.verificationCode.findFirst({ where: { purpose, subject, createdAt: { gte: since }, usedAt: null, expiresAt: { gt: now } }, select: { id: true } });
  return !!found;
}

/**
 * Checks a code against the live codes of `subject`. Each try is counted
 * before the comparison (increment first, like the rate limits), so parallel
 * guesses cannot exceed five per code; a right code is spent at once.
 */
export async function useCode(purpose: CodePurpose, subject: string, raw: string, now = new Date()): Promise<boolean> {
  const code = normaliseCode(raw);
  if (code.length !== 6) return false;
  const expected = Buffer.from(codeHash(purpose, subject, code), "hex");
  return write(async (tx) => {
    const live = await tx.verificationCode.findMany({
      where: { purpose, subject, usedAt: null, expiresAt: { gt: now }, attempts: { lt: maxCodeAttempts } },
      orderBy: { createdAt: "desc" },
      take: 3,
    });
    for (const row of live) {
      const counted = await tx.verificationCode.updateMany({ where: { id: row.id, attempts: { lt: maxCodeAttempts }, usedAt: null }, data: { attempts: { increment: 1 } } });
      if (counted.count !== 1) continue;
      const stored = Buffer.from(row.codeHash, "hex");
      if (stored.length === expected.length && timingSafeEqual(stored, expected)) {
        await tx.verificationCode.update({ where: { id: row.id }, data: { usedAt: now } });
        return true;
      }
    }
    return false;
  });
}

/** Codes and registrations past their time (a job): nothing of them is needed after expiry. */
export async function deleteExpiredCodes(now = new Date()): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const [codes, pending] = await write(async (tx) => [
    await tx.verificationCode.deleteMany({ where: { expiresAt: { lt: dayAgo } } }),
    await tx.pendingRegistration.deleteMany({ where: { expiresAt: { lt: dayAgo } } }),
  ]);
  return codes.count + pending.count;
}
