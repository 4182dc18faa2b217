/**
 * Tracking codes: the receiving unit's code, the year, a six-digit sequence
 * per unit and year — "TOHIEU-2026-000123". A code stays with its case through
 * transfers. Unit codes are upper-case ASCII (schemas.ts: unitCodeSchema).
 */
const codePattern = /^([A-Z0-9][A-Z0-9-]{1,11})-(\d{4})-(\d{6,})$/;

export function formatCaseCode(unitCode: string, year: number, sequence: number): string {
  return `${unitCode}-${year}-${String(sequence).padStart(6, "0")}`;
}

/** Parses a code typed by a person: trims, upper-cases; null if malformed. */
export function parseCaseCode(raw: string): { code: string; unitCode: string; year: number; sequence: number } | null {
  const code = raw.trim().toUpperCase();
  if (code.length > 30) return null;
  const match = codePattern.exec(code);
  if (!match) return null;
  return { code, unitCode: match[1] as string, year: Number(match[2]), sequence: Number(match[3]) };
}
