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
  /** On the server, per page request: the texts the page used, for the browser (`catalogue-payload.ts`). */
  payload?: () => string;
  /** In the browser: the texts on their way (`catalogue-payload.ts`). */
  arriving?: Arriving;
};

export type Arriving = {
  /** All the namespaces renders noted and lack, fetched at once; null when none is missing. */
  arrival: () => Promise<void> | null;
  /** Called each time a namespace arrives. */
  subscribe: (listener: () => void) => () => void;
};

const placeholder = /\{\{\s*([\w.-]+)\s*\}\}/g;
const nested = /\$t\(([^()]+)\)/g;

/**
 * How a translator finds a key's text: on the server in the whole catalogue;
 * in the browser in the part of it that has arrived so far
 * (`catalogue-payload.ts`), which may suspend the render until the rest arrives.
 */
export type Lookup = (key: string) => string | undefined | typeof notYet;

/** A lookup's answer for a text that is on its way (the browser): the render shows nothing for it, and is redone. */
export const notYet: unique symbol = Symbol("notYet");

/** A key's namespace: what comes before its first dot (the whole key when it has none). */
export function namespaceOf(key: string): string {
  const dot = key.indexOf(".");
  return dot < 0 ? key : key.slice(0, dot);
}

/** A dotted key's text in a catalogue; undefined when it is missing or not a text. */
export function lookupIn(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split(".")) {
    // Own keys only: "constructor.name" is not a text of ours.
    if (node === undefined || typeof node === "string" || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** The keys a text includes ($t(other.key)), after its placeholders are filled as `translate` fills them. */
export function includedKeys(text: string, options: TranslateOptions = {}): string[] {
  return [...interpolate(text, options).matchAll(nested)].map((m) => m[1]!.trim());
}

function interpolate(text: string, options: TranslateOptions): string {
  return text.replace(placeholder, (whole, name: string) => {
    const value = options[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export function createTranslator(language: string, catalogue: Catalogue | Lookup, arriving?: Arriving): Translator {
  const lookup: Lookup = typeof catalogue === "function" ? catalogue : (key) => lookupIn(catalogue, key);
  // A key alone always gives the same text (a text, once there, never changes): looked up once.
  const plain = new Map<string, string>();
  let waiting = false;
  const t: Translate = (key, options) => {
    if (!options) {
      let text = plain.get(key);
      if (text === undefined) {
        waiting = false;
        text = translate(key, {});
        if (!waiting) plain.set(key, text);
      }
      return text;
    }
    return translate(key, options);
  };
  function translate(key: string, options: TranslateOptions, depth = 0): string {
    const answer = lookup(key);
    if (answer === notYet) {
      waiting = true;
      return "";
    }
    const found = answer ?? options.defaultValue;
    if (found === undefined) return key;
    const text = interpolate(found, options);
    if (depth > 3 || !text.includes("$t(")) return text;
    return text.replace(nested, (_, inner: string) => translate(inner.trim(), options, depth + 1));
  }
  return {
    language,
    t,
    arriving,
    exists: (key) => {
      const answer = lookup(key);
      return answer !== undefined && answer !== notYet;
    },
  };
}
