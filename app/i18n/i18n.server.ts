import { createHash } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { defaultLanguage, isLanguage, languageCookieName, supportedLanguages, type Language } from "./config";
import { cookieIsSecure, cookieName } from "~/utils/env.server";
import { en } from "./locales/en";
import { serialisePayload } from "./catalogue-payload";
import { accountVi } from "./locales/account";
import { boardVi } from "./locales/board";
import { democracyVi } from "./locales/democracy";
import { dialogueVi } from "./locales/dialogue";
import { lawVi } from "./locales/law";
import { mediationVi } from "./locales/mediation";
import { onestopVi } from "./locales/onestop";
import { procedureVi } from "./locales/procedure";
import { reportsVi } from "./locales/reports";
import { statsVi } from "./locales/stats";
import { createTranslator, includedKeys, lookupIn, type Catalogue, type TranslateOptions, type Translator } from "./translate";
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
 * The browser's share of the catalogue (`catalogue-payload.ts`). A page
 * carries the texts it was rendered with; a later page that needs another
 * text of a namespace fetches /i18n/<language>/<namespace> and gets the
 * namespace's whole group: the namespaces of one domain's catalogue file go
 * together (a domain's pages use them together), the rest of the catalogue is
 * one group.
 */
const domainGroups: string[][] = [accountVi, boardVi, democracyVi, dialogueVi, lawVi, mediationVi, onestopVi, procedureVi, reportsVi, statsVi].map((domain) =>
  Object.keys(domain.sections),
);

type Shared = { catalogue: Catalogue; version: string; groups: string[][]; groupOf: Map<string, string[]>; including: Set<string> };
const shared = new Map<Language, Shared>();

function sharedFor(language: Language): Shared {
  let found = shared.get(language);
  if (found) return found;
  const catalogue = resources[language].translation as unknown as Catalogue;
  const known = Object.keys(catalogue);
  const inDomains = new Set(domainGroups.flat());
  const groups = [known.filter((name) => !inDomains.has(name)), ...domainGroups];
  const groupOf = new Map<string, string[]>();
  for (const group of groups) for (const name of group) groupOf.set(name, group);
  // The few texts that include another ($t(other.key)): the page needs that one too.
  const including = new Set<string>();
  const walk = (node: Catalogue, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") {
        if (value.includes("$t(")) including.add(prefix + key);
      } else walk(value, `${prefix}${key}.`);
    }
  };
  walk(catalogue, "");
  const version = createHash("sha256").update(JSON.stringify(catalogue)).digest("hex").slice(0, 12);
  shared.set(language, (found = { catalogue, version, groups, groupOf, including }));
  return found;
}

export function catalogueVersion(language: Language): string {
  return sharedFor(language).version;
}

/** The group a namespace belongs to, as the browser gets it; null for a name the catalogue does not have. */
export function namespaceGroup(language: Language, name: string): Record<string, Catalogue> | null {
  const { catalogue, groupOf } = sharedFor(language);
  const group = groupOf.get(name);
  return group ? Object.fromEntries(group.map((member) => [member, catalogue[member] as Catalogue])) : null;
}

/**
 * The translator for one page request: the shared one, noting each key the
 * page looks up (and the keys those texts include), so the page can carry
 * their texts to the browser (`payload`).
 */
/**
 * The payloads made, per language, by the keys a page used (the catalogue is fixed for the process, so a
 * payload never goes stale): bounded, oldest out — a page whose keys vary with its rows makes a few.
 */
const payloads = new Map<Language, Map<string, string>>(supportedLanguages.map((l) => [l, new Map()]));
const PAYLOADS_KEPT = 500;

export function recordingTranslator(language: Language): Translator {
  const translator = pageTranslator(language);
  const { catalogue, version, groups, including } = sharedFor(language);
  const used = new Set<string>();
  const record = (key: string, options?: TranslateOptions, depth = 0) => {
    used.add(key);
    if (depth > 3 || !including.has(key)) return;
    for (const inner of includedKeys(lookupIn(catalogue, key) ?? "", options)) record(inner, options, depth + 1);
  };
  return {
    language,
    t: (key, options) => {
      record(key, options);
      return translator.t(key, options);
    },
    exists: (key) => {
      record(key);
      return translator.exists(key);
    },
    payload: () => {
      // A page asks for the same keys in the same order each time it is shown: its payload is made once.
      const key = [...used].join("\u0000");
      const made = payloads.get(language)!.get(key);
      if (made !== undefined) return made;
      const texts: Record<string, Catalogue> = {};
      const missing: string[] = [];
      for (const key of used) {
        const text = lookupIn(catalogue, key);
        if (text === undefined) {
          missing.push(key);
          continue;
        }
        const parts = key.split(".");
        let node = texts as Record<string, unknown>;
        for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
        node[parts.at(-1)!] = text;
      }
      const text = serialisePayload({ language, version, groups, texts, missing });
      const kept = payloads.get(language)!;
      if (kept.size >= PAYLOADS_KEPT) kept.delete(kept.keys().next().value!);
      kept.set(key, text);
      return text;
    },
  };
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
