/**
 * npm run bench — how fast the pages are with a large data set, side by side
 * with a bare Remix page built in the same run (bench/bare-remix).
 *
 * Builds prisma/bench.db (once; --reseed to rebuild) with the reference data,
 * the demo accounts and BENCH_CASES cases (default 1,000,000) spread over the
 * province's units, each with its SUBMITTED event. With
 * BENCH_DATABASE_URL=postgresql://…/db the same data is copied into that
 * PostgreSQL database (once) and everything below runs on it.
 *
 * Then: the dashboard's queries timed in-process; the production server
 * (server/cluster.js, one worker) measured page by page with wrk (autocannon
 * where wrk is not installed: scripts/bench-load.ts), 10 connections for
 * BENCH_SECONDS each after BENCH_WARM_SECONDS unmeasured, against the bare page (the ratio is what
 * to read on a noisy machine); one worker against two; other pages while one
 * client floods the sign-in form; the landing page's JavaScript, gzipped.
 * BENCH_ONLY=<regex> measures only some pages; BENCH_INPROCESS=0 skips the in-process
 * timings; BENCH_PORT (3299) and the next two
 * ports are used on 127.0.0.1.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { dossierTargets, seedBenchDossiers, timeDossierDashboard } from "./bench-dossiers";
import { load, loadGenerator } from "./bench-load";

const total = Number(process.env.BENCH_CASES ?? 1_000_000);
// BENCH_FILE / BENCH_PORT: another file (keep a 1M one while trying a small size) or port (helpers sharing a machine).
const file = process.env.BENCH_FILE ?? "prisma/bench.db";
const port = Number(process.env.BENCH_PORT ?? 3299);
const barePort = port + 1;
/** The bare page with two workers, only while one worker is compared with two. */
const bareTwoPort = port + 2;
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
// Each page is first loaded for this long, not measured, so it is measured on code V8 has already
// optimised, as a server in service runs it (with BENCH_ONLY a page came right after the start).
const warmSeconds = Number(process.env.BENCH_WARM_SECONDS ?? 3);
const pgUrl = process.env.BENCH_DATABASE_URL?.startsWith("postgres") ? process.env.BENCH_DATABASE_URL : null;
const common = { SESSION_SECRET: "bench-secret-at-least-16-chars", COOKIE_SECURE: "false", RUN_JOBS: "false", NODE_NO_WARNINGS: "1" };
/** The SQLite file is always built first; on PostgreSQL it is then copied there. */
// An absolute BENCH_FILE stays absolute ("file:.//work/…" would be a path under the working directory).
const sqliteEnv = { ...process.env, ...common, DATABASE_URL: path.isAbsolute(file) ? `file:${file}` : `file:./${file}` };
const env = { ...process.env, ...common, DATABASE_URL: pgUrl ?? sqliteEnv.DATABASE_URL };

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
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: sqliteEnv, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: sqliteEnv, stdio: "ignore" });
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
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: sqliteEnv, stdio: "ignore" });
// The seed ran ANALYZE. An index a later migration added has no statistics beside the others that
// do, and SQLite's planner then takes it for far more selective than it is (it chose the new
// (unitId, status, submittedAt) index for every inbox list, sorting the whole province: 2.6 s).
// Such a mix is the bench's own making (the app never runs ANALYZE), so the statistics are taken again.
{
  const db = new Database(file);
  const analyzed = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`).get();
  const missing = analyzed && db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Case' AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL)`).all();
  if (missing && (missing as unknown[]).length) db.exec(`ANALYZE "Case"`);
  db.close();
}
const dossiersSeeded = seedBenchDossiers(file, Number(process.env.BENCH_DOSSIERS ?? total));
// Fresh dossiers in the SQLite file are copied again (the copy is otherwise made once).
if (pgUrl) await copyIntoPostgres(pgUrl, dossiersSeeded);

/**
 * The SQLite bench data, table by table, into a fresh PostgreSQL database
 * (migrated with the PostgreSQL migrations), with psql's \copy from CSV. Once:
 * the copy carries the bench's completion mark. Foreign keys are not checked
 * during the load (session_replication_role, which needs a superuser: use a
 * throw-away server such as scripts/pg-test-server.sh).
 */
