import { z } from "zod";
import { passwordMaxLength, passwordMinLength } from "./password-policy";
import { roles } from "./roles";

/**
 * Form schemas, shared by the browser (Conform's client validation) and the
 * server (the authority). Messages are catalogue keys (see useErrorText).
 */
const trimmed = (max: number) =>
  z
    .string({ required_error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .max(max, `errors.tooLong?max=${max}`);

/** Vietnamese mobile or landline, stored as +84…; accepts 0912 345 678, +84 912-345-678. */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, "");
  const match = /^(?:\+?84|0)(\d{9,10})$/.exec(compact);
  return match ? `+84${match[1]}` : null;
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "errors.tooLong?max=254")
  .email("errors.invalidEmail");

export const phoneSchema = z
  .string()
  .trim()
  .max(20, "errors.invalidPhone")
  .refine((v) => normalisePhone(v) !== null, "errors.invalidPhone")
  .transform((v) => normalisePhone(v) as string);

export const passwordSchema = z
  .string({ required_error: "errors.required" })
  .min(passwordMinLength, "errors.passwordTooShort")
  .max(passwordMaxLength, "errors.passwordTooLong");

export const fullNameSchema = trimmed(120);

export const registerSchema = z
  .object({
    fullName: fullNameSchema,
    email: emailSchema.optional(),
    phone: phoneSchema.optional(),
    password: passwordSchema,
    confirmPassword: z.string({ required_error: "errors.required" }),
  })
  .superRefine((value, ctx) => {
    if (!value.email && !value.phone) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["email"], message: "errors.contactRequired" });
    }
    if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["confirmPassword"], message: "errors.passwordMismatch" });
    }
  });

export const loginSchema = z.object({
  identifier: trimmed(254),
  password: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(passwordMaxLength),
  /** The one-time code, asked for only when the account is being guessed at (sign-in-throttle.ts). */
  code: z.string().trim().max(20, "auth.codeWrong").optional(),
  redirectTo: z.string().max(2000).optional(),
});

/** An email, or a phone number in any usual Vietnamese form. */
export function parseIdentifier(identifier: string): { email: string } | { phone: string } | null {
  const value = identifier.trim();
  if (value.includes("@")) return { email: value.toLowerCase() };
  const phone = normalisePhone(value);
  return phone ? { phone } : null;
}

export const staffUserSchema = z.object({
  fullName: fullNameSchema,
  email: emailSchema.optional(),
  phone: phoneSchema.optional(),
  role: z.enum(roles, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  unitId: z.string().max(64).optional(),
  position: z.string().trim().max(120, "errors.tooLong?max=120").optional(),
  password: passwordSchema.optional(),
  disabled: z.boolean().optional(),
  identityVerified: z.boolean().optional(),
});

export const unitCodeSchema = z
  .string({ required_error: "errors.required" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,11}$/, "errors.invalidCode");

export const unitSchema = z.object({
  name: trimmed(160),
  code: unitCodeSchema,
  levelId: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64),
  parentId: z.string().max(64).optional(),
  remote: z.boolean().optional(),
  active: z.boolean().optional(),
});

/** Asking for a password reset: an email or a phone (checked by parseIdentifier). */
export const forgotPasswordSchema = z.object({
  identifier: z
    .string({ required_error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .max(254, "errors.tooLong?max=254")
    .refine((v) => parseIdentifier(v) !== null, "recovery.errors.identifier"),
});

const newPasswordFields = {
  password: passwordSchema,
  confirmPassword: z.string({ required_error: "errors.required" }),
};

function passwordsMatch(value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["confirmPassword"], message: "errors.passwordMismatch" });
  }
}

/** A new password from an emailed link. */
export const resetByLinkSchema = z.object(newPasswordFields).superRefine(passwordsMatch);

/** A new password with the code sent by SMS to the account's phone. */
export const resetByCodeSchema = z
  .object({
    phone: phoneSchema,
    code: z.string({ required_error: "errors.required" }).trim().regex(/^\d{6}$/, "recovery.errors.codeFormat"),
    ...newPasswordFields,
  })
  .superRefine(passwordsMatch);

/** The registration's email code, or a request to send it again. */
export const registrationConfirmSchema = z.object({
  intent: z.literal("confirm"),
  code: z.string({ required_error: "errors.required" }).trim().regex(/^\d{6}$/, "auth.codeWrong"),
});
export const registrationCodeSchema = z.discriminatedUnion("intent", [registrationConfirmSchema, z.object({ intent: z.literal("resend") })]);
