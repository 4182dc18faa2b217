import { describe, expect, test } from "vitest";
import { createServerI18n, resources } from "./i18n.server";
import { createTranslator, type Catalogue } from "./translate";

/** Every key of a catalogue with its text. */
function entries(catalogue: Catalogue, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

const names = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!);

/**
 * The pages translate with `translate.ts`; the server's emails, SMS and PDFs
 * with i18next. A citizen must read the same words in both, so for every key
 * of both catalogues the two must agree: alone, with every placeholder
 * filled, with one left out, and through `$t()` nesting.
 */
describe.each(["vi", "en"] as const)("the pages' translator in %s says what i18next says", (language) => {
  const catalogue = resources[language].translation as unknown as Catalogue;
  const ours = createTranslator(language, catalogue);
  const theirs = createServerI18n(language);
  const all = entries(catalogue);

  test("every key alone", () => {
    expect(all.length).toBeGreaterThan(500);
    for (const [key] of all) expect(ours.t(key), key).toBe(theirs.t(key));
  });

  test("every key with its placeholders filled (numbers and text), and with the first one missing", () => {
    let withPlaceholders = 0;
    for (const [key, text] of all) {
      const wanted = names(text);
      if (wanted.length === 0) continue;
      withPlaceholders++;
      const filled = Object.fromEntries(wanted.map((name, i) => [name, i % 2 ? 42 : `‹${name} <b>›`]));
      expect(ours.t(key, filled), key).toBe(theirs.t(key, filled));
      const [, ...rest] = wanted;
      const partial = Object.fromEntries(rest.map((name) => [name, "x"]));
      expect(ours.t(key, { ...partial, unrelated: 1 }), key).toBe(theirs.t(key, { ...partial, unrelated: 1 }));
    }
    expect(withPlaceholders).toBeGreaterThan(50);
  });

  test("nesting with a real inner key, a missing key, a default value, and a branch of the tree", () => {
    const nesting = all.filter(([, text]) => text.includes("$t("));
    expect(nesting.length).toBeGreaterThan(0);
    const declined = "notify.CASE_DECLINED.body";
    const options = { unit: "Phường Tô Hiệu", code: "TOHIEU-2026-000001", note: "", reasonCode: Object.keys((catalogue as never as { declineCodes: object }).declineCodes)[0] };
    expect(ours.t(declined, options)).toBe(theirs.t(declined, options));
    expect(ours.t(declined, options)).not.toContain("$t(");
    expect(ours.t("no.such.key")).toBe(theirs.t("no.such.key"));
    expect(ours.t("no.such.key", { defaultValue: "Khác {{n}}", n: 3 })).toBe(theirs.t("no.such.key", { defaultValue: "Khác {{n}}", n: 3 }));
    expect(ours.exists(declined)).toBe(true);
    expect(ours.exists("notify.CASE_DECLINED")).toBe(false);
    expect(ours.exists("no.such.key")).toBe(theirs.exists("no.such.key"));
  });
});
