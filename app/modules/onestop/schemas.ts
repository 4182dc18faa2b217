import { z } from "zod";
import { isCalendarDate, versionField } from "~/utils/form-fields";
import { intakeRefusalCodes, returnChannels } from "./constants";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `errors.tooLong?max=${max}`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** The online filing form (and the desk's record of one handed in). */
export const fileDossierSchema = z.object({
  procedure: z.string().trim().min(1, "errors.required").max(40),
  unitId: optionalText(40),
  applicantName: optionalText(200),
  applicantEmail: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().email("errors.invalidEmail").optional()),
  applicantPhone: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().regex(/^\+?[0-9 .-]{8,15}$/, "errors.invalidPhone").optional()),
  applicantAddress: optionalText(300),
  details: optionalText(4000),
  submissionToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "errors.required"),
  // At the desk
  citizen: optionalText(200),
  channel: z.enum(["IN_PERSON", "POST"]).optional(),
});

const positions = z.array(z.coerce.number().int().min(0).max(999)).max(100);

/** Every action form: the intent and what that action needs. */
export const dossierActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), version: versionField, present: positions.default([]) }),
  z.object({ intent: z.literal("requestSupplement"), version: versionField, present: positions.default([]), note: optionalText(2000) }),
  z.object({ intent: z.literal("supply"), version: versionField, present: positions.default([]), note: optionalText(2000) }),
  z.object({ intent: z.literal("refuseAtIntake"), version: versionField, reasonCode: z.enum(intakeRefusalCodes, { errorMap: () => ({ message: "onestop.errors.reasonRequired" }) }), note: optionalText(2000) }),
  z.object({ intent: z.literal("completeStep"), version: versionField, proposal: z.enum(["GRANT", "REFUSE"]).optional(), note: optionalText(2000) }),
  z.object({ intent: z.literal("apologise"), version: versionField, newDueDate: z.string().trim().refine((v) => isCalendarDate(v), "onestop.errors.badDate"), note: optionalText(2000) }),
  z.object({ intent: z.literal("returnResult"), version: versionField, returnedVia: z.enum(returnChannels, { errorMap: () => ({ message: "onestop.errors.badChannel" }) }) }),
  z.object({ intent: z.literal("withdraw"), version: versionField, note: optionalText(2000) }),
  z.object({ intent: z.literal("rate"), version: versionField, rating: z.coerce.number().int().min(1, "onestop.errors.badRating").max(5, "onestop.errors.badRating"), note: optionalText(1000) }),
  z.object({ intent: z.literal("note"), version: versionField, note: optionalText(4000) }),
]);
export type DossierActionForm = z.infer<typeof dossierActionSchema>;

/** Reads an action form (repeated `present` checkboxes included). */
export function parseDossierAction(formData: FormData) {
  const raw: Record<string, unknown> = Object.fromEntries(formData);
  raw.present = formData.getAll("present").map(String);
  return dossierActionSchema.safeParse(raw);
}

/** Catalogue keys for the domain's refusals and errors. */
export const dossierErrorKeys: Record<string, string> = {
  conflict: "onestop.errors.conflict",
  forbidden: "onestop.errors.forbidden",
  "not-allowed-in-status": "onestop.errors.notAllowed",
  "supplement-limit": "onestop.errors.supplementLimit",
  "supplement-window-closed": "onestop.errors.supplementWindow",
  "supplement-not-expired": "onestop.errors.supplementNotExpired",
  "apology-limit": "onestop.errors.apologyLimit",
  "apology-too-late": "onestop.errors.apologyLate",
  "already-rated": "onestop.errors.alreadyRated",
  "note-required": "onestop.errors.noteRequired",
  "reason-required": "onestop.errors.reasonRequired",
  "papers-missing": "onestop.errors.papersMissing",
  "nothing-missing": "onestop.errors.nothingMissing",
  "bad-date": "onestop.errors.badDate",
  "bad-rating": "onestop.errors.badRating",
  "bad-channel": "onestop.errors.badChannel",
  "nothing-supplied": "onestop.errors.nothingSupplied",
  "not-found": "onestop.errors.notFound",
};
