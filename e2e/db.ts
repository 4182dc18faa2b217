import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";

/**
 * Direct writes to the e2e database (prisma/e2e.db, the file the test server
 * uses) for set-ups the UI of this branch cannot produce yet — e.g. the
 * suspension / resumption / ending events the procedure branch emits.
 * Dates are stored as the app's Prisma adapter stores them (ISO 8601 text).
 */
function open() {
  const db = new Database("prisma/e2e.db");
  db.pragma("busy_timeout = 5000");
  return db;
}

export function caseIdOf(code: string): string {
  const db = open();
  try {
    const row = db.prepare("SELECT id FROM \"Case\" WHERE code = ?").get(code) as { id: string } | undefined;
    if (!row) throw new Error(`no case ${code}`);
    return row.id;
  } finally {
    db.close();
  }
}

/** Adds a PUBLIC event to a case's timeline, as the procedure's transitions write it. */
export function addCaseEvent(code: string, e: { type: string; data?: Record<string, unknown>; note?: string; actorEmail?: string; at?: Date }): string {
  const db = open();
  try {
    const caseId = caseIdOf(code);
    const actor = e.actorEmail ? (db.prepare("SELECT id FROM \"User\" WHERE email = ?").get(e.actorEmail) as { id: string } | undefined) : undefined;
    const id = `e2e${randomBytes(10).toString("hex")}`;
    db.prepare(
      "INSERT INTO \"CaseEvent\" (id, caseId, type, actorId, visibility, note, data, createdAt) VALUES (?, ?, ?, ?, 'PUBLIC', ?, ?, ?)",
    ).run(id, caseId, e.type, actor?.id ?? null, e.note ?? null, e.data ? JSON.stringify(e.data) : null, (e.at ?? new Date()).toISOString());
    return id;
  } finally {
    db.close();
  }
}
