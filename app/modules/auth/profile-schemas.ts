import { z } from "zod";
import { supportedLanguages } from "~/i18n/config";
import { emailSchema, fullNameSchema, passwordSchema, phoneSchema } from "./schemas";

/**
 * The profile page's forms, one schema each (an `intent` picks it). Messages
 * are catalogue keys.
 */
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const profileDetailsSchema = z.object({
  intent: z.literal("details"),
  fullName: fullNameSchema,
  locale: z.enum(supportedLanguages, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
});

export const profileChannelsSchema = z.object({
  intent: z.literal("channels"),
  notifyByEmail: checkbox,
  notifyBySms: checkbox,
});

export const profileEmailSchema = z.object({ intent: z.literal("email"), email: emailSchema });
export const profilePhoneSchema = z.object({ intent: z.literal("phone"), phone: phoneSchema });

export const profileConfirmSchema = z.object({
  intent: z.literal("confirm"),
  code: z.string({ required_error: "errors.required" }).trim().regex(/^\d{6}$/, "recovery.errors.codeFormat"),
});

export const profilePasswordSchema = z
  .object({
    intent: z.literal("password"),
    currentPassword: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(128),
    newPassword: passwordSchema,
    confirmPassword: z.string({ required_error: "errors.required" }),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.confirmPassword) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["confirmPassword"], message: "errors.passwordMismatch" });
  });

export const profileSchemas = {
  details: profileDetailsSchema,
  channels: profileChannelsSchema,
  email: profileEmailSchema,
  phone: profilePhoneSchema,
  confirm: profileConfirmSchema,
  password: profilePasswordSchema,
} as const;
export type ProfileIntent = keyof typeof profileSchemas;

export function isProfileIntent(value: unknown): value is ProfileIntent {
  return typeof value === "string" && value in profileSchemas;
}
