import { z } from "zod";
import { calendarDate, localDateTimeText, optionalText, versionField } from "~/utils/form-fields";
import { disputeTypes, followUpStatuses } from "./constants";

/**
 * The mediation forms. Messages are catalogue keys (components/forms.tsx
 * useErrorText). Every form that changes a mediation carries the version the
 * person saw: a changed mediation is refused, never overwritten.
 */
const text = (max: number) =>
  z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(max, `errors.tooLong?max=${max}`);
const id = z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64);
const version = versionField;
/** Checkbox groups: none ticked is absent, one ticked is a string, several an array. */
const ids = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(64)).max(50));
const disputeType = z.enum(disputeTypes, { errorMap: () => ({ message: "errors.invalidChoice" }) });
const token = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "errors.required");
// Real days only: "2026-13-45" matched the old patterns and became an Invalid Date (a 500).
const localDate = calendarDate;
const localDateTime = localDateTimeText;

/** A mediator opens a mediation: a party came to them. */
export const openMediationSchema = z.object({
  teamId: id,
  disputeType,
  description: text(5000),
  applicantName: text(120),
  applicantContact: optionalText(200),
  applicantAccount: optionalText(254),
  respondentName: text(120),
  respondentContact: optionalText(200),
  respondentAccount: optionalText(254),
  otherName: optionalText(120),
  otherContact: optionalText(200),
  mediatorIds: ids,
  submissionToken: token,
});
export type OpenMediationInput = z.infer<typeof openMediationSchema>;

/** A party asks for mediation online (signed in: they are the applicant). */
export const requestMediationSchema = z.object({
  teamId: id,
  disputeType,
  description: text(5000),
  applicantContact: optionalText(200),
  respondentName: text(120),
  respondentContact: optionalText(200),
  submissionToken: token,
});
export type RequestMediationInput = z.infer<typeof requestMediationSchema>;

/** An official refers a case to a mediation team of the case's unit. */
export const referCaseSchema = z.object({
  intent: z.literal("referMediation"),
  version,
  teamId: id,
  disputeType,
  respondentName: text(120),
  respondentContact: optionalText(200),
});

export const mediationActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("assign"), version, mediatorIds: ids }),
  z.object({
    intent: z.literal("session"),
    version,
    heldAt: localDateTime,
    place: text(300),
    notes: text(5000),
    present: ids,
  }),
  z.object({ intent: z.literal("agree"), version, agreementTerms: text(10000), executionTerms: text(5000), confirmed: ids }),
  z.object({ intent: z.literal("notAgree"), version, advice: text(5000) }),
  z.object({ intent: z.literal("withdraw"), version }),
  z.object({
    intent: z.literal("followUp"),
    version,
    checkedAt: localDate,
    status: z.enum(followUpStatuses, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
    note: optionalText(2000),
  }),
  z.object({ intent: z.literal("toCase"), version }),
]);
export type MediationAction = z.infer<typeof mediationActionSchema>;

export const teamSchema = z.object({
  unitId: id,
  areaName: text(120),
  active: z.boolean().optional(),
});

/** A member's gender and ethnic-minority flag, for the composition check (art. 12 k.1); absent = not recorded. */
const gender = z.enum(["FEMALE", "MALE"], { errorMap: () => ({ message: "errors.invalidChoice" }) }).optional();
const ethnicMinority = z.enum(["yes", "no"], { errorMap: () => ({ message: "errors.invalidChoice" }) }).optional();

export const memberSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("addMember"), userId: id, isLeader: z.boolean().optional(), gender, ethnicMinority }),
  z.object({ intent: z.literal("setProfile"), userId: id, gender, ethnicMinority }),
  z.object({ intent: z.literal("removeMember"), userId: id }),
  z.object({ intent: z.literal("makeLeader"), userId: id }),
  z.object({ intent: z.literal("update"), areaName: text(120), active: z.boolean().optional(), ethnicArea: z.boolean().optional() }),
]);

export function memberProfile(v: { gender?: "FEMALE" | "MALE"; ethnicMinority?: "yes" | "no" }) {
  return { gender: v.gender ?? null, ethnicMinority: v.ethnicMinority === undefined ? null : v.ethnicMinority === "yes" };
}

export const overviewFilterSchema = z.object({
  from: localDate.optional().catch(undefined),
  to: localDate.optional().catch(undefined),
  unitId: z.string().max(64).optional().catch(undefined),
});
