export const caseKinds = ["FEEDBACK", "PETITION", "COMPLAINT", "DENUNCIATION"] as const;
export type CaseKind = (typeof caseKinds)[number];

/** ONLINE_RECEPTION: taken at an online citizen reception (tiếp công dân trực tuyến, Luật 136/2025; Nghị định 154/2026 Điều 16–24). */
export const caseChannels = ["ONLINE", "IN_PERSON", "MAIL", "HOTLINE", "DIALOGUE", "ONLINE_RECEPTION"] as const;
export type CaseChannel = (typeof caseChannels)[number];

export const caseStatuses = [
  "SUBMITTED",
  "ACCEPTED",
  "NEEDS_INFO",
  "IN_PROGRESS",
  "SUSPENDED",
  "RESOLVED",
  "CLOSED",
  "APPEALED",
  "DECLINED",
  "WITHDRAWN",
  "ENDED",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Statuses in which the unit still owes the citizen an answer (a suspended resolution too: its clock only stands still). */
export const openStatuses: readonly CaseStatus[] = ["SUBMITTED", "ACCEPTED", "NEEDS_INFO", "IN_PROGRESS", "SUSPENDED"];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (caseStatuses as readonly string[]).includes(value);
}