async function copyIntoPostgres(url: string, force: boolean) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  const done = await client
    .connect()
    .then(() => client.query(`SELECT value FROM "Setting" WHERE key = 'bench-complete'`))
    .then((r) => r.rows[0]?.value === completeMark)
    .catch(() => false)
    .finally(() => client.end());
  if (done && !force && !process.argv.includes("--reseed")) {
    // A copy made by an older version gets the newer migrations (indexes), as the SQLite file does.
    execFileSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma.postgres.config.ts"], { env: { ...env, DATABASE_URL: url }, stdio: "ignore" });
    return;
  }
  const started = Date.now();
  const { resetDatabase } = await import("./topology.mjs");
  await resetDatabase(url);
  execFileSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma.postgres.config.ts"], { env: { ...env, DATABASE_URL: url }, stdio: "ignore" });
  const target = new pg.Client({ connectionString: url });
  await target.connect();
  const pgColumns = new Map<string, Set<string>>();
  const timestamps = new Set<string>(); // "table.column" of PostgreSQL timestamp columns
  for (const r of (await target.query(`SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'`)).rows) {
    if (!pgColumns.has(r.table_name)) pgColumns.set(r.table_name, new Set());
    pgColumns.get(r.table_name)!.add(r.column_name);
    if (String(r.data_type).startsWith("timestamp")) timestamps.add(`${r.table_name}.${r.column_name}`);
  }
  const sqlite = new Database(file, { readonly: true });
  const dir = mkdtempSync(path.join(tmpdir(), "lny-bench-copy-"));
  const script: string[] = ["SET session_replication_role = replica;"];
  for (const { name } of sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations'`).all() as { name: string }[]) {
    const wanted = pgColumns.get(name);
    if (!wanted) continue; // full-text search tables and the like: SQLite only
    const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name).filter((c) => wanted.has(c));
    const csv = path.join(dir, `${name}.csv`);
    const fd = openSync(csv, "w");
    let buffer = "";
    // SQLite may hold a DateTime as epoch milliseconds (rows written by hand, such as the completion marks).
    const isTimestamp = columns.map((c) => timestamps.has(`${name}.${c}`));
    for (const row of sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${name}"`).raw().iterate() as Iterable<unknown[]>) {
      buffer += row.map((v, i) => (v === null ? "" : typeof v === "string" ? `"${v.replace(/"/g, '""')}"` : typeof v === "number" && isTimestamp[i] ? new Date(v).toISOString() : String(v))).join(",") + "\n";
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = "";
      }
    }
    writeSync(fd, buffer);
    closeSync(fd);
    script.push(`\\copy "${name}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM '${csv}' WITH (FORMAT csv)`);
  }
  sqlite.close();
  writeFileSync(path.join(dir, "load.sql"), script.join("\n") + "\nANALYZE;\n");
  execFileSync("psql", [url, "-q", "-v", "ON_ERROR_STOP=1", "-f", path.join(dir, "load.sql")], { stdio: "inherit" });
  rmSync(dir, { recursive: true, force: true });
  await target.end();
  console.log(`copied the bench data into PostgreSQL in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// The public figures: rebuilt from the cases once (the job keeps them up to date afterwards), then
// the dashboard's queries timed in-process, without HTTP.
process.env.DATABASE_URL = env.DATABASE_URL;
{
  const { rebuildAllStats } = await import("~/modules/stats/refresh.server");
  const { publicUnits } = await import("~/modules/stats/stats.server");
  const { parsePeriod } = await import("~/modules/stats/period");
  const { timeStatsQueries } = await import("./bench-stats");
  const { db: appDb } = await import("~/utils/db.server");
  // Rebuilt when the precomputed rows do not add up to the cases (a fresh seed inserts cases directly).
  const [counted, rolledUp, perHandler, caseCount] = await Promise.all([
    appDb.statMonthly.aggregate({ _sum: { received: true } }),
    appDb.statUnitMonthly.aggregate({ _sum: { received: true } }),
    appDb.statHandlerMonthly.aggregate({ _sum: { received: true } }),
    appDb.case.count(),
  ]);
  if (counted._sum.received !== caseCount || rolledUp._sum.received !== caseCount || perHandler._sum.received !== caseCount || process.argv.includes("--rebuild-stats")) {
    const t0 = performance.now();
    const days = await rebuildAllStats();
    console.log(`statistics rebuilt: ${days} days, ${(await appDb.statDaily.count()).toLocaleString("en")} daily rows, ${(await appDb.statMonthly.count()).toLocaleString("en")} monthly rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  // BENCH_ONESTOP_ONLY=1: skip the case-only timings below (the one-stop comparison still times the case dashboard).
  const onestopOnly = process.env.BENCH_ONESTOP_ONLY === "1";
  // BENCH_INPROCESS=0: straight to the pages (the in-process timings take minutes at 1M).
  const inProcess = process.env.BENCH_INPROCESS !== "0";
  const units = await publicUnits();
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
  if (!onestopOnly && inProcess) {
    console.log("");
    await timeStatsQueries(7);
  }
  // The inspectorate's forms (docs/reports.md): computed from the cases and their events when asked.
  const { loadFacts, windowOf } = await import("~/modules/reports/facts.server");
  const { formRows, forms } = await import("~/modules/reports/forms");
  const quarter = parsePeriod(new URLSearchParams("period=report-quarter"));
  if (quarter.ok && !onestopOnly && inProcess) {
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
  if (inProcess) await timeDossierDashboard(dossiersSeeded);
  await appDb.$disconnect();
}

// BENCH_HTTP=0: the in-process timings only (no build needed, no server).
if (process.env.BENCH_HTTP === "0") process.exit(0);

// ---------------------------------------------------------------------------
// Pages over HTTP: the bare Remix page first, then the app, in the same run.
// ---------------------------------------------------------------------------
const base = `http://127.0.0.1:${port}`;
const bareBase = `http://127.0.0.1:${barePort}`;

function waitUntilListening(child: ChildProcess, what: string) {
  return new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => String(d).includes("listening") && resolve());
    child.on("exit", (code) => reject(new Error(`${what} exited (${code}); is its port free?`)));
  });
}

