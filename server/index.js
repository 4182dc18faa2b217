// Production (and dev) HTTP server: the pipeline of server/app.js in front of
// Remix. It keeps no state of its own — sessions, rate limits and job leases
// are rows in the database — so several can run behind a load balancer on
// PostgreSQL. On SIGTERM/SIGINT it stops accepting connections, lets the
// requests in flight finish, stops the jobs (releasing their leases) and
// exits within SHUTDOWN_GRACE_MS.
import cluster from "node:cluster";
import path from "node:path";
import url from "node:url";
import { broadcastDevReady, installGlobals } from "@remix-run/node";
import { createApp } from "./app.js";

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
/** How long requests in flight get to finish after a stop signal, in milliseconds. */
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS || 10_000);

let build = await import(url.pathToFileURL(BUILD_PATH).href);

const app = createApp({
  getBuild: () => build,
  isProduction,
  publicUrl: process.env.PUBLIC_URL,
  trustProxy: process.env.TRUST_PROXY,
});

const server = app.listen(port, async () => {
  console.log(`Lắng Nghe listening on http://localhost:${port}`);
  if (!isProduction) broadcastDevReady(build);
  if (process.env.RUN_JOBS !== "false" && typeof build.entry?.module?.startJobs === "function") {
    build.entry.module.startJobs();
  }
});

let watcher;
if (!isProduction) {
  const { watch } = await import("node:fs");
  watcher = watch(path.dirname(BUILD_PATH), { recursive: true }, async () => {
    build = await import(`${url.pathToFileURL(BUILD_PATH).href}?t=${Date.now()}`);
    broadcastDevReady(build);
  });
}

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  console.log(`${signal}: stopping (at most ${graceMs} ms)`);
  watcher?.close();
  // A hard deadline: whatever is still open after the grace period is cut.
  const deadline = setTimeout(() => {
    console.error(`${signal}: requests still open after ${graceMs} ms, closing them`);
    server.closeAllConnections();
    process.exit(1);
  }, graceMs);
  deadline.unref();
  // No new connections; idle keep-alive connections close now (a browser's
  // open tab kept the old server alive); busy ones close after their response.
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  idleSweep.unref();
  const jobs = typeof build.entry?.module?.stopJobs === "function" ? build.entry.module.stopJobs(graceMs / 2) : Promise.resolve();
  // Under npm start's cluster (server/cluster.js) the primary accepts each connection and hands it to a
  // worker. One it handed over before it heard that this worker closed its server still arrives, and
  // Node's cluster sends it back to the primary for another worker; a worker that exited at once would
  // leave it with nobody, and its visitor waiting until a time-out. So a worker lingers a moment.
  const handedBack = cluster.isWorker ? new Promise((resolve) => setTimeout(resolve, 500)) : Promise.resolve();
  await Promise.all([closed, handedBack, jobs.catch((error) => console.error("jobs:", error))]);
  clearInterval(idleSweep);
  await build.entry?.module?.disconnectDatabase?.().catch(() => {});
  console.log(`${signal}: stopped in ${Date.now() - started} ms`);
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void shutdown(signal));
