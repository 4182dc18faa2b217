import { isPostgres, Prisma } from "./db.server";
import { readRows } from "./driver-sql.server";
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

/**
 * A Prisma `where` fragment for rows whose indexed column contains `query` —
 * as a phrase, or with `words`, each of its words in any order (the public
 * board: "phí vệ sinh 2027" finds "…phí vệ sinh năm 2027…"). Words: on
 * PostgreSQL one `contains` per word, each served by the trigram index; on
 * SQLite one FTS5 query ANDing the words of three characters or more, the
 * shorter ones (which trigrams cannot index) checked with `contains` on the rows it gives.
 */
export async function textMatch(index: SearchIndex, query: string, { maxIds = 2000, words = false } = {}): Promise<Record<string, unknown>> {
  const { table, column, fts } = searchIndexes[index];
  const folded = foldForSearch(query);
  const terms = words ? [...new Set(folded.split(/\s+/).filter(Boolean))].slice(0, 8) : [folded];
  if (terms.length > 1) return wordsMatch({ table, column, fts }, terms, maxIds);
  const contains = { [column]: { contains: folded } };
  if (isPostgres() || folded.length < 3) return contains;
  const phrase = `"${folded.replace(/"/g, '""')}"`;
  // Names come from the fixed list above, never from input; the phrase is a bound parameter.
  if (await ftsMatchesMore(fts, phrase, maxIds)) return contains;
  // One more than maxIds: a match committed since the count still sends the search to the scan.
  const rows = await ftsIds(table, fts, phrase, maxIds + 1);
  return rows.length > maxIds ? contains : { id: { in: rows.map((r) => r.id) } };
}

/**
 * Whether more than `limit` rows match, counted in the FTS5 index alone. Asked
 * first because fetching the ids reads each matching row of the table: for a
 * common phrase at a million cases ("den duong", 2,001 rows), 2.4–4.6 ms to
 * find out that the list's own order is the better way, against 1.2 ms.
 */
async function ftsMatchesMore(fts: string, match: string, limit: number): Promise<boolean> {
  const [row] = await readRows<{ n: number }>(
    Prisma.sql`SELECT count(*) AS "n" FROM (SELECT rowid FROM ${Prisma.raw(`"${fts}"`)} WHERE ${Prisma.raw(`"${fts}"`)} MATCH ${match} LIMIT ${limit + 1})`,
  );
  return Number(row?.n ?? 0) > limit;
}

/** Ids of the rows of `table` whose FTS5 index `fts` matches `match` (at most `limit`); straight to the driver (driver-sql.server.ts). */
function ftsIds(table: string, fts: string, match: string, limit: number): Promise<{ id: string }[]> {
  return readRows<{ id: string }>(
    Prisma.sql`SELECT t."id" AS "id" FROM ${Prisma.raw(`"${table}"`)} t WHERE t.rowid IN (SELECT rowid FROM ${Prisma.raw(`"${fts}"`)} WHERE ${Prisma.raw(`"${fts}"`)} MATCH ${match} LIMIT ${limit})`,
  );
}

async function wordsMatch(ix: { table: string; column: string; fts: string }, terms: string[], maxIds: number): Promise<Record<string, unknown>> {
  const each = (list: string[]) => list.map((w) => ({ [ix.column]: { contains: w } }));
  const all = { AND: each(terms) };
  const indexable = terms.filter((w) => w.length >= 3);
  if (isPostgres() || !indexable.length) return all;
  const match = indexable.map((w) => `"${w.replace(/"/g, '""')}"`).join(" AND ");
  if (await ftsMatchesMore(ix.fts, match, maxIds)) return all;
  const rows = await ftsIds(ix.table, ix.fts, match, maxIds + 1);
  if (rows.length > maxIds) return all;
  const short = terms.filter((w) => w.length < 3);
  return { id: { in: rows.map((r) => r.id) }, ...(short.length ? { AND: each(short) } : {}) };
}
