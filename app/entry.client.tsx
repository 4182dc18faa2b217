import { RemixBrowser } from "@remix-run/react";
import { createInstance } from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { defaultLanguage, isLanguage } from "./i18n/config";

// Pages work without JavaScript; this only enhances. Only the page's language
// is downloaded (each catalogue is its own chunk).
async function hydrate() {
  const lang = document.documentElement.lang;
  const language = isLanguage(lang) ? lang : defaultLanguage;
  const catalogue = language === "en" ? (await import("./i18n/locales/en")).en : (await import("./i18n/locales/vi")).vi;
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    resources: { [language]: { translation: catalogue } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <RemixBrowser />
        </I18nextProvider>
      </StrictMode>,
    );
  });
}

void hydrate();
