/**
 * npm run jobs:onestop — one round of the one-stop desk's jobs alone (apology
 * prompts, closing unsupplemented dossiers, the figures). `npm run jobs` runs
 * them too, with the rest. --now=<ISO date> runs the round as of that instant.
 */
import { runOnestopJobs } from "~/modules/onestop/jobs.server";
import { LEASE_MS } from "~/modules/jobs/lease.server";
import { db } from "~/utils/db.server";

const nowArg = process.argv.find((a) => a.startsWith("--now="))?.slice("--now=".length);
const now = nowArg ? new Date(nowArg) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`onestop-jobs: --now must be a date, got ${nowArg}`);
  process.exit(2);
}
// As npm run jobs: a lease another process holds is waited for (a killed holder's expires within LEASE_MS).
console.log(JSON.stringify(await runOnestopJobs(now, { waitMs: 2 * LEASE_MS })));
await db.$disconnect();
