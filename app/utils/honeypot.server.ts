import { refusal } from "./http.server";

/** A filled honeypot is a bot: refuse without saying why. */
export function checkHoneypot(formData: FormData): void {
  const value = formData.get("ln_website");
  if (typeof value === "string" && value.length > 0) {
    throw refusal("bad-request", 400);
  }
}
