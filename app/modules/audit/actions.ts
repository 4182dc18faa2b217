/**
 * Every action the audit log records. A closed list, so `audit()` cannot be
 * called with a code the log page has no words for (the page showed
 * "MEDIATION_AGREED"); the catalogue test checks each has its label.
 */
export const auditActions = [
  "USER_CREATED",
  "USER_UPDATED",
  "UNIT_CREATED",
  "UNIT_UPDATED",
  "IDENTITY_REVEALED",
  "NOTICE_POSTED",
  "NOTICE_TAKEN_DOWN",
  "NOTICE_TAKEN_DOWN_EARLY",
  "MEDIATION_TEAM_CREATED",
  "MEDIATION_TEAM_UPDATED",
  "MEDIATION_MEMBER_ADDED",
  "MEDIATION_MEMBER_REMOVED",
  "MEDIATION_LEADER_SET",
  "MEDIATION_OPENED",
  "MEDIATION_ASSIGNED",
  "MEDIATION_SESSION",
  "MEDIATION_AGREED",
  "MEDIATION_NOT_AGREED",
  "MEDIATION_WITHDRAWN",
  "MEDIATION_FOLLOW_UP",
  "MEDIATION_TO_CASE",
  "SETTING_UPDATED",
  "PASSWORD_RESET",
  "PROFILE_UPDATED",
  "CONTACT_CHANGED",
  "PASSWORD_CHANGED",
  "NOTICE_REPLACED",
  "MEDIATION_MEMBER_PROFILE",
  "PROCEDURES_IMPORTED",
  "PROCEDURE_UPDATED",
  "NATIONAL_EXPORT",
  "COMMENT_ACCEPTED",
  "CONFERENCE_REPORT_PUBLISHED",
  "CONFERENCE_SCHEDULED",
  "CONSULTATION_ANSWERS_PUBLISHED",
  "CONSULTATION_DECIDED",
  "CONSULTATION_GROUP_ANSWERED",
  "CONSULTATION_OPENED",
  "DEMOCRACY_RULE_CHANGED",
  "HOUSEHOLD_REGISTER_IMPORTED",
  "MATTER_CANCELLED",
  "MATTER_CLOSED",
  "MATTER_DECISION_RECORDED",
  "MATTER_OPENED",
  "MEETING_MINUTES_RECORDED",
  "RECOMMENDATION_ANSWERED",
  "RECOMMENDATION_SENT",
  "SUPERVISION_BOARD_CREATED",
  "SUPERVISION_CASES_LISTED",
  "SUPERVISION_CASE_VIEWED",
  "SUPERVISION_MEMBER_ADDED",
  "SUPERVISION_MEMBER_REMOVED",
  "SUPERVISION_PLAN_SENT",
  "VOTE_CAST",
  "COMMENT_REJECTED",
  "PAPER_BALLOT_RECORDED",
  "FILE_MARKED_IDENTIFYING",
  "FILE_CLEARED_FOR_VERIFIERS",
  "RULE_ADDED",
  "RULE_ENDED",
  "RULE_BASIS_CHANGED",
  "HOLIDAY_ADDED",
  "HOLIDAY_CHANGED",
  "HOLIDAY_REMOVED",
  "UNIT_REMOTE_CHANGED",
] as const;
export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (auditActions as readonly string[]).includes(value);
}

/** What a log entry can be about. */
export const auditTargetTypes = ["User", "Unit", "Case", "Mediation", "MediationTeam", "Notice", "Setting", "Procedure", "Consultation", "ConsultationComment", "DemocracyMatter", "DemocracyRule", "DialogueSession", "ResidentArea", "SupervisionBoard", "SupervisionRecommendation", "Attachment", "DeadlineRule", "Holiday"] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

/**
 * A recorded change, field by field: `[old, new]` pairs become "old → new",
 * other values are shown as they are. Pure: the page resolves ids to names.
 */
export type AuditChange = { field: string; from?: unknown; to: unknown };

export function changesOf(data: string | null): AuditChange[] {
  if (!data) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return [];
  const record = parsed as Record<string, unknown>;
  // A setting's change is recorded as { from, to }.
  if ("from" in record && "to" in record && Object.keys(record).length === 2) return [{ field: "value", from: record.from, to: record.to }];
  return Object.entries(record)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([field, v]) => (Array.isArray(v) && v.length === 2 ? { field, from: v[0], to: v[1] } : { field, to: v }));
}
