/**
 * The one-stop desk's seed: its rules (rows with their articles), the
 * provincial police (a vertical agency, Decree 118/2025 art. 14 k.2 c) for the
 * inter-agency step of judicial records, the procedure catalogue
 * (seed-data/procedures.ts), demo accounts for a provincial desk and agency,
 * and a few demo dossiers filed and moved through the real domain code.
 */
import { createHash } from "node:crypto";
import { foldForSearch } from "~/utils/text";
import type { Tx } from "~/utils/db.server";
import { db } from "~/utils/db.server";
import { createUnit } from "~/modules/units/units.server";
import { onestopRuleRows } from "~/modules/onestop/rules";
import { applyDossierAction, fileDossier } from "~/modules/onestop/dossiers.server";
import { seedProcedures } from "./seed-data/procedures";

export const onestopDemoAccounts = [
  { fullName: "Đinh Thị Hằng", email: "motcua.tinh@langnghe.local", role: "RECEPTION", unit: "VPUBND", position: "Công chức Trung tâm Phục vụ hành chính công tỉnh" },
  { fullName: "Bạc Văn Tiến", email: "xuly.stp@langnghe.local", role: "HANDLER", unit: "STP", position: "Chuyên viên Phòng Hành chính tư pháp" },
  { fullName: "Lò Văn Quý", email: "lanhdao.stp@langnghe.local", role: "LEADER", unit: "STP", position: "Phó Giám đốc Sở Tư pháp" },
  { fullName: "Sa Văn Hùng", email: "xuly.catinh@langnghe.local", role: "HANDLER", unit: "CATINH", position: "Cán bộ Phòng Hồ sơ" },
] as const;

export async function seedOnestopReference(tx: Tx) {
  for (const r of onestopRuleRows) {
    await tx.onestopRule.create({ data: { key: r.key, value: r.value, legalBasis: r.legalBasis, source: r.source, confirmed: r.confirmed, note: r.note ?? null } });
  }
  const province = await tx.unit.findUniqueOrThrow({ where: { code: "SLA" }, select: { id: true } });
  if (!(await tx.unit.findUnique({ where: { code: "CATINH" } }))) {
    const agency = await tx.unitLevel.findUniqueOrThrow({ where: { code: "AGENCY" } });
    await createUnit(tx, { code: "CATINH", name: "Công an tỉnh Sơn La", nameSearch: foldForSearch("Công an tỉnh Sơn La"), levelId: agency.id, parentId: province.id, sortOrder: 99 });
  }
  const unitIds = new Map((await tx.unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]));
  for (const p of seedProcedures) {
    await tx.procedure.create({
      data: {
        code: p.code,
        name: p.name,
        nameEn: p.nameEn,
        nameSearch: foldForSearch(`${p.code} ${p.name}`),
        fieldCode: p.field[0],
        fieldName: p.field[1],
        fieldNameEn: p.field[2],
        level: p.level,
        agencyUnitId: p.agency ? unitIds.get(p.agency)! : null,
        timeUnit: p.time[0],
        timeAmount: p.time[1],
        feeText: p.fee,
        resultText: p.result,
        legalBasis: p.legalBasis,
        source: p.source,
        confirmed: p.confirmed,
        papers: { create: p.papers.map(([name, required, note], position) => ({ position, name, required, note: note ?? null })) },
        steps: { create: p.steps.map((s, position) => ({ position, kind: s.kind, shareHours: s.hours, unitId: s.unit ? unitIds.get(s.unit)! : null })) },
      },
    });
  }
}

export async function seedOnestopDemoAccounts(tx: Tx, passwordHash: string) {
  for (const a of onestopDemoAccounts) {
    const unit = await tx.unit.findUniqueOrThrow({ where: { code: a.unit }, select: { id: true } });
    await tx.user.create({
      data: { fullName: a.fullName, nameSearch: foldForSearch(a.fullName), email: a.email, role: a.role, unitId: unit.id, position: a.position, passwordHash },
    });
  }
}

