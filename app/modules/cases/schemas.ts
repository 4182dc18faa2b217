import { z } from "zod";
import { calendarDate, optionalText, text } from "~/utils/form-fields";
import { caseKinds } from "./constants";

/**
 * The filing form: one schema for every kind, with the fields each kind needs
 * checked in superRefine (so the message lands on the right field).
 * Messages are catalogue keys (see components/forms.tsx useErrorText).
 */
export const descriptionMax = 10_000;

export const fileCaseSchema = z
  .object({
    kind: z.enum(caseKinds, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
    title: text(5, 200),
    description: text(20, descriptionMax),
    categoryId: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64),
    unitId: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64),
    locationText: optionalText(300),
    // Complaint: the decision or act complained of, and when the citizen learned of it.
    decisionText: optionalText(1000),
    learnedAt: calendarDate.optional(),
    lateReason: optionalText(1000),
    /** Days an obstacle (illness, disaster, travel…) kept the citizen from complaining: not counted in the 90 days (art. 9). */
    obstacleDays: z.coerce.number({ invalid_type_error: "procedure.errors.obstacleDays" }).int("procedure.errors.obstacleDays").min(1, "procedure.errors.obstacleDays").max(3650, "procedure.errors.obstacleDays").optional(),
    // Denunciation: who is denounced.
    denouncedText: optionalText(1000),
    // Someone without an account (or choosing other contact details).
    anonymous: z.boolean().optional(),
    contactName: optionalText(120),
    contactEmail: z.string().trim().toLowerCase().email("errors.invalidEmail").max(254).optional(),
    contactPhone: z
      .string()
      .trim()
      .regex(/^(?:\+?84|0)[\d\s.-]{9,13}$/, "errors.invalidPhone")
      .optional(),
    publishConsent: z.boolean().optional(),
    /** Filed although similar open cases were shown. */
    confirmNew: z.boolean().optional(),
    submissionToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "errors.required"),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (v.kind === "COMPLAINT") {
      if (!v.decisionText) issue("decisionText", "errors.required");
      if (!v.learnedAt) issue("learnedAt", "errors.required");
    }
    if (v.kind === "DENUNCIATION" && !v.denouncedText) issue("denouncedText", "errors.required");
    if (v.anonymous && v.kind !== "FEEDBACK") issue("anonymous", "cases.errors.anonymousOnlyFeedback");
  });
export type FileCaseInput = z.infer<typeof fileCaseSchema>;

export const lookupSchema = z.object({
  code: z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(40, "cases.errors.badCode"),
  secret: z.string().trim().max(20).optional(),
});
