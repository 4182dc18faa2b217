export const sessionKinds = ["PERIODIC", "THEMATIC", "RECEPTION_DAY", "ANNUAL_CONFERENCE"] as const;
export type SessionKind = (typeof sessionKinds)[number];
/** The kinds the session form offers; the annual conference is scheduled from /desk/democracy/conferences with its statutory agenda. */
export const schedulableKinds = sessionKinds.filter((k) => k !== "ANNUAL_CONFERENCE");

export const sessionStatuses = ["SCHEDULED", "HELD", "CANCELLED"] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export const participantRoles = ["CITIZEN", "OFFICIAL", "GUEST"] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** INVITED, then CONFIRMED or DECLINED by the citizen; REQUESTED when a citizen asked to join. */
export const participantResponses = ["INVITED", "CONFIRMED", "DECLINED", "REQUESTED"] as const;
export type ParticipantResponse = (typeof participantResponses)[number];

/**
 * Law on Complaints 2011, art. 30: the dialogue with a complainant is
 * announced in advance; we require this many days between scheduling and the
 * session so the citizen can prepare and answer the invitation.
 */
export const complaintDialogueLeadDays = 5;

/** A commitment can be given at most this many commitments per agenda item in one minutes form. */
export const commitmentsPerItem = 3;