const dayMs = 86_400_000;
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/**
 * Demo dossiers at Phường Tô Hiệu, filed by the demo citizens and moved by the
 * demo officers through the real actions (so their dates and events are what
 * the app itself would write): one waiting for the desk, one waiting for
 * papers, one being appraised, one ready to return, one returned and rated.
 */
export async function seedOnestopDemoDossiers() {
  const [tohieu, citizen, citizen2, reception, handler, leader] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { code: "TOHIEU" } }),
    db.user.findUniqueOrThrow({ where: { email: "congdan@langnghe.local" } }),
    db.user.findUniqueOrThrow({ where: { email: "congdan2@langnghe.local" } }),
    db.user.findUniqueOrThrow({ where: { email: "tiepnhan.tohieu@langnghe.local" } }),
    db.user.findUniqueOrThrow({ where: { email: "xuly.tohieu@langnghe.local" } }),
    db.user.findUniqueOrThrow({ where: { email: "lanhdao.tohieu@langnghe.local" } }),
  ]);
  const procedure = async (code: string) => db.procedure.findUniqueOrThrow({ where: { code }, include: { papers: true } });
  const staff = (u: typeof reception) => ({ kind: "staff" as const, userId: u.id, role: u.role, unitId: u.unitId });
  const now = Date.now();
  const file = async (code: string, who: typeof citizen, daysAgo: number, token: string) => {
    const p = await procedure(code);
    const sha256 = createHash("sha256").update(png).digest("hex");
    const files = p.papers.filter((x) => x.required).map((x) => ({ field: `paper-${x.position}`, fileName: `giay-to-${x.position}.png`, mimeType: "image/png", bytes: png, sha256 }));
    const result = await fileDossier(
      { procedureId: p.id, unitId: tohieu.id, submissionToken: `demo-dossier-${token}` },
      { kind: "citizen", user: { id: who.id, fullName: who.fullName, email: who.email, phone: who.phone } },
      files,
      new Date(now - daysAgo * dayMs),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return { id: result.dossierId, papers: p.papers };
  };
  const act = async (id: string, input: Omit<Parameters<typeof applyDossierAction>[1], "version">, daysAgo: number) => {
    const version = (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    const result = await applyDossierAction(id, { ...input, version }, new Date(now - daysAgo * dayMs));
    if (!result.ok) throw new Error(`demo dossier: ${input.action} → ${result.error}`);
  };
  const all = (papers: { position: number }[]) => papers.map((p) => p.position);

  await file("1.001193", citizen, 0.2, "waiting"); // waits for the desk's check

  const supplement = await file("1.004873", citizen2, 3, "supplement");
  await act(supplement.id, { action: "requestSupplement", actor: staff(reception), presentPapers: [], note: "Tờ khai chưa ghi nơi cư trú; đề nghị khai lại." }, 2.8);

  const appraising = await file("1.001022", citizen, 2, "appraising");
  await act(appraising.id, { action: "accept", actor: staff(reception), presentPapers: all(appraising.papers) }, 1.9);

  const ready = await file("2.000635", citizen2, 6, "ready");
  await act(ready.id, { action: "accept", actor: staff(reception), presentPapers: all(ready.papers) }, 5.9);
  await act(ready.id, { action: "completeStep", actor: staff(handler), proposal: "GRANT" }, 5.85);
  await act(ready.id, { action: "completeStep", actor: staff(leader) }, 5.8);

  const returned = await file("1.004859", citizen, 12, "returned");
  await act(returned.id, { action: "accept", actor: staff(reception), presentPapers: all(returned.papers) }, 11.9);
  await act(returned.id, { action: "completeStep", actor: staff(handler), proposal: "GRANT" }, 10.5);
  await act(returned.id, { action: "completeStep", actor: staff(leader) }, 10);
  await act(returned.id, { action: "returnResult", actor: staff(reception), returnedVia: "AT_DESK" }, 9.9);
  await act(returned.id, { action: "rate", actor: { kind: "citizen", userId: citizen.id }, rating: 5, note: "Cán bộ hướng dẫn tận tình." }, 9.5);
}
