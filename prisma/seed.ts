/**
 * npm run db:seed — reference data and, unless SEED_DEMO=false, the demo world.
 * Idempotent: does nothing when units exist. See seed-lib.ts for the data.
 */
import { hashPassword } from "~/modules/auth/password-hash.server";
import { refreshStats } from "~/modules/stats/refresh.server";
import { createClient, db as appDb, write } from "~/utils/db.server";
import { demoPassword, seedDemo, seedReference } from "./seed-lib";
import { seedOnestopDemoDossiers } from "./seed-onestop";
import { refreshDossierStats } from "~/modules/onestop/refresh.server";

async function main() {
  const db = createClient();
  try {
    if ((await db.unit.count()) > 0) {
      console.log("seed: units exist, nothing to do");
      return;
    }
    const withDemo = process.env.SEED_DEMO !== "false";
    const passwordHash = withDemo ? await hashPassword(demoPassword) : "";
    await write(async (tx) => {
      await seedReference(tx);
      if (withDemo) await seedDemo(tx, passwordHash);
    }, db);
    if (withDemo) await seedOnestopDemoDossiers();
    // The public figures start out up to date (later, the jobs keep them so).
    await refreshStats();
    await refreshDossierStats();
    console.log(`seed: ${await db.unit.count()} units, ${await db.user.count()} users, ${await db.case.count()} cases`);
  } finally {
    await db.$disconnect();
    await appDb.$disconnect();
  }
}

await main();
