import { createCookie } from "@remix-run/node";
import { cookieIsSecure, cookieName, sessionSecret } from "~/utils/env.server";
import { secretForSubmission, secretMatches } from "./secret.server";

/**
 * Carries the new case's code to the receipt page once (signed, httpOnly,
 * for half an hour, only under /cases: single fetch reads the receipt page's
 * data from /cases/receipt.data, which a cookie path of /cases/receipt misses). Not the secret: that is
 * derived again on the server from the case's form token (secret.server.ts),
 * so it never sits readable in a cookie, a URL or a log.
 */
export const receiptCookie = createCookie(cookieName("ln_receipt", "path"), {
  path: "/cases",
  httpOnly: true,
  sameSite: "lax",
  get secure() {
    return cookieIsSecure();
  },
  secrets: [sessionSecret()],
  maxAge: 60 * 30, // half an hour, in seconds: time to print it
});

export function receiptHeader(code: string): Promise<string> {
  return receiptCookie.serialize({ code });
}

export async function readReceiptCode(request: Request): Promise<string | null> {
  const value = await receiptCookie.parse(request.headers.get("Cookie"));
  return value && typeof value === "object" && typeof value.code === "string" ? value.code : null;
}

/** The secret of a case filed without an account, for its receipt; null when it has none. */
export function receiptSecret(c: { submissionToken: string | null; secretHash: string | null }): string | null {
  if (!c.submissionToken || !c.secretHash) return null;
  const secret = secretForSubmission(c.submissionToken);
  return secretMatches(secret, c.secretHash) ? secret : null;
}
