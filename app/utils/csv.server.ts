import { stringify } from "csv-stringify/sync";

/**
 * CSV files people open in Excel or LibreOffice. A cell typed by a citizen
 * ("=HYPERLINK(…)", "=cmd|' /C calc'!A0", "+84…", "@SUM(…)") would be run as
 * a formula by the spreadsheet: every text cell that starts like a formula is
 * prefixed with a single quote, which spreadsheets show as plain text (OWASP,
 * "CSV Injection"). Numbers stay numbers. The quoting of commas, quotes and
 * line breaks is csv-stringify's.
 */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export type CsvCell = string | number | null | undefined;

/** A CSV file: UTF-8 with a byte-order mark (so Excel reads Vietnamese), text cells neutralised. */
export function toCsvFile(rows: CsvCell[][]): string {
  return "\uFEFF" + stringify(rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : typeof cell === "number" ? cell : neutraliseFormula(cell)))));
}
