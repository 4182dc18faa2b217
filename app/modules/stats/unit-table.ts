import type { Figures } from "./figures";
import { compareVietnamese } from "~/utils/text";

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

export type UnitTableRow = { code: string; name: string; own?: boolean; figures: Figures; overdue?: number };

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
