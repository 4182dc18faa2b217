import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { Prisma } from "~/generated/sqlite/client";

/**
 * Reads for the hottest pages sent straight to the database driver, past
 * Prisma (docs/decisions/027-reads-on-the-driver.md). Prisma runs even a plain
 * `$queryRaw` through its query compiler and adapter: ~0.12 ms of CPU for a
 * page of 26 cases that better-sqlite3 reads in 0.08 ms, and a signed-in page
 * sends four or five such reads.
 *
 * The rows come back as Prisma's `$queryRaw` gives them, so a caller can move
 * from one to the other: a column declared DATETIME (SQLite) or TIMESTAMP
 * (PostgreSQL) as a Date, a BOOLEAN as a boolean; a 64-bit count as a number
 * (Prisma gives a bigint; every caller wraps it in Number()). A value that is
 * not a plain column (an expression) keeps what the driver gives.
 * app/utils/driver-sql.db.test.ts compares the two on both providers.
 *
 * SQLite: a second connection to the same file, read-only. In WAL mode it
 * reads the last committed state without waiting for the writer, and unlike
 * the client's one connection it can never see a write transaction that is
 * still open. Writes stay with Prisma (`write()`): a write here would block
 * this process's event loop while waiting for its own open transaction.
 *
 * PostgreSQL: the pool Prisma's adapter uses (createClient hands it over).
 */
type Row = Record<string, unknown>;
type Reader = { read(query: Prisma.Sql): Promise<Row[]>; close(): Promise<void> };
type Writer = { run(query: Prisma.Sql): Row[] | Promise<Row[]> | null; close(): Promise<void> };

/** The open connections, on globalThis as the Prisma client is (db.server.ts): a dev rebuild must not open new ones. */
type Open = { reader?: Reader; writer?: Writer; pgPool?: pg.Pool };
declare global {
  // eslint-disable-next-line no-var -- kept across dev rebuilds
  var __driverSql: Open | undefined;
}
const open: Open = (globalThis.__driverSql ??= {});

/** The rows `query` selects (a SELECT; never a write). */
export function readRows<T>(query: Prisma.Sql): Promise<T[]> {
  // SQL comes from code; this only catches a slip (better-sqlite3 also refuses a write on the read-only connection).
  if (!/^\s*SELECT\b/i.test(query.sql)) return Promise.reject(new Error("readRows: only a SELECT"));
  open.reader ??= openReader(process.env.DATABASE_URL || "file:./prisma/dev.db");
  return open.reader.read(query) as Promise<T[]>;
}

/** `readRows` as a tagged template, like `db.$queryRaw`. */
export function selectRows<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
  return readRows<T>(Prisma.sql(strings, ...values));
}

/**
 * One statement that writes and is atomic on its own — an upsert that returns
 * the row (a rate-limit counter) — sent straight to the driver, or through
 * `inTransaction` when that cannot be done at once. On PostgreSQL it runs on
 * the pool and commits by itself. On SQLite it runs on a second connection
 * that never waits: if another connection (this process's Prisma client inside
 * a write(), or another worker) holds the file's write lock, it gives up at
 * once and `inTransaction` runs it the ordinary way, queued behind that
 * writer. (Waiting here would block the event loop, and with it the
 * transaction being waited for.) It can never run inside someone else's open
 * transaction, which is what the write rule guards against (docs/architecture.md).
 * A Prisma interactive transaction costs ~1 ms of CPU; this ~0.05 ms.
 */
export async function atomicRows<T>(query: Prisma.Sql, inTransaction: () => Promise<T[]>): Promise<T[]> {
  open.writer ??= openWriter(process.env.DATABASE_URL || "file:./prisma/dev.db");
  const rows = await open.writer.run(query);
  return rows ? (rows as T[]) : inTransaction();
}

/** The pool PostgreSQL reads share with Prisma's adapter (db.server.ts). */
export function sharedPgPool(url: string): pg.Pool {
  // allowExitOnIdle: Prisma's $disconnect leaves a pool it was handed open, and idle connections must not keep a script alive.
  open.pgPool ??= new pg.Pool({ connectionString: url, allowExitOnIdle: true });
  return open.pgPool;
}

/** Closes the connections opened here, and the shared pool (graceful shutdown: disconnectDatabase). */
export async function closeDriverConnections(): Promise<void> {
  const { reader, writer, pgPool } = open;
  delete open.reader;
  delete open.writer;
  delete open.pgPool;
  for (const one of [reader, writer]) await one?.close();
  await pgPool?.end();
}

function openReader(url: string): Reader {
  return url.startsWith("postgres") ? postgresReader(sharedPgPool(url)) : sqliteReader(url);
}

