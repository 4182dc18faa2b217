import { z } from "zod";

/** The statistics settings an administrator can change (messages are catalogue keys). */
export const statsSettingsSchema = z.object({
  minSample: z
    .number({ required_error: "errors.required", invalid_type_error: "stats.settings.minSampleInvalid" })
    .int("stats.settings.minSampleInvalid")
    .min(1, "stats.settings.minSampleInvalid")
    .max(1000, "stats.settings.minSampleInvalid"),
});
