import { z } from "zod";
import { parseLocalDateTime } from "~/modules/dialogue/time";
import { optionalText, text, versionField } from "~/utils/form-fields";
import { areaKinds, boardKinds, choices, matterForms, memberRoles } from "./constants";

/** Form schemas of the grassroots democracy pages. Messages are catalogue keys (components/forms.tsx useErrorText). */
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { errorMap: () => ({ message: "errors.invalidChoice" }) });
const token = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "errors.required");
/** Bounded (the shared versionField): 1e29 was a 500 from the database, a blank a real version 0. */
const version = versionField;
const id = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, "errors.invalidChoice");
const localDateTime = z
  .string({ required_error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .refine((v) => parseLocalDateTime(v) !== null, "errors.invalidDate");
const localDate = z
  .string({ required_error: "errors.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.invalidDate")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "errors.invalidDate");
const count = z.coerce
  .number({ required_error: "errors.required", invalid_type_error: "democracy.errors.negative" })
  .int("democracy.errors.negative")
  .min(0, "democracy.errors.negative")
  .max(100_000, "democracy.errors.negative");

export const openMatterSchema = z
  .object({
    subject: z.string({ required_error: "errors.required" }).regex(/^DECIDE_[A-Z_]+$/, "errors.invalidChoice"),
    title: text(5, 200),
    description: text(10, 5000),
    form: choice(matterForms),
    /** "" = the whole commune. */
    areaId: z.string().max(64).optional(),
    opensAt: localDateTime,
    closesAt: localDateTime,
    meetingPlace: optionalText(300),
    secret: z.boolean().optional(),
    online: z.boolean().optional(),
    submissionToken: token,
  })
  .superRefine((v, ctx) => {
    const from = parseLocalDateTime(v.opensAt);
    const to = parseLocalDateTime(v.closesAt);
    if (from && to && to.getTime() <= from.getTime()) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closesAt"], message: "democracy.errors.closesBeforeOpens" });
    if (v.form === "MEETING" && !v.meetingPlace) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["meetingPlace"], message: "errors.required" });
  });

export const voteSchema = z.object({ intent: z.literal("vote"), householdId: id, choice: choice(choices) });

export const matterActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("close"), version }),
  z.object({ intent: z.literal("republish") }),
  z.object({ intent: z.literal("recordPaper"), householdId: id, choice: choice(choices) }),
  z.object({ intent: z.literal("recordMinutes"), version, present: count, votesFor: count, votesAgainst: count }),
  z.object({ intent: z.literal("recordDecision"), version, decisionRef: text(2, 100), decisionText: text(5, 5000) }),
  z.object({ intent: z.literal("cancel"), version, reason: text(5, 1000) }),
]);

export const openConsultationSchema = z
  .object({
    subject: z.string({ required_error: "errors.required" }).regex(/^CONSULT_[A-Z_]+$/, "errors.invalidChoice"),
    title: text(5, 200),
    description: text(10, 10_000),
    opensAt: localDateTime,
    closesAt: localDateTime,
    submissionToken: token,
  })
  .superRefine((v, ctx) => {
    const from = parseLocalDateTime(v.opensAt);
    const to = parseLocalDateTime(v.closesAt);
    if (from && to && to.getTime() <= from.getTime()) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closesAt"], message: "democracy.errors.closesBeforeOpens" });
  });

export const commentSchema = z.object({ body: text(10, 3000), submissionToken: token });

export const consultationActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), commentId: id, groupId: z.string().max(64).optional() }),
  z.object({ intent: z.literal("reject"), commentId: id, reason: text(5, 500) }),
  z.object({ intent: z.literal("group"), groupId: z.string().max(64).optional(), title: text(3, 200), answer: optionalText(5000) }),
  z.object({ intent: z.literal("publish"), version }),
  z.object({ intent: z.literal("decide"), version, decisionRef: text(2, 100), decisionText: text(5, 5000) }),
]);

export const registerImportSchema = z.object({
  areaId: z.string().max(64).optional(),
  name: optionalText(120),
  kind: choice(areaKinds).optional(),
});

export const boardSchema = z.object({ intent: z.literal("createBoard"), kind: choice(boardKinds), name: text(5, 200), project: optionalText(300) });
export const memberSchema = z.object({ intent: z.literal("addMember"), boardId: id, account: text(5, 254), role: choice(memberRoles) });
export const removeMemberSchema = z.object({ intent: z.literal("removeMember"), boardId: id, userId: id });

export const planSchema = z.object({ intent: z.literal("plan"), title: text(5, 200), content: text(10, 5000), activityFrom: localDate, activityTo: localDate });
export const recommendationSchema = z.object({
  intent: z.literal("recommend"),
  title: text(5, 200),
  findings: text(10, 10_000),
  recommendation: text(10, 10_000),
  deliveredOn: localDate.optional(),
  submissionToken: token,
});

export const answerSchema = z.object({ answer: text(10, 10_000), version });

export const conferenceSchema = z.object({
  title: text(5, 200),
  chairId: id,
  startsAt: localDateTime,
  endsAt: localDateTime,
  place: optionalText(300),
  link: z.string().trim().url("dialogue.errors.badLink").max(500).optional(),
  submissionToken: token,
});

const optionalInt = (min: number, max: number) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number({ invalid_type_error: "democracy.errors.negative" }).int("democracy.errors.negative").min(min, "democracy.errors.negative").max(max, "democracy.errors.negative").optional());

/** An administrator's correction of a rule row (its citation stays; its figures and notes change, audited). */
export const ruleEditSchema = z
  .object({
    ruleId: id,
    ratioNum: optionalInt(1, 100),
    ratioDen: optionalInt(1, 100),
    ratioStrict: z.boolean().optional(),
    days: optionalInt(0, 365),
    dayType: z.enum(["WORKING", "CALENDAR"]).optional(),
    secretBallot: z.boolean().optional(),
    onlineBallot: z.boolean().optional(),
    confirmed: z.boolean().optional(),
    source: text(5, 1000),
    note: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if ((v.ratioNum === undefined) !== (v.ratioDen === undefined)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["ratioDen"], message: "democracy.errors.ratio" });
    if (v.ratioNum !== undefined && v.ratioDen !== undefined && v.ratioNum > v.ratioDen) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["ratioNum"], message: "democracy.errors.ratio" });
    if (v.days !== undefined && !v.dayType) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["dayType"], message: "errors.required" });
  });
export type RuleEdit = z.infer<typeof ruleEditSchema>;
