import { db, isPostgres } from "./db.server";
import { searchIndexes, type SearchIndex } from "./search-index.server";
import { foldForSearch } from "./text";

/**
 * Diacritic-insensitive search anywhere in a folded text column, as an index
 * lookup on both databases — one function for the inbox, the published
 * answers and the notice board:
 *
 * - PostgreSQL: a trigram GIN index on the column (pg_trgm; see the
 *   "postgres:" lines in prisma/schema.prisma) serves `LIKE '%…%'`, so the
 *   query stays a plain Prisma `contains` and the planner picks the index or,
 *   for a very common word, the list's own order.
 * - SQLite: an FTS5 table with the trigram tokenizer over the column, kept by
 *   triggers (created at connect: search-index.server.ts). A phrase match gives the matching
 *   rows' ids; when a word is so common that more than `maxIds` rows match,
 *   walking the list in its own order and filtering finds a page sooner, so
 *   the search falls back to `contains` (as it does below three characters,
 *   which trigrams cannot index).
 *
 * The columns hold text folded by foldForSearch (lower case, no diacritics),
 * and the query is folded the same way: "Đèn đường" finds "den duong".
 */
export type { SearchIndex } from "./search-index.server";

/** A Prisma `where` fragment for rows whose indexed column contains `query`. */
export async function textMatch(index: SearchIndex, query: string, { maxIds = 2000 } = {}): Promise<Record<string, unknown>> {
  const { table, column, fts } = searchIndexes[index];
  const folded = foldForSearch(query);
  const contains = { [column]: { contains: folded } };
  if (isPostgres() || folded.length < 3) return contains;
  const phrase = `"${folded.replace(/"/g, '""')}"`;
  // Names come from the fixed list above, never from input; the phrase is a bound parameter.
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT t."id" AS "id" FROM "${table}" t WHERE t.rowid IN (SELECT rowid FROM "${fts}" WHERE "${fts}" MATCH ? LIMIT ${maxIds + 1})`,
    phrase,
  );
  return rows.length > maxIds ? contains : { id: { in: rows.map((r) => r.id) } };
}
