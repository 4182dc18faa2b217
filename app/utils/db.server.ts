import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgPrismaClient } from "~/generated/postgres/client";
import { Prisma, PrismaClient } from "~/generated/sqlite/client";
import { closeDriverConnections, keptPerSql, sharedPgPool } from "./driver-sql.server";
import { ensureSqliteSearchIndexes } from "./search-index.server";

export { Prisma };
export type Tx = Prisma.TransactionClient;

type SqliteConnection = { prepare(sql: string): SqliteStatement; pragma(statement: string): unknown; exec(sql: string): unknown };

/**
 * SQLite shared by several processes (`npm start` runs a worker per core):
 * WAL, so readers never wait for the writer, and write transactions that
 * begin IMMEDIATE — they take the file's write lock at BEGIN, waiting up to
 * the busy timeout for another process's writer, instead of failing with
 * SQLITE_BUSY when a transaction that began by reading tries to write after
 * another process wrote. Every write is such a transaction (`write()` below).
 */
class SharedFileSQLite extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    // The adapter keeps its better-sqlite3 handle as `client` and begins transactions with prepare("BEGIN").
    const connection = (adapter as unknown as { client: SqliteConnection }).client;
    connection.pragma("journal_mode = WAL");
    connection.pragma("busy_timeout = 10000");
    ensureSqliteSearchIndexes(connection);
    const prepare = connection.prepare.bind(connection);
    // The adapter only uses what reusingStatements hands back.
    connection.prepare = reusingStatements((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as unknown as SqliteConnection["prepare"];
    return adapter;
  }
}

type SqliteStatement = {
  reader: boolean;
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  columns(): unknown[];
  raw(on?: boolean): SqliteStatement;
};

/**
 * The adapter prepares every query afresh (`prepare(sql).bind(args)`), and
 * SQLite compiles the SQL each time: ~3 % of a signed-in page's CPU. The same
 * few hundred SQL texts come back all day (Prisma writes the values as
 * parameters), so each is compiled once per connection and kept. A kept
 * statement cannot be bound for good (bind is once per statement), so `bind`
 * hands back what the adapter then calls — reader, run, columns, raw().all —
 * with the values passed on each call instead.
 */
export function reusingStatements(prepare: (sql: string) => SqliteStatement) {
  const kept = keptPerSql(prepare);
  // A statement's result columns are fixed once it is compiled; better-sqlite3 builds the list afresh on each call.
  const columnsOf = new WeakMap<SqliteStatement, unknown[]>();
  return (sql: string) => {
    const it = kept(sql);
    const columns = () => {
      let list = columnsOf.get(it);
      if (!list) columnsOf.set(it, (list = it.columns()));
      return list;
    };
    return {
      reader: it.reader,
      run: (...params: unknown[]) => it.run(...params),
      get: (...params: unknown[]) => it.get(...params),
      all: (...params: unknown[]) => it.all(...params),
      bind: (params: unknown[]) => ({
        reader: it.reader,
        run: () => it.run(params),
        columns,
        raw: () => ({
          all: () => {
            it.raw(true);
            try {
              return it.all(params);
            } finally {
              it.raw(false);
            }
          },
        }),
      }),
    };
  };
}

/**
 * One DATABASE_URL picks the provider: `file:` for the embedded SQLite default,
 * `postgres://` for deployments with several app servers. Both clients are
 * generated from the same models, so their APIs match.
 */
export function createClient(url = defaultDatabaseUrl()): PrismaClient {
  if (url.startsWith("postgres")) {
    // The app's own database shares its pool with the reads sent past Prisma (driver-sql.server.ts).
    const adapter = url === defaultDatabaseUrl() ? new PrismaPg(sharedPgPool(url)) : new PrismaPg({ connectionString: url });
    return new PgPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new SharedFileSQLite({ url }) });
}

function defaultDatabaseUrl(): string {
  return process.env.DATABASE_URL || "file:./prisma/dev.db";
}

/** Whether this process's database is PostgreSQL (where a few things differ: app/utils/search.server.ts). */
export function isPostgres(): boolean {
  return (process.env.DATABASE_URL || "").startsWith("postgres");
}

declare global {
  // eslint-disable-next-line no-var -- kept across dev rebuilds
  var __db: PrismaClient | undefined;
}

/**
 * The client for READS. Every write goes through `write()` below.
 *
 * Why: @prisma/adapter-better-sqlite3 gives a client one SQLite connection,
 * and a plain write issued while an interactive transaction is open runs
 * inside it — and is lost if that transaction rolls back, although its promise
 * resolved (docs/architecture.md, "The write rule"). With every write inside an
 * interactive transaction, the adapter serialises them and nothing can leak
 * into another's transaction. app/utils/db-writes.test.ts enforces the rule.
 */
export const db: PrismaClient = (globalThis.__db ??= createClient());

const afterCommitCallbacks = new WeakMap<Tx, (() => void)[]>();

/**
 * Runs `fn` once the transaction `tx` (from write()) has committed, never if
 * it rolls back — e.g. to send at once the messages it queued. `fn` must not
 * throw (it runs after the caller's answer is settled).
 */
export function afterCommit(tx: Tx, fn: () => void): void {
  const callbacks = afterCommitCallbacks.get(tx);
  if (callbacks) callbacks.push(fn);
  else afterCommitCallbacks.set(tx, [fn]);
}

/** Closes the database connections (graceful shutdown, after the last request). */
export async function disconnectDatabase(): Promise<void> {
  // The driver's own connections first, so that on SQLite the client's read-write connection closes
  // last and folds the WAL back into the file (a read-only connection cannot).
  await closeDriverConnections();
  await db.$disconnect();
}

/** Runs `fn` as one interactive transaction: all of it is written, or none. */
export async function write<T>(fn: (tx: Tx) => Promise<T>, client: PrismaClient = db): Promise<T> {
  let current: Tx | undefined;
  const result = await client.$transaction(
    (tx) => {
      current = tx;
      return fn(tx);
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  const callbacks = current ? afterCommitCallbacks.get(current) : undefined;
  if (current && callbacks) {
    afterCommitCallbacks.delete(current);
    for (const callback of callbacks) callback();
  }
  return result;
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Thrown inside write() when a row's `version` changed since it was read. */
export class ConflictError extends Error {
  constructor(message = "conflict") {
    super(message);
    this.name = "ConflictError";
  }
}
