/**
 * Where to send someone after signing in or switching language: only a path
 * on this site. The check is the URL parser's own (the one the browser will
 * apply to the Location header): `/\t/evil.example` survives a "starts with
 * one slash" test, yet the parser drops the tab and reads `//evil.example`,
 * another host. So the path is resolved against a placeholder origin and
 * kept only if it stays there; what comes back is the parser's serialisation
 * (ASCII, percent-encoded), so CR/LF or non-ASCII can no longer reach a header.
 */
const placeholder = "http://same-origin.invalid";

export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(to, placeholder);
  } catch {
    return fallback;
  }
  if (url.origin !== placeholder) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
