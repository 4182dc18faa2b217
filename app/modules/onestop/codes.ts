import { localDate } from "../deadlines/calendar";

/**
 * Mã số hồ sơ (Decree 118/2025 art. 28): the competent unit's code, the date
 * received (YYMMDD) and the number of the dossier received that day —
 * TOHIEU-261127-0003. A case code is UNIT-YYYY-NNNNNN: the two never collide.
 */
export function formatDossierCode(unitCode: string, receivedAt: Date, seq: number): string {
  return `${unitCode}-${dossierCodeDay(receivedAt)}-${String(seq).padStart(4, "0")}`;
}

/** The local date of receipt as YYMMDD. */
export function dossierCodeDay(receivedAt: Date): string {
  const d = localDate(receivedAt);
  return `${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)}`;
}

export const dossierCodePattern = /^[A-Z0-9-]+-\d{6}-\d{4,}$/;

export function isDossierCode(value: string): boolean {
  return dossierCodePattern.test(value);
}
