import { afterAll, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { stopJobs } from "./case-jobs.server";
import { instanceId, withLease } from "./lease.server";

afterAll(() => db.$disconnect());

test("a server that stops releases its leases at once: another takes the job without waiting for them to expire", async () => {
  let finish: () => void = () => {};
  const running = withLease("slow-job", () => new Promise<void>((resolve) => (finish = resolve)));
  for (let i = 0; i < 100 && (await db.jobLease.findUnique({ where: { name: "slow-job" } }))?.holder !== instanceId; i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  expect((await db.jobLease.findUniqueOrThrow({ where: { name: "slow-job" } })).holder).toBe(instanceId);

  await stopJobs(50);

  const lease = await db.jobLease.findUniqueOrThrow({ where: { name: "slow-job" } });
  expect(lease.holder).toBeNull();
  expect(lease.leaseUntil.getTime()).toBeLessThan(Date.now());
  finish();
  await running;
});
