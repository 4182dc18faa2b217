import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the PRODUCTION build (`npm run build` first) on a
 * fresh database that scripts/e2e-server.mjs creates, migrates and seeds at
 * every run, then serves:
 *
 *   npm run build && npx playwright test                 SQLite, `npm start`'s worker cluster
 *   E2E_DATABASE_URL=postgresql://…/lny_e2e \
 *   E2E_APP_SERVERS=2 npx playwright test                PostgreSQL, two servers behind HAProxy
 *
 * E2E_PORT picks the port; CHROMIUM_PATH another browser binary; E2E_TRACE=1 keeps a
 * trace of each failing test.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// The specs that run `npm run jobs` read these (e2e/utils.ts, e2eJobEnv).
process.env.E2E_PORT = String(port);
process.env.E2E_DATABASE_URL ||= "file:./prisma/e2e.db";

// Debian's headless shell (package chromium-headless-shell, the browser Playwright itself
// runs headless) before the full browser: the suite takes about a third less time with it.
// A headed run (`--headed`) needs the full one: CHROMIUM_PATH=/usr/bin/chromium.
const executablePath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));

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
  // under the per-address limit of 20 failed sign-ins (registrations: scripts/e2e-server.mjs).
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [["list"], ["junit", { outputFile: "test-results/junit.xml" }]] : "list",
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    // Recording a trace costs a quarter of the suite's time (Chromium films the page, Playwright
    // snapshots the DOM at every step) and a CI run keeps only its log: E2E_TRACE=1 records one
    // for each test that fails (test-results/…/trace.zip, `npx playwright show-trace`).
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
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
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    // The launcher stops its servers (and HAProxy) on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
