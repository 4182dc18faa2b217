import { describe, expect, test, vi } from "vitest";
import { arrivingCatalogue, namespaceUrl, parsePayload, serialisePayload, type CataloguePayload } from "./catalogue-payload";
import { catalogueVersion, namespaceGroup, pageTranslator, recordingTranslator, resources } from "./i18n.server";
import { createTranslator, notYet, type Catalogue } from "./translate";

// The real serialiser, watched: how many payloads the server makes.
vi.mock("./catalogue-payload", async (importOriginal) => {
  const original = await importOriginal<typeof import("./catalogue-payload")>();
  return { ...original, serialisePayload: vi.fn(original.serialisePayload) };
});

/** A page's render on the server: these calls, through the recording translator; then what the page carries. */
function renderOnServer(language: "vi" | "en", calls: [string, Record<string, unknown>?][]) {
  const translator = recordingTranslator(language);
  const printed = calls.map(([key, options]) => translator.t(key, options));
  const payload = parsePayload(translator.payload!())!;
  return { printed, payload };
}

/** The browser's catalogue over a payload, fetching from the server's groups as the route does. */
function inBrowser(payload: CataloguePayload) {
  const fetched: string[] = [];
  const failed = vi.fn();
  const { lookup, arriving } = arrivingCatalogue(
    payload,
    async (name) => {
      fetched.push(name);
      const group = namespaceGroup(payload.language as "vi", name);
      if (!group) throw new Error("404");
      return JSON.parse(JSON.stringify(group)) as Record<string, Catalogue>;
    },
    failed,
  );
  return { translator: createTranslator(payload.language, lookup, arriving), lookup, arriving, fetched, failed };
}

const calls: [string, Record<string, unknown>?][] = [
  ["nav.home"],
  ["landing.heading"],
  ["notifications.unread", { count: 3 }],
  // includes $t(declineCodes.{{reasonCode}}): the included text must travel too
  ["notify.CASE_DECLINED.body", { unit: "Phường Tô Hiệu", code: "TOHIEU-2026-000001", note: "", reasonCode: "NOT_COMPETENT" }],
  ["no.such.key"],
];

describe.each(["vi", "en"] as const)("a page's share of the catalogue, in %s", (language) => {
  test("the page carries the texts it used and no others; the browser prints the same from them, without fetching", () => {
    const { printed, payload } = renderOnServer(language, calls);
    expect(payload.language).toBe(language);
    expect(payload.version).toBe(catalogueVersion(language));
    expect(payload.missing).toEqual(["no.such.key"]);
    expect(Object.keys(payload.texts).sort()).toEqual(["declineCodes", "landing", "nav", "notifications", "notify"]);
    expect(Object.keys(payload.texts.nav!)).toEqual(["home"]);
    expect(Object.keys(payload.texts.declineCodes!)).toEqual(["NOT_COMPETENT"]);
    const whole = JSON.stringify(resources[language].translation).length;
    expect(JSON.stringify(payload.texts).length).toBeLessThan(whole / 50);

    const browser = inBrowser(payload);
    expect(calls.map(([key, options]) => browser.translator.t(key, options))).toEqual(printed);
    expect(printed[3]).not.toContain("$t(");
    expect(browser.fetched).toEqual([]);
    expect(browser.arriving.arrival()).toBeNull();
  });

  test("a later page's text is fetched with its group, once, while the render waits; then it prints what the server prints", async () => {
    const { payload } = renderOnServer(language, calls);
    const browser = inBrowser(payload);
    const notified = vi.fn();
    browser.arriving.subscribe(notified);
    const server = pageTranslator(language);

    // Two namespaces of one domain (the democracy pages') and one of the rest: two fetches, not three.
    expect(browser.lookup("democracy.heading")).toBe(notYet);
    expect(browser.translator.t("democracy.heading")).toBe("");
    expect(browser.translator.t("cases.title")).toBe("");
    expect(browser.translator.exists("auth.login")).toBe(false);
    const arrival = browser.arriving.arrival();
    expect(arrival).not.toBeNull();
    await arrival;
    // Each group is asked for by its first namespace: "democracy" for its own, "app" for the rest of the catalogue.
    expect(browser.fetched.sort()).toEqual(["app", "democracy"]);
    expect(notified).toHaveBeenCalled();

    for (const key of ["democracy.heading", "cases.title", "auth.login", "nav.inbox", "landing.intro"]) expect(browser.translator.t(key), key).toBe(server.t(key));
    expect(browser.translator.exists("auth.login")).toBe(server.exists("auth.login"));
    // A key the group does not have is missing, not awaited again.
    expect(browser.lookup("democracy.no.such")).toBeUndefined();
    expect(browser.arriving.arrival()).toBeNull();
    expect(browser.failed).not.toHaveBeenCalled();
  });

  test("a failed fetch hands the page to the server and never settles", async () => {
    const payload = renderOnServer(language, [["nav.home"]]).payload;
    const failed = vi.fn();
    const { lookup, arriving } = arrivingCatalogue(payload, () => Promise.reject(new Error("offline")), failed);
    expect(lookup("stats.heading")).toBe(notYet);
    const settled = vi.fn();
    void arriving.arrival()!.then(settled);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failed).toHaveBeenCalledTimes(1);
    expect(settled).not.toHaveBeenCalled();
  });
});

