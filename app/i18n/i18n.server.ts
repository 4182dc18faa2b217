import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { defaultLanguage, isLanguage, languageCookieName, supportedLanguages, type Language } from "./config";
import { cookieIsSecure, cookieName } from "~/utils/env.server";
import { en } from "./locales/en";
import { vi } from "./locales/vi";

export const languageCookie = createCookie(cookieName(languageCookieName), {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  get secure() {
    return cookieIsSecure();
  },
  maxAge: 60 * 60 * 24 * 365, // one year, in seconds
});

/** The language cookie if set, else the best match of Accept-Language, else Vietnamese. */
export async function getLanguage(request: Request): Promise<Language> {
  const fromCookie = await languageCookie.parse(request.headers.get("Cookie"));
  if (isLanguage(fromCookie)) return fromCookie;
  return pickFromAcceptLanguage(request.headers.get("Accept-Language"));
}

export function pickFromAcceptLanguage(header: string | null): Language {
  if (!header) return defaultLanguage;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { base: tag.trim().toLowerCase().split("-")[0] ?? "", q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { base } of ranked) {
    if (isLanguage(base)) return base;
  }
  return defaultLanguage;
}

export const resources = { vi: { translation: vi }, en: { translation: en } };

const instances = new Map<Language, I18n>();

/**
 * The i18next instance for a language. One per language per process: the
 * server never calls changeLanguage and the resources are fixed, so sharing is
 * safe, and it saves building an instance on every request.
 */
export function createServerI18n(language: Language): I18n {
  const cached = instances.get(language);
  if (cached) return cached;
  const instance = createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...supportedLanguages],
    interpolation: { escapeValue: false }, // React escapes
    initImmediate: false, // resources are inline: initialise synchronously
  });
  instances.set(language, instance);
  return instance;
}

export async function getT(request: Request): Promise<TFunction> {
  return createServerI18n(await getLanguage(request)).t;
}
