import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * The production server (server/index.js serving build/) on this test file's
 * own SQLite database, for tests that go through the whole request pipeline:
 * Express, the security middleware and Remix. The build is made first when
 * it is missing or older than the sources.
 */
const root = path.resolve(__dirname, "../../..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "generated" || entry.name === "test") continue;
      newest = Math.max(newest, newestMtime(full));
    } else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureBuild() {
  const built = path.join(root, "build/index.js");
  const sources = Math.max(newestMtime(path.join(root, "app")), statSync(path.join(root, "remix.config.js")).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  // A production build: Vitest runs with NODE_ENV=test, and a build made under it
  // calls React's development JSX runtime, which the production server lacks.
  execFileSync("npx", ["remix", "build"], { cwd: root, stdio: "pipe", env: { ...process.env, NODE_ENV: "production" } });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type RunningServer = {
  url: string;
  child: ChildProcess;
  /** Everything the server wrote to stderr (errors it logged). */
  stderr: string[];
  stop: () => Promise<void>;
};

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  ensureBuild();
  const port = await freePort();
  const storage = mkdtempSync(path.join(tmpdir(), "lny-http-"));
  const child = spawn(process.execPath, ["server/index.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      COOKIE_SECURE: "false",
      RUN_JOBS: "false",
      // Tests send X-Forwarded-For to look like many addresses (rate limits are per address).
      TRUST_PROXY: "1",
      STORAGE_DIR: path.join(storage, "files"),
      OUTBOX_DIR: path.join(storage, "outbox"),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString("utf8")));
  child.stdout?.resume();
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr.join("")}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${stderr.join("")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
      }),
  };
}

/**
 * Every insert, update and delete in the database is logged by a trigger
 * (table, operation, and for attachments whether it is a pending upload), so
 * a test can say exactly what a request wrote.
 */
export class WriteLog {
  private db: Database.Database;
  private seen = 0;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("busy_timeout = 10000");
    const all = this.db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'")
      .all() as { name: string; sql: string | null }[];
    // The search indexes (FTS5 virtual tables and their shadow tables) are written by the app's own triggers.
    const virtual = all.filter((t) => t.sql?.startsWith("CREATE VIRTUAL TABLE")).map((t) => t.name);
    const tables = all.filter((t) => !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)));
    this.db.exec("CREATE TABLE IF NOT EXISTS _lny_writes (id INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT, op TEXT, detail TEXT)");
    for (const { name } of tables) {
      for (const [op, event, row] of [["I", "INSERT", "NEW"], ["U", "UPDATE", "NEW"], ["D", "DELETE", "OLD"]] as const) {
        // The app delivers queued messages right after a commit, in the background
        // (enableImmediateDelivery, app/modules/notifications/delivery.server.ts):
        // marking an earlier request's email or SMS as sent can land while a later
        // request is being refused, and is no write of that request. A message
        // queued by a request is an insert, and inserts are still logged.
        if (op === "U" && (name === "OutboxEmail" || name === "OutboxSms")) continue;
        const detail = name === "Attachment" ? `CASE WHEN ${row}.pendingToken IS NOT NULL AND ${row}.caseId IS NULL THEN 'pending' ELSE '' END` : "''";
        this.db.exec(
          `CREATE TRIGGER IF NOT EXISTS "_lny_w_${name}_${op}" AFTER ${event} ON "${name}" BEGIN INSERT INTO _lny_writes (tbl, op, detail) VALUES ('${name}', '${op}', ${detail}); END`,
        );
      }
    }
    this.mark();
  }

  /** Forget what was written so far. */
  mark() {
    const row = this.db.prepare("SELECT COALESCE(MAX(id), 0) AS id FROM _lny_writes").get() as { id: number };
    this.seen = row.id;
  }

  /** What was written since the last mark, as "Table:op[:detail]". */
  since(): string[] {
    const rows = this.db.prepare("SELECT id, tbl, op, detail FROM _lny_writes WHERE id > ? ORDER BY id").all(this.seen) as { id: number; tbl: string; op: string; detail: string }[];
    if (rows.length) this.seen = rows.at(-1)!.id;
    return rows.map((r) => [r.tbl, r.op, r.detail].filter(Boolean).join(":"));
  }

  close() {
    this.db.close();
  }
}

export function sqliteFile(): string {
  const url = process.env.DATABASE_URL ?? "";
  if (!url.startsWith("file:")) throw new Error("the HTTP tests run on SQLite");
  return url.slice("file:".length);
}
