import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { defaultLanguage, isLanguage } from "./i18n/config";
import { TranslationProvider } from "./i18n/react";
import { createTranslator } from "./i18n/translate";

// Pages work without JavaScript; this only enhances. Only the page's language
// is downloaded (each catalogue is its own chunk), and no i18next: the pages
// translate with the small translator the server rendered them with.
async function hydrate() {
  const lang = document.documentElement.lang;
  const language = isLanguage(lang) ? lang : defaultLanguage;
  const catalogue = language === "en" ? (await import("./i18n/locales/en")).en : (await import("./i18n/locales/vi")).vi;
  const translator = createTranslator(language, catalogue);
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <TranslationProvider translator={translator}>
          <RemixBrowser />
        </TranslationProvider>
      </StrictMode>,
    );
  });
}

void hydrate();
