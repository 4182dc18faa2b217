// Starting and stopping a deployment on this machine, for the tests and the
// bench: a fresh database, app servers (one process or the cluster launcher)
// and HAProxy in front of several with deploy/haproxy.cfg.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import net from "node:net";

/** Drops and recreates a PostgreSQL database, or removes a SQLite file (and its -wal/-shm/-journal). */
export async function resetDatabase(databaseUrl) {
  if (databaseUrl.startsWith("postgres")) {
    const { default: pg } = await import("pg");
    const target = new URL(databaseUrl);
    const name = decodeURIComponent(target.pathname.slice(1));
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
    const admin = new URL(databaseUrl);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    return;
  }
  const file = databaseUrl.replace(/^file:/, "");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

/** Migrates and seeds (scripts/prepare-db.mjs), as `npm start` does before serving. */
export function prepareDatabase(env) {
  execFileSync(process.execPath, ["scripts/prepare-db.mjs"], { env, stdio: ["ignore", "inherit", "inherit"] });
}

/** Prefixes a child's output lines with its name, so interleaved logs stay readable. */
function pipeWithName(stream, name, target) {
  let pending = "";
  stream.on("data", (chunk) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) target.write(`[${name}] ${line}\n`);
  });
}

/**
 * Starts the production server: server/cluster.js (workers) or one server/index.js
 * process. Its output goes to `log` (a writable stream; default this process's).
 * @param {Record<string, string | undefined>} env
 * @param {{ cluster?: boolean; name?: string; log?: NodeJS.WritableStream }} [options]
 */
export function startApp(env, { cluster = false, name = "app", log } = {}) {
  const child = spawn(process.execPath, [cluster ? "server/cluster.js" : "server/index.js"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.name = name;
  pipeWithName(child.stdout, name, log ?? process.stdout);
  pipeWithName(child.stderr, name, log ?? process.stderr);
  return child;
}

export function haproxyPath() {
  for (const candidate of [process.env.HAPROXY_PATH, "/usr/sbin/haproxy", "/usr/local/sbin/haproxy"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error("HAProxy is not installed (Debian: apt-get install haproxy); scripts/test-all.sh installs it");
}

/**
 * HAProxy on `port` in front of `addresses` (host:port), with the repository's
 * deploy/haproxy.cfg: the same file a deployment uses, given its addresses in
 * the environment. The config names two servers; more need more lines there.
 */
export async function startBalancer({ port, addresses, name = "haproxy", log }) {
  if (addresses.length !== 2) throw new Error("deploy/haproxy.cfg names two app servers");
  const child = spawn(haproxyPath(), ["-f", "deploy/haproxy.cfg", "-db"], {
    env: { ...process.env, LNY_LB_BIND: `127.0.0.1:${port}`, LNY_APP1: addresses[0], LNY_APP2: addresses[1] },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.name = name;
  pipeWithName(child.stdout, name, log ?? process.stdout);
  pipeWithName(child.stderr, name, log ?? process.stderr);
  await waitForPort(port, 10_000);
  return child;
}

export function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on ${port} after ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** SIGTERM to each child (graceful), SIGKILL to any still running after `graceMs`. */
export async function stopAll(children, graceMs = 10_000) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          child.stopping = true;
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
}

/** The app's settings for the local S3-compatible server startS3 runs (bucket "lny-e2e"). */
export function s3Env(port) {
  return {
    STORAGE_DRIVER: "s3",
    S3_BUCKET: "lny-e2e",
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_PREFIX: "files/",
  };
}

/**
 * A local S3-compatible server (the s3rver package, a process of its own) on
 * `port`, with an empty bucket "lny-e2e" kept in `directory`.
 * @param {{ port: number; directory: string; log?: NodeJS.WritableStream }} options
 */
export async function startS3({ port, directory, log }) {
  rmSync(directory, { recursive: true, force: true });
  const child = spawn(
    process.execPath,
    ["node_modules/s3rver/bin/s3rver.js", "-d", directory, "-a", "127.0.0.1", "-p", String(port), "--silent", "--configure-bucket", "lny-e2e"],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_NO_WARNINGS: "1" } },
  );
  child.name = "s3";
  pipeWithName(child.stdout, "s3", log ?? process.stdout);
  pipeWithName(child.stderr, "s3", log ?? process.stderr);
  await waitForPort(port, 20_000);
  return child;
}
