import { z } from "zod";
import { calendarDate, isCalendarDate, text } from "~/utils/form-fields";
import { caseKinds } from "../cases/constants";
import { legalMinDays, noticeCategories } from "./categories";

/** Form schemas (messages are catalogue keys) and the query strings of the public pages and the API. */
export const noticeBodyMax = 20_000;

export const postNoticeSchema = z.object({
  category: z.enum(noticeCategories, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
  title: text(5, 200),
  body: text(20, noticeBodyMax),
  /** Local date YYYY-MM-DD; empty = now. Checked against today in postNotice. */
  postedOn: calendarDate.optional(),
  minDays: z
    .number({ required_error: "errors.required", invalid_type_error: "noticeBoard.errors.minDays" })
    .int("noticeBoard.errors.minDays")
    .min(legalMinDays, "noticeBoard.errors.minDays")
    .max(3650, "noticeBoard.errors.minDays"),
  submissionToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "errors.required"),
  /** The date of the decision made public (local YYYY-MM-DD): it must be posted within 5 working days (art. 12 k.3). */
  decisionOn: z
    .string()
    .trim()
    .refine((v) => isCalendarDate(v), "errors.invalidDate") // a real day: 2026-13-45 or 0000-00-00 was a 500
    .optional(),
  /** A notice of the unit this one replaces (a permanent notice updated, the quarterly list renewed). */
  replacesId: z.string().min(1).max(64).optional(),
});
export type PostNoticeInput = z.infer<typeof postNoticeSchema>;

export const takeDownSchema = z.object({
  reason: text(5, 1000),
});

/** Empty query parameters ("all" in a <select>) mean "no filter". */
function withoutEmpty(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (v.trim() !== "") out[k] = v.trim();
  return out;
}

const unitCode = z.string().regex(/^[A-Z0-9-]{2,12}$/, "not a unit code");
const cursor = z.string().max(200);

export const noticeBoardQuery = z.object({
  unit: unitCode.optional(),
  category: z.enum(noticeCategories).optional(),
  /** current: posted now (default); past: taken down; all: both. */
  show: z.enum(["current", "past", "all"]).default("current"),
  q: z.string().max(100).optional(),
  cursor: cursor.optional(),
});
export type NoticeBoardQuery = z.infer<typeof noticeBoardQuery>;

export const publishedKinds = ["FEEDBACK", "PETITION"] as const satisfies readonly (typeof caseKinds)[number][];

export const answersQuery = z.object({
  q: z.string().max(100).optional(),
  kind: z.enum(publishedKinds).optional(),
  unit: unitCode.optional(),
  category: z.string().regex(/^[A-Z0-9_]{2,32}$/, "not a category code").optional(),
  cursor: cursor.optional(),
});
export type AnswersQuery = z.infer<typeof answersQuery>;

export const answersApiQuery = answersQuery
  .extend({
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

/**
 * Parses a query string: empty values dropped, a parameter given twice is an
 * error (which one was meant?). The zod error's issues are returned as is.
 */
export function parseQuery<S extends z.ZodTypeAny>(schema: S, params: URLSearchParams): z.SafeParseReturnType<unknown, z.infer<S>> {
  const keys = [...params.keys()];
  const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (repeated.length) {
    return {
      success: false,
      error: new z.ZodError(repeated.map((k) => ({ code: z.ZodIssueCode.custom, path: [k], message: "given more than once" }))),
    } as z.SafeParseReturnType<unknown, z.infer<S>>;
  }
  return schema.safeParse(withoutEmpty(params));
}
