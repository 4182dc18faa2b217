/**
 * Test support: makes `days` pass for one dossier by moving every time it
 * holds (dates, its steps', its events') that many days back. Deadlines cannot
 * be waited for in a test; this is the dossier as it would be `days` later.
 *
 *   npx tsx e2e/support/backdate-dossier.ts <code> <days>
 */
import { db, write } from "~/utils/db.server";

const [code, daysArg] = process.argv.slice(2);
const ms = Number(daysArg) * 86_400_000;
if (!code || !Number.isFinite(ms)) {
  console.error("usage: backdate-dossier.ts <code> <days>");
  process.exit(2);
}
const back = (d: Date | null) => (d ? new Date(d.getTime() - ms) : null);
const d = await db.dossier.findUniqueOrThrow({ where: { code }, include: { steps: true, events: true } });
await write(async (tx) => {
  await tx.dossier.update({
    where: { id: d.id },
    data: {
      submittedAt: back(d.submittedAt)!,
      receivedAt: back(d.receivedAt),
      checkDueAt: back(d.checkDueAt),
      dueAt: back(d.dueAt),
      newDueAt: back(d.newDueAt),
      nextDueAt: back(d.nextDueAt),
      stepDueAt: back(d.stepDueAt),
      apologyAt: back(d.apologyAt),
      supplementRequestedAt: back(d.supplementRequestedAt),
    },
  });
  for (const s of d.steps) await tx.dossierStep.update({ where: { id: s.id }, data: { dueAt: back(s.dueAt), startedAt: back(s.startedAt), completedAt: back(s.completedAt) } });
  for (const e of d.events) await tx.dossierEvent.update({ where: { id: e.id }, data: { createdAt: back(e.createdAt)! } });
});
console.log(JSON.stringify({ code, days: Number(daysArg) }));
await db.$disconnect();
