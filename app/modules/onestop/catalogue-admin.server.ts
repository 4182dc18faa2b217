/**
 * An administrator's changes to the catalogue: an import in the national
 * catalogue's shape (CSV or XLSX; all rows or none, audited) and edits of one
 * procedure (papers and steps as lines), both in one transaction each.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { versionField } from "~/utils/form-fields";
import { readSheet } from "read-excel-file/node";
import { z } from "zod";
import { db, write } from "~/utils/db.server";
import { referenceChanged } from "~/utils/reference-cache.server";
import { foldForSearch } from "~/utils/text";
import { audit } from "../audit/audit.server";
import { stepKinds, timeUnits } from "./constants";
import { defaultSteps, parseCatalogue, type RowError } from "./import";

/** Rows of cells from an uploaded CSV (UTF-8, comma or semicolon) or XLSX (its first sheet). */
export async function readCatalogueFile(name: string, bytes: Buffer): Promise<unknown[][]> {
  if (/\.xlsx$/i.test(name)) return (await readSheet(bytes)) as unknown[][];
  const text = bytes.toString("utf8").replace(/^\ufeff/, "");
  const delimiter = (text.split("\n")[0] ?? "").split(";").length > (text.split("\n")[0] ?? "").split(",").length ? ";" : ",";
  return parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as unknown[][];
}

export async function importCatalogue(rows: unknown[][], actorId: string): Promise<{ ok: true; created: number; updated: number } | { ok: false; errors: RowError[] }> {
  const { procedures, errors } = parseCatalogue(rows);
  const units = new Map((await db.unit.findMany({ select: { id: true, code: true, name: true } })).flatMap((u) => [[u.code.toUpperCase(), u.id], [foldForSearch(u.name), u.id]] as [string, string][]));
  const agencyOf = (text: string | null) => (text ? (units.get(text.toUpperCase()) ?? units.get(foldForSearch(text)) ?? null) : null);
  procedures.forEach((p, i) => {
    if (p.level === "PROVINCE" && !agencyOf(p.agencyCode)) errors.push({ row: i + 2, message: "onestop.admin.unknownUnit", params: { code: p.agencyCode ?? "" } });
  });
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  const existing = new Set((await db.procedure.findMany({ where: { code: { in: procedures.map((p) => p.code) } }, select: { code: true } })).map((p) => p.code));
  await write(async (tx) => {
    for (const p of procedures) {
      const data = {
        name: p.name,
        nameSearch: foldForSearch(`${p.code} ${p.name}`),
        fieldCode: p.fieldCode,
        fieldName: p.fieldName,
        level: p.level,
        agencyUnitId: p.level === "PROVINCE" ? agencyOf(p.agencyCode) : null,
        timeUnit: p.timeUnit,
        timeAmount: p.timeAmount,
        feeText: p.feeText,
        resultText: p.resultText,
        legalBasis: p.legalBasis,
        source: p.source,
        // An imported figure is what the province published; whoever checks it against the text ticks "confirmed".
        confirmed: false,
      };
      const row = await tx.procedure.upsert({ where: { code: p.code }, create: { code: p.code, ...data }, update: { ...data, version: { increment: 1 } } });
      await tx.procedurePaper.deleteMany({ where: { procedureId: row.id } });
      await tx.procedurePaper.createMany({ data: p.papers.map((paper, position) => ({ procedureId: row.id, position, name: paper.name, required: paper.required })) });
      // Imported procedures keep the steps an administrator set; new ones get the default process.
      if (!existing.has(p.code)) await tx.procedureStep.createMany({ data: defaultSteps(p.timeUnit, p.timeAmount).map((s, position) => ({ procedureId: row.id, position, ...s })) });
    }
    // The public catalogue's pages are shared by signed-out visitors under this version (page cache).
    await referenceChanged(tx, "procedures");
    await audit(tx, { actorId, action: "PROCEDURES_IMPORTED", targetType: "Procedure", targetId: "*", data: { codes: procedures.map((p) => p.code) } });
  });
  return { ok: true, created: procedures.filter((p) => !existing.has(p.code)).length, updated: procedures.filter((p) => existing.has(p.code)).length };
}

export const procedureEditSchema = z.object({
  version: versionField,
  name: z.string().trim().min(1, "errors.required").max(500),
  timeUnit: z.enum(timeUnits),
  timeAmount: z.coerce.number().int().min(0).max(365),
  feeText: z.string().trim().max(1000).optional(),
  resultText: z.string().trim().min(1, "errors.required").max(500),
  legalBasis: z.string().trim().min(1, "errors.required").max(2000),
  source: z.string().trim().min(1, "errors.required").max(1000),
  papers: z.string().max(10_000),
  steps: z.string().max(2_000),
  active: z.literal("on").optional(),
  confirmed: z.literal("on").optional(),
  onlineAllowed: z.literal("on").optional(),
});

/** "RECEIVE 4", "INTER_AGENCY 24 CATINH" … → steps; errors as catalogue keys. */
export async function parseStepLines(text: string): Promise<{ steps: { kind: string; shareHours: number; unitId: string | null }[] } | { error: string; params?: Record<string, string> }> {
  const steps: { kind: string; shareHours: number; unitId: string | null }[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const [kind = "", hours = "", unitCode] = line.split(/\s+/);
    if (!(stepKinds as readonly string[]).includes(kind.toUpperCase()) || !/^\d{1,4}$/.test(hours)) return { error: "onestop.admin.badLine", params: { line } };
    let unitId: string | null = null;
    if (kind.toUpperCase() === "INTER_AGENCY") {
      const unit = unitCode ? await db.unit.findUnique({ where: { code: unitCode.toUpperCase() }, select: { id: true } }) : null;
      if (!unit) return { error: "onestop.admin.unknownUnit", params: { code: unitCode ?? "" } };
      unitId = unit.id;
    }
    steps.push({ kind: kind.toUpperCase(), shareHours: Number(hours), unitId });
  }
  const kinds = steps.map((s) => s.kind);
  if (kinds[0] !== "RECEIVE" || kinds.at(-1) !== "RETURN" || kinds.filter((k) => k === "SIGN").length !== 1 || kinds.slice(1, -1).some((k) => k === "RECEIVE" || k === "RETURN")) {
    return { error: "onestop.admin.badSteps" };
  }
  return { steps };
}

export function parsePaperLines(text: string) {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ name: l.replace(/^\*\s*/, "").slice(0, 500), required: l.startsWith("*") }));
}
