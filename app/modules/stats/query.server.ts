import type { Period } from "./period";
import { isRegimePeriod, parsePeriod } from "./period";

/** Reports name quarters in Roman numerals: "Quý IV/2026". */
const romanQuarter = ["", "I", "II", "III", "IV"];
import { findUnitByCode, publicUnits, type UnitRef } from "./stats.server";

export type StatsQuery =
  | { ok: true; scope: UnitRef; units: UnitRef[]; period: Period }
  | { ok: false; units: UnitRef[]; errors: Record<string, string> };

/**
 * The unit (by code, default: the root of the tree) and the period of a
 * statistics request. Errors are catalogue keys by parameter name; pages show
 * them next to the field, the API returns them in a 400.
 */
export async function readStatsQuery(params: URLSearchParams, now = new Date()): Promise<StatsQuery> {
  const units = await publicUnits();
  const errors: Record<string, string> = {};
  const code = params.get("unit");
  const scope = findUnitByCode(units, code);
  if (!scope || (code !== null && !/^[A-Za-z0-9_-]{1,32}$/.test(code))) errors.unit = "stats.errors.unit";
  const period = parsePeriod(params, now);
  if (!period.ok) Object.assign(errors, period.errors);
  if (Object.keys(errors).length > 0 || !scope || !period.ok) return { ok: false, units, errors };
  return { ok: true, scope, units, period: period.period };
}

/** A period in words, for headings and headlines ("năm 2026", "quý 3 năm 2026"). */
export function periodLabel(t: (key: string, options?: Record<string, unknown>) => string, p: Period, formatDate: (d: string) => string): string {
  if (isRegimePeriod(p.kind)) {
    return t(`stats.periodLabel.${p.kind}`, { year: p.year, roman: romanQuarter[p.part ?? 0] ?? "", from: formatDate(p.from), to: formatDate(p.to) });
  }
  if (p.kind === "custom") return t("stats.periodLabel.custom", { from: formatDate(p.from), to: formatDate(p.to) });
  if (p.kind === "half") return t(`stats.periodLabel.half${p.part}`, { year: p.year });
  return t(`stats.periodLabel.${p.kind}`, { year: p.year, part: p.part });
}
