import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { sessionSecret } from "~/utils/env.server";

// No 0/O, 1/I/L: read aloud or copied from paper without mistakes.
const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/**
 * The secret someone without an account uses to follow a case, derived from
 * the form's token with the server key: a double submit of the same form gets
 * the same secret, so whichever response the browser shows is right.
 */
export function secretForSubmission(submissionToken: string): string {
  const digest = createHmac("sha256", sessionSecret()).update(`case-secret:${submissionToken}`).digest();
  let out = "";
  for (let i = 0; i < 8; i++) out += alphabet[(digest[i] as number) % alphabet.length];
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

export function normaliseSecret(raw: string): string {
  const compact = raw.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(`lny:${normaliseSecret(secret)}`).digest("hex");
}

export function secretMatches(secret: string, hash: string | null): boolean {
  if (!hash) return false;
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
