/**
 * The one-stop part of `npm run bench`: BENCH_DOSSIERS dossiers (default: as
 * many as BENCH_CASES) over the province's communes and the seeded procedures,
 * two years of them in every state — most returned (some late, some with an
 * apology, a third rated), the rest in progress, waiting for papers, refused,
 * withdrawn — inserted directly (fast), then the precomputed figures rebuilt
 * once; the one-stop dashboard's queries timed in-process; and its pages for
 * the HTTP measurements. Called by scripts/bench.ts.
 */
import Database from "better-sqlite3";

const dayMs = 86_400_000;
const hourMs = 3_600_000;

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace("Z", "+00:00");
}
function fold(text: string) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}
function yymmdd(ms: number) {
  return new Date(ms + 7 * hourMs).toISOString().slice(2, 10).replace(/-/g, "");
}

/** Seeds the dossiers once per size (a mark in Setting); returns whether it seeded. */
export function seedBenchDossiers(file: string, total: number): boolean {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const mark = `${total}:1`;
  const done = db.prepare("SELECT value FROM Setting WHERE key = 'bench-dossiers-complete'").get() as { value: string } | undefined;
  if (done?.value === mark) {
    db.close();
    return false;
  }
  const started = Date.now();
  db.exec("DELETE FROM DossierEvent; DELETE FROM DossierPaper; DELETE FROM DossierStep; DELETE FROM DossierFile; DELETE FROM Dossier; DELETE FROM DossierStatDaily; DELETE FROM DossierStatMonthly; DELETE FROM Setting WHERE key LIKE 'onestop.stats.%'");
  const communes = db.prepare("SELECT u.id, u.code FROM Unit u JOIN UnitLevel l ON l.id = u.levelId WHERE u.active = 1 AND l.code = 'COMMUNE'").all() as { id: string; code: string }[];
  const procedures = db.prepare("SELECT id, name, level, agencyUnitId, timeUnit, timeAmount FROM Procedure WHERE active = 1").all() as { id: string; name: string; level: string; agencyUnitId: string | null; timeUnit: string; timeAmount: number }[];
  const agencies = new Map((db.prepare("SELECT id, code FROM Unit").all() as { id: string; code: string }[]).map((u) => [u.id, u.code]));
  const commune = procedures.filter((p) => p.level === "COMMUNE");
  const province = procedures.filter((p) => p.level === "PROVINCE");
  const citizen = (db.prepare("SELECT id FROM User WHERE email = 'congdan2@langnghe.local'").get() as { id: string }).id;
  const insert = db.prepare(`INSERT INTO Dossier (id, code, procedureId, deskUnitId, unitId, channel, status, supplementStage, intakeSupplements, processingSupplements, supplementRequestedAt,
      citizenId, applicantName, searchText, submittedAt, checkDueAt, receivedAt, dueAt, newDueAt, nextDueAt, currentStep, currentStepUnitId, stepDueAt,
      outcome, resultAt, timeliness, returnedAt, returnedVia, stoppedAt, intakeRefusedAt, refusalCode, apologyAt, apologyUnitId, rating, ratedAt, version, createdAt, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`);
  const event = db.prepare(`INSERT INTO DossierEvent (id, dossierId, type, visibility, createdAt) VALUES (?, ?, 'SUPPLEMENT_REQUESTED', 'PUBLIC', ?)`);
  // Returned 55 %, ready 5 %, processing 17 %, waiting for papers 4 %, waiting for the desk 3 %, refused at intake 3 %, withdrawn 3 %, closed 2 %… (in 100ths)
  const states: [string, number][] = [["RETURNED", 60], ["RESULT_READY", 5], ["PROCESSING", 17], ["NEEDS_SUPPLEMENT", 4], ["SUBMITTED", 3], ["REFUSED_AT_INTAKE", 3], ["WITHDRAWN", 5], ["CLOSED", 3]];
  const pick = (j: number) => {
    let r = j % 100;
    for (const [s, share] of states) {
      if (r < share) return s;
      r -= share;
    }
    return "RETURNED";
  };
  const counters = new Map<string, number>();
  const now = Date.now();
  const insertMany = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const j = Math.floor(i / communes.length);
      const provincial = province.length > 0 && i % 25 === 0;
      const procedure = provincial ? province[j % province.length]! : commune[j % commune.length]!;
      const deskUnit = communes[i % communes.length]!;
      const unitId = provincial ? procedure.agencyUnitId! : deskUnit.id;
      const unitCode = provincial ? agencies.get(procedure.agencyUnitId!)! : deskUnit.code;
      const submitted = now - ((i * 7919) % ((730 * dayMs) / 1000)) * 1000;
      const status = pick(j * 37 + i);
      const received = ["SUBMITTED", "REFUSED_AT_INTAKE"].includes(status) || (status === "NEEDS_SUPPLEMENT" && i % 2 === 0) || (status === "CLOSED" && i % 2 === 0) ? null : submitted + 2 * hourMs;
      const span = procedure.timeUnit === "SAME_DAY" ? 0.4 : procedure.timeUnit === "WORKING_HOURS" ? procedure.timeAmount / 8 : procedure.timeAmount * (procedure.timeUnit === "WORKING_DAYS" ? 1.4 : 1);
      const due = received ? received + Math.max(0.4, span) * dayMs : null;
      // Results between 30 % and 140 % of the time allowed: about one in eight late.
      const resultAt = received && ["RETURNED", "RESULT_READY"].includes(status) ? received + Math.max(0.05, span) * dayMs * (0.3 + ((i * 13) % 110) / 100) : null;
      const late = !!(resultAt && due && resultAt > due);
      const timeliness = resultAt && due ? (late ? "LATE" : new Date(resultAt + 7 * hourMs).toISOString().slice(0, 10) < new Date(due + 7 * hourMs).toISOString().slice(0, 10) ? "EARLY" : "ON_TIME") : null;
      const apology = late && i % 2 === 0 ? due! - 0.5 * dayMs : null;
      const stopped = ["WITHDRAWN", "CLOSED"].includes(status) ? submitted + 3 * dayMs : null;
      const rating = status === "RETURNED" && i % 3 === 0 ? 1 + ((i * 7) % 5) : null;
      const supplement = status === "NEEDS_SUPPLEMENT" || (i % 11 === 0 && received);
      let code: string | null = null;
      if (received) {
        const key = `${unitCode}-${yymmdd(received)}`;
        const seq = (counters.get(key) ?? 0) + 1;
        counters.set(key, seq);
        code = `${key}-${String(seq).padStart(4, "0")}`;
      }
      const name = `Người dân ${i % 5000}`;
      const open = ["PROCESSING", "RESULT_READY"].includes(status);
      const id = `bd${i.toString(36).padStart(12, "0")}`;
      insert.run(
        id, code, procedure.id, deskUnit.id, unitId, i % 3 === 0 ? "ONLINE" : "IN_PERSON", status,
        status === "NEEDS_SUPPLEMENT" ? (received ? "PROCESSING" : "INTAKE") : null,
        status === "NEEDS_SUPPLEMENT" ? iso(submitted + dayMs) : null,
        i % 1000 === 0 ? citizen : null, name, fold(`${code ?? ""} ${procedure.name} ${name}`),
        iso(submitted), status === "SUBMITTED" ? iso(submitted + 8 * hourMs) : null, iso(received), iso(status === "NEEDS_SUPPLEMENT" ? null : due),
        iso(apology ? due! + 3 * dayMs : null), iso(open ? (apology ? due! + 3 * dayMs : due) : status === "SUBMITTED" ? submitted + 8 * hourMs : null),
        status === "PROCESSING" ? 1 : null, status === "PROCESSING" ? unitId : null, iso(status === "PROCESSING" ? due : null),
        resultAt ? (i % 29 === 0 ? "REFUSED" : "GRANTED") : null, iso(resultAt), timeliness, iso(status === "RETURNED" ? resultAt! + 0.5 * dayMs : null),
        status === "RETURNED" ? "AT_DESK" : null, iso(stopped), iso(status === "REFUSED_AT_INTAKE" ? submitted + hourMs : null), status === "REFUSED_AT_INTAKE" ? "NOT_ELIGIBLE" : null,
        iso(apology), apology ? unitId : null, rating, iso(rating ? resultAt! + dayMs : null), iso(submitted), iso(submitted),
      );
      if (supplement) event.run(`be${i.toString(36).padStart(12, "0")}`, id, iso(submitted + (received ? 1.5 : 0.5) * dayMs));
    }
  });
  for (let from = 0; from < total; from += 50_000) insertMany(from, Math.min(total, from + 50_000));
  db.exec("ANALYZE");
  db.prepare("INSERT INTO Setting (key, value, updatedAt) VALUES ('bench-dossiers-complete', ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(mark, Date.now());
  db.close();
  console.log(`seeded ${total.toLocaleString("en")} dossiers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

/**
 * The one-stop figures rebuilt (after a seed), then the one-stop dashboard's
 * queries timed against the case dashboard's for the same unit and period,
 * uncached, in-process: the two interleaved round by round (which goes first
 * alternates), so a loaded machine slows both alike and the ratio is what to
 * read. BENCH_ROUNDS rounds (default 9), medians.
 */
export async function timeDossierDashboard(rebuild: boolean) {
  const { loadavg } = await import("node:os");
  const { rebuildAllDossierStats } = await import("~/modules/onestop/refresh.server");
  const { computeDossierDashboard } = await import("~/modules/onestop/stats.server");
  const { publicUnits, findUnitByCode, computeDashboard } = await import("~/modules/stats/stats.server");
  const { parsePeriod } = await import("~/modules/stats/period");
  const { db } = await import("~/utils/db.server");
  if (rebuild || (await db.dossierStatMonthly.count()) === 0) {
    const t0 = performance.now();
    const days = await rebuildAllDossierStats();
    console.log(
      `one-stop figures rebuilt: ${days} days, ${(await db.dossierStatDaily.count()).toLocaleString("en")} daily rows, ${(await db.dossierStatMonthly.count()).toLocaleString("en")} monthly rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const [dossiers, cases] = await Promise.all([db.dossier.count(), db.case.count()]);
  const units = await publicUnits();
  const thisYear = new Date().getFullYear();
  const scenarios: [string, string, string][] = [
    ["province, this year", "SLA", `period=year&year=${thisYear}`],
    ["province, two years (custom)", "SLA", `period=custom&from=${thisYear - 2}-11-15&to=${thisYear}-11-14`],
    ["commune, this quarter", "TOHIEU", "period=quarter"],
    ["commune, one month", "TOHIEU", "period=month"],
  ];
  const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
  const timed = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const load = loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`\none-stop vs case dashboard, uncached, interleaved (median of ${rounds}, in-process)`);
  console.log(`${dossiers.toLocaleString("en")} dossiers, ${cases.toLocaleString("en")} cases; load average at start ${load}`);
  console.log(`  ${"".padEnd(34)} ${"cases ms".padStart(9)} ${"one-stop ms".padStart(12)} ${"ratio".padStart(6)}`);
  for (const [name, code, query] of scenarios) {
    const parsed = parsePeriod(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(query);
    const scope = findUnitByCode(units, code)!;
    const caseTimes: number[] = [];
    const dossierTimes: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const runCase = async () => caseTimes.push(await timed(() => computeDashboard(scope, units, parsed.period)));
      const runDossier = async () => dossierTimes.push(await timed(() => computeDossierDashboard(scope, units, parsed.period, {})));
      if (r % 2 === 0) {
        await runCase();
        await runDossier();
      } else {
        await runDossier();
        await runCase();
      }
    }
    const [c, d] = [median(caseTimes), median(dossierTimes)];
    console.log(`  ${name.padEnd(34)} ${c.toFixed(1).padStart(9)} ${d.toFixed(1).padStart(12)} ${(d / c).toFixed(2).padStart(6)}`);
  }
  console.log(`load average at end ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
}

/**
 * The one-stop pages measured over HTTP, beside the case pages. `rendered`: a cookie that
 * keeps a signed-out visitor out of the public page cache (the row shows what rendering costs).
 */
export function dossierTargets(deskCookie: string, rendered: string): [string, string, string | undefined][] {
  return [
    ["one-stop dashboard, province, year", "/stats/dossiers", undefined],
    ["one-stop dashboard, province, year, rendered each time", "/stats/dossiers", rendered],
    ["one-stop dashboard, commune, quarter", "/stats/dossiers?unit=TOHIEU&period=quarter", undefined],
    ["api/v1/dossiers/stats, province", "/api/v1/dossiers/stats", undefined],
    ["api/v1/dossiers/stats, province, rendered each time", "/api/v1/dossiers/stats", rendered],
    ["one-stop desk queue", "/desk/dossiers", deskCookie],
    ["one-stop catalogue", "/onestop", undefined],
    ["one-stop catalogue, rendered each time", "/onestop", rendered],
  ];
}
