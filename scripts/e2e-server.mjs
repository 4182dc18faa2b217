// The server the end-to-end suite runs against (playwright.config.ts starts it):
// a fresh database (SQLite file removed, or PostgreSQL database dropped and
// created), migrated and seeded, then the production build served by
//
//   - E2E_APP_SERVERS=1 (default): server/cluster.js, as `npm start` runs it
//     (WEB_CONCURRENCY workers on one port);
//   - E2E_APP_SERVERS=N > 1: N single-process app servers on the ports after
//     E2E_PORT + 10, behind HAProxy on E2E_PORT with deploy/haproxy.cfg (round
//     robin, so consecutive requests go to different servers).
//
// Files go to a folder, or with E2E_STORAGE=s3 to a local S3-compatible server
// (s3rver on E2E_PORT + 16) that every app server shares.
//
// Runs until it is sent SIGINT/SIGTERM, then stops what it started.
import { rmSync } from "node:fs";
import path from "node:path";
import url from "node:url";
import { prepareDatabase, resetDatabase, s3Env, startApp, startBalancer, startS3, stopAll } from "./topology.mjs";

const root = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const port = Number(process.env.E2E_PORT ?? 3210);
const databaseUrl = process.env.E2E_DATABASE_URL || "file:./prisma/e2e.db";
const appServers = Number(process.env.E2E_APP_SERVERS ?? 1);

const e2eEnv = {
  DATABASE_URL: databaseUrl,
  SESSION_SECRET: "e2e-secret-at-least-16-chars",
  COOKIE_SECURE: "false",
  RUN_JOBS: "false",
  // Every spec registers its own citizens from 127.0.0.1: more than a real address's hourly 20.
  REGISTER_PER_ADDRESS_HOURLY: "500",
  FILING_PER_ADDRESS_HOURLY: "500",
  // Every spec signs in from 127.0.0.1: far more than an office's 100 tries in 15 minutes.
  SIGN_IN_PER_ADDRESS_FREE: "100000",
  // Emails as .eml files the specs read (e2e/messages.ts); SMS to the specs' HTTP receiver on 127.0.0.1.
  OUTBOX_DIR: "test-results/outbox",
  SMS_GATEWAY_URL: `http://127.0.0.1:${Number(process.env.E2E_SMS_PORT ?? port + 20000)}/sms`,
  SMS_GATEWAY_KEY: "e2e-gateway-key",
  STORAGE_DIR: process.env.E2E_STORAGE_DIR ?? "test-results/storage",
  NODE_ENV: "production",
  ...(process.env.E2E_STORAGE === "s3" ? s3Env(port + 16) : {}),
};

const children = [];
rmSync(e2eEnv.STORAGE_DIR, { recursive: true, force: true });
if (process.env.E2E_STORAGE === "s3") children.push(await startS3({ port: port + 16, directory: "test-results/s3" }));
await resetDatabase(databaseUrl);
prepareDatabase({ ...process.env, ...e2eEnv });

if (appServers <= 1) {
  children.push(startApp({ ...e2eEnv, PORT: String(port) }, { cluster: true, name: "app" }));
} else {
  const addresses = [];
  for (let i = 0; i < appServers; i++) {
    const appPort = port + 10 + i;
    addresses.push(`127.0.0.1:${appPort}`);
    children.push(startApp({ ...e2eEnv, PORT: String(appPort), TRUST_PROXY: "1" }, { cluster: false, name: `app${i + 1}` }));
  }
  children.push(await startBalancer({ port, addresses }));
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(children).then(() => process.exit(0)));
for (const child of children) {
  child.on("exit", (code, signal) => {
    if (child.stopping) return;
    console.error(`e2e-server: ${child.name} exited (${code ?? signal}); stopping`);
    stopAll(children).then(() => process.exit(1));
  });
}
