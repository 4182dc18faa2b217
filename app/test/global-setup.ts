import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * Builds one migrated template database per run; each test file then gets its
 * own copy (setup.ts), so tests never share rows. TEST_PG_URL switches the
 * database tests to PostgreSQL (npm run test:pg).
 */
export default async function globalSetup() {
  const pgUrl = process.env.TEST_PG_URL;
  if (pgUrl) {
    const template = `lny_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const url = new URL(pgUrl);
    url.pathname = `/${template}`;
    execFileSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma.postgres.config.ts"], {
      env: { ...process.env, DATABASE_URL: url.toString() },
      stdio: "pipe",
    });
    process.env.LNY_TEST_TEMPLATE = template;
    return async () => {
      // Test databases are dropped by name pattern; the template last.
      const { rows } = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'lny_t_%' OR datname = $1", [template]);
      for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
      await admin.end();
    };
  }
  const file = path.join(tmpdir(), `lny-template-${process.pid}.db`);
  rmSync(file, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "pipe" });
  process.env.LNY_TEST_TEMPLATE = file;
  return () => rmSync(file, { force: true });
}
