import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";

/**
 * Direct writes to the suite's database (the one the test servers use:
 * prisma/e2e.db, or PostgreSQL when E2E_DATABASE_URL names one) for set-ups
 * the UI of this branch cannot produce yet — e.g. the suspension / resumption
 * / ending events the procedure branch emits. Dates are stored as the app's
 * Prisma adapters store them (ISO 8601 text on SQLite, timestamps on PostgreSQL).
 */
const url = process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db";
const onPostgres = url.startsWith("postgres");

/** A date as the app's Prisma adapter stores it: a timestamp on PostgreSQL, ISO 8601 text on SQLite. */
export function stored(d: Date): Date | string {
  return onPostgres ? d : d.toISOString();
}

/** One statement on the suite's database (`?` placeholders on both databases). */
export async function query<T>(sql: string, params: unknown[]): Promise<T[]> {
  if (onPostgres) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // The same statements on both: `?` placeholders become $1, $2 …
      let n = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(url.replace(/^file:/, ""));
  db.pragma("busy_timeout = 5000");
  try {
    const statement = db.prepare(sql);
    return statement.reader ? (statement.all(...params) as T[]) : (statement.run(...params), []);
  } finally {
    db.close();
  }
}

/**
 * Tells the app servers that the law's tables were changed behind their back
 * (a test's direct UPDATE): as an administrator's change does, a new version
 * of `cache:rules`, so every server reads the rules afresh
 * (app/utils/reference-cache.server.ts).
 */
export async function rulesChangedBehindTheApp(): Promise<void> {
  await query(
    `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('cache:rules', ?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
    [`e2e-${Date.now()}-${Math.random()}`, stored(new Date())],
  );
}

export async function caseIdOf(code: string): Promise<string> {
  const [row] = await query<{ id: string }>('SELECT id FROM "Case" WHERE code = ?', [code]);
  if (!row) throw new Error(`no case ${code}`);
  return row.id;
}

/** Adds a PUBLIC event to a case's timeline, as the procedure's transitions write it. */
export async function addCaseEvent(code: string, e: { type: string; data?: Record<string, unknown>; note?: string; actorEmail?: string; at?: Date }): Promise<string> {
  const caseId = await caseIdOf(code);
  const [actor] = e.actorEmail ? await query<{ id: string }>('SELECT id FROM "User" WHERE email = ?', [e.actorEmail]) : [];
  const id = `e2e${randomBytes(10).toString("hex")}`;
  const at = e.at ?? new Date();
  await query(
    'INSERT INTO "CaseEvent" (id, "caseId", type, "actorId", visibility, note, data, "createdAt") VALUES (?, ?, ?, ?, \'PUBLIC\', ?, ?, ?)',
    [id, caseId, e.type, actor?.id ?? null, e.note ?? null, e.data ? JSON.stringify(e.data) : null, onPostgres ? at : at.toISOString()],
  );
  return id;
}

/**
 * Ends a grassroots-democracy voting or consultation period now, as if its
 * closing time had come: the commune's forms only accept a close in the
 * future, and waiting minutes in real time would slow the suite. closesAt is
 * written as the Prisma adapter writes dates (ISO 8601 with +00:00).
 */
export async function endPeriodNow(table: "DemocracyMatter" | "Consultation", id: string): Promise<void> {
  const closesAt = new Date(Date.now() - 1000);
  const at = onPostgres ? closesAt : closesAt.toISOString().replace("Z", "+00:00");
  const [row] = await query<{ id: string }>(`UPDATE "${table}" SET "closesAt" = ? WHERE id = ? AND "opensAt" < ? RETURNING id`, [at, id, at]);
  if (!row) throw new Error(`no open period for ${table} ${id}`);
}

/** Moves a case's receipt and acceptance `days` into the past, its due date recomputed as the engine would (`dueFor`). */
export async function backdateAcceptance(code: string, days: number, dueFor: (acceptedAt: Date) => Date): Promise<{ acceptedAt: Date; dueAt: Date }> {
  const [row] = await query<{ acceptedAt: string | Date | null }>('SELECT "acceptedAt" FROM "Case" WHERE "code" = ?', [code]);
  if (!row?.acceptedAt) throw new Error(`case ${code} is not accepted`);
  const acceptedAt = new Date(new Date(row.acceptedAt).getTime() - days * 86_400_000);
  const dueAt = dueFor(acceptedAt);
  const [a, d] = [stored(acceptedAt), stored(dueAt)];
  await query('UPDATE "Case" SET "submittedAt" = ?, "receivedAt" = ?, "acceptedAt" = ?, "dueAt" = ?, "originalDueAt" = ? WHERE "code" = ?', [a, a, a, d, d, code]);
  // Two statements rather than a CASE: PostgreSQL cannot type a parameter inside one.
  await query('UPDATE "Case" SET "nextDueAt" = ? WHERE "code" = ? AND "nextDueAt" IS NOT NULL', [d, code]);
  return { acceptedAt, dueAt };
}

/**
 * Makes a scheduled dialogue session or reception day (by its page's path,
 * /desk/sessions/<id>) under way: begun an hour ago, ending in an hour. The
 * forms only schedule sessions ahead, and minutes are refused before a
 * session's start.
 */
export async function sessionTookPlace(sessionPath: string): Promise<void> {
  const id = sessionPath.split("/").filter(Boolean).at(-1);
  const hour = 3_600_000;
  const [row] = await query<{ id: string }>('UPDATE "DialogueSession" SET "startsAt" = ?, "endsAt" = ? WHERE id = ? RETURNING id', [stored(new Date(Date.now() - hour)), stored(new Date(Date.now() + hour)), id]);
  if (!row) throw new Error(`no session ${id}`);
}
