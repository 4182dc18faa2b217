import { z } from "zod";
import { localDate } from "../deadlines/calendar";
import { complexities } from "../deadlines/rules";
import { calendarDate, versionField } from "~/utils/form-fields";

/** Forms that act on a case. Every one carries the version the person saw. */
const version = versionField;
const note = (max: number) => z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(max, `errors.tooLong?max=${max}`);

export const citizenActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("provideInfo"), version, note: note(5000) }),
  z.object({ intent: z.literal("withdraw"), version, note: z.string().trim().max(1000, "errors.tooLong?max=1000").optional() }),
  z.object({ intent: z.literal("acceptResolution"), version }),
  z.object({ intent: z.literal("appeal"), version, note: note(5000) }),
  z.object({
    intent: z.literal("rate"),
    version,
    rating: z.coerce.number({ invalid_type_error: "cases.errors.ratingRequired" }).int().min(1, "cases.errors.ratingRequired").max(5, "cases.errors.ratingRequired"),
    note: z.string().trim().max(1000, "errors.tooLong?max=1000").optional(),
  }),
]);

export const declineCodes = ["NOT_COMPETENT", "ALREADY_RESOLVED", "ANONYMOUS_OR_FAKE", "OUT_OF_TIME", "NOT_ELIGIBLE", "WITHDRAWN_BEFORE", "OTHER"] as const;

const decisionNo = z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(60, "errors.tooLong?max=60");
// A real day: "2026-02-30" matched the old \d{4}-\d{2}-\d{2} check and was stored as 2 March.
const decisionDate = calendarDate;
const groundCode = z.string({ required_error: "procedure.errors.badGround" }).min(1, "procedure.errors.badGround").max(60);

export const staffActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), version, complex: z.boolean().optional() }),
  z.object({ intent: z.literal("decline"), version, reasonCode: z.enum(declineCodes, { errorMap: () => ({ message: "errors.required" }) }), note: note(2000) }),
  z.object({ intent: z.literal("transfer"), version, targetUnitId: z.string({ required_error: "errors.required" }).min(1).max(64), note: note(2000) }),
  z.object({
    intent: z.literal("requestInfo"),
    version,
    note: note(2000),
    // The date the citizen is asked to answer by: today or later (Vietnamese local date).
    replyBy: calendarDate.refine((v) => v >= localDate(new Date()), "cases.errors.replyByPast"),
  }),
  z.object({ intent: z.literal("assign"), version, assigneeId: z.string({ required_error: "errors.required" }).min(1).max(64) }),
  z.object({ intent: z.literal("proposeResolution"), version, note: note(10000) }),
  z.object({ intent: z.literal("approveResolution"), version }),
  z.object({ intent: z.literal("returnResolution"), version, note: note(2000) }),
  // A denunciation's extension is a written decision (Luật Tố cáo art. 30 k.4): the service requires its number and date.
  z.object({ intent: z.literal("extend"), version, note: note(2000), decisionNo: decisionNo.optional(), decisionDate: decisionDate.optional() }),
  z.object({
    intent: z.literal("setComplexity"),
    version,
    complexity: z.enum(complexities, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
    note: note(2000),
  }),
  z.object({
    intent: z.literal("recordVerification"),
    version,
    demand: z.enum(["differs", "agrees"], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
    note: note(5000),
  }),
  z.object({ intent: z.literal("suspend"), version, groundCode, decisionNo, decisionDate, note: note(2000) }),
  z.object({ intent: z.literal("resume"), version, decisionNo, decisionDate, note: z.string().trim().max(2000, "errors.tooLong?max=2000").optional() }),
  z.object({ intent: z.literal("end"), version, groundCode, decisionNo, decisionDate, note: note(2000) }),
  z.object({ intent: z.literal("continueResolution"), version, note: note(2000) }),
  z.object({ intent: z.literal("note"), version, note: note(5000) }),
  z.object({ intent: z.literal("reply"), version, note: note(5000) }),
]);
