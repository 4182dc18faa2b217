/**
 * The pages' translator: what the app's pages ask of i18next, and no more,
 * so the browser does not download i18next (14 KB gzipped of the landing
 * page's ~100). The same code renders on the server and hydrates in the
 * browser, so both print the same text; `translate.test.ts` holds it to
 * i18next's own answers for every key of both catalogues, the way the
 * server's emails, SMS and PDFs (still i18next, `i18n.server.ts`) word them.
 *
 * What it does, as i18next does with this app's settings: a dotted key looked
 * up in the catalogue; `{{name}}` replaced by the option of that name (the
 * placeholder left as it is when the option is missing, no HTML escaping:
 * React escapes); then `$t(other.key)` replaced by that key's text with the
 * same options; `defaultValue` when the key is missing, else the key itself.
 */
export type Catalogue = { readonly [key: string]: string | Catalogue };
export type TranslateOptions = { defaultValue?: string; [name: string]: unknown };
export type Translate = (key: string, options?: TranslateOptions) => string;

export type Translator = {
  language: string;
  t: Translate;
  exists: (key: string) => boolean;
};

const placeholder = /\{\{\s*([\w.-]+)\s*\}\}/g;
const nested = /\$t\(([^()]+)\)/g;

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

function interpolate(text: string, options: TranslateOptions): string {
  return text.replace(placeholder, (whole, name: string) => {
    const value = options[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export function createTranslator(language: string, catalogue: Catalogue): Translator {
  // A key alone always gives the same text (fixed catalogue): looked up once.
  const plain = new Map<string, string>();
  const t: Translate = (key, options) => {
    if (!options) {
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = translate(key, {})));
      return text;
    }
    return translate(key, options);
  };
  function translate(key: string, options: TranslateOptions, depth = 0): string {
    const found = lookup(catalogue, key) ?? options.defaultValue;
    if (found === undefined) return key;
    const text = interpolate(found, options);
    if (depth > 3 || !text.includes("$t(")) return text;
    return text.replace(nested, (_, inner: string) => translate(inner.trim(), options, depth + 1));
  }
  return { language, t, exists: (key) => lookup(catalogue, key) !== undefined };
}
