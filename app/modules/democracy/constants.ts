/**
 * The closed sets of values of the grassroots democracy domain (the law's
 * lists themselves — what residents decide, what they are consulted on — are
 * DemocracyRule rows, cited; see rules.ts and prisma/seed-data/democracy-rules.ts).
 */

/** A village (thôn, bản) or a residential group (tổ dân phố). */
export const areaKinds = ["VILLAGE", "RESIDENTIAL_GROUP"] as const;
export type AreaKind = (typeof areaKinds)[number];

/** How residents decide (Điều 16): a meeting of household representatives, or a ballot per household. */
export const matterForms = ["MEETING", "BALLOT"] as const;
export type MatterForm = (typeof matterForms)[number];

export const matterStatuses = ["OPEN", "CLOSED", "DECIDED", "CANCELLED"] as const;
export type MatterStatus = (typeof matterStatuses)[number];

export const choices = ["FOR", "AGAINST"] as const;
export type Choice = (typeof choices)[number];

/** ONLINE: a verified resident for their household; PAPER: the household's ballot, recorded by the commune. */
export const voteChannels = ["ONLINE", "PAPER"] as const;
export type VoteChannel = (typeof voteChannels)[number];

export const matterResults = ["ADOPTED", "NOT_ADOPTED", "NO_QUORUM"] as const;
export type MatterResult = (typeof matterResults)[number];

export const consultationStatuses = ["OPEN", "PUBLISHED", "DECIDED"] as const;
export const moderations = ["PENDING", "ACCEPTED", "REJECTED"] as const;
export type Moderation = (typeof moderations)[number];

/** Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng. */
export const boardKinds = ["PEOPLES_INSPECTION", "INVESTMENT_SUPERVISION"] as const;
export type BoardKind = (typeof boardKinds)[number];
export const memberRoles = ["HEAD", "DEPUTY", "MEMBER"] as const;
export type MemberRole = (typeof memberRoles)[number];

/** The kinds of DemocracyRule rows. */
export const ruleKinds = [
  "DECIDE", // a matter residents decide (Điều 15), with its adoption threshold (Điều 21)
  "CONSULT", // a matter residents are consulted on (Điều 25)
  "QUORUM", // a meeting of household representatives may decide
  "POSTING", // how long, and how soon, a result is posted
  "RECOGNITION", // the commune's recognition of the community's decision
  "ANSWER", // the commune's deadline to answer a supervision board
  "PLAN_NOTICE", // a board sends its plan this long before the activity
  "CONFERENCE", // the annual dialogue conference: frequency, notice, report
] as const;
export type RuleKind = (typeof ruleKinds)[number];

/** The dialogue session kind of the annual conference (app/modules/dialogue/constants.ts lists it). */
export const conferenceSessionKind = "ANNUAL_CONFERENCE";

/** The ANSWER rule each board kind's recommendations are timed by. */
export const answerRuleFor: Record<BoardKind, string> = {
  PEOPLES_INSPECTION: "ANSWER_INSPECTION",
  INVESTMENT_SUPERVISION: "ANSWER_INVESTMENT",
};

/**
 * How far back a board may date a recommendation delivered on paper before it was registered here.
 * Here, not in boards.server.ts: the form's hint shows it, and a server module is empty in the browser.
 */
export const maxDeliveredDaysAgo = 60;
