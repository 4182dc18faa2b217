import { afterAll, expect, test } from "vitest";
import { db, write } from "~/utils/db.server";
import { instanceId, withLease } from "./lease.server";

afterAll(() => db.$disconnect());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("a job longer than its lease keeps it: the holder renews it while the job runs", async () => {
  const result = await withLease(
    "long-job",
    async () => {
      await sleep(1_000); // more than three lease lengths
      // Still held, and not lapsed: another server asking now would be refused.
      const lease = await db.jobLease.findUniqueOrThrow({ where: { name: "long-job" } });
      expect(lease.holder).toBe(instanceId);
      expect(lease.leaseUntil.getTime()).toBeGreaterThan(Date.now());
      return "done";
    },
    { leaseMs: 300 },
  );
  expect(result).toEqual({ ran: true, result: "done" });
});

test("a server killed mid-job holds the lease only until it expires; a command-line run waits for that and runs", async () => {
  // The dead server's lease: no heartbeat will come.
  await write((tx) => tx.jobLease.create({ data: { name: "orphaned-job", holder: "killed-server", leaseUntil: new Date(Date.now() + 600) } }));
  expect(await withLease("orphaned-job", async () => "skipped?")).toEqual({ ran: false }); // a server's round skips it
  const started = Date.now();
  expect(await withLease("orphaned-job", async () => "ran", { waitMs: 5_000 })).toEqual({ ran: true, result: "ran" });
  expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  expect((await db.jobLease.findUniqueOrThrow({ where: { name: "orphaned-job" } })).holder).toBeNull();
});

test("waiting has a bound: a lease held longer is left to its holder", async () => {
  await write((tx) => tx.jobLease.create({ data: { name: "busy-job", holder: "busy-server", leaseUntil: new Date(Date.now() + 60_000) } }));
  const started = Date.now();
  expect(await withLease("busy-job", async () => "ran", { waitMs: 500 })).toEqual({ ran: false });
  expect(Date.now() - started).toBeLessThan(5_000);
});
