/**
 * The public dashboard's queries timed in-process, uncached (the pages memoise
 * them until the next refresh, so this is the worst case): every unit kind and
 * period up to two years, and the ranking. Used by scripts/bench.ts, and on its
 * own against an existing database (no seeding, no build):
 *
 *   DATABASE_URL=file:/path/to/1m.db npx tsx scripts/bench-stats.ts [rounds]
 *
 * STATS_MODULE=<path> times another copy of the stats module (to compare an
 * old read path with a new one back to back on the same file).
 */
import { loadavg } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

type StatsModule = typeof import("~/modules/stats/stats.server");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Prints one line per query: its median over `rounds` runs. Returns the medians by name. */
export async function timeStatsQueries(rounds = 7, log = console.log): Promise<Map<string, number>> {
  const stats: StatsModule = process.env.STATS_MODULE
    ? await import(pathToFileURL(path.resolve(process.env.STATS_MODULE)).href)
    : await import("~/modules/stats/stats.server");
  const { parsePeriod } = await import("~/modules/stats/period");
  const units = await stats.publicUnits();
  const thisYear = new Date().getFullYear();
  const period = (query: string) => {
    const parsed = parsePeriod(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(query);
    return parsed.period;
  };
  const year = period(`period=year&year=${thisYear}`);
  const twoYears = period(`period=custom&from=${thisYear - 2}-11-15&to=${thisYear}-11-14`);
  const quarter = period("period=quarter");
  const month = period("period=month");
  const province = stats.findUnitByCode(units, null)!;
  // One unit of each kind below the province (the first with the most cases would be fairer; the first is stable).
  const kinds = [...new Set(units.map((u) => u.levelCode))].flatMap((code) => units.filter((u) => u.levelCode === code).slice(0, 1));
  const scenarios: [string, () => Promise<unknown>][] = [
    ["province, this year", () => stats.computeDashboard(province, units, year)],
    ...kinds.flatMap((u): [string, () => Promise<unknown>][] => [
      [`${u.levelCode.toLowerCase()} ${u.code}, this quarter`, () => stats.computeDashboard(u, units, quarter)],
      [`${u.levelCode.toLowerCase()} ${u.code}, this month`, () => stats.computeDashboard(u, units, month)],
      [`${u.levelCode.toLowerCase()} ${u.code}, two years (custom)`, () => stats.computeDashboard(u, units, twoYears)],
    ]),
    ["ranking, province, this year", () => stats.computeRanking(province, units, year, "onTime", new Date())],
    ["ranking, province, two years", () => stats.computeRanking(province, units, twoYears, "onTime", new Date())],
  ];
  const out = new Map<string, number>();
  // The ranking starts from the refresh's overdue counts (taken every 30 s by the job, not running here).
  if ("countOverdue" in stats) {
    const t0 = performance.now();
    await stats.countOverdue();
    log(`overdue counts taken (as the refresh does every 30 s) in ${(performance.now() - t0).toFixed(1)} ms`);
  }
  log(`dashboard queries, uncached (median of ${rounds}, in-process; load ${loadavg().map((l) => l.toFixed(1)).join(" ")})`);
  for (const [name, fn] of scenarios) {
    await fn(); // warm: prepared statements, the page cache
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    out.set(name, median(times));
    log(`  ${name.padEnd(34)} ${median(times).toFixed(1).padStart(7)} ms  (min ${Math.min(...times).toFixed(1)})`);
  }
  log(`  load after: ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await timeStatsQueries(Number(process.argv[2] ?? 9));
  process.exit(0);
}
