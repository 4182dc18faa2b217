import { describe, expect, test } from "vitest";
import { localDate } from "../deadlines/calendar";
import { staffActionSchema } from "./action-schemas";

/** The first error message for `field` in `form`, or null when the form passes. */
function problem(form: Record<string, string>, field: string): string | null {
  const parsed = staffActionSchema.safeParse(form);
  if (parsed.success) return null;
  return parsed.error.issues.find((i) => i.path[0] === field)?.message ?? null;
}

const nextYear = Number(localDate(new Date()).slice(0, 4)) + 1;

describe("request for information: the reply-by date", () => {
  const form = (replyBy: string) => ({ intent: "requestInfo", version: "0", note: "Gửi ảnh chụp cống", replyBy });
  test.each([
    ["a real day next year", `${nextYear}-03-31`, null],
    ["today", localDate(new Date()), null],
    ["last year", `${nextYear - 2}-01-01`, "cases.errors.replyByPast"],
    ["30 February", `${nextYear}-02-30`, "errors.invalidDate"],
    ["month 13", `${nextYear}-13-01`, "errors.invalidDate"],
    ["all nines", "9999-99-99", "errors.invalidDate"],
    ["not a date", "31/03/2027", "errors.invalidDate"],
  ])("%s (%s)", (_, value, expected) => {
    expect(problem(form(value), "replyBy")).toBe(expected);
  });
});

describe("a decision's date (resume, suspend, end, extend)", () => {
  const form = (decisionDate: string) => ({ intent: "resume", version: "0", decisionNo: "12/QĐ-UBND", decisionDate });
  test.each([
    ["a real day", "2026-02-28", null],
    ["30 February (was stored as 2 March)", "2026-02-30", "errors.invalidDate"],
    ["all nines", "9999-99-99", "errors.invalidDate"],
  ])("%s (%s)", (_, value, expected) => {
    expect(problem(form(value), "decisionDate")).toBe(expected);
  });
});
