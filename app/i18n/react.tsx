import { createContext, useContext, type ReactNode } from "react";
import type { Translator } from "./translate";

/**
 * The pages' `useTranslation()`: `{ t, i18n: { language, exists } }`, the part
 * of react-i18next's hook the pages use, over the small translator in
 * `translate.ts` (the browser no longer downloads i18next).
 */
const TranslatorContext = createContext<Translator | null>(null);

export function TranslationProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

export function useTranslation(): { t: Translator["t"]; i18n: Pick<Translator, "language" | "exists"> } {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error("useTranslation outside TranslationProvider");
  return { t: translator.t, i18n: translator };
}
