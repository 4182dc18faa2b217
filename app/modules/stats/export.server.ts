/**
 * The report as a table for CSV and XLSX: one row per unit (the scope's own
 * cases, then each unit under it with its subtree) and a total. Aggregates
 * only: no case, name or contact ever goes into an export.
 */
import { toCsvFile } from "~/utils/csv.server";
import writeXlsxFile from "write-excel-file/node";
import type { Figures } from "./figures";

export type ReportRow = { code: string; name: string; figures: Figures; overdue: number };

const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
const decimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export const exportColumns = [
  "code",
  "unit",
  "received",
  "resolved",
  "inProgress",
  "declined",
  "withdrawn",
  "resolvedRate",
  "onTimeRate",
  "averageDays",
  "ratedCount",
  "averageRating",
  "satisfiedShare",
  "overdue",
] as const;

/** Header labels from the catalogue; values as numbers (rates in percent, one decimal). */
export function reportTable(rows: ReportRow[], total: ReportRow, label: (column: (typeof exportColumns)[number]) => string) {
  const values = (r: ReportRow): (string | number | null)[] => [
    r.code,
    r.name,
    r.figures.received,
    r.figures.resolved,
    r.figures.inProgress,
    r.figures.declined,
    r.figures.withdrawn,
    percent(r.figures.resolvedRate),
    percent(r.figures.onTimeRate),
    decimal(r.figures.averageDays),
    r.figures.ratedCount,
    decimal(r.figures.averageRating),
    percent(r.figures.satisfiedShare),
    r.overdue,
  ];
  return { header: exportColumns.map(label), body: [...rows, total].map(values) };
}

/** UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly; unit names and codes cannot be formulas. */
export function toCsv(table: ReturnType<typeof reportTable>): string {
  return toCsvFile([table.header, ...table.body]);
}

export async function toXlsx(table: ReturnType<typeof reportTable>, sheet: string): Promise<Buffer> {
  const header = table.header.map((h) => ({ value: h, fontWeight: "bold" as const }));
  const body = table.body.map((r) => r.map((v) => (v === null ? null : typeof v === "number" ? { value: v, type: Number } : { value: v, type: String })));
  return writeXlsxFile([header, ...body], { sheet: sheet.slice(0, 31) }).toBuffer();
}
