import { z } from "zod";

/**
 * Text fields every form schema uses. Messages are catalogue keys with their
 * parameters (components/forms.tsx useErrorText turns them into words).
 */
export const text = (min: number, max: number) =>
  z
    .string({ required_error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .min(min, `errors.tooShort?min=${min}`)
    .max(max, `errors.tooLong?max=${max}`);

export const optionalText = (max: number) => z.string().trim().max(max, `errors.tooLong?max=${max}`).optional();
