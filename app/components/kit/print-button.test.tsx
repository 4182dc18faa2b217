import { renderToString } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { arrivingCatalogue, parsePayload } from "~/i18n/catalogue-payload";
import { recordingTranslator } from "~/i18n/i18n.server";
import { TranslationProvider, useTranslation } from "~/i18n/react";
import { createTranslator, notYet } from "~/i18n/translate";
import { PrintButton } from "./print-button";

/** The documents page's toolbar button: its own label and hint. */
function DocumentPrint() {
  const { t } = useTranslation();
  return <PrintButton label={t("documents.print")} hint={t("documents.printHint")} className="button primary" />;
}

/**
 * The button appears only after hydration, in a render that does not reach
 * the page's catalogue script: its label must already be in what the server's
 * render carried, or the button is empty until its namespace arrives (axe saw
 * an empty "Print" button on a case's document in CI).
 */
describe.each(["vi", "en"] as const)("the print button's texts travel with the page, in %s", (language) => {
  test.each([
    ["the kit's own label", <PrintButton key="kit" />, ["common.print", "common.printHint"]],
    ["a page's label", <DocumentPrint key="doc" />, ["documents.print", "documents.printHint"]],
  ])("%s", (_name, element, keys) => {
    const translator = recordingTranslator(language);
    const html = renderToString(<TranslationProvider translator={translator}>{element}</TranslationProvider>);
    expect(html).toContain(renderToString(<>{translator.t(keys[1]!)}</>));
    expect(html).not.toContain("<button");

    const payload = parsePayload(translator.payload!())!;
    const { lookup } = arrivingCatalogue(payload, async () => Promise.reject(new Error("no fetch expected")), () => {});
    for (const key of keys) {
      const text = lookup(key);
      expect(text, key).not.toBe(notYet);
      expect(typeof text === "string" && text.length > 0, key).toBe(true);
    }
    expect(createTranslator(language, lookup).t(keys[0]!)).toBe(translator.t(keys[0]!));
  });
});
