// `npm start`: one server/index.js worker per core on one port (node:cluster;
// the primary hands connections to the workers in turn). The workers keep no
// state of their own (see server/index.js), so they need nothing from each
// other; on SQLite they share the file (WAL, and write transactions that wait
// for the lock: app/utils/db.server.ts).
//
//   WEB_CONCURRENCY   workers (default: the number of cores; 1 = no cluster)
//   SIGHUP            graceful restart: a new worker starts before an old one
//                     is asked to finish, one at a time (e.g. after a deploy)
//   SIGTERM / SIGINT  every worker finishes what it is serving, then exits
//
// The scheduled jobs run under database leases, so any number of servers may
// run them; only the first worker does here, to spare the others the polling.
import cluster from "node:cluster";
import os from "node:os";
import path from "node:path";
import url from "node:url";

const here = path.dirname(url.fileURLToPath(import.meta.url));
const requested = Number(process.env.WEB_CONCURRENCY);
const count = Number.isInteger(requested) && requested > 0 ? requested : os.availableParallelism();
const STOP_GRACE_MS = Number(process.env.STOP_GRACE_MS || 30_000);

if (count === 1) {
  await import("./index.js");
} else {
  cluster.setupPrimary({ exec: path.join(here, "index.js") });

  /** slot → worker; a slot keeps its index across restarts (slot 0 runs the jobs). */
  const slots = new Map();
  let stopping = false;
  let restarting = false;
  const recentCrashes = [];

  function fork(slot) {
    const env = slot === 0 ? {} : { RUN_JOBS: "false" };
    const worker = cluster.fork({ ...env, LNY_WORKER_SLOT: String(slot) });
    worker.slot = slot;
    slots.set(slot, worker);
    return worker;
  }

  function stopWorker(worker) {
    return new Promise((resolve) => {
      if (worker.isDead()) return resolve();
      const timer = setTimeout(() => worker.process.kill("SIGKILL"), STOP_GRACE_MS);
      worker.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      worker.retiring = true;
      worker.process.kill("SIGTERM");
    });
  }

  cluster.on("exit", (worker, code, signal) => {
    if (stopping || worker.retiring) return;
    // An unexpected exit: replace the worker, unless workers keep dying at once (a broken build or config).
    const now = Date.now();
    recentCrashes.push(now);
    while (recentCrashes.length && recentCrashes[0] < now - 60_000) recentCrashes.shift();
    if (recentCrashes.length > count * 5) {
      console.error(`cluster: workers keep exiting (${recentCrashes.length} in a minute); giving up`);
      process.exit(1);
    }
    console.error(`cluster: worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork(worker.slot);
  });

  /** Replaces the workers one at a time: the new one listens before the old one is asked to stop. */
  async function restartAll() {
    if (restarting || stopping) return;
    restarting = true;
    try {
      for (const [slot, old] of [...slots]) {
        const fresh = fork(slot);
        await new Promise((resolve, reject) => {
          fresh.once("listening", resolve);
          fresh.once("exit", () => reject(new Error("the new worker exited before listening")));
        });
        await stopWorker(old);
      }
      console.log("cluster: restarted every worker");
    } catch (error) {
      console.error(`cluster: restart stopped: ${error.message}`);
    } finally {
      restarting = false;
    }
  }

  async function stopAll() {
    if (stopping) return;
    stopping = true;
    await Promise.all([...slots.values()].map(stopWorker));
    process.exit(0);
  }

  process.on("SIGHUP", () => void restartAll());
  process.on("SIGINT", () => void stopAll());
  process.on("SIGTERM", () => void stopAll());

  console.log(`cluster: ${count} workers (primary ${process.pid})`);
  for (let slot = 0; slot < count; slot++) fork(slot);
}
