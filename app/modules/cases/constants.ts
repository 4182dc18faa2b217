export const caseKinds = ["FEEDBACK", "PETITION", "COMPLAINT", "DENUNCIATION"] as const;
export type CaseKind = (typeof caseKinds)[number];

export const caseChannels = ["ONLINE", "IN_PERSON", "MAIL", "HOTLINE", "DIALOGUE"] as const;
export type CaseChannel = (typeof caseChannels)[number];

export const caseStatuses = [
  "SUBMITTED",
  "ACCEPTED",
  "NEEDS_INFO",
  "IN_PROGRESS",
  "RESOLVED",
  "CLOSED",
  "APPEALED",
  "DECLINED",
  "WITHDRAWN",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Statuses in which the unit still owes the citizen an answer. */
export const openStatuses: readonly CaseStatus[] = ["SUBMITTED", "ACCEPTED", "NEEDS_INFO", "IN_PROGRESS"];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (caseStatuses as readonly string[]).includes(value);
}
