import { getLanguage, getT } from "~/i18n/i18n.server";
import { localDate } from "~/modules/deadlines/calendar";
import { db } from "~/utils/db.server";
import { compareUnitNames } from "../units/order";
import { formatLocalDate } from "./format";
import { periodParams, FIRST_YEAR } from "./period";
import { periodLabel, readStatsQuery } from "./query.server";
import { allCategories } from "~/modules/cases/form-options.server";
import { memoised, type UnitRef } from "./stats.server";

const queryKeys = ["unit", "period", "year", "month", "quarter", "half", "from", "to", "sort"] as const;

type UnitOption = { code: string; name: string; depth: number };
/** Per units list (the reference cache hands out the same frozen list until a unit changes), per `within`. */
const optionsMemo = new WeakMap<readonly UnitRef[], Map<string, UnitOption[]>>();

/** Unit choices in tree order, indented by depth; limited to `within` (a leader's tree) when given. */
export function unitOptions(units: UnitRef[], within?: UnitRef): UnitOption[] {
  // Walking the tree is O(units²) with a sort per unit: ~2% of a dashboard request, the same answer every time.
  let byWithin = optionsMemo.get(units);
  if (!byWithin) optionsMemo.set(units, (byWithin = new Map()));
  const key = within?.id ?? "";
  let options = byWithin.get(key);
  if (!options) byWithin.set(key, (options = buildUnitOptions(units, within)));
  return options;
}

function buildUnitOptions(units: UnitRef[], within?: UnitRef): UnitOption[] {
  const order = (a: UnitRef, b: UnitRef) => a.levelRank - b.levelRank || compareUnitNames(a.name, b.name);
  const out: UnitOption[] = [];
  const visit = (u: UnitRef, depth: number) => {
    out.push({ code: u.code, name: u.name, depth });
    for (const child of units.filter((c) => c.parentId === u.id).sort(order)) visit(child, depth + 1);
  };
  const roots = within ? [within] : units.filter((u) => u.parentId === null || !units.some((p) => p.id === u.parentId)).sort(order);
  for (const root of roots) visit(root, 0);
  return out;
}

/** Everything a statistics page needs before its own figures: the query, the form's values, choices. */
export async function statsPage(request: Request, options: { defaultUnit?: string; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const url = new URL(request.url);
  if (options.defaultUnit && !url.searchParams.has("unit")) url.searchParams.set("unit", options.defaultUnit);
  const [t, language, query, first] = await Promise.all([
    getT(request),
    getLanguage(request),
    readStatsQuery(url.searchParams, now),
    // The first month with figures changes only at a refresh.
    memoised("first-month", () => db.statMonthly.findFirst({ orderBy: { month: "asc" }, select: { month: true } })),
  ]);
  const values: Record<string, string> = {};
  for (const key of queryKeys) {
    const value = url.searchParams.get(key);
    if (value !== null) values[key] = value.slice(0, 40);
  }
  const thisYear = Number(localDate(now).slice(0, 4));
  const firstYear = Math.max(FIRST_YEAR, Math.min(thisYear, first ? Number(first.month.slice(0, 4)) : thisYear));
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);
  const describe = query.ok ? periodLabel(t, query.period, (d) => formatLocalDate(d, language)) : "";
  const linkParams = query.ok ? new URLSearchParams({ unit: query.scope.code, ...periodParams(query.period) }).toString() : "";
  return { t, language, query, values, years, periodText: describe, linkParams };
}

/** Category names by id ("" = no field given), in the page's language. */
export async function categoryNames(language: string, noCategory: string): Promise<Record<string, string>> {
  const categories = await allCategories();
  return { "": noCategory, ...Object.fromEntries(categories.map((c) => [c.id, language === "en" ? c.nameEn : c.nameVi])) };
}
