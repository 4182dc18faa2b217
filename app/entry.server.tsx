import { finished, PassThrough } from "node:stream";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { getLanguage, recordingTranslator } from "./i18n/i18n.server";
import { TranslationProvider } from "./i18n/react";
import { enableImmediateDelivery } from "./modules/notifications/delivery.server";
import { getEnv } from "./utils/env.server";
import { maxFormBytes, maxUploadBytes } from "./utils/form-data.server";
import { withoutNulBytes } from "./utils/html-stream.server";
import { NonceProvider } from "./utils/nonce";
import { installZodMessages } from "./utils/zod-messages";

installZodMessages();

// Single fetch: promises a loader returns are settled (or rejected) within this time; the
// render is aborted a second later so those rejections still reach the browser.
export const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  const translator = recordingTranslator(await getLanguage(request));
  // Bots and no-JS clients get the whole page at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    // Cleared when the page has been sent: a timer left pending would keep the whole render
    // (and its data) in memory for six seconds after every page.
    let abortTimer: NodeJS.Timeout | undefined;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <TranslationProvider translator={translator}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} />
        </TranslationProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          finished(body, () => clearTimeout(abortTimer));
          // React 18 leaves NUL bytes in long multi-byte pages: see html-stream.server.ts.
          pipe(withoutNulBytes()).pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(abortTimer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    abortTimer = setTimeout(abort, streamTimeout + 1_000);
  });
}

// The app server sends each message right after the change that queued it commits (the jobs retry).
enableImmediateDelivery();

// server/index.js starts the scheduled jobs (reminders, overdue alerts, auto-closing, emails, SMS)
// and stops them on SIGTERM; server/app.js refuses bodies over these limits before reading them.
export { startJobs, stopJobs } from "./modules/jobs/case-jobs.server";
export { disconnectDatabase } from "./utils/db.server";
export const requestLimits = { maxFormBytes, maxUploadBytes };
// The public page cache in front of Remix (server/page-cache.js) asks the app for its keys and lifetime.
export { pageCacheKey } from "./utils/page-cache.server";
export const pageCacheSeconds = () => getEnv().PAGE_CACHE_SECONDS;
