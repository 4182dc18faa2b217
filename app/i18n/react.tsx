import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { payloadElementId } from "./catalogue-payload";
import type { Translator } from "./translate";

/**
 * The pages' `useTranslation()`: `{ t, i18n: { language, exists } }`, the part
 * of react-i18next's hook the pages use, over the small translator in
 * `translate.ts` (the browser no longer downloads i18next).
 */
const TranslatorContext = createContext<Translator | null>(null);

export function TranslationProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  // In the browser, texts that arrive after a render that lacked them render the page again.
  const [arrived, setArrived] = useState(0);
  useEffect(() => translator.arriving?.subscribe(() => setArrived((n) => n + 1)), [translator]);
  const value = useMemo(() => ({ ...translator }), [translator, arrived]);
  return <TranslatorContext.Provider value={value}>{children}</TranslatorContext.Provider>;
}

export function useTranslation(): { t: Translator["t"]; i18n: Pick<Translator, "language" | "exists"> } {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error("useTranslation outside TranslationProvider");
  return { t: translator.t, i18n: translator };
}

let payloadInPage: string | undefined;

/**
 * The namespaces the page was rendered with, for the browser's translator
 * (`catalogue-payload.ts`). Rendered last in the document, so the server has
 * seen every key the page used; in the browser it keeps the text it came with,
 * and holds back a render that lacked texts until they arrive.
 */
export function CatalogueScript() {
  const translator = useContext(TranslatorContext);
  // The page asked for texts that are on their way: wait for them all, then render it again.
  const arrival = translator?.arriving?.arrival();
  if (arrival) throw arrival;
  const text = translator?.payload ? translator.payload() : (payloadInPage ??= document.getElementById(payloadElementId)?.textContent ?? "");
  return <script id={payloadElementId} type="application/json" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: text }} />;
}
