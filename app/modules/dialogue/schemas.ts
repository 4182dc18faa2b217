import { z } from "zod";
import { optionalText, text, versionField } from "~/utils/form-fields";
import { caseKinds } from "~/modules/cases/constants";
import { checkGroup, handlingModes, idNumberSchema, receptionKinds, representativeNames } from "~/modules/reports/registers";
import { sessionKinds } from "./constants";
import { parseLocalDateTime } from "./time";

/** Messages are catalogue keys (components/forms.tsx useErrorText). */
const localDateTime = z
  .string({ required_error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .refine((v) => parseLocalDateTime(v) !== null, "errors.invalidDate");

/** Scheduling and editing a session (times are Vietnamese wall-clock "YYYY-MM-DDTHH:mm"). */
export const sessionSchema = z
  .object({
    kind: z.enum(sessionKinds, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
    title: text(5, 200),
    chairId: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64),
    startsAt: localDateTime,
    endsAt: localDateTime,
    place: optionalText(300),
    link: z.string().trim().url("dialogue.errors.badLink").max(500, "errors.tooLong?max=500").optional(),
    capacity: z.coerce
      .number({ invalid_type_error: "dialogue.errors.capacity" })
      .int("dialogue.errors.capacity")
      .min(0, "dialogue.errors.capacity")
      .max(500, "dialogue.errors.capacity")
      .default(0),
    isPublic: z.boolean().optional(),
    /** Edit: the version the official saw. */
    version: versionField.optional(),
    /** "Schedule dialogue" from a complaint: its code. */
    caseCode: z.string().trim().max(40).optional(),
    /** New sessions: the form's token, so a double submit schedules one session. */
    submissionToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional(),
  })
  .superRefine((v, ctx) => {
    const start = parseLocalDateTime(v.startsAt);
    const end = parseLocalDateTime(v.endsAt);
    if (start && end && end.getTime() <= start.getTime()) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endsAt"], message: "dialogue.errors.endBeforeStart" });
    }
    if (!v.place && !v.link) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["place"], message: "dialogue.errors.placeOrLink" });
    if (v.kind === "RECEPTION_DAY" && v.capacity < 1) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["capacity"], message: "dialogue.errors.receptionCapacity" });
    }
  });
export type SessionInput = z.infer<typeof sessionSchema>;

export const cancelSchema = z.object({
  intent: z.literal("cancel"),
  version: versionField,
  reason: text(5, 1000),
});

export const bookingSchema = z.object({
  matter: text(10, 1000),
});

export const guestSchema = z.object({
  intent: z.literal("addGuest"),
  role: z.enum(["OFFICIAL", "GUEST"], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  name: text(2, 120),
  organisation: optionalText(200),
});

export const agendaCaseSchema = z.object({
  intent: z.literal("addCase"),
  caseCode: text(3, 40),
});

/** A walk-in matter raised at the session: it becomes a case (channel DIALOGUE) on the spot. */
export const walkInSchema = z.object({
  intent: z.literal("walkIn"),
  kind: z.enum(["FEEDBACK", "PETITION", "COMPLAINT"], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  contactName: text(2, 120),
  contactPhone: z
    .string()
    .trim()
    .regex(/^(?:\+?84|0)[\d\s.-]{9,13}$/, "errors.invalidPhone")
    .optional(),
  title: text(5, 200),
  description: text(20, 10_000),
  categoryId: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64),
  submissionToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "errors.required"),
});

/**
 * An entry of the reception register made outside a scheduled session, with
 * the register's columns (reports/registers.ts): identity document, address,
 * people and a group's representatives (Luật Tiếp công dân 2013, art. 29),
 * kind, reception by whom, first or repeated visit, handling.
 */
export const receptionSchema = z
  .object({
    receivedAt: localDateTime,
    receiverId: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64),
    visitorName: text(2, 120),
    visitorContact: optionalText(120),
    visitorIdNumber: idNumberSchema,
    visitorAddress: optionalText(300),
    peopleCount: z.coerce
      .number({ invalid_type_error: "reports.reception.errors.peopleCount" })
      .int("reports.reception.errors.peopleCount")
      .min(1, "reports.reception.errors.peopleCount")
      .max(1000, "reports.reception.errors.peopleCount")
      .default(1),
    representatives: optionalText(1000),
    classification: z.enum(caseKinds, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
    receptionKind: z.enum(receptionKinds, { errorMap: () => ({ message: "errors.invalidChoice" }) }).default("REGULAR"),
    repeatVisit: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
    resolvedBefore: optionalText(300),
    handlingMode: z.enum(handlingModes, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
    /** Who received: the unit's head (default) or the People's Council standing committee (Law 136/2025/QH15). */
    host: z.enum(["HEAD", "PEOPLES_COUNCIL_STANDING"], { errorMap: () => ({ message: "errors.invalidChoice" }) }).default("HEAD"),
    matter: text(5, 1000),
    handling: text(5, 1000),
    submissionToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional(),
  })
  .superRefine((v, ctx) => {
    const check = checkGroup(v.peopleCount, representativeNames(v.representatives));
    if (check !== "ok") ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["representatives"], message: `reports.reception.errors.${check}` });
  });

export const receptionRuleSchema = z.object({
  ruleId: z.string().min(1).max(64),
  period: z.enum(["WEEK", "MONTH"], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  minDays: z.coerce.number({ invalid_type_error: "dialogue.errors.minDays" }).int("dialogue.errors.minDays").min(0, "dialogue.errors.minDays").max(31, "dialogue.errors.minDays"),
  legalBasis: text(5, 300),
});

const idField = z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64);
const idList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(idField).max(2000));

/** Staff approve a citizen's request to join a public session. */
export const approveJoinSchema = z.object({ participantId: idField });

/** Attendance: the ids ticked as present / signed, and the bookings whose citizen came. */
export const attendanceSchema = z.object({ attended: idList, signed: idList, bookingAttended: idList });

/** A citizen's answer to an invitation. */
export const invitationResponseSchema = z.object({
  response: z.enum(["CONFIRMED", "DECLINED"], { errorMap: () => ({ message: "errors.invalidChoice" }) }),
});
