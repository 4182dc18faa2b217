import { randomBytes } from "node:crypto";
import { copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, vi } from "vitest";

// Each test file gets its own database, copied from the migrated template
// (global-setup.ts), before any app module creates its client.
const template = process.env.LNY_TEST_TEMPLATE;
if (template) {
  const id = randomBytes(6).toString("hex");
  if (process.env.TEST_PG_URL) {
    const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE lny_t_${id} TEMPLATE ${template}`);
    await admin.end();
    const url = new URL(process.env.TEST_PG_URL);
    url.pathname = `/lny_t_${id}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    const file = path.join(tmpdir(), `lny-test-${id}.db`);
    copyFileSync(template, file);
    process.env.DATABASE_URL = `file:${file}`;
  }
}
process.env.SESSION_SECRET ??= "test-secret-at-least-16-characters";
process.env.OUTBOX_DIR ??= path.join(tmpdir(), "lny-test-outbox");
process.env.STORAGE_DIR ??= path.join(tmpdir(), "lny-test-storage");

// A test that makes the app log an error fails: errors must be asserted, not ignored.
const consoleError = vi.spyOn(console, "error");
afterEach(() => {
  const calls = consoleError.mock.calls;
  consoleError.mockClear();
  if (calls.length) throw new Error(`console.error was called: ${calls.map((c) => c.join(" ")).join("\n")}`);
});
