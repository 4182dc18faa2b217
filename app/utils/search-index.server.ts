/**
 * The folded text columns searched with an index (app/utils/search.server.ts),
 * and on SQLite their FTS5 tables. Kept apart from search.server.ts because
 * db.server.ts builds the SQLite indexes when it connects.
 */
export const searchIndexes = {
  caseText: { table: "Case", column: "searchText", fts: "CaseSearchText" },
  casePublic: { table: "Case", column: "publicSearch", fts: "CasePublicSearch" },
  noticeText: { table: "Notice", column: "searchText", fts: "NoticeSearchText" },
} as const;
export type SearchIndex = keyof typeof searchIndexes;

type SqliteConnection = { exec(sql: string): unknown; prepare(sql: string): { get(...args: unknown[]): unknown } };

const triggerNames = (fts: string) => [`${fts}_search_ai`, `${fts}_search_ad`, `${fts}_search_au`];

/**
 * Creates the SQLite FTS5 tables and their triggers when they are missing, and
 * fills them from the rows. Not a Prisma migration: Prisma would take the
 * virtual tables for tables the schema lacks. A migration that rebuilds a
 * table drops its triggers, so missing triggers mean "rebuild this index".
 * Runs in one write transaction, so two processes starting at once build it once.
 */
export function ensureSqliteSearchIndexes(connection: SqliteConnection): void {
  const present = (name: string) => !!connection.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(name);
  const missing = Object.values(searchIndexes).filter(({ fts }) => !present(fts) || triggerNames(fts).some((t) => !present(t)));
  if (!missing.length) return;
  connection.exec("BEGIN IMMEDIATE");
  try {
    for (const { table, column, fts } of missing) {
      if (!present(table)) continue; // a database not migrated yet
      const [ai, ad, au] = triggerNames(fts);
      connection.exec(`
        DROP TRIGGER IF EXISTS "${ai}"; DROP TRIGGER IF EXISTS "${ad}"; DROP TRIGGER IF EXISTS "${au}";
        DROP TABLE IF EXISTS "${fts}";
        CREATE VIRTUAL TABLE "${fts}" USING fts5("${column}", content='${table}', content_rowid='rowid', tokenize='trigram');
        CREATE TRIGGER "${ai}" AFTER INSERT ON "${table}" BEGIN
          INSERT INTO "${fts}"(rowid, "${column}") VALUES (new.rowid, new."${column}");
        END;
        CREATE TRIGGER "${ad}" AFTER DELETE ON "${table}" BEGIN
          INSERT INTO "${fts}"("${fts}", rowid, "${column}") VALUES ('delete', old.rowid, old."${column}");
        END;
        CREATE TRIGGER "${au}" AFTER UPDATE OF "${column}" ON "${table}" BEGIN
          INSERT INTO "${fts}"("${fts}", rowid, "${column}") VALUES ('delete', old.rowid, old."${column}");
          INSERT INTO "${fts}"(rowid, "${column}") VALUES (new.rowid, new."${column}");
        END;
        INSERT INTO "${fts}"("${fts}") VALUES ('rebuild');
      `);
    }
    connection.exec("COMMIT");
  } catch (error) {
    connection.exec("ROLLBACK");
    throw error;
  }
}
