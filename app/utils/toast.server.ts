import { createCookie, redirect } from "@remix-run/node";
import { z } from "zod";
import { cookieIsSecure, cookieName, sessionSecret } from "./env.server";

/**
 * "Say what happened" after a mutation: a one-shot flash cookie read (and
 * cleared) by the root loader. The message is a catalogue key plus params, so
 * it is shown in the language of the page that displays it.
 */
const toastCookie = createCookie(cookieName("ln_toast"), {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  get secure() {
    return cookieIsSecure();
  },
  secrets: [sessionSecret()],
  maxAge: 60,
});

const toastSchema = z.object({
  key: z.string(),
  params: z.record(z.union([z.string(), z.number()])).optional(),
  type: z.enum(["success", "error", "info"]).default("success"),
});
export type Toast = z.infer<typeof toastSchema>;

export async function toastHeader(toast: Toast): Promise<string> {
  return toastCookie.serialize(toast);
}

export async function redirectWithToast(url: string, toast: Toast, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await toastHeader(toast));
  return redirect(url, { ...init, headers });
}

/** The pending toast, and the header that clears it. */
export async function readToast(request: Request): Promise<{ toast: Toast | null; clear: string | null }> {
  const raw = await toastCookie.parse(request.headers.get("Cookie"));
  if (!raw) return { toast: null, clear: null };
  const parsed = toastSchema.safeParse(raw);
  return { toast: parsed.success ? parsed.data : null, clear: await toastCookie.serialize("", { maxAge: 0 }) };
}
