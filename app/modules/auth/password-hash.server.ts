import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** bcrypt cost factor: 2^10 rounds, ~100 ms on this hardware. */
export const bcryptCost = 10;

type Job = { id: number; resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * A small pool of worker threads running bcryptjs, so hashing never blocks the
 * event loop that serves pages. One worker per spare core (at least one).
 */
class HashPool {
  private workers: { worker: Worker; busy: number }[] = [];
  private jobs = new Map<number, Job>();
  private nextId = 1;

  private ensureWorkers() {
    if (this.workers.length > 0) return;
    const size = Math.max(1, availableParallelism() - 1);
    const file = path.resolve(process.cwd(), "server/password-worker.cjs");
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file);
      const slot = { worker, busy: 0 };
      worker.on("message", (msg: { id: number; result?: unknown; error?: string }) => {
        slot.busy--;
        if (slot.busy === 0) worker.unref(); // idle workers never keep a process alive
        const job = this.jobs.get(msg.id);
        this.jobs.delete(msg.id);
        if (!job) return;
        if (msg.error) job.reject(new Error(msg.error));
        else job.resolve(msg.result);
      });
      worker.on("error", (error) => {
        for (const [id, job] of this.jobs) {
          job.reject(error);
          this.jobs.delete(id);
        }
        this.workers = this.workers.filter((w) => w !== slot);
      });
      worker.unref();
      this.workers.push(slot);
    }
  }

  run(message: Record<string, unknown>): Promise<unknown> {
    this.ensureWorkers();
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { id, resolve, reject });
      slot.busy++;
      slot.worker.ref(); // busy: keep the process alive until the answer comes
      slot.worker.postMessage({ id, ...message });
    });
  }
}

const pool = new HashPool();

export async function hashPassword(password: string): Promise<string> {
  return (await pool.run({ op: "hash", password, cost: bcryptCost })) as string;
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  return (await pool.run({ op: "compare", password, hash })) as boolean;
}

/**
 * A real bcrypt hash of a random string, compared against when the account
 * does not exist, so a wrong email and a wrong password take the same time.
 */
export const dummyHash = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.9t0nC8hW8G6pP4x2a4Z0m0bq8Fq2";
