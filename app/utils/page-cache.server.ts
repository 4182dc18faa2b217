import { catalogueVersion, getLanguage, languageCookie } from "~/i18n/i18n.server";
import { getUser } from "~/modules/auth/session.server";
import { getEnv } from "./env.server";
import { watchedSettings } from "./reference-cache.server";

/**
 * The app's half of the public page cache (server/page-cache.js; see
 * docs/decisions/022-public-page-cache.md): which requests may share an
 * answer, and the headers a page sends to offer its answer for sharing.
 */

/**
 * The key under which a GET's answer may be shared, or null when it may not:
 * the visitor carries a cookie other than the language one (a session, a
 * message waiting to be shown). The key holds everything a signed-out page is
 * made from besides its address: the language (with its catalogue's version)
 * and the watched settings — the statistics' last refresh and the reference
 * lists' versions — read as every page reads them, so a change committed
 * before this request began is never hidden by the cache.
 */
export async function pageCacheKey(request: Request): Promise<string | null> {
  const cookies = request.headers.get("Cookie");
  if (cookies) {
    const names = cookies.split(";").map((part) => part.split("=")[0]!.trim());
    if (names.some((name) => name !== "" && name !== languageCookie.name)) return null;
  }
  const [language, settings] = await Promise.all([getLanguage(request), watchedSettings()]);
  const versions = [...settings.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  const url = new URL(request.url);
  return `${language}|${catalogueVersion(language)}|${versions}|${url.pathname}${url.search}`;
}

/**
 * Cache-Control for a page that is the same for every signed-out visitor:
 * shared caches (this server's own, a proxy's) may keep it briefly, the
 * browser asks again each time. A signed-in visitor's page is private.
 */
export function publicPageCaching(signedIn: boolean): HeadersInit {
  if (signedIn) return { "Cache-Control": "private, no-store" };
  return { "Cache-Control": `public, max-age=0, s-maxage=${getEnv().PAGE_CACHE_SECONDS}`, Vary: "Cookie, Accept-Language" };
}

/** publicPageCaching for whoever is asking (the session is read once per request, as the root reads it). */
export async function publicPageCachingFor(request: Request): Promise<HeadersInit> {
  return publicPageCaching(!!(await getUser(request)));
}

/** A route's `headers`: passes its loader's caching headers on (Remix drops a loader's headers without one). */
export function loaderCaching({ loaderHeaders }: { loaderHeaders: Headers }): HeadersInit {
  const headers: Record<string, string> = {};
  for (const name of ["Cache-Control", "Vary"]) {
    const value = loaderHeaders.get(name);
    if (value) headers[name] = value;
  }
  return headers;
}
