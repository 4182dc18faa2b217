import { describe, expect, it } from "vitest";
import { makeCalendar } from "../deadlines/calendar";
import { isLatePosting, noticeRuleFor, postingEnd, publishDeadline, type NoticeRuleData } from "./posting-rules";

// The 2026 days off the seed holds (notes/law-2026): Tết 14–22/2, 30/4–1/5, 31/8–2/9 (22/8 worked), 24/11.
const cal = makeCalendar([
  ...["14", "15", "16", "17", "18", "19", "20", "21", "22"].map((d) => ({ date: `2026-02-${d}`, type: "HOLIDAY" })),
  { date: "2026-04-30", type: "HOLIDAY" },
  { date: "2026-05-01", type: "HOLIDAY" },
  { date: "2026-08-31", type: "HOLIDAY" },
  { date: "2026-09-01", type: "HOLIDAY" },
  { date: "2026-09-02", type: "HOLIDAY" },
  { date: "2026-08-22", type: "WORKDAY" },
  { date: "2026-11-24", type: "HOLIDAY" },
]);
const vn = (local: string) => new Date(`${local}+07:00`);

describe("how long a notice stays up (art. 13 k.2)", () => {
  it.each([
    ["posted on a Monday morning", "2026-11-02T09:00:00", 30, "2026-12-02T23:59:59.999"],
    ["posted late in the evening: the day still does not count", "2026-11-02T23:30:00", 30, "2026-12-02T23:59:59.999"],
    ["30 days spanning the 24/11 holiday: days off count in a period of days", "2026-11-01T08:00:00", 30, "2026-12-01T23:59:59.999"],
    ["the 30th day is a public holiday (1/9): to the end of the next working day", "2026-08-02T08:00:00", 30, "2026-09-03T23:59:59.999"],
    ["the 30th day is a Saturday: to the end of Monday", "2026-09-05T08:00:00", 30, "2026-10-05T23:59:59.999"],
    ["across Tết: the 30th day falls in it", "2026-01-18T08:00:00", 30, "2026-02-23T23:59:59.999"],
  ])("%s", (_, posted, days, end) => {
    expect(postingEnd({ postedAt: vn(posted), minDays: days, posting: "DAYS" }, cal)!.toISOString()).toBe(vn(end).toISOString());
  });

  it.each([["PERMANENT"], ["UNTIL_REPLACED"]])("%s: no end", (posting) => {
    expect(postingEnd({ postedAt: vn("2026-11-02T09:00:00"), minDays: 30, posting }, cal)).toBeNull();
  });
});

describe("posted within 5 working days of the decision (art. 12 k.3)", () => {
  const rule = { publishWithinDays: 5, publishDayType: "WORKING" };
  it.each([
    ["decided on a Monday", "2026-11-02T15:00:00", "2026-11-09T23:59:59.999"],
    ["decided on Friday 20/11: the 24/11 holiday is not a working day", "2026-11-20T10:00:00", "2026-11-30T23:59:59.999"],
    ["decided just before Tết", "2026-02-12T10:00:00", "2026-02-26T23:59:59.999"], // Fri 13, then Mon 23 … Thu 26
    ["the 22/8 Saturday is worked in exchange", "2026-08-20T10:00:00", "2026-08-26T23:59:59.999"], // Fri 21, Sat 22, Mon 24 … Wed 26
  ])("%s", (_, decided, due) => {
    expect(publishDeadline(vn(decided), rule, cal).toISOString()).toBe(vn(due).toISOString());
  });

  it("late when posted after the end of the 5th working day", () => {
    const publishBy = publishDeadline(vn("2026-11-02T15:00:00"), rule, cal);
    expect(isLatePosting({ postedAt: vn("2026-11-09T23:00:00"), publishBy })).toBe(false);
    expect(isLatePosting({ postedAt: vn("2026-11-10T07:30:00"), publishBy })).toBe(true);
    expect(isLatePosting({ postedAt: vn("2027-01-10T07:30:00"), publishBy: null })).toBe(false);
  });
});

describe("the category's rule in force", () => {
  const base: NoticeRuleData = { category: "BUDGET", posting: "DAYS", minDays: 30, publishWithinDays: 5, publishDayType: "WORKING", document: "Luật 10/2022/QH15", article: "13 k.2", confirmed: true, validFrom: null, validTo: null };
  it("the latest row that has started; none for an unknown category", () => {
    const rules = [base, { ...base, minDays: 45, validFrom: vn("2027-01-01T00:00:00") }];
    expect(noticeRuleFor(rules, "BUDGET", vn("2026-12-31T12:00:00"))?.minDays).toBe(30);
    expect(noticeRuleFor(rules, "BUDGET", vn("2027-01-02T12:00:00"))?.minDays).toBe(45);
    expect(noticeRuleFor(rules, "FEES", vn("2027-01-02T12:00:00"))).toBeNull();
  });
});
