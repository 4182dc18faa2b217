import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { arrivingCatalogue, namespaceUrl, parsePayload, payloadElementId } from "./i18n/catalogue-payload";
import { TranslationProvider } from "./i18n/react";
import { createTranslator } from "./i18n/translate";

// Pages work without JavaScript; this only enhances. The page carries the texts
// it was rendered with, so it hydrates at once; later pages fetch the
// namespaces they add (catalogue-payload.ts). No i18next
// in the browser: the pages translate with the small translator the server
// rendered them with.
function hydrate() {
  const payload = parsePayload(document.getElementById(payloadElementId)?.textContent);
  if (!payload) return;
  const { lookup, arriving } = arrivingCatalogue(
    payload,
    async (name) => {
      const response = await fetch(namespaceUrl(payload, name));
      if (!response.ok) throw new Error(`catalogue ${name}: ${response.status}`);
      return response.json();
    },
    // Offline or a new version mid-way: the server renders the page instead.
    () => window.location.reload(),
  );
  const translator = createTranslator(payload.language, lookup, arriving);
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

// The entry is an async module: it may run while a slow page is still arriving, before the texts
// (the document's last element) are all there.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", hydrate, { once: true });
else hydrate();
