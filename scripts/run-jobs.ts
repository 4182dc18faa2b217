/**
 * npm run jobs — one round of the scheduled jobs, for cron (with RUN_JOBS=false
 * on the app servers) or by hand. Safe to run while servers run them too: each
 * job takes a lease in the database, and each reminder is sent once.
 */
import { runJobsOnce } from "~/modules/jobs/case-jobs.server";
import { db } from "~/utils/db.server";

const result = await runJobsOnce();
console.log(JSON.stringify(result));
await db.$disconnect();
