/**
 * npm run jobs — one round of the scheduled jobs, for cron (with RUN_JOBS=false
 * on the app servers) or by hand. Safe to run while servers run them too: each
 * job takes a lease in the database, and each reminder is sent once.
 */
import { runJobsOnce } from "~/modules/jobs/case-jobs.server";
import { LEASE_MS } from "~/modules/jobs/lease.server";
import { db } from "~/utils/db.server";

// --now=<ISO date> runs the round as of that instant (replaying a missed night, or testing).
const nowArg = process.argv.find((a) => a.startsWith("--now="))?.slice("--now=".length);
const now = nowArg ? new Date(nowArg) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`run-jobs: --now must be a date, got ${nowArg}`);
  process.exit(2);
}
// A lease another process holds (a server mid-round, or one killed mid-job) is waited for, then the job runs:
// asked for a round, the caller expects it done, not skipped.
const result = await runJobsOnce(now, { waitMs: 2 * LEASE_MS });
console.log(JSON.stringify(result));
await db.$disconnect();
