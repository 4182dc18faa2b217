import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the PRODUCTION build (`npm run build` first) served
 * by server/index.js, on a fresh SQLite database (prisma/e2e.db) that
 * scripts/prepare-db.mjs migrates and seeds at every run.
 *
 *   npm run build && npx playwright test
 *
 * E2E_PORT picks the port; CHROMIUM_PATH another browser binary.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

const serverEnv = [
  "DATABASE_URL=file:./prisma/e2e.db",
  "SESSION_SECRET=e2e-secret-at-least-16-chars",
  "COOKIE_SECURE=false",
  "RUN_JOBS=false",
  // Every spec registers its own citizens from 127.0.0.1: more than a real address's hourly 20.
  "REGISTER_PER_ADDRESS_HOURLY=500",
  "FILING_PER_ADDRESS_HOURLY=500",
  // e2e/security.spec.ts plays several addresses with X-Forwarded-For (one trusted hop, like a load balancer).
  "TRUST_PROXY=1",
  `PORT=${port}`,
].join(" ");

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const browserUse = {
  ...devices["Desktop Chrome"],
  locale: "vi-VN",
  launchOptions: {
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  },
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // Two files at a time (a 2-core machine: the server and Chromium share it).
  // Safe: every test uses its own accounts, and the whole suite stays well
  // under the per-address limit of 20 failed sign-ins (registrations: see serverEnv).
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [["list"], ["junit", { outputFile: "test-results/junit.xml" }]] : "list",
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /overdue\.spec\.ts/,
      use: browserUse,
    },
    {
      // Runs the scheduled jobs as of a later date over the whole shared database, so it
      // goes last, alone: it would otherwise auto-close cases other tests are still working.
      name: "jobs",
      testMatch: /overdue\.spec\.ts/,
      dependencies: ["chromium"],
      use: browserUse,
    },
  ],
  webServer: {
    // A fresh database every run: remove the old file (and -wal/-shm/-journal), migrate, seed, serve.
    command:
      `rm -f prisma/e2e.db prisma/e2e.db-* && ${serverEnv} node scripts/prepare-db.mjs && ` +
      `${serverEnv} NODE_ENV=production node server/index.js`,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
