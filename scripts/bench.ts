/**
 * npm run bench — how fast the pages are with a large data set.
 *
 * Builds prisma/bench.db (once; --reseed to rebuild) with the reference data,
 * the demo accounts and BENCH_CASES cases (default 1,000,000) spread over the
 * province's units, each with its SUBMITTED event; starts the production
 * server on it (127.0.0.1 only) and measures pages with autocannon for a few
 * seconds each, 10 connections, against the landing page as the "bare Remix
 * page" baseline (same run, so the ratio is what to read on a noisy machine).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { dossierTargets, seedBenchDossiers, timeDossierDashboard } from "./bench-dossiers";

const total = Number(process.env.BENCH_CASES ?? 1_000_000);
// BENCH_FILE / BENCH_PORT: another file (keep a 1M one while trying a small size) or port (helpers sharing a machine).
const file = process.env.BENCH_FILE ?? "prisma/bench.db";
const port = Number(process.env.BENCH_PORT ?? 3299);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const env = { ...process.env, DATABASE_URL: `file:./${file}`, SESSION_SECRET: "bench-secret-at-least-16-chars", COOKIE_SECURE: "false", RUN_JOBS: "false" };

function cuidLike(i: number) {
  return `bench${i.toString(36).padStart(12, "0")}`;
}

/** DateTime as the Prisma SQLite adapter stores it (ISO text), so the app's comparisons hold. */
function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace("Z", "+00:00");
}

function fold(text: string) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** Changes when the seeded data's shape changes, so an old file is rebuilt. */
const completeMark = `${total}:2`;

function complete(): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { readonly: true });
  try {
    return !!db.prepare("SELECT 1 FROM Setting WHERE key = 'bench-complete' AND value = ?").get(completeMark);
  } catch {
    return false;
  } finally {
    db.close();
  }
}

