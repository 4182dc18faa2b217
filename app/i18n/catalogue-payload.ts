import { lookupIn, namespaceOf, notYet, type Arriving, type Catalogue, type Lookup } from "./translate";

/**
 * What a page carries for the browser's translator, in a JSON script: the
 * texts the server rendered the page with (and the keys it looked up and did
 * not find), and the names of all the namespaces, whose other texts a later
 * page fetches when it first needs one. So the browser never downloads the
 * whole catalogue (45 KB gzipped in Vietnamese, most of it for pages a
 * citizen never opens) and hydrates without waiting for any of it.
 */
export type CataloguePayload = {
  language: string;
  /** Changes with the catalogue: a namespace's address carries it, so it is cached for good. */
  version: string;
  /** Every namespace of the catalogue, by group: the server sends a group whole. */
  groups: string[][];
  /** The page's texts, in the catalogue's shape. */
  texts: Record<string, Catalogue>;
  /** Keys the page looked up that the catalogue does not have. */
  missing: string[];
};

export const payloadElementId = "lny-catalogue";

export function namespaceUrl(payload: Pick<CataloguePayload, "language" | "version">, name: string): string {
  return `/i18n/${payload.language}/${encodeURIComponent(name)}?v=${payload.version}`;
}

/** The payload as a JSON script's text (`<` escaped so no string can close the script). */
export function serialisePayload(payload: CataloguePayload): string {
  return JSON.stringify(payload).replace(/</g, "\\u003c");
}

export function parsePayload(text: string | null | undefined): CataloguePayload | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<CataloguePayload>;
    const ok = typeof value.language === "string" && typeof value.version === "string" && Array.isArray(value.groups) && Array.isArray(value.missing) && !!value.texts && typeof value.texts === "object";
    return ok ? (value as CataloguePayload) : null;
  } catch {
    return null;
  }
}

/**
 * The browser's catalogue: the texts the page came with. A text it lacks, in
 * a namespace not yet fetched whole, is "not yet": the render shows nothing
 * for it and notes the namespace's group. The document's last element
 * (`CatalogueScript`) then suspends the render until every namespace noted
 * has arrived, all fetched at once (navigations run in a transition, so the
 * page on screen stays until then); a render that does not reach it (one
 * part of a page changing) is redone when they arrive (`subscribe`). The
 * server answers with the namespace's whole group (a domain's pages share
 * one). When a fetch fails, `failed` runs (the browser loads the page from the
 * server instead) and the render waits for good.
 */
export function arrivingCatalogue(
  payload: CataloguePayload,
  fetchNamespace: (name: string) => Promise<Record<string, Catalogue>>,
  failed: () => void,
): { lookup: Lookup; arriving: Arriving } {
  const catalogue: Record<string, Catalogue> = { ...payload.texts };
  const groupOf = new Map(payload.groups.flatMap((group) => group.map((name) => [name, group[0]!] as const)));
  const missing = new Set(payload.missing);
  const whole = new Set<string>();
  const noted = new Set<string>();
  const fetching = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  let scheduled = false;

  const fetchOnce = (name: string) => {
    let arrival = fetching.get(name);
    if (!arrival) {
      arrival = fetchNamespace(name).then(
        (group) => {
          for (const [member, texts] of Object.entries(group)) {
            catalogue[member] = texts;
            whole.add(member);
            noted.delete(member);
          }
          whole.add(name); // never asked for again
          noted.delete(name);
          for (const listener of listeners) listener();
        },
        () => {
          failed();
          return new Promise<void>(() => {});
        },
      );
      fetching.set(name, arrival);
    }
    return arrival;
  };
  const arrival = () => (noted.size ? Promise.all([...noted].map(fetchOnce)).then(() => undefined) : null);

  const lookup: Lookup = (key) => {
    const found = lookupIn(catalogue, key);
    if (found !== undefined || missing.has(key)) return found;
    const name = namespaceOf(key);
    const group = groupOf.get(name);
    if (whole.has(name) || !group) return undefined;
    noted.add(group);
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        void arrival();
      }, 0);
    }
    return notYet;
  };
  return {
    lookup,
    arriving: {
      arrival,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}
