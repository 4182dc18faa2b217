/**
 * CSV for the registers: UTF-8 with a byte-order mark (Excel reads Vietnamese
 * correctly) and every cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) prefixed with an
 * apostrophe, so an entry typed by a citizen can never execute in the
 * officer's spreadsheet (CSV injection).
 *
 * Kept local to the reports: a shared helper for every CSV export is being
 * added under app/utils by another line of work; this one should fold into it.
 */
import { stringify } from "csv-stringify/sync";

export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: string[][]): string {
  return "\uFEFF" + stringify([header.map(escapeFormula), ...rows.map((r) => r.map(escapeFormula))]);
}