test("a namespace's address carries the language and the catalogue's version; the groups cover every namespace once", () => {
  expect(namespaceUrl({ language: "en", version: "abc" }, "stats")).toBe("/i18n/en/stats?v=abc");
  expect(catalogueVersion("vi")).not.toBe(catalogueVersion("en"));
  const payload = renderOnServer("vi", []).payload;
  const names = payload.groups.flat();
  expect(names.sort()).toEqual(Object.keys(resources.vi.translation).sort());
  expect(new Set(names).size).toBe(names.length);
  expect(namespaceGroup("vi", "democracy")).toHaveProperty("democracy");
  expect(namespaceGroup("vi", "no-such")).toBeNull();
});

test("a payload that is not one is refused", () => {
  expect(parsePayload("")).toBeNull();
  expect(parsePayload("{not json")).toBeNull();
  expect(parsePayload(JSON.stringify({ language: "vi" }))).toBeNull();
});

test("/i18n/<language>/<namespace> answers the group as JSON, cached for good only for the current version; anything else is a 404", async () => {
  const { loader } = await import("~/routes/i18n.$lang.$namespace");
  const ask = (lang: string, namespace: string, v?: string) =>
    loader({ params: { lang, namespace }, request: new Request(`http://x/i18n/${lang}/${namespace}${v ? `?v=${v}` : ""}`), context: {} }) as Response;

  const current = ask("en", "stats", catalogueVersion("en"));
  expect(current.status).toBe(200);
  expect(current.headers.get("Cache-Control")).toContain("immutable");
  expect(await current.json()).toEqual(JSON.parse(JSON.stringify(namespaceGroup("en", "stats"))));
  const old = ask("en", "stats", "000000000000");
  expect(old.status).toBe(200);
  expect(old.headers.get("Cache-Control")).not.toContain("immutable");
  for (const [lang, namespace] of [["fr", "stats"], ["vi", "no-such"], ["vi", "../etc"], ["vi", "__proto__"], ["vi", "constructor"]]) {
    expect(ask(lang!, namespace!).status, `${lang}/${namespace}`).toBe(404);
  }
});

test("a key that names an object's inherited property is missing, on the page and in what it carries", () => {
  const { printed, payload } = renderOnServer("vi", [["constructor.name"], ["caseStatus.constructor.name"], ["__proto__.toString"]]);
  expect(printed).toEqual(["constructor.name", "caseStatus.constructor.name", "__proto__.toString"]);
  expect(payload.missing).toHaveLength(3);
  expect(payload.texts).toEqual({});
});

test("a page shown again with the same keys gets the payload made the first time; other keys, their own texts", () => {
  const page = (calls: [string, Record<string, unknown>?][]) => {
    const translator = recordingTranslator("vi");
    for (const [key, options] of calls) translator.t(key, options);
    return translator.payload!();
  };
  const made = vi.mocked(serialisePayload);
  made.mockClear();
  const first = page([["nav.home"], ["landing.heading"]]);
  expect(page([["nav.home"], ["landing.heading"]])).toBe(first);
  expect(made).toHaveBeenCalledTimes(1);
  // The same first key, one more: not the kept payload.
  const more = parsePayload(page([["nav.home"], ["landing.heading"], ["stats.heading"]]))!;
  expect(Object.keys(more.texts).sort()).toEqual(["landing", "nav", "stats"]);
  expect(made).toHaveBeenCalledTimes(2);
  // A text that includes another by its options: the included key is part of the set.
  const declined = (reasonCode: string) => parsePayload(page([["notify.CASE_DECLINED.body", { unit: "", code: "", note: "", reasonCode }]]))!;
  expect(Object.keys(declined("NOT_COMPETENT").texts.declineCodes!)).toEqual(["NOT_COMPETENT"]);
  expect(Object.keys(declined("ALREADY_RESOLVED").texts.declineCodes!)).toEqual(["ALREADY_RESOLVED"]);
});
