// Production (and dev) HTTP server: Express in front of Remix, with security
// headers, compression and static files. It keeps no state of its own —
// sessions, rate limits and job leases are rows in the database — so several
// can run behind a load balancer on PostgreSQL.
import crypto from "node:crypto";
import path from "node:path";
import url from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";

installGlobals();
// .env (written by scripts/prepare-db.mjs for the demo) holds SESSION_SECRET.
if (typeof process.loadEnvFile === "function") {
  try {
    process.loadEnvFile(".env");
  } catch {
    // no .env: the environment is configured some other way
  }
}

const here = path.dirname(url.fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const BUILD_PATH = path.join(root, "build/index.js");
const isProduction = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT || 3000);

let build = await import(url.pathToFileURL(BUILD_PATH).href);

const app = express();
app.disable("x-powered-by");
// Behind a load balancer, set TRUST_PROXY (e.g. "1" for one hop) so req.ip is the client's.
app.set("trust proxy", process.env.TRUST_PROXY ? Number(process.env.TRUST_PROXY) || process.env.TRUST_PROXY : false);
app.use(compression());

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

// Fingerprinted build assets are immutable; everything else in public/ for an hour.
app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));

app.all(
  "*",
  isProduction
    ? createRequestHandler({ build, getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce }) })
    : (req, res, next) =>
        createRequestHandler({ build, getLoadContext: () => ({ cspNonce: res.locals.cspNonce }) })(req, res, next),
);

const server = app.listen(port, async () => {
  console.log(`Lắng Nghe listening on http://localhost:${port}`);
  if (!isProduction) broadcastDevReady(build);
  if (process.env.RUN_JOBS !== "false" && typeof build.entry?.module?.startJobs === "function") {
    build.entry.module.startJobs();
  }
});

if (!isProduction) {
  const { watch } = await import("node:fs");
  watch(path.dirname(BUILD_PATH), { recursive: true }, async () => {
    build = await import(`${url.pathToFileURL(BUILD_PATH).href}?t=${Date.now()}`);
    broadcastDevReady(build);
  });
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
