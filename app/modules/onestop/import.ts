/**
 * Reading a procedure catalogue in the national database's shape (Cơ sở dữ
 * liệu quốc gia về thủ tục hành chính exports one procedure per row with
 * Vietnamese column titles). Pure: rows of cells in, procedures or row errors
 * out; the import writes nothing unless every row is good.
 */
import { foldForSearch } from "~/utils/text";
import type { ProcedureLevel, TimeUnit } from "./constants";

export type ParsedProcedure = {
  code: string;
  name: string;
  fieldCode: string;
  fieldName: string;
  level: ProcedureLevel;
  agencyCode: string | null;
  timeUnit: TimeUnit;
  timeAmount: number;
  feeText: string | null;
  resultText: string;
  papers: { name: string; required: boolean }[];
  legalBasis: string;
  source: string;
};
export type RowError = { row: number; message: string; params?: Record<string, string> };

/** Column titles (folded, without diacritics) → the field they fill; the national export's names and ours. */
const columns: Record<string, keyof ParsedProcedure | "papersText" | "timeText" | "levelText" | "agencyText"> = {
  "ma thu tuc": "code",
  "ten thu tuc": "name",
  "linh vuc": "fieldName",
  "ma linh vuc": "fieldCode",
  "cap thuc hien": "levelText",
  "co quan thuc hien": "agencyText",
  "co quan co tham quyen": "agencyText",
  "thoi han giai quyet": "timeText",
  "phi, le phi": "feeText",
  "phi le phi": "feeText",
  "le phi": "feeText",
  "ket qua": "resultText",
  "ket qua thuc hien": "resultText",
  "thanh phan ho so": "papersText",
  "can cu phap ly": "legalBasis",
  nguon: "source",
};

const clean = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** "03 ngày làm việc", "10 ngày", "08 giờ làm việc", "Trong ngày", "ngay trong ngày" → unit and amount. */
export function parseProcessingTime(text: string): { timeUnit: TimeUnit; timeAmount: number } | null {
  const t = foldForSearch(text);
  if (/(^|\s)(trong ngay|ngay trong ngay|trong ngay lam viec)(\s|$|[.,;])/.test(t) && !/\d/.test(t)) return { timeUnit: "SAME_DAY", timeAmount: 0 };
  const m = /(\d{1,3})\s*(ngay lam viec|ngay|gio lam viec|gio)/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2]) {
    case "ngay lam viec":
      return { timeUnit: "WORKING_DAYS", timeAmount: n };
    case "ngay":
      return { timeUnit: "CALENDAR_DAYS", timeAmount: n };
    default:
      return { timeUnit: "WORKING_HOURS", timeAmount: n };
  }
}

export function parseCatalogue(rows: unknown[][]): { procedures: ParsedProcedure[]; errors: RowError[] } {
  const [header, ...body] = rows;
  const errors: RowError[] = [];
  if (!header) return { procedures: [], errors: [{ row: 1, message: "onestop.admin.badLine", params: { line: "" } }] };
  const map = header.map((h) => columns[foldForSearch(clean(h)).replace(/\s+/g, " ")] ?? null);
  const procedures: ParsedProcedure[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => clean(c) === "")) return;
    const v: Record<string, string> = {};
    map.forEach((key, j) => {
      if (key && !v[key]) v[key] = clean(cells[j]);
    });
    const fail = (message: string, params?: Record<string, string>) => errors.push({ row, message, params });
    if (!/^[A-Za-z0-9.\-_]{3,40}$/.test(v.code ?? "")) return fail("onestop.admin.badLine", { line: `${v.code ?? ""}` });
    if (!v.name) return fail("errors.required");
    const time = parseProcessingTime(v.timeText ?? "");
    if (!time) return fail("onestop.admin.badLine", { line: v.timeText ?? "" });
    const levelText = foldForSearch(v.levelText ?? "");
    const level: ProcedureLevel = levelText.includes("tinh") ? "PROVINCE" : "COMMUNE";
    const agencyCode = level === "PROVINCE" ? (v.agencyText || null) : null;
    if (level === "PROVINCE" && !agencyCode) return fail("errors.required");
    const papers = (v.papersText ?? "")
      .split(/\r?\n|;/)
      .map((p) => p.replace(/^[-•\s]+/, "").trim())
      .filter(Boolean)
      .map((p) => ({ name: p.replace(/^\*\s*/, "").slice(0, 500), required: p.startsWith("*") || !/neu co/.test(foldForSearch(p)) }));
    procedures.push({
      code: v.code!,
      name: v.name.slice(0, 500),
      fieldCode: (v.fieldCode || foldForSearch(v.fieldName ?? "KHAC").toUpperCase().replace(/[^A-Z0-9]+/g, "_")).slice(0, 60),
      fieldName: (v.fieldName || "Khác").slice(0, 200),
      level,
      agencyCode,
      ...time,
      feeText: v.feeText || null,
      resultText: (v.resultText || "—").slice(0, 500),
      papers,
      legalBasis: (v.legalBasis || "—").slice(0, 2000),
      source: (v.source || "Nhập từ tệp danh mục").slice(0, 1000),
    });
  });
  return { procedures, errors };
}

/** The default internal process for an imported procedure: desk, appraisal, signing, desk, sharing its time. */
export function defaultSteps(timeUnit: TimeUnit, timeAmount: number): { kind: string; shareHours: number }[] {
  const total = timeUnit === "WORKING_HOURS" ? timeAmount : timeUnit === "SAME_DAY" ? 6 : Math.max(1, timeAmount) * 8;
  const desk = Math.max(1, Math.round(total / 12));
  const sign = Math.max(1, Math.round(total / 6));
  return [
    { kind: "RECEIVE", shareHours: desk },
    { kind: "APPRAISE", shareHours: Math.max(1, total - 2 * desk - sign) },
    { kind: "SIGN", shareHours: sign },
    { kind: "RETURN", shareHours: desk },
  ];
}
