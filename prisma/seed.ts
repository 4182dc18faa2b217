/**
 * npm run db:seed — reference data and, unless SEED_DEMO=false, the demo world.
 * Idempotent: does nothing when units exist. See seed-lib.ts for the data.
 */
import { hashPassword } from "~/modules/auth/password-hash.server";
import { refreshStats } from "~/modules/stats/refresh.server";
import { createClient, db as appDb, isUniqueViolation, write } from "~/utils/db.server";
import { demoPassword, seedDemo, seedReference, syncLegalReference } from "./seed-lib";
import { seedOnestopDemoDossiers } from "./seed-onestop";
import { refreshDossierStats } from "~/modules/onestop/refresh.server";

async function main() {
  const db = createClient();
  try {
    if ((await db.unit.count()) > 0) {
      // Reference data only: a release may bring new rule rows (a new decree) or days off.
      const added = await write((tx) => syncLegalReference(tx), db);
      console.log(`seed: units exist; ${added} legal reference rows added`);
      return;
    }
    const withDemo = process.env.SEED_DEMO !== "false";
    const passwordHash = withDemo ? await hashPassword(demoPassword) : "";
    try {
      await write(async (tx) => {
        await seedReference(tx);
        if (withDemo) await seedDemo(tx, passwordHash);
      }, db);
    } catch (error) {
      // Several servers starting at once on an empty PostgreSQL: one seeds, the others find its rows.
      if (!isUniqueViolation(error)) throw error;
      console.log("seed: another process seeded the database at the same time, nothing to do");
      return;
    }
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
