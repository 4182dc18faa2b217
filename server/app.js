// The request pipeline in front of Remix: client address, security headers,
// static files, the same-origin check on every state-changing request, the
// body-size limit, the default Cache-Control, then Remix. Kept apart from
// server/index.js (which listens and shuts down) so tests and other launchers
// build the same pipeline.
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import url from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { encode } from "turbo-stream";
import { createPageCache } from "./page-cache.js";

const here = path.dirname(url.fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(value) {
  try {
    return new URL(value).origin;
  } catch {
    return "null";
  }
}

/**
 * Cross-site request forgery: a state-changing request must come from a page
 * of this site's own origin. Browsers send `Origin` on every POST (and
 * `Sec-Fetch-Site`); a form on another site — or on a sibling origin of the
 * same site, another port or subdomain — is refused with 403 before any
 * loader or action runs, data requests (`<page>.data`) included (Remix's own check only
 * covers documents). A request with neither header nor a Referer is not from
 * a browser, so it carries no victim's cookies: it passes.
 * See docs/decisions/002-no-csrf-token.md.
 */
export function isForeignRequest(req, allowedOrigins) {
  const expected = new Set([`${req.protocol}://${req.get("host")}`, ...allowedOrigins]);
  const origin = req.get("origin");
  if (origin) return !expected.has(origin); // "null" (sandboxed frames, data: URLs) is foreign too
  const site = req.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const referer = req.get("referer");
  return referer ? !expected.has(originOf(referer)) : false;
}

/** A request the browser code makes for data (single fetch: `<page>.data`, `/_root.data` for the home page), not a document. */
function isDataRequest(req) {
  return req.path.endsWith(".data");
}

/**
 * A refusal before Remix, for a data request (a form sent with JavaScript on): single fetch's
 * browser code reads only turbo-stream, and an action's error in it is what the page's error
 * boundary shows (its status and message), as Remix itself would have answered. Any other body is
 * "unable to decode", shown as a server error.
 */
async function sendDataRefusal(res, status, statusText, data) {
  const error = { status, statusText, data };
  const stream = encode({ error }, { plugins: [(value) => (value === error ? ["ErrorResponse", data, status, statusText] : undefined)] });
  const body = await new Response(stream).text(); // a few bytes, read whole
  return res.status(status).type("text/x-script").send(body);
}

/** A 400 before Remix: the open-data API in its own error shape (docs/api.md), anything else in plain text. */
function badRequest(req, res, message) {
  res.status(400).set("Cache-Control", "private, no-store");
  if (/^\/(api|open311)\//.test(req.path)) return res.json({ error: { code: "bad_request", message } });
  return res.type("text").send("Bad Request");
}

const foreignPage = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>403</title><meta name="viewport" content="width=device-width, initial-scale=1">
<main style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">
<h1>Yêu cầu bị từ chối</h1><p>Biểu mẫu này được gửi từ một trang web khác nên không được chấp nhận. Hãy mở Lắng Nghe trực tiếp và thao tác lại.</p>
<h2 lang="en">Request refused</h2><p lang="en">This form was sent from another website, so it was not accepted. Open Lắng Nghe directly and try again.</p>
<p><a href="/">Lắng Nghe</a></p></main></html>`;

/**
 * @param {{ getBuild: () => any, isProduction: boolean, publicUrl?: string, trustProxy?: string }} options
 */
export function createApp({ getBuild, isProduction, publicUrl, trustProxy }) {
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer, set TRUST_PROXY (e.g. "1" for one hop) so req.ip is the client's.
  app.set("trust proxy", trustProxy ? Number(trustProxy) || trustProxy : false);
  app.use(compression());

  // A path that does not decode (`/cases/%ZZ`) is a 400 here, not an error deep in the router.
  app.use((req, res, next) => {
    try {
      decodeURIComponent(req.path);
    } catch {
      return badRequest(req, res, "The path is not valid UTF-8 percent-encoding.");
    }
    // A body the route never read (a refusal before the form) is read and dropped
    // after the answer, so the connection is not reset under the client.
    res.on("finish", () => {
      if (!req.complete && !req.destroyed) {
        req.removeAllListeners("data");
        req.resume();
      }
    });
    next();
  });

  app.use((req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
    // The client address for rate limits, overwritten so a client cannot forge it.
    req.headers["x-lny-client-ip"] = req.ip ?? req.socket.remoteAddress ?? "unknown";
    next();
  });

  app.use(
    helmet({
      // Enforced, not report-only. Scripts run only with this request's nonce.
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`],
          "style-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          "font-src": ["'self'"],
          "connect-src": isProduction ? ["'self'"] : ["'self'", "ws:"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
          "base-uri": ["'self'"],
          "object-src": ["'none'"],
          "upgrade-insecure-requests": null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: isProduction && process.env.COOKIE_SECURE !== "false",
      referrerPolicy: { policy: "same-origin" },
    }),
  );

  // Fingerprinted build assets are immutable; everything else in public/ for an hour. Only paths
  // under public/'s own entries are looked for there: a page's path would cost a stat() per request.
  app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
  const publicEntries = new Set(readdirSync(path.join(root, "public")).filter((name) => name !== "build"));
  const servePublic = express.static(path.join(root, "public"), { maxAge: "1h" });
  app.use((req, res, next) => (publicEntries.has(req.path.split("/")[1] ?? "") ? servePublic(req, res, next) : next()));

  const allowedOrigins = publicUrl ? [originOf(publicUrl)] : [];
  app.use((req, res, next) => {
    if (safeMethods.has(req.method) || !isForeignRequest(req, allowedOrigins)) return next();
    res.set("Cache-Control", "private, no-store");
    if (isDataRequest(req)) return res.status(403).json({ message: "foreign-origin" });
    return res.status(403).type("html").send(foreignPage);
  });

  // Remix's data requests before single fetch (`?_data=<route id>`): the browser code now asks for
  // `<page>.data`, so nothing of this app sends them. Remix would still serve them (with a warning),
  // outside what single fetch encodes, and some answered 500; refused here before any loader or
  // action runs. See docs/decisions/016-single-fetch.md.
  app.use((req, res, next) => {
    if (!("_data" in req.query)) return next();
    return badRequest(req, res, "Data requests are made to <page>.data; ?_data= is not served.");
  });

  // A body larger than any form may be is refused before it is read (forms
  // with files: 5 × 10 MB and the text; others: 1 MB). The form readers
  // (app/utils/form-data.server.ts) count the bytes of bodies sent without a length.
  app.use((req, res, next) => {
    if (safeMethods.has(req.method)) return next();
    const limits = getBuild().entry?.module?.requestLimits ?? { maxFormBytes: 1024 * 1024, maxUploadBytes: 60 * 1024 * 1024 };
    const multipart = /^multipart\/form-data/i.test(req.get("content-type") ?? "");
    const declared = Number(req.get("content-length") ?? 0);
    if (declared > (multipart ? limits.maxUploadBytes : limits.maxFormBytes)) {
      res.set({ "Cache-Control": "private, no-store", Connection: "close" });
      if (isDataRequest(req)) return sendDataRefusal(res, 413, "Payload Too Large", { message: "form-too-large" }).catch(next);
      return multipart
        ? res.status(413).type("text").send("Nội dung gửi lên quá lớn. / The request is too large.")
        : res.status(413).json({ message: "form-too-large" });
    }
    next();
  });

  // Everything below depends on who is asking unless a route says otherwise:
  // not cacheable by default. A route that is the same for everyone (the open
  // data API, the calendar feed) sets `public` itself, and that replaces this
  // default instead of being appended to it.
  app.use((req, res, next) => {
    res.set("Cache-Control", "private, no-store");
    const append = res.append.bind(res);
    res.append = (field, value) => (String(field).toLowerCase() === "cache-control" ? res.set(field, value) : append(field, value));
    next();
  });

  // The same storage the app build reads (app/utils/request-scope.server.ts): kept on globalThis.
  const scopeSlot = Symbol.for("lang-nghe.request-scope");
  const requestScope = (globalThis[scopeSlot] ??= new AsyncLocalStorage());

  // Pages the same for every signed-out visitor are shared for a few seconds (server/page-cache.js).
  const entryOf = () => getBuild().entry?.module ?? {};
  const pageCache = createPageCache({ maxSeconds: () => entryOf().pageCacheSeconds?.() ?? 0 });
  const pageCacheKeyOf = (req) => {
    const keyOf = entryOf().pageCacheKey;
    if (!keyOf) return null;
    let request;
    try {
      // Only what the key is made of: the address (its path and query) and the two headers.
      const headers = {};
      for (const name of ["cookie", "accept-language"]) if (req.headers[name]) headers[name] = req.headers[name];
      request = new Request(new URL(req.originalUrl, "http://page-cache.invalid"), { headers });
    } catch {
      return null;
    }
    return keyOf(request);
  };

  // One handler per build (a new build only in development, after a rebuild).
  let handler;
  let handlerBuild;
  app.all("*", (req, res, next) => {
    const build = getBuild();
    if (build !== handlerBuild) {
      handlerBuild = build;
      handler = createRequestHandler({ build, getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce }) });
    }
    // The loaders of one page request share answers (app/utils/request-scope.server.ts); not a POST's.
    if (req.method === "GET" || req.method === "HEAD") {
      return requestScope.run(new Map(), () => pageCache.handle(req, res, () => handler(req, res, next), () => pageCacheKeyOf(req)).catch(next));
    }
    return handler(req, res, next);
  });

  // Nothing should reach here; if it does, a plain 500 without internals.
  app.use((error, _req, res, _next) => {
    console.error(error);
    if (!res.headersSent) res.status(500).type("text").send("Internal Server Error");
  });

  return app;
}
