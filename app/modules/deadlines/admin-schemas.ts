import { z } from "zod";
import { caseKinds } from "~/modules/cases/constants";
import { calendarDate, optionalText, text } from "~/utils/form-fields";
import { deadlineStages } from "./rules";

/** The forms of /admin/rules. Messages are catalogue keys (components/forms.tsx). */
// A real calendar day (the shared calendarDate): 2026-02-30 was stored as an invalid date and broke the page's every render.
const localDate = calendarDate;
const days = (max: number) => z.coerce.number({ invalid_type_error: "errors.required" }).int("rules.errors.wholeNumber").min(0, "rules.errors.wholeNumber").max(max, `errors.tooLong?max=${max}`);
const optionalDays = (max: number) => days(max).optional();
const url = z.string().trim().url("rules.errors.url").max(500).optional();

export const basisStatuses = ["CONFIRMED", "UNCONFIRMED"] as const;
export const dialogueRequirements = ["NONE", "WHEN_DIFFERS", "ALWAYS"] as const;

/** A new rule row, in force from a date (today or later: a rule never changes the past). */
export const addRuleSchema = z.object({
  intent: z.literal("addRule"),
  kind: z.enum(caseKinds, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  instance: z.coerce.number().int().min(0).max(2),
  stage: z.enum(deadlineStages, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  days: days(365).refine((n) => n >= 1, "rules.errors.wholeNumber"),
  dayType: z.enum(["WORKING", "CALENDAR"], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  complexDays: optionalDays(365),
  remoteDays: optionalDays(365),
  remoteComplexDays: optionalDays(365),
  maxExtensions: days(5).default(0),
  complexMaxExtensions: optionalDays(5),
  especiallyComplexMaxExtensions: optionalDays(5),
  extensionDays: days(365).default(0),
  pauseOnNeedsInfo: z.boolean().optional(),
  pauseOnSuspension: z.boolean().optional(),
  dialogue: z.enum(dialogueRequirements).default("NONE"),
  basisDocument: text(3, 200),
  basisArticle: optionalText(40),
  basisClause: optionalText(40),
  sourceUrl: url,
  sourceNote: optionalText(2000),
  basisStatus: z.enum(basisStatuses, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  validFrom: localDate,
  /** End the row in force for the same kind, instance and stage the day before. */
  endCurrent: z.boolean().optional(),
});
export type AddRuleInput = z.infer<typeof addRuleSchema>;

/** The last day a rule is in force (it ends at the end of that local day). */
export const endRuleSchema = z.object({ intent: z.literal("endRule"), ruleId: z.string().min(1).max(64), lastDay: localDate });

/** Corrects a rule's source and status (never its figures: a change in figures is a new row). */
export const ruleBasisSchema = z.object({
  intent: z.literal("ruleBasis"),
  ruleId: z.string().min(1).max(64),
  basisStatus: z.enum(basisStatuses, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  sourceUrl: url,
  sourceNote: optionalText(2000),
});

export const holidaySchema = z.object({
  intent: z.literal("holiday"),
  /** Absent: a new day. */
  holidayId: z.string().max(64).optional(),
  date: localDate,
  type: z.enum(["HOLIDAY", "WORKDAY"], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  nameVi: text(2, 120),
  nameEn: text(2, 120),
  provisional: z.boolean().optional(),
  source: optionalText(300),
});

export const deleteHolidaySchema = z.object({ intent: z.literal("deleteHoliday"), holidayId: z.string().min(1).max(64) });

export const unitRemoteSchema = z.object({
  intent: z.literal("unitRemote"),
  unitId: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64),
  remote: z.boolean().optional(),
});

export const rulesAdminSchema = z.discriminatedUnion("intent", [addRuleSchema, endRuleSchema, ruleBasisSchema, holidaySchema, deleteHolidaySchema, unitRemoteSchema]);
export type RulesAdminInput = z.infer<typeof rulesAdminSchema>;
