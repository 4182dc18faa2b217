/**
 * The order people look for a unit in a list: the province, then its agencies,
 * then its communes and wards — each group by name in Vietnamese alphabetical
 * order ("Xã Chiềng Cơi", "Xã Ít Ong", "Xã Mường Bú"). Done here rather than
 * by the database: SQLite orders names by bytes (every accented capital after
 * "Z"), and the stored sort order is the order of the decree's list, which
 * nobody scanning for their ward can follow.
 */
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareUnitNames(a: string, b: string): number {
  return collator.compare(a, b);
}

type Sortable = { name: string; level?: { rank: number } | null; levelRank?: number };

const rankOf = (u: Sortable) => u.levelRank ?? u.level?.rank ?? 0;

/** A copy of `units` in picker order: by level rank, then name. */
export function sortUnits<T extends Sortable>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => rankOf(a) - rankOf(b) || compareUnitNames(a.name, b.name));
}
