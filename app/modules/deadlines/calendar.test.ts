import { describe, expect, test } from "vitest";
import { holidays } from "../../../prisma/seed-data/son-la";
import {
  addDays,
  addLocalDays,
  daysRemaining,
  endOfLocalDay,
  isWorkingDay,
  localDate,
  makeCalendar,
  nextWorkingDayOnOrAfter,
  startOfLocalDay,
  weekday,
  weekdaysOnly,
  workingDaysBetween,
  type DayType,
} from "./calendar";

// The real 2026–2027 holiday rows seeded for Sơn La.
const cal = makeCalendar(holidays);
const at = (iso: string) => new Date(iso);

describe("local dates (UTC+7, no DST)", () => {
  test.each([
    ["2026-02-12T18:00:00Z", "2026-02-13"], // late evening UTC is already the next local day
    ["2026-02-12T16:59:59.999Z", "2026-02-12"],
    ["2026-02-12T17:00:00Z", "2026-02-13"],
    ["2025-12-31T17:00:00Z", "2026-01-01"],
    ["2026-07-01T00:00:00+07:00", "2026-07-01"],
    ["2026-06-30T23:59:59+07:00", "2026-06-30"],
  ])("localDate(%s) = %s", (iso, expected) => {
    expect(localDate(at(iso))).toBe(expected);
  });

  test.each([
    ["2026-02-27", "2026-02-26T17:00:00.000Z", "2026-02-27T16:59:59.999Z"],
    ["2026-01-01", "2025-12-31T17:00:00.000Z", "2026-01-01T16:59:59.999Z"],
    ["2024-02-29", "2024-02-28T17:00:00.000Z", "2024-02-29T16:59:59.999Z"],
  ])("%s starts at %s and ends at %s", (date, start, end) => {
    expect(startOfLocalDay(date).toISOString()).toBe(start);
    expect(endOfLocalDay(date).toISOString()).toBe(end);
    expect(localDate(endOfLocalDay(date))).toBe(date);
    expect(localDate(new Date(endOfLocalDay(date).getTime() + 1))).toBe(addLocalDays(date, 1));
  });

  test.each([["2026-02-30"], ["2026-2-3"], ["26-02-03"], [""], ["2026-13-01"]])("%j is refused", (bad) => {
    expect(() => endOfLocalDay(bad)).toThrow(RangeError);
  });

  test("an invalid instant is refused", () => {
    expect(() => localDate(new Date("nope"))).toThrow(RangeError);
  });

  test.each([
    ["2026-02-17", 2],
    ["2026-01-10", 6],
    ["2026-04-05", 0],
  ])("weekday(%s) = %i", (date, wd) => {
    expect(weekday(date)).toBe(wd);
  });
});

describe("makeCalendar", () => {
  test("splits days off from make-up working days", () => {
    expect(cal.holidays.has("2026-02-17")).toBe(true);
    expect(cal.workdays.has("2026-01-10")).toBe(true);
    expect(cal.holidays.has("2026-01-10")).toBe(false);
  });

  test.each([
    [[{ date: "2026-01-01", type: "HALF_DAY" }]],
    [[{ date: "2026-02-30", type: "HOLIDAY" }]],
    [[{ date: "1/1/2026", type: "HOLIDAY" }]],
  ])("refuses a bad row %j", (rows) => {
    expect(() => makeCalendar(rows)).toThrow(RangeError);
  });
});

describe("isWorkingDay with the 2026 calendar", () => {
  test.each([
    ["2026-01-01", false, "New Year's Day (Thu)"],
    ["2026-01-02", false, "swapped day off (Fri)"],
    ["2026-01-05", true, "ordinary Monday"],
    ["2026-01-10", true, "make-up Saturday"],
    ["2026-01-11", false, "Sunday"],
    ["2026-01-17", false, "ordinary Saturday"],
    ["2026-02-13", true, "Friday before Tết"],
    ["2026-02-16", false, "Tết"],
    ["2026-02-17", false, "Tết"],
    ["2026-02-18", false, "Tết"],
    ["2026-02-19", false, "Tết"],
    ["2026-02-20", false, "Tết"],
    ["2026-02-23", true, "first Monday after Tết"],
    ["2026-04-27", false, "compensatory day (Hùng Kings' Day on a Sunday)"],
    ["2026-04-30", false, "Reunification Day"],
    ["2026-05-01", false, "Labour Day"],
    ["2026-08-22", true, "make-up Saturday (National Day swap)"],
    ["2026-08-31", false, "swapped day off"],
    ["2026-11-24", false, "Vietnamese Culture Day"],
  ])("%s → %s (%s)", (date, expected) => {
    expect(isWorkingDay(date, cal)).toBe(expected);
  });

  test("without rows, Monday to Friday", () => {
    expect(isWorkingDay("2026-01-01", weekdaysOnly)).toBe(true);
    expect(isWorkingDay("2026-01-10", weekdaysOnly)).toBe(false);
  });

  test.each([
    ["2026-02-14", "2026-02-23"],
    ["2026-01-01", "2026-01-05"],
    ["2026-01-10", "2026-01-10"],
    ["2026-04-30", "2026-05-04"],
  ])("next working day on or after %s is %s", (date, expected) => {
    expect(nextWorkingDayOnOrAfter(date, cal)).toBe(expected);
  });
});

