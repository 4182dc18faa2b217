// Before `prisma migrate dev` (npm run db:migrate:dev): removes the SQLite
// full-text search tables and triggers (app/utils/search-index.server.ts),
// which Prisma would take for drift from the migrations and want to reset the
// database for. The app rebuilds them the next time it connects.
import { existsSync } from "node:fs";

const url = process.env.DATABASE_URL || "file:./prisma/dev.db";
const file = url.startsWith("file:") ? url.slice("file:".length) : null;
if (file && existsSync(file)) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file);
  try {
    const objects = db
      .prepare(`SELECT type, name FROM sqlite_master WHERE (type = 'trigger' AND name LIKE '%\\_search\\_%' ESCAPE '\\') OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%')`)
      .all();
    for (const { type, name } of objects) db.exec(`DROP ${type === "trigger" ? "TRIGGER" : "TABLE"} IF EXISTS "${name.replace(/"/g, '""')}"`);
    if (objects.length) console.log(`drop-search-index: removed ${objects.length} search objects from ${file} (rebuilt when the app connects)`);
  } finally {
    db.close();
  }
}
