import type { TableFigures } from "./figures";
import { compareVietnamese, foldForSearch } from "~/utils/text";

/**
 * The per-unit table of the dashboard and the leader's report: which rows it
 * shows and in what order. A province has ~90 units and most have no case in
 * a given month, so by default only units with cases (or overdue ones) are
 * listed and the rest are counted behind a "show all" link; any column sorts.
 */
export const unitSortKeys = [
  "name",
  "received",
  "resolved",
  "inProgress",
  "resolvedRate",
  "onTimeRate",
  "averageDays",
  "averageRating",
  "ratedCount",
  "overdue",
] as const;
export type UnitSortKey = (typeof unitSortKeys)[number];
export type SortDir = "asc" | "desc";

export type UnitTableRow = { code: string; name: string; own?: boolean; figures: TableFigures; overdue?: number };

export type UnitTableQuery = { sort: UnitSortKey; dir: SortDir; all: boolean };

/** The table's order and extent from the query string; anything unknown falls back to the default (most cases first). */
export function readUnitTableQuery(params: URLSearchParams): UnitTableQuery {
  const sort = params.get("usort");
  const dir = params.get("udir");
  const key = (unitSortKeys as readonly string[]).includes(sort ?? "") ? (sort as UnitSortKey) : "received";
  return { sort: key, dir: dir === "asc" || dir === "desc" ? dir : firstDir(key), all: params.get("units") === "all" };
}

/** Names A→Z first; figures largest first. */
export function firstDir(key: string): SortDir {
  return key === "name" ? "asc" : "desc";
}

function sortValue(row: UnitTableRow, key: UnitSortKey): number | string | null {
  if (key === "name") return row.name;
  if (key === "overdue") return row.overdue ?? 0;
  return row.figures[key];
}

/** A unit "has cases" in the period if it received any, still has some open, or has overdue ones now. */
export function hasCases(row: UnitTableRow): boolean {
  return row.figures.received > 0 || row.figures.inProgress > 0 || (row.overdue ?? 0) > 0;
}

/**
 * The rows to show, sorted, and how many were left out. The scope's own row
 * ("cases at the unit itself") is always shown. Missing values (a rate with
 * nothing to measure) sort last in either direction; ties keep name order.
 */
export function unitTable<R extends UnitTableRow>(rows: readonly R[], q: UnitTableQuery): { rows: R[]; hidden: number } {
  const shown = q.all ? [...rows] : rows.filter((r) => r.own || hasCases(r));
  const sign = q.dir === "asc" ? 1 : -1;
  shown.sort((a, b) => {
    const x = sortValue(a, q.sort);
    const y = sortValue(b, q.sort);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    if (x !== null && y !== null && x !== y) {
      return sign * (typeof x === "string" || typeof y === "string" ? compareVietnamese(String(x), String(y)) : x < y ? -1 : 1);
    }
    return compareVietnamese(a.name, b.name);
  });
  return { rows: shown, hidden: rows.length - shown.length };
}

/**
 * The dashboard shows the units a reader looks for first — those that received
 * most cases — and links to the full list (/stats/units): a province has ~100
 * units, and a hundred-row table is ~90 KB of HTML on a slow mountain link.
 */
export const DASHBOARD_UNITS = 10;

/** The `n` units with most cases received (ties by name), how many have cases, and how many there are. */
export function topUnits<R extends UnitTableRow>(rows: readonly R[], n = DASHBOARD_UNITS): { rows: R[]; withCases: number; total: number } {
  const table = unitTable(rows, { sort: "received", dir: "desc", all: false });
  return { rows: table.rows.slice(0, n), withCases: table.rows.length, total: rows.length };
}

/** The name search of the full list: a part of the name, with or without diacritics (nothing typed: every unit). */
export function unitsNamed<R extends UnitTableRow>(rows: readonly R[], q: string): R[] {
  const wanted = foldForSearch(q);
  return wanted ? rows.filter((r) => foldForSearch(r.name).includes(wanted)) : [...rows];
}
