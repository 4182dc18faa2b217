import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { defaultLanguage, isLanguage, languageCookieName, supportedLanguages, type Language } from "./config";
import { cookieIsSecure, cookieName } from "~/utils/env.server";
import { en } from "./locales/en";
import { createTranslator, type Catalogue, type Translator } from "./translate";
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
const translators = new Map<Language, Translator>();

/** What the pages render with (`app/i18n/react.tsx`): the same translator the browser hydrates with. */
export function pageTranslator(language: Language): Translator {
  let translator = translators.get(language);
  if (!translator) translators.set(language, (translator = createTranslator(language, resources[language].translation as unknown as Catalogue)));
  return translator;
}

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
  memoisePlainLookups(instance);
  instances.set(language, instance);
  return instance;
}

/**
 * A page translates the same few keys over and over (a status label per
 * table row); each i18next lookup builds its options, splits the key, walks
 * the resources and checks for interpolation. A call with only a key always
 * gives the same string here (fixed resources, one language per instance), so
 * it is looked up once per process. Calls with options (interpolation,
 * plurals) go through. Both ways in are covered: `instance.t` (getT in
 * loaders) and `getFixedT`.
 */
function memoisePlainLookups(instance: I18n): void {
  const memos = new Map<string, Map<string, unknown>>();
  const memoised = <F extends (...args: never[]) => unknown>(signature: string, translate: F): F => {
    let memo = memos.get(signature);
    if (!memo) memos.set(signature, (memo = new Map()));
    const cache = memo;
    return ((...args: unknown[]) => {
      const [key] = args;
      if (args.length !== 1 || typeof key !== "string") return translate(...(args as Parameters<F>));
      if (!cache.has(key)) cache.set(key, translate(...([key] as Parameters<F>)));
      return cache.get(key);
    }) as unknown as F;
  };
  instance.t = memoised("t", instance.t.bind(instance));
  const getFixedT = instance.getFixedT.bind(instance);
  instance.getFixedT = ((...args: Parameters<I18n["getFixedT"]>) => {
    const fixed = getFixedT(...args) as TFunction & { lng?: string; ns?: string; keyPrefix?: string };
    const wrapped = memoised(`fixed:${JSON.stringify(args)}`, fixed);
    return Object.assign(wrapped, { lng: fixed.lng, ns: fixed.ns, keyPrefix: fixed.keyPrefix });
  }) as I18n["getFixedT"];
}

export async function getT(request: Request): Promise<TFunction> {
  return createServerI18n(await getLanguage(request)).t;
}
