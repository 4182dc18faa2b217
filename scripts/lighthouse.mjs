/**
 * npm run audit:lighthouse — Lighthouse's mobile audit (its default: a
 * mid-range phone, throttled 4G and CPU) of the pages issue #13 names: the
 * landing page, the filing form, the public statistics and a staff case page.
 *
 * Builds nothing: run `npm run build` first. Creates prisma/lighthouse.db with
 * the demo data, serves the production build on LIGHTHOUSE_PORT (3590) as
 * `npm start` does, signs the handler in for the staff page (the session
 * cookie goes to Lighthouse as an extra header), and audits each page with
 * Debian's Chromium (CHROME_PATH, default /usr/bin/chromium, the full browser:
 * `npm test` installs only the headless shell; nothing is downloaded). Prints the four scores per page and exits 1 when a page's
 * median score in any category is under LIGHTHOUSE_MIN (95).
 *
 * LIGHTHOUSE_RUNS=3 audits each page three times and prints every run and the
 * median: performance on a shared, loaded machine moves from run to run.
 * LIGHTHOUSE_ONLY=<regex> audits only the pages whose path matches.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import url from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { prepareDatabase, startApp, stopAll, waitForPort } from "./topology.mjs";

const root = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3590);
const base = `http://127.0.0.1:${port}`;
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const min = Number(process.env.LIGHTHOUSE_MIN ?? 95);
const only = process.env.LIGHTHOUSE_ONLY ? new RegExp(process.env.LIGHTHOUSE_ONLY) : null;
const categories = ["performance", "accessibility", "best-practices", "seo"];
const staff = { identifier: "xuly.tohieu@langnghe.local", password: "LangNghe@2026" };

const dbFile = "prisma/lighthouse.db";
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
const env = {
  DATABASE_URL: `file:./${dbFile}`,
  SESSION_SECRET: "lighthouse-secret-at-least-16-chars",
  COOKIE_SECURE: "false",
  RUN_JOBS: "false",
  STORAGE_DIR: "test-results/lighthouse-storage",
  OUTBOX_DIR: "test-results/lighthouse-outbox",
  NODE_ENV: "production",
  PORT: String(port),
};
prepareDatabase({ ...process.env, ...env });
const children = [startApp(env, { cluster: true, name: "app", log: process.stderr })];
const stop = () => stopAll(children);
process.on("SIGINT", () => stop().then(() => process.exit(130)));

let chrome;
let failed = false;
try {
  await waitForPort(port, 60_000);
  await waitForHealth();
  const cookie = await signIn(staff);
  const caseLink = await firstStaffCase(cookie);
  const pages = [
    { path: "/", cookie: null },
    { path: "/cases/new", cookie: null },
    { path: "/stats", cookie: null },
    { path: caseLink, cookie },
  ].filter((p) => !only || only.test(p.path));

  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const rows = [];
  for (const page of pages) {
    const scores = [];
    for (let i = 0; i < runs; i++) {
      const lhr = await audit(page);
      const run = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      scores.push(run);
      const below = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual");
      console.log(`${page.path} run ${i + 1}: ${categories.map((c) => `${c} ${run[c]}`).join(", ")}`);
      if (process.env.LIGHTHOUSE_VERBOSE) for (const a of below) console.log(`    ${a.id} ${a.score} ${a.displayValue ?? ""}`);
    }
    const median = Object.fromEntries(categories.map((c) => [c, medianOf(scores.map((s) => s[c]))]));
    const spread = Object.fromEntries(categories.map((c) => [c, Math.max(...scores.map((s) => s[c])) - Math.min(...scores.map((s) => s[c]))]));
    rows.push({ path: page.path, median, spread });
  }

  console.log(`\nLighthouse mobile, median of ${runs} run(s) (spread max − min):`);
  for (const r of rows) {
    const cells = categories.map((c) => `${c} ${r.median[c]}${runs > 1 ? ` (±${r.spread[c]})` : ""}`);
    const low = categories.filter((c) => r.median[c] < min);
    if (low.length) failed = true;
    console.log(`${low.length ? "FAIL" : "ok  "} ${r.path}: ${cells.join(", ")}`);
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await chrome?.kill();
  await stop();
}
process.exit(failed ? 1 : 0);

/** One Lighthouse run; a failed trace recording (NO_NAVSTART and the like, seen on a loaded machine) is tried again twice. */
async function audit(page) {
  for (let attempt = 1; ; attempt++) {
    const { lhr } = await lighthouse(`${base}${page.path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: categories,
      ...(page.cookie ? { extraHeaders: { Cookie: page.cookie } } : {}),
    });
    if (!lhr.runtimeError) return lhr;
    if (attempt >= 3) throw new Error(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    console.log(`${page.path}: ${lhr.runtimeError.code}, trying again`);
  }
}

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function waitForHealth() {
  for (let i = 0; i < 60; i++) {
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the app did not become healthy");
}

/** Signs in through the real form (POST /login) and returns the session cookie for the Cookie header. */
async function signIn({ identifier, password }) {
  const body = new URLSearchParams({ identifier, password, redirectTo: "/desk", ln_website: "" });
  const response = await fetch(`${base}/login`, { method: "POST", body, redirect: "manual" });
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (response.status !== 302 || !cookies.length) throw new Error(`sign-in failed: ${response.status}`);
  return cookies.join("; ");
}

/** The first case in the handler's inbox. */
async function firstStaffCase(cookie) {
  const html = await (await fetch(`${base}/desk/cases`, { headers: { Cookie: cookie } })).text();
  const link = /href="(\/desk\/cases\/[A-Z0-9-]+)"/.exec(html)?.[1];
  if (!link) throw new Error("no case in the handler's inbox");
  return link;
}
