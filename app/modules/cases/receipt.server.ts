import { createCookie } from "@remix-run/node";
import { sessionSecret } from "~/utils/env.server";

/**
 * Carries the new case's code and (for someone without an account) its secret
 * to the receipt page once. The secret is never in a URL or a log.
 */
export const receiptCookie = createCookie("ln_receipt", {
  path: "/cases/receipt",
  httpOnly: true,
  sameSite: "lax",
  secrets: [sessionSecret()],
  maxAge: 60 * 30, // half an hour, in seconds: time to print it
});

export type Receipt = { code: string; secret: string | null };

export async function readReceipt(request: Request): Promise<Receipt | null> {
  const value = await receiptCookie.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object" || typeof value.code !== "string") return null;
  return { code: value.code, secret: typeof value.secret === "string" ? value.secret : null };
}
