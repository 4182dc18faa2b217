/** Closed sets of values for grassroots mediation (stored as strings, checked here). */
export const disputeTypes = ["LAND", "FAMILY", "NEIGHBOURHOOD", "CIVIL_DEBT", "OTHER"] as const;
export type DisputeType = (typeof disputeTypes)[number];

export const mediationStatuses = ["OPEN", "AGREED", "NOT_AGREED", "WITHDRAWN"] as const;
export type MediationStatus = (typeof mediationStatuses)[number];
export const outcomeStatuses = ["AGREED", "NOT_AGREED", "WITHDRAWN"] as const satisfies readonly MediationStatus[];
export type Outcome = (typeof outcomeStatuses)[number];

export const openedVia = ["MEDIATOR", "REFERRAL", "ONLINE"] as const;
export type OpenedVia = (typeof openedVia)[number];

export const partyRoles = ["APPLICANT", "RESPONDENT", "OTHER"] as const;
export type PartyRole = (typeof partyRoles)[number];

export const followUpStatuses = ["KEPT", "PARTLY", "BROKEN"] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** Case statuses from which an official may refer the case to mediation: accepted and not yet answered. */
export const referableCaseStatuses = ["ACCEPTED", "IN_PROGRESS"] as const;

export function isDisputeType(v: unknown): v is DisputeType {
  return typeof v === "string" && (disputeTypes as readonly string[]).includes(v);
}
