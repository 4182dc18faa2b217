import { isDeepStrictEqual } from "node:util";
import * as neu from "~/modules/stats/stats.server";
import { parsePeriod } from "~/modules/stats/period";
const old = await import("/tmp/dash-old/stats.server.ts");
const units = await neu.publicUnits();
const p = (q: string) => { const r = parsePeriod(new URLSearchParams(q)); if (!r.ok) throw new Error(q); return r.period; };
const periods = ["period=year&year=2026", "period=year&year=2025", "period=custom&from=2024-11-15&to=2026-11-14", "period=custom&from=2025-12-17&to=2026-01-09", "period=quarter", "period=month", "period=custom&from=2026-02-03&to=2026-02-03"];
let bad = 0, n = 0;
const now = new Date();
for (const u of units) for (const q of periods) {
  if (u.levelCode === "COMMUNE" && Math.random() < 0.8) continue;
  const [a, b] = await Promise.all([old.computeDashboard(u, units, p(q)), neu.computeDashboard(u, units, p(q))]);
  const norm = (d: any) => ({ ...d, byKind: [...d.byKind].sort((x: any, y: any) => x.key.localeCompare(y.key)) });
  n++;
  if (!isDeepStrictEqual(norm(a), norm(b))) { bad++; console.log("DIFF", u.code, q, JSON.stringify(a.total), JSON.stringify(b.total)); }
}
for (const q of periods) for (const u of [neu.findUnitByCode(units, null)!]) {
  const [a, b] = await Promise.all([old.computeRanking(u, units, p(q), "onTime", now, 10), neu.computeRanking(u, units, p(q), "onTime", now, 10)]);
  n++;
  if (!isDeepStrictEqual(a, b)) { bad++; console.log("RANK DIFF", q); }
}
console.log(`${n} compared, ${bad} differ`);
process.exit(0);
