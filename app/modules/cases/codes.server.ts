import type { Tx } from "~/utils/db.server";
import { formatCaseCode } from "./codes";

/**
 * The next tracking code for a unit and year. Runs inside the caller's
 * transaction: the counter row is incremented atomically (upsert), so two
 * cases filed at once get different numbers on SQLite and PostgreSQL alike.
 */
export async function nextCaseCode(tx: Tx, unit: { id: string; code: string }, year: number): Promise<string> {
  const counter = await tx.caseCounter.upsert({
    where: { unitId_year: { unitId: unit.id, year } },
    create: { unitId: unit.id, year, last: 1 },
    update: { last: { increment: 1 } },
  });
  return formatCaseCode(unit.code, year, counter.last);
}