function openWriter(url: string): Writer {
  if (url.startsWith("postgres")) {
    const pool = sharedPgPool(url);
    return { run: async (query) => (await pool.query({ text: query.text, values: query.values.map(pgParam), types: pgTypes })).rows as Row[], async close() {} };
  }
  const Database = sqliteDriver();
  const connection = new Database(sqliteFile(url), { fileMustExist: true });
  connection.pragma("busy_timeout = 0");
  const prepare = keptPerSql((sql) => connection.prepare(sql));
  return {
    run(query) {
      try {
        return prepare(query.sql).all(...query.values.map(sqliteParam)) as Row[];
      } catch (error) {
        if (error instanceof Database.SqliteError && error.code.startsWith("SQLITE_BUSY")) return null;
        throw error;
      }
    },
    async close() {
      connection.close();
    },
  };
}

/**
 * `make(sql)` kept per SQL text: a statement is compiled once per connection
 * (the same few hundred texts come back all day). SQL comes from code, so the
 * bound only guards against a slip that would build texts without end.
 */
export function keptPerSql<T>(make: (sql: string) => T, max = 2_000): (sql: string) => T {
  const kept = new Map<string, T>();
  return (sql) => {
    let value = kept.get(sql);
    if (value === undefined) {
      value = make(sql);
      if (kept.size >= max) kept.clear();
      kept.set(sql, value);
    }
    return value;
  };
}

let driver: typeof BetterSqlite3 | undefined;

/**
 * The better-sqlite3 that Prisma's adapter loads (it brings its own copy, 11.x,
 * beside the project's 12.x). Every connection this process opens to the
 * database file must come from the same copy: two SQLite libraries in one
 * process do not see each other's file locks, and closing one's connection
 * drops the other's (https://www.sqlite.org/howtocorrupt.html, 2.2.1). With
 * the reader opened from the project's copy, another process read the file
 * as malformed (app/test/shutdown.test.ts caught it).
 */
export function sqliteDriver(): typeof BetterSqlite3 {
  if (!driver) {
    const adapter = createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3");
    driver = createRequire(adapter)("better-sqlite3") as typeof BetterSqlite3;
  }
  return driver;
}

function sqliteFile(url: string): string {
  return url.replace(/^file:/, "").split("?")[0]!;
}

/** SQLite keeps dates as text ("2026-11-28T10:00:00.000+00:00", as Prisma's adapter writes them). */
export function sqliteDateText(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function sqliteParam(value: unknown): unknown {
  if (value instanceof Date) return sqliteDateText(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

type Convert = ((value: unknown) => unknown) | null;
const asDate: Convert = (value) => (value === null ? null : new Date(typeof value === "string" ? value : Number(value)));
const asBoolean: Convert = (value) => (value === null ? null : Boolean(value));

function sqliteConverter(declaredType: string | null): Convert {
  switch ((declaredType ?? "").toUpperCase()) {
    case "DATETIME":
    case "TIMESTAMP":
      return asDate;
    case "BOOLEAN":
      return asBoolean;
    default:
      return null;
  }
}

function sqliteReader(url: string): Reader {
  const Database = sqliteDriver();
  const connection = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
  connection.pragma("busy_timeout = 10000");
  // A statement's result columns, and so their conversions, are fixed once it is compiled.
  const prepare = keptPerSql((sql) => {
    const statement = connection.prepare(sql);
    const columns = statement.columns();
    const converters = columns.map((c) => sqliteConverter(c.type));
    return { statement: statement.raw(true), names: columns.map((c) => c.name), converters, converted: converters.some(Boolean) };
  });
  return {
    async read(query) {
      const { statement, names, converters, converted } = prepare(query.sql);
      const rows = statement.all(...query.values.map(sqliteParam)) as unknown[][];
      return rows.map((values) => {
        const row: Row = {};
        for (let i = 0; i < names.length; i++) {
          const convert = converted ? converters[i] : null;
          row[names[i]!] = convert ? convert(values[i]) : values[i];
        }
        return row;
      });
    },
    async close() {
      connection.close();
    },
  };
}

/** As Prisma's adapter sends a Date: UTC, no zone (the columns are `timestamp(3)` without one). */
export function pgDateText(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}

function pgParam(value: unknown): unknown {
  return value instanceof Date ? pgDateText(value) : value;
}

const { builtins } = pg.types;
const pgParsers: Record<number, (text: string) => unknown> = {
  // timestamp without time zone holds UTC here (Prisma writes it so); pg alone would read it as local time.
  [builtins.TIMESTAMP]: (text) => new Date(`${text.replace(" ", "T")}Z`),
  [builtins.INT8]: (text) => Number(text),
};
const pgTypes = {
  getTypeParser: (oid: number, format?: string) => (format !== "binary" && pgParsers[oid]) || pg.types.getTypeParser(oid, format as "text"),
} as unknown as pg.CustomTypesConfig;

function postgresReader(pool: pg.Pool): Reader {
  return {
    async read(query) {
      const result = await pool.query({ text: query.text, values: query.values.map(pgParam), types: pgTypes });
      return result.rows as Row[];
    },
    async close() {},
  };
}
