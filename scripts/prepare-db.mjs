// Prepares the database before the server starts (npm start, npm run dev):
// applies pending migrations and seeds an empty database. On SQLite the file
// is created on first start. Also gives the demo a SESSION_SECRET (.env).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, writeFileSync } from "node:fs";

if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");
if (!process.env.SESSION_SECRET && !existsSync(".env")) {
  writeFileSync(".env", `SESSION_SECRET=${randomBytes(32).toString("hex")}\n`, { mode: 0o600 });
  console.log("prepare-db: wrote a random SESSION_SECRET to .env");
}

const url = process.env.DATABASE_URL || "file:./prisma/dev.db";
const isPostgres = url.startsWith("postgres");
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });

/** Migrations in prisma/migrations not yet applied to the SQLite file (a cheap check: the CLI takes ~4 s). */
async function pendingSqliteMigrations() {
  const file = url.replace(/^file:/, "");
  const folders = readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  if (!existsSync(file)) return folders.length;
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { readonly: true });
  try {
    const applied = new Set(
      db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL").all().map((r) => r.migration_name),
    );
    return folders.filter((f) => !applied.has(f)).length;
  } catch {
    return folders.length;
  } finally {
    db.close();
  }
}

const pending = isPostgres ? -1 : await pendingSqliteMigrations();
if (pending !== 0) {
  run("npx", ["prisma", "migrate", "deploy", ...(isPostgres ? ["--config", "prisma.postgres.config.ts"] : [])]);
}
run("npx", ["tsx", "prisma/seed.ts"]);
