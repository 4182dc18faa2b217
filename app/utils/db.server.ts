import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgPrismaClient } from "~/generated/postgres/client";
import { Prisma, PrismaClient } from "~/generated/sqlite/client";

export type { Prisma };
export type Tx = Prisma.TransactionClient;

/**
 * One DATABASE_URL picks the provider: `file:` for the embedded SQLite default,
 * `postgres://` for deployments with several app servers. Both clients are
 * generated from the same models, so their APIs match.
 */
export function createClient(url = process.env.DATABASE_URL || "file:./prisma/dev.db"): PrismaClient {
  if (url.startsWith("postgres")) {
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
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
 * resolved (../shared/notes/prisma-offline.md). With every write inside an
 * interactive transaction, the adapter serialises them and nothing can leak
 * into another's transaction. app/utils/db-writes.test.ts enforces the rule.
 */
export const db: PrismaClient = (globalThis.__db ??= createClient());

/** Closes the database connection (graceful shutdown, after the last request). */
export async function disconnectDatabase(): Promise<void> {
  await db.$disconnect();
}

/** Runs `fn` as one interactive transaction: all of it is written, or none. */
export function write<T>(fn: (tx: Tx) => Promise<T>, client: PrismaClient = db): Promise<T> {
  return client.$transaction(fn, { maxWait: 10_000, timeout: 20_000 });
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
