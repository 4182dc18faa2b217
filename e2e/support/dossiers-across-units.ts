/**
 * Test support: one dossier received at each of `count` communes, each for a
 * different commune-level procedure, handed in at the province's one-stop
 * desk (which receives any commune's dossier) and received there through the
 * real actions, every paper present — so a province's dashboard has more units and procedures than
 * it shows at first. Only the seeded communes and procedures (other tests add units of their own,
 * under the province too), without Phường Tô Hiệu and the procedures other tests count (1.001193,
 * 1.001022). Run twice, it files nothing new.
 *
 *   npx tsx e2e/support/dossiers-across-units.ts <count>
 */
import { applyDossierAction, fileDossier } from "~/modules/onestop/dossiers.server";
import { db } from "~/utils/db.server";
import { seedProcedures } from "../../prisma/seed-data/procedures";
import { sonLaCommunes } from "../../prisma/seed-data/son-la";

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 1) {
  console.error("usage: dossiers-across-units.ts <count>");
  process.exit(2);
}
const officer = await db.user.findUniqueOrThrow({ where: { email: "motcua.tinh@langnghe.local" }, select: { id: true, role: true, unitId: true } });
const [units, procedures] = await Promise.all([
  db.unit.findMany({ where: { active: true, level: { code: "COMMUNE" }, code: { in: sonLaCommunes.map((c) => c.code).filter((c) => c !== "TOHIEU") } }, orderBy: { code: "asc" }, take: count, select: { id: true, code: true } }),
  db.procedure.findMany({ where: { active: true, level: "COMMUNE", code: { in: seedProcedures.map((p) => p.code).filter((c) => c !== "1.001193" && c !== "1.001022") } }, orderBy: { code: "asc" }, take: count, select: { id: true, code: true, papers: { select: { position: true } } } }),
]);
if (units.length < count || procedures.length < count) throw new Error(`only ${units.length} communes and ${procedures.length} procedures`);
const filed: { unit: string; procedure: string }[] = [];
for (const [i, unit] of units.entries()) {
  const procedure = procedures[i]!;
  const result = await fileDossier(
    { procedureId: procedure.id, unitId: unit.id, applicantName: `Người nộp thử ${unit.code}`, submissionToken: `e2e-across-${unit.code}-${procedure.code}` },
    { kind: "desk", officerId: officer.id, deskUnitId: officer.unitId!, channel: "IN_PERSON", citizenId: null },
    [],
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const dossier = await db.dossier.findUniqueOrThrow({ where: { id: result.dossierId }, select: { status: true, version: true } });
  if (dossier.status === "SUBMITTED") {
    const accepted = await applyDossierAction(result.dossierId, { action: "accept", actor: { kind: "staff", userId: officer.id, role: officer.role, unitId: officer.unitId }, presentPapers: procedure.papers.map((p) => p.position), version: dossier.version });
    if (!accepted.ok) throw new Error(`accept: ${accepted.error}`);
  }
  filed.push({ unit: unit.code, procedure: procedure.code });
}
console.log(JSON.stringify(filed));
await db.$disconnect();
