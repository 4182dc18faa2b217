import { execFileSync, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { expect, test } from "./support/test";
import { startApp, stopAll, waitForPort } from "../scripts/topology.mjs";
import { e2eJobEnv } from "./utils";

/**
 * `npm start` runs server/cluster.js: a worker per core on one port. (The
 * whole suite runs against it on SQLite: the workers share the database file.)
 * Here a cluster of its own, on the suite's database, under a steady stream of
 * requests: a rolling restart (SIGHUP) replaces every worker without one
 * request failing, a killed worker is replaced, and SIGTERM stops everything.
 */
const port = Number(process.env.E2E_PORT ?? 3210) + 15;
const baseURL = `http://127.0.0.1:${port}`;

test.describe.configure({ mode: "serial", timeout: 120_000 });

let primary: ChildProcess;
let log: WriteStream;

function workerPids(): number[] {
  try {
    return execFileSync("pgrep", ["-P", String(primary.pid)], { encoding: "utf8" }).trim().split("\n").map(Number).sort();
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

/** Requests one after another, each on a new connection, until `stop()`: how many, and which failed. */
function steadyTraffic() {
  let running = true;
  const failures: string[] = [];
  let count = 0;
  const paths = ["/", "/healthz", "/stats", "/track"];
  const done = (async () => {
    while (running) {
      const path = paths[count % paths.length]!;
      count++;
      try {
        const response = await fetch(`${baseURL}${path}`, { headers: { Connection: "close" }, signal: AbortSignal.timeout(15_000) });
        await response.arrayBuffer();
        if (!response.ok) failures.push(`${path}: ${response.status}`);
      } catch (error) {
        failures.push(`${path}: ${(error as Error).cause ?? error}`);
      }
    }
  })();
  return {
    get count() {
      return count;
    },
    async stop() {
      running = false;
      await done;
      return { count, failures };
    },
  };
}

test.beforeAll(async ({}, testInfo) => {
  log = createWriteStream(testInfo.outputPath("cluster.log"));
  primary = startApp({ ...e2eJobEnv(), NODE_ENV: "production", COOKIE_SECURE: "false", RUN_JOBS: "false", PORT: String(port), WEB_CONCURRENCY: "2" }, { cluster: true, name: "cluster", log });
  await waitForPort(port, 60_000);
  await expect.poll(() => workerPids().length, { timeout: 30_000 }).toBe(2);
});

test.afterAll(async () => {
  if (primary) await stopAll([primary]);
  log?.end();
});

test("a rolling restart (SIGHUP) replaces both workers while requests keep being answered", async () => {
  const before = workerPids();
  const traffic = steadyTraffic();
  await expect.poll(async () => (await fetch(`${baseURL}/healthz`)).status).toBe(200);
  primary.kill("SIGHUP");
  await expect
    .poll(() => {
      const now = workerPids();
      return now.length === 2 && now.every((pid) => !before.includes(pid));
    }, { timeout: 60_000 })
    .toBe(true);
  const { count, failures } = await traffic.stop();
  expect(failures).toEqual([]);
  expect(count).toBeGreaterThan(10);
});

test("a killed worker is replaced, and then every request is answered", async () => {
  // (A worker killed outright loses the connections it held, and one the launcher
  // handed it at that instant: behind a balancer, that is what its retries are for.)
  const [victim, survivor] = workerPids();
  process.kill(victim!, "SIGKILL");
  await expect.poll(() => workerPids().filter((pid) => pid !== survivor && pid !== victim).length, { timeout: 30_000 }).toBe(1);
  const traffic = steadyTraffic();
  await expect.poll(() => traffic.count, { timeout: 60_000 }).toBeGreaterThan(20);
  const { failures } = await traffic.stop();
  expect(failures).toEqual([]);
  expect(workerPids()).toContain(survivor);
});

test("SIGTERM stops the workers and the launcher", async () => {
  const workers = workerPids();
  const exited = new Promise<number | null>((resolve) => primary.once("exit", (code) => resolve(code)));
  primary.kill("SIGTERM");
  expect(await exited).toBe(0);
  for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
});
