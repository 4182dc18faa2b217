import { z } from "zod";

/**
 * Every zod message a person can see is a catalogue key. Schemas name their
 * messages; this map covers the checks they leave unnamed (a `.max(64)` on an
 * id, an enum), which otherwise show zod's English ("String must contain at
 * most 64 character(s)") on a Vietnamese page. Installed once on the server
 * (entry.server.tsx); in the browser each form's onValidate passes it as
 * parseWithZod's errorMap, so zod stays out of the pages without a form (the landing page).
 */
export const zodMessages: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return { message: issue.received === "undefined" ? "errors.required" : "errors.invalid" };
    case z.ZodIssueCode.too_big:
      return { message: issue.type === "string" ? `errors.tooLong?max=${issue.maximum}` : "errors.invalid" };
    case z.ZodIssueCode.too_small:
      return { message: issue.type === "string" && Number(issue.minimum) <= 1 ? "errors.required" : issue.type === "string" ? `errors.tooShort?min=${issue.minimum}` : "errors.invalid" };
    case z.ZodIssueCode.invalid_enum_value:
    case z.ZodIssueCode.invalid_literal:
    case z.ZodIssueCode.invalid_union_discriminator:
      return { message: "errors.invalidChoice" };
    default:
      return { message: ctx.defaultError.includes(".") && !ctx.defaultError.includes(" ") ? ctx.defaultError : "errors.invalid" };
  }
};

let installed = false;
export function installZodMessages() {
  if (installed) return;
  installed = true;
  z.setErrorMap(zodMessages);
}