// A half-built file (an interrupted run) or one of another size is rebuilt.
if (process.argv.includes("--reseed") || !complete()) {
  rmSync(file, { force: true });
  const started = Date.now();
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const units = db.prepare("SELECT id, code FROM Unit WHERE active = 1").all() as { id: string; code: string }[];
  const categories = (db.prepare("SELECT id FROM Category").all() as { id: string }[]).map((c) => c.id);
  const citizen = (db.prepare("SELECT id FROM User WHERE email = 'congdan2@langnghe.local'").get() as { id: string }).id;
  const kinds = ["FEEDBACK", "FEEDBACK", "PETITION", "COMPLAINT", "DENUNCIATION"];
  const statuses = ["CLOSED", "CLOSED", "CLOSED", "RESOLVED", "IN_PROGRESS", "ACCEPTED", "SUBMITTED", "NEEDS_INFO", "DECLINED", "WITHDRAWN"];
  const titles = ["Đèn đường hỏng", "Rác thải tập kết sai nơi quy định", "Đề nghị làm đường bê tông", "Khiếu nại quyết định thu hồi đất", "Ô nhiễm nước suối", "Tiếng ồn công trình ban đêm"];
  const insertCase = db.prepare(`INSERT INTO "Case" (id, code, kind, channel, status, instance, unitId, originUnitId, categoryId, citizenId, anonymous, contactName, title, description, searchText, submittedAt, receivedAt, acceptDueAt, dueAt, nextDueAt, extensionCount, complex, resolvedAt, resolvedOnTime, closedAt, satisfaction, publishConsent, version, createdAt, updatedAt)
    VALUES (?, ?, ?, 'ONLINE', ?, 1, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, 0, 0, ?, ?)`);
  const insertEvent = db.prepare(`INSERT INTO CaseEvent (id, caseId, type, toStatus, visibility, createdAt) VALUES (?, ?, 'SUBMITTED', 'SUBMITTED', 'PUBLIC', ?)`);
  // Continue after the demo cases' numbers.
  const counters = new Map<string, number>(
    (db.prepare("SELECT u.code AS code, c.year AS year, c.last AS last FROM CaseCounter c JOIN Unit u ON u.id = c.unitId").all() as { code: string; year: number; last: number }[]).map(
      (r) => [`${r.code}-${r.year}`, r.last],
    ),
  );
  const dayMs = 86_400_000;
  const now = Date.now();
  const insertMany = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const unit = units[i % units.length]!;
      const j = Math.floor(i / units.length); // each unit gets every status, kind and title
      const submitted = now - ((i * 7919) % (730 * dayMs / 1000)) * 1000; // spread over two years
      const year = new Date(submitted + 7 * 3600_000).getUTCFullYear();
      const key = `${unit.code}-${year}`;
      const seq = (counters.get(key) ?? 0) + 1;
      counters.set(key, seq);
      const code = `${unit.code}-${year}-${String(seq).padStart(6, "0")}`;
      const status = statuses[j % statuses.length]!;
      const open = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "NEEDS_INFO"].includes(status);
      const title = `${titles[j % titles.length]} ${i}`;
      const name = `Người dân ${i % 5000}`;
      const acceptDue = submitted + 10 * dayMs;
      const due = status === "SUBMITTED" ? null : submitted + 30 * dayMs;
      // Resolved in 5–44 days against a 30-day limit: some late, as in life; closed ones rated 1–5.
      const resolved = ["RESOLVED", "CLOSED"].includes(status) ? submitted + (5 + (j % 40)) * dayMs : null;
      const onTime = resolved ? (resolved <= submitted + 30 * dayMs ? 1 : 0) : null;
      const rating = status === "CLOSED" && j % 3 === 0 ? 1 + ((j * 3) % 5) : null;
      insertCase.run(
        cuidLike(i), code, kinds[(j * 7) % kinds.length], status, unit.id, unit.id, categories[j % categories.length], i % 1000 === 0 ? citizen : null, name, title,
        `Nội dung phản ánh số ${i}: ${title}.`, fold(`${code} ${title} ${name}`), iso(submitted), iso(submitted), iso(acceptDue), iso(due),
        iso(open ? (status === "SUBMITTED" ? acceptDue : due) : null), iso(resolved), onTime, iso(status === "CLOSED" ? (resolved ?? submitted) + dayMs : null), rating, iso(submitted), iso(submitted),
      );
      insertEvent.run(`ev${cuidLike(i)}`, cuidLike(i), iso(submitted));
    }
  });
  for (let from = 0; from < total; from += 50_000) insertMany(from, Math.min(total, from + 50_000));
  for (const [key, last] of counters) {
    const [code, year] = [key.slice(0, key.lastIndexOf("-")), Number(key.slice(key.lastIndexOf("-") + 1))];
    const unit = units.find((u) => u.code === code)!;
    db.prepare(`INSERT INTO CaseCounter (unitId, year, last) VALUES (?, ?, ?) ON CONFLICT(unitId, year) DO UPDATE SET last = MAX(last, excluded.last)`).run(unit.id, year, last);
  }
  db.exec("ANALYZE");
  db.prepare("INSERT INTO Setting (key, value, updatedAt) VALUES ('bench-complete', ?, ?)").run(completeMark, Date.now());
  db.close();
  console.log(`seeded ${total.toLocaleString("en")} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// A file seeded by an older version gets the newer migrations (columns, indexes) first.
execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
const dossiersSeeded = seedBenchDossiers(file, Number(process.env.BENCH_DOSSIERS ?? total));

// The public figures: rebuilt from the cases once (the job keeps them up to date afterwards), then
// the dashboard's queries timed in-process, without HTTP.
process.env.DATABASE_URL = env.DATABASE_URL;
{
  const { rebuildAllStats } = await import("~/modules/stats/refresh.server");
  const { publicUnits, findUnitByCode, computeDashboard, computeRanking } = await import("~/modules/stats/stats.server");
  const { parsePeriod } = await import("~/modules/stats/period");
  const { db: appDb } = await import("~/utils/db.server");
  // Rebuilt when the precomputed rows do not add up to the cases (a fresh seed inserts cases directly).
  const [counted, caseCount] = await Promise.all([appDb.statMonthly.aggregate({ _sum: { received: true } }), appDb.case.count()]);
  if (counted._sum.received !== caseCount || process.argv.includes("--rebuild-stats")) {
    const t0 = performance.now();
    const days = await rebuildAllStats();
    console.log(`statistics rebuilt: ${days} days, ${(await appDb.statDaily.count()).toLocaleString("en")} daily rows, ${(await appDb.statMonthly.count()).toLocaleString("en")} monthly rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  // BENCH_ONESTOP_ONLY=1: skip the case-only timings below (the one-stop comparison still times the case dashboard).
  const onestopOnly = process.env.BENCH_ONESTOP_ONLY === "1";
  const units = await publicUnits();
  const thisYear = new Date().getFullYear();
  const cases: [string, string, string][] = onestopOnly ? [] : [
    ["province, this year", "SLA", `period=year&year=${thisYear}`],
    ["province, two years (custom)", "SLA", `period=custom&from=${thisYear - 2}-11-15&to=${thisYear}-11-14`],
    ["commune, this quarter", "TOHIEU", "period=quarter"],
    ["commune, one month", "TOHIEU", "period=month"],
  ];
  const median = async (fn: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[3]!;
  };
  // Uncached: the pages memoise these answers until the next refresh (30 s), so this is the worst case.
  if (!onestopOnly) console.log("\ndashboard queries, uncached (median of 7, in-process)");
  for (const [name, code, query] of cases) {
    const parsed = parsePeriod(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(query);
    const scope = findUnitByCode(units, code)!;
    const ms = await median(() => computeDashboard(scope, units, parsed.period));
    console.log(`  ${name.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms`);
  }
  const year = parsePeriod(new URLSearchParams(`period=year&year=${thisYear}`));
  if (year.ok && !onestopOnly) {
    const ms = await median(() => computeRanking(findUnitByCode(units, "SLA")!, units, year.period, "onTime", new Date()));
    console.log(`  ${"ranking, province, this year".padEnd(34)} ${ms.toFixed(1).padStart(7)} ms`);
  }
  // The inspectorate's forms (docs/reports.md): computed from the cases and their events when asked.
  const { loadFacts, windowOf } = await import("~/modules/reports/facts.server");
  const { formRows, forms } = await import("~/modules/reports/forms");
  const quarter = parsePeriod(new URLSearchParams("period=report-quarter"));
  if (quarter.ok && !onestopOnly) {
    console.log("\nstatistical forms, this reporting quarter (median of 7, in-process)");
    const rows = units.map((u) => ({ unitId: u.id, code: u.code, name: u.name, path: u.path, parentId: u.parentId }));
    for (const [name, code] of [["province", "SLA"], ["commune", "TOHIEU"]] as const) {
      const scope = rows.find((u) => u.code === code)!;
      const inScope = rows.filter((u) => u.path.startsWith(scope.path));
      const w = windowOf(quarter.period);
      for (const id of ["01-TCD", "02-XLD"] as const) {
        const def = forms[id];
        const needs = id === "01-TCD" ? { reception: true } : { petitions: true };
        const ms = await median(async () => formRows(def, scope, inScope, await loadFacts(inScope.map((u) => u.unitId), w, needs), w));
        console.log(`  ${`${id}, ${name}`.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms`);
      }
    }
  }
  await timeDossierDashboard(dossiersSeeded);
  await appDb.$disconnect();
}

// BENCH_HTTP=0: the in-process timings only (no build needed, no server).
if (process.env.BENCH_HTTP === "0") process.exit(0);

const server = spawn("node", ["server/index.js"], { env: { ...env, NODE_ENV: "production", PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"] });
process.on("exit", () => server.kill());
await new Promise<void>((resolve, reject) => {
  server.stdout!.on("data", (d) => String(d).includes("listening") && resolve());
  server.on("exit", (code) => reject(new Error(`server exited (${code}); is port ${port} free?`)));
});
const base = `http://127.0.0.1:${port}`;

async function signIn(email: string) {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    body: new URLSearchParams({ identifier: email, password: "LangNghe@2026" }),
    redirect: "manual",
  });
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}
const staff = await signIn("tiepnhan.tohieu@langnghe.local");
const leader = await signIn("lanhdao.tohieu@langnghe.local");
// A case a little way down the commune's list (not the newest), or its oldest when it has fewer than 500.
const someCase = (() => {
  const bench = new Database(file, { readonly: true });
  const inCommune = (bench.prepare(`SELECT COUNT(*) AS n FROM "Case" c JOIN Unit u ON u.id = c.unitId WHERE u.code = 'TOHIEU'`).get() as { n: number }).n;
  if (inCommune === 0) throw new Error("the bench file has no case at TOHIEU");
  const row = bench.prepare(`SELECT c.code AS code FROM "Case" c JOIN Unit u ON u.id = c.unitId WHERE u.code = 'TOHIEU' ORDER BY c.submittedAt DESC LIMIT 1 OFFSET ?`).get(Math.min(500, inCommune - 1)) as { code: string };
  bench.close();
  return row;
})();

const targets: [string, string, string | undefined][] = [
  ["landing page (baseline)", "/", undefined],
  ["healthz", "/healthz", undefined],
  ["inbox, newest first", "/desk/cases", staff],
  ["inbox, overdue by deadline", "/desk/cases?due=overdue&sort=due", staff],
  ["inbox, search 'den duong'", "/desk/cases?q=den+duong", staff],
  ["staff case page", `/desk/cases/${someCase.code}`, staff],
  ["public lookup", `/track?code=${someCase.code}`, undefined],
  ["dashboard, province, year", "/stats", undefined],
  ["dashboard, commune, quarter", "/stats?unit=TOHIEU&period=quarter", undefined],
  ["unit ranking, year", "/stats/ranking", undefined],
  ["api/v1/stats, province", "/api/v1/stats", undefined],
  ["open311 requests (100)", "/open311/v2/requests.json", undefined],
  ["leader's report", "/desk/reports", leader],
  ["form 02/XLD, commune, quarter", "/desk/reports/forms?form=02-XLD", leader],
  ...dossierTargets(staff),
];
const rows: { name: string; rps: number; p50: number; p99: number }[] = [];
// BENCH_ONLY=<regex> measures only the matching pages (and the baseline).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : null;
for (const [name, path, cookie] of targets.filter(([name], i) => i === 0 || !only || only.test(name))) {
  const result = await autocannon({ url: base + path, connections: 10, duration: seconds, headers: cookie ? { cookie } : {} });
  rows.push({ name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99 });
  if (result.non2xx) console.log(`  ${name}: ${result.non2xx} non-2xx responses`);
}
server.kill();
const baseline = rows[0]!.rps;
console.log(`\n${total.toLocaleString("en")} cases · ${seconds}s each · 10 connections · 127.0.0.1\n`);
console.log("page".padEnd(32), "req/s".padStart(7), "p50 ms".padStart(7), "p99 ms".padStart(7), "× baseline".padStart(11));
for (const r of rows) console.log(r.name.padEnd(32), String(r.rps).padStart(7), String(r.p50).padStart(7), String(r.p99).padStart(7), (r.rps / baseline).toFixed(2).padStart(11));
process.exit(0);
