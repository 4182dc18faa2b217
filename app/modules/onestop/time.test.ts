import { describe, expect, test } from "vitest";
import { holidays } from "../../../prisma/seed-data/son-la";
import { makeCalendar } from "../deadlines/calendar";
import { defaultOnestopRules as rules, onestopRuleRows, rulesFromRows } from "./rules";
import {
  addWorkingHours,
  apologyDeadline,
  apologyPromptDue,
  appointmentFor,
  checkDueFor,
  processingSupplementUntil,
  reappointmentDate,
  stepDueDates,
  supplementExpiresAt,
  timelinessOf,
} from "./time";

/** The seeded Vietnamese calendar: 24/11/2026 is a day off (Ngày Văn hóa Việt Nam), 30/4–1/5 too. */
const cal = makeCalendar(holidays);
/** Local time in Asia/Ho_Chi_Minh. */
const at = (local: string) => new Date(`${local}+07:00`);
const iso = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace("T", " ");

describe("working hours (office hours 8–12, 13–17 from the rule rows)", () => {
  test.each([
    ["2026-11-27T10:00", 2, "2026-11-27 12:00"], // Friday morning, within the window
    ["2026-11-27T11:00", 2, "2026-11-27 14:00"], // across lunch
    ["2026-11-27T16:00", 8, "2026-11-30 16:00"], // Friday 16:00 + 8 h: 1 h Friday, 4 h + 3 h Monday
    ["2026-11-28T09:00", 1, "2026-11-30 09:00"], // a Saturday: counting starts Monday
    ["2026-11-23T17:30", 4, "2026-11-25 12:00"], // Monday after hours; Tuesday 24/11 is a holiday
    ["2026-04-29T15:00", 4, "2026-05-04 10:00"], // 30/4 and 1/5 are days off, then the weekend
  ])("%s + %i h = %s", (start, hours, expected) => {
    expect(iso(addWorkingHours(at(start), hours, cal, rules.workday))).toBe(expected);
  });

  test("zero hours is the start itself; negative hours are refused", () => {
    expect(addWorkingHours(at("2026-11-27T10:00"), 0, cal, rules.workday)).toEqual(at("2026-11-27T10:00"));
    expect(() => addWorkingHours(at("2026-11-27T10:00"), -1, cal, rules.workday)).toThrow(RangeError);
  });
});

describe("the return date on the slip (Decree 118/2025 art. 17 k.3, 18 k.2)", () => {
  test.each([
    // Working days: the day of receipt is not counted; 24/11 is skipped.
    [{ timeUnit: "WORKING_DAYS", timeAmount: 5 }, "2026-11-23T10:00", "2026-12-01 23:59"],
    [{ timeUnit: "WORKING_DAYS", timeAmount: 3 }, "2026-11-27T16:30", "2026-12-02 23:59"],
    // Same day: before the cut-off the same day; at or after 15:00, or on a day off, the next working day.
    [{ timeUnit: "SAME_DAY", timeAmount: 0 }, "2026-11-27T14:59", "2026-11-27 23:59"],
    [{ timeUnit: "SAME_DAY", timeAmount: 0 }, "2026-11-27T15:00", "2026-11-30 23:59"],
    [{ timeUnit: "SAME_DAY", timeAmount: 0 }, "2026-11-28T09:00", "2026-11-30 23:59"],
    [{ timeUnit: "SAME_DAY", timeAmount: 0 }, "2026-11-23T15:30", "2026-11-25 23:59"],
    // Working hours.
    [{ timeUnit: "WORKING_HOURS", timeAmount: 8 }, "2026-11-27T10:00", "2026-11-30 10:00"],
  ])("%o received %s → %s", (time, received, expected) => {
    expect(iso(appointmentFor(time, at(received), cal, rules))).toBe(expected);
  });

  test("an unknown time unit is an error, not a silent default", () => {
    expect(() => appointmentFor({ timeUnit: "WEEKS", timeAmount: 1 }, at("2026-11-27T10:00"), cal, rules)).toThrow(RangeError);
  });
});

describe("the decree's other limits", () => {
  test("each step's due time is its share added up, the last one the dossier's", () => {
    const received = at("2026-11-27T09:00"); // Friday
    const due = appointmentFor({ timeUnit: "WORKING_DAYS", timeAmount: 5 }, received, cal, rules);
    const steps = stepDueDates(received, [4, 24, 8, 4], due, cal, rules).map(iso);
    expect(steps).toEqual(["2026-11-27 14:00", "2026-12-02 14:00", "2026-12-03 14:00", "2026-12-04 23:59"]);
  });

  test("a step due after the dossier is capped at the dossier's due date", () => {
    const received = at("2026-11-27T09:00");
    const due = at("2026-11-27T23:59:59.999");
    expect(stepDueDates(received, [16, 8], due, cal, rules)).toEqual([due, due]);
  });

  test("an online dossier is answered within 8 working hours (art. 17 k.2 c)", () => {
    expect(iso(checkDueFor(at("2026-11-27T20:00"), cal, rules))).toBe("2026-11-30 17:00");
  });

  test("a processing supplement is asked within 3 working days of receipt; a request expires after 15 days (art. 19 k.5)", () => {
    expect(iso(processingSupplementUntil(at("2026-11-20T10:00"), cal, rules))).toBe("2026-11-26 23:59");
    expect(iso(supplementExpiresAt(at("2026-11-27T10:00"), cal, rules))).toBe("2026-12-14 23:59"); // 12/12 is a Saturday: rolled to Monday
  });

  test("the apology goes out at the latest one day before the due date (art. 19 k.6), prompted two working days ahead", () => {
    const due = at("2026-12-04T23:59:59.999"); // Friday
    expect(iso(apologyDeadline(due, rules))).toBe("2026-12-03 23:59");
    expect(apologyPromptDue(at("2026-12-01T09:00"), due, cal, rules)).toBe(false);
    expect(apologyPromptDue(at("2026-12-02T09:00"), due, cal, rules)).toBe(true);
    expect(apologyPromptDue(at("2026-12-05T09:00"), due, cal, rules)).toBe(false); // passed: too late to prompt
  });

  test("a new date falling on a day off moves to the next working day", () => {
    expect(iso(reappointmentDate("2026-11-28", cal))).toBe("2026-11-30 23:59");
  });

  test.each([
    ["2026-12-03T10:00", "EARLY"],
    ["2026-12-04T16:00", "ON_TIME"],
    ["2026-12-05T08:00", "LATE"],
  ])("a result at %s is %s against a due date of 4/12", (resultAt, expected) => {
    expect(timelinessOf(at(resultAt), at("2026-12-04T23:59:59.999"))).toBe(expected);
  });
});

describe("rules as rows", () => {
  test("every seeded row names its legal basis and source; unconfirmed ones say so", () => {
    for (const row of onestopRuleRows) {
      expect(row.legalBasis.length).toBeGreaterThan(10);
      expect(row.source.length).toBeGreaterThan(3);
    }
    expect(onestopRuleRows.filter((r) => !r.confirmed).map((r) => r.key)).toEqual(["WORKDAY_AM_START", "WORKDAY_AM_END", "WORKDAY_PM_START", "WORKDAY_PM_END"]);
  });

  test("a missing or disordered rule throws instead of defaulting", () => {
    expect(() => rulesFromRows(onestopRuleRows.filter((r) => r.key !== "REAPPOINTMENTS"))).toThrow(/REAPPOINTMENTS/);
    expect(() => rulesFromRows(onestopRuleRows.map((r) => (r.key === "WORKDAY_PM_START" ? { ...r, value: 600 } : r)))).toThrow(/office hours/);
  });
});