const running = new Set<ChildProcess>();
process.on("exit", () => running.forEach((c) => c.kill()));

/** The app's production server (server/cluster.js) with `workers` workers. */
async function startApp(workers: number) {
  const child = spawn(process.execPath, ["server/cluster.js"], {
    env: { ...env, NODE_ENV: "production", PORT: String(port), WEB_CONCURRENCY: String(workers), TRUST_PROXY: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  running.add(child);
  await waitUntilListening(child, "the app");
  if (workers > 1) await new Promise((r) => setTimeout(r, 3000)); // every worker up, not just the first
  return child;
}

async function stop(child: ChildProcess) {
  running.delete(child);
  await new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

execFileSync("npx", ["remix", "build"], { cwd: "bench/bare-remix", env: { ...process.env, NODE_ENV: "production" }, stdio: "ignore" });
const bare = spawn(process.execPath, ["bench/bare-remix/server.mjs"], { env: { ...process.env, NODE_ENV: "production", PORT: String(barePort) }, stdio: ["ignore", "pipe", "inherit"] });
running.add(bare);
await waitUntilListening(bare, "the bare Remix server");

type Row = { name: string; rps: number; p50: number; p99: number; errors: number; cpu: number | null };
/** CPU time (ms) the process has used so far, from /proc (Linux; null elsewhere): a page's cost per request, whatever the machine's load. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in ticks of 10 ms
  } catch {
    return null;
  }
}
/**
 * One page under load. One request first, waited for: it queues behind what the previous page's run
 * left in flight (so that work is not counted against this page), fills the page's cache, as a
 * server that has run for a while has it, and must be the page itself (2xx). `fromManyAddresses`:
 * each request from its own client address (an X-Forwarded-For the app trusts here,
 * TRUST_PROXY=1), for a page limited per address such as the public lookup (30 per 10 minutes),
 * so what is measured is the answer a citizen gets.
 */
async function measure(name: string, url: string, cookie?: string, connections = 10, pid = app?.pid, fromManyAddresses = false): Promise<Row> {
  // Not a redirect (to the sign-in page, say): wrk counts only 4xx and 5xx as errors.
  const first = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  await first.arrayBuffer();
  if (first.status < 200 || first.status > 299) throw new Error(`bench: ${name} answers ${first.status}, not the page`);
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (warmSeconds > 0) await load({ url, connections, seconds: warmSeconds, headers, fromManyAddresses });
  const before = cpuMs(pid);
  const result = await load({ url, connections, seconds, headers, fromManyAddresses });
  const after = cpuMs(pid);
  const cpu = before !== null && after !== null && result.requests > 0 ? (after - before) / result.requests : null;
  return { name, rps: Math.round(result.rps), p50: result.p50, p99: result.p99, errors: result.errors, cpu };
}

let app = await startApp(1);
const landingHtml = await (await fetch(`${base}/`)).text();

async function signIn(email: string) {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    body: new URLSearchParams({ identifier: email, password: "LangNghe@2026" }),
    headers: { Origin: base },
    redirect: "manual",
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!cookie.includes("ln_session")) throw new Error(`bench: could not sign in as ${email} (${res.status})`);
  return cookie;
}
// The previous run's sign-in flood left its rate-limit rows: the bench's accounts start unthrottled.
{
  const { write } = await import("~/utils/db.server");
  await write((tx) => tx.rateLimit.deleteMany());
}
const staff = await signIn("tiepnhan.tohieu@langnghe.local");
const leader = await signIn("lanhdao.tohieu@langnghe.local");
const citizen = await signIn("congdan2@langnghe.local");
const provinceLeader = await signIn("lanhdao.tinh@langnghe.local");
const someCase = await (async () => {
  const { db: appDb } = await import("~/utils/db.server");
  const unit = await appDb.unit.findUniqueOrThrow({ where: { code: "TOHIEU" }, select: { id: true } });
  // The 500th newest (not a hot row), or the oldest when a small bench has fewer.
  const inUnit = await appDb.case.count({ where: { unitId: unit.id } });
  if (!inUnit) throw new Error("bench: no case in TOHIEU (BENCH_CASES too small)");
  const row = await appDb.case.findFirstOrThrow({ where: { unitId: unit.id }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], skip: Math.min(500, inUnit - 1), select: { code: true } });
  await appDb.$disconnect();
  return row;
})();

// A cookie the app does not know: the visitor is still signed out, but the public page cache
// (server/page-cache.js) neither looks up nor keeps the page, so the row shows what rendering costs.
const rendered = "bench=rendered-each-time";
const targets: [string, string, string | undefined][] = [
  ["landing page, signed out", "/", undefined],
  ["landing page, signed out, rendered each time (page cache bypassed)", "/", rendered],
  ["healthz (one query, no render)", "/healthz", undefined],
  ["citizen: my cases", "/cases", citizen],
  ["inbox, newest first", "/desk/cases", staff],
  ["inbox, overdue by deadline", "/desk/cases?due=overdue&sort=due", staff],
  ["inbox, search 'den duong'", "/desk/cases?q=den+duong", staff],
  ["inbox, the province's, one status, newest first", "/desk/cases?status=NEEDS_INFO", provinceLeader],
  // In the bench's data a status goes with one kind: this pair matches no case, the longest read of the index.
  ["inbox, the province's, a status and a kind that match nothing", "/desk/cases?status=NEEDS_INFO&kind=FEEDBACK", provinceLeader],
  ["staff case page", `/desk/cases/${someCase.code}`, staff],
  ["public lookup by code (each from its own address)", `/track?code=${someCase.code}`, undefined],
  ["dashboard, province, year", "/stats", undefined],
  ["dashboard, province, year, rendered each time", "/stats", rendered],
  ["dashboard, commune, quarter", "/stats?unit=TOHIEU&period=quarter", undefined],
  ["unit ranking, year", "/stats/ranking", undefined],
  ["unit ranking, year, rendered each time", "/stats/ranking", rendered],
  ["api/v1/stats, province", "/api/v1/stats", undefined],
  ["api/v1/stats, province, rendered each time", "/api/v1/stats", rendered],
  ["open311 requests (100)", "/open311/v2/requests.json", undefined],
  ["open311 requests (100), rendered each time", "/open311/v2/requests.json", rendered],
  ["leader's report, a ward", "/desk/reports", leader],
  ["form 02/XLD, commune, quarter", "/desk/reports/forms?form=02-XLD", leader],
  ...dossierTargets(staff, rendered),
];
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : null;
const loadAtStart = (await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ");
const rows: Row[] = [await measure("bare Remix page (50-row table, no database)", `${bareBase}/`, undefined, 10, bare.pid)];
for (const [name, path, cookie] of targets.filter(([name]) => !only || only.test(name))) {
  // The app runs without its jobs here. In service the statistics refresh takes the overdue counts every
  // 30 s, and the report starts from them (they are used up to 5 minutes old): taken as the refresh would.
  if (path.startsWith("/desk/reports")) {
    const { countOverdue } = await import("~/modules/stats/stats.server");
    await countOverdue();
  }
  rows.push(await measure(name, base + path, cookie, 10, app?.pid, path.startsWith("/track")));
}
// The bare page again after the app's pages: on a shared machine the load changes during a run, so
// the ratios are read against the mean of the two.
rows.push(await measure("bare Remix page, again after the pages", `${bareBase}/`, undefined, 10, bare.pid));
const bareRps = (rows[0]!.rps + rows.at(-1)!.rps) / 2;

// Two workers against one, on the two cores: a signed-out page and a signed-in one, 20 connections.
const scaling: { name: string; one: number; two: number }[] = [];
if (!only || only.test("workers")) {
  const pages: [string, string, string | undefined][] = [
    ["landing page", "/", undefined],
    ["inbox", "/desk/cases", staff],
  ];
  const one = [];
  for (const [name, path, cookie] of pages) one.push((await measure(name, base + path, cookie, 20)).rps);
  await stop(app);
  app = await startApp(2);
  for (const [i, [name, path, cookie]] of pages.entries()) scaling.push({ name, one: one[i]!, two: (await measure(name, base + path, cookie, 20)).rps });
  await stop(app);
  app = await startApp(1);
  // The same for the bare page, which does nothing but render: what this machine gives two workers at
  // all while the load generator shares its cores (the app's ratio is read against it).
  const bareOne = (await measure("bare", `${bareBase}/`, undefined, 20, bare.pid)).rps;
  const bareTwo = spawn(process.execPath, ["bench/bare-remix/server.mjs"], { env: { ...process.env, NODE_ENV: "production", PORT: String(bareTwoPort), WEB_CONCURRENCY: "2" }, stdio: ["ignore", "pipe", "inherit"] });
  running.add(bareTwo);
  await waitUntilListening(bareTwo, "the bare Remix server with two workers");
  scaling.unshift({ name: "bare Remix page", one: bareOne, two: (await measure("bare", `http://127.0.0.1:${bareTwoPort}/`, undefined, 20, bareTwo.pid)).rps });
  await stop(bareTwo);
}

// One client hammering the sign-in form with wrong passwords while others use the site.
const flood: { name: string; alone: number; during: number }[] = [];
if (!only || only.test("flood")) {
  const pages: [string, string, string | undefined][] = [
    ["landing page", "/", undefined],
    ["inbox", "/desk/cases", staff],
  ];
  for (const [name, path, cookie] of pages) {
    const alone = rows.find((r) => r.name.startsWith(name))?.rps ?? (await measure(name, base + path, cookie)).rps;
    const hammer = autocannon({
      url: `${base}/login`,
      method: "POST",
      connections: 2,
      duration: warmSeconds + seconds, // over the page's warm-up and its measure
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
      body: new URLSearchParams({ identifier: "nobody@example.test", password: "wrong-password-123" }).toString(),
    });
    const during = (await measure(name, base + path, cookie)).rps;
    await hammer;
    flood.push({ name, alone, during });
  }
}
await stop(app);
await stop(bare);

// The landing page's JavaScript, as a browser gets it: the modules the page's HTML preloads (the
// entry, the root, the index route and their shared chunks; with lazy route discovery the route
// manifest is inline in the HTML, not a file), and anything the entry imports when it hydrates,
// with everything that imports in turn; then the catalogue texts the HTML carries for the
// browser's translator (app/i18n/catalogue-payload.ts). The HTML was read while the server ran.
const landingJs = (() => {
  const preloaded = [...landingHtml.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
  const metafile = JSON.parse(readFileSync("build/metafile.js.json", "utf8")) as { outputs: Record<string, { imports: { path: string; kind: string }[] }> };
  const entry = preloaded.find((f) => /\/entry\.client-/.test(f));
  const onHydration = new Set<string>();
  const follow = (file: string) => {
    for (const i of metafile.outputs[file]?.imports ?? []) {
      const url = i.path.replace(/^public/, "");
      if (i.kind === "import-statement" && !preloaded.includes(url) && !onHydration.has(url)) {
        onHydration.add(url);
        follow(i.path);
      }
    }
  };
  for (const i of entry ? (metafile.outputs[`public${entry}`]?.imports ?? []) : []) {
    if (i.kind !== "dynamic-import") continue;
    onHydration.add(i.path.replace(/^public/, ""));
    follow(i.path);
  }
  const size = (files: string[]) => {
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const bytes = readFileSync(path.join("public", f));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 6 }).length;
    }
    return { files: files.length, raw, gz };
  };
  const texts = /<script id="lny-catalogue"[^>]*>([^<]*)<\/script>/.exec(landingHtml)?.[1] ?? "";
  return { preloaded: size(preloaded), onHydration: size([...onHydration]), texts: { raw: texts.length, gz: gzipSync(texts, { level: 6 }).length } };
})();

const ratio = (n: number) => (n / bareRps).toFixed(2);
const { loadavg } = await import("node:os");
console.log(`\n${total.toLocaleString("en")} cases on ${pgUrl ? "PostgreSQL" : "SQLite"} · one worker · ${loadGenerator} · ${seconds} s each · 10 connections · 127.0.0.1 · load average ${loadAtStart} at the start, ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end\n`);
console.log(`× bare Remix: against the mean of the bare page's two runs (${Math.round(bareRps)} req/s)\n`);
console.log("| page | req/s | p50 ms | p99 ms | × bare Remix | CPU ms per request |\n|---|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.name}${r.errors ? ` (${r.errors} errors)` : ""} | ${r.rps} | ${r.p50} | ${r.p99} | ${ratio(r.rps)} | ${r.cpu === null ? "—" : r.cpu.toFixed(1)} |`);
if (scaling.length) {
  console.log("\n| two workers against one (20 connections) | 1 worker req/s | 2 workers req/s | × |\n|---|---|---|---|");
  for (const r of scaling) console.log(`| ${r.name} | ${r.one} | ${r.two} | ${(r.two / r.one).toFixed(2)} |`);
}
if (flood.length) {
  console.log("\n| while one client floods the sign-in form | alone req/s | during req/s | × |\n|---|---|---|---|");
  for (const r of flood) console.log(`| ${r.name} | ${r.alone} | ${r.during} | ${(r.during / r.alone).toFixed(2)} |`);
}
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`\nlanding page JavaScript: ${landingJs.preloaded.files} modules the page preloads, ${kb(landingJs.preloaded.raw)} KB, ${kb(landingJs.preloaded.gz)} KB gzipped`);
console.log(`  + what the entry imports when it hydrates: ${landingJs.onHydration.files} modules, ${kb(landingJs.onHydration.raw)} KB, ${kb(landingJs.onHydration.gz)} KB gzipped`);
console.log(`  (and the catalogue texts inside the HTML: ${kb(landingJs.texts.raw)} KB, ${kb(landingJs.texts.gz)} KB gzipped)`);
process.exit(0);