describe("addDays: the day of receipt does not count; due at the end of the last day", () => {
  test.each<[string, string, number, DayType, string]>([
    // WORKING
    ["receipt 13 Feb local (18:00Z on the 12th), 5 working days across Tết", "2026-02-12T18:00:00Z", 5, "WORKING", "2026-02-27"],
    ["receipt 12 Feb local, 5 working days across Tết", "2026-02-12T09:00:00Z", 5, "WORKING", "2026-02-26"],
    ["receipt on a Saturday before Tết, 1 working day", "2026-02-14T03:00:00Z", 1, "WORKING", "2026-02-23"],
    ["Friday + 1 working day = the make-up Saturday 10 Jan", "2026-01-09T03:00:00Z", 1, "WORKING", "2026-01-10"],
    ["31 Dec + 1 working day skips 1–4 Jan (holiday, swapped day off, weekend)", "2025-12-31T03:00:00Z", 1, "WORKING", "2026-01-05"],
    ["31 Dec + 6 working days ends on the make-up Saturday", "2025-12-31T03:00:00Z", 6, "WORKING", "2026-01-10"],
    ["ordinary weekend is skipped", "2026-01-16T03:00:00Z", 1, "WORKING", "2026-01-19"],
    ["across 27/4 and 30/4–1/5", "2026-04-22T03:00:00Z", 15, "WORKING", "2026-05-18"],
    ["0 working days = end of the same local day", "2026-03-02T03:00:00Z", 0, "WORKING", "2026-03-02"],
    // CALENDAR (BLDS 2015 Điều 148 k.5: a last day that is a day off moves to the next working day)
    ["30 days ending on Sunday 5 Apr → Monday", "2026-03-06T03:00:00Z", 30, "CALENDAR", "2026-04-06"],
    ["30 days ending on 30 Apr → Monday 4 May", "2026-03-31T03:00:00Z", 30, "CALENDAR", "2026-05-04"],
    ["10 days ending on the make-up Saturday stays there", "2025-12-31T03:00:00Z", 10, "CALENDAR", "2026-01-10"],
    ["10 days ending on the swapped day off 2 Jan → Monday 5 Jan", "2025-12-23T03:00:00Z", 10, "CALENDAR", "2026-01-05"],
    ["10 days ending on Tết → 23 Feb", "2026-02-06T03:00:00Z", 10, "CALENDAR", "2026-02-23"],
    ["10 days ending on a weekday", "2026-03-02T03:00:00Z", 10, "CALENDAR", "2026-03-12"],
    ["receipt late at night UTC counts from the local date", "2026-03-01T18:00:00Z", 10, "CALENDAR", "2026-03-12"],
  ])("%s", (_label, start, days, dayType, expectedDate) => {
    const due = addDays(at(start), days, dayType, cal);
    expect(due.toISOString()).toBe(endOfLocalDay(expectedDate).toISOString());
    expect(localDate(due)).toBe(expectedDate);
  });

  test.each([[-1], [1.5], [Number.NaN]])("refuses %s days", (days) => {
    expect(() => addDays(at("2026-03-02T03:00:00Z"), days, "WORKING", cal)).toThrow(RangeError);
  });

  test("refuses an unknown day type", () => {
    expect(() => addDays(at("2026-03-02T03:00:00Z"), 1, "HOURS" as DayType, cal)).toThrow(RangeError);
  });
});

describe("workingDaysBetween: strictly after a's local date, up to and including b's", () => {
  test.each([
    ["Mon → Thu", "2026-03-02T03:00:00Z", "2026-03-05T08:00:00Z", 3],
    ["same local day", "2026-03-02T01:00:00Z", "2026-03-02T16:00:00Z", 0],
    ["Fri before Tết → Mon after", "2026-02-13T03:00:00Z", "2026-02-23T03:00:00Z", 1],
    ["12 Feb → 27 Feb", "2026-02-12T03:00:00Z", "2026-02-27T03:00:00Z", 6],
    ["Fri 9 Jan → Mon 12 Jan counts the make-up Saturday", "2026-01-09T03:00:00Z", "2026-01-12T03:00:00Z", 2],
    ["29 Apr → 4 May", "2026-04-29T03:00:00Z", "2026-05-04T03:00:00Z", 1],
    ["Fri 24 Apr → Mon 4 May", "2026-04-24T03:00:00Z", "2026-05-04T03:00:00Z", 3],
    ["reversed is negative", "2026-03-05T08:00:00Z", "2026-03-02T03:00:00Z", -3],
    ["local dates, not UTC ones", "2026-03-01T18:00:00Z", "2026-03-04T18:00:00Z", 3],
  ])("%s = %i", (_label, a, b, expected) => {
    expect(workingDaysBetween(at(a), at(b), cal)).toBe(expected);
  });
});

describe("daysRemaining in whole local days", () => {
  const due = endOfLocalDay("2026-03-10");
  test.each([
    ["on the due day", "2026-03-10T01:00:00Z", 0],
    ["on the due day, early local morning (still the 9th in UTC)", "2026-03-09T20:00:00Z", 0],
    ["the evening before", "2026-03-09T16:00:00Z", 1],
    ["ten days before", "2026-02-28T03:00:00Z", 10],
    ["the day after", "2026-03-10T17:00:00Z", -1],
    ["a week late", "2026-03-17T03:00:00Z", -7],
  ])("%s → %i", (_label, now, expected) => {
    expect(daysRemaining(at(now), due)).toBe(expected);
  });
});
