import { describe, expect, test } from "vitest";
import { calendarDate, isCalendarDate, isCalendarMonth, localDateTimeText, versionField } from "./form-fields";

describe("form fields", () => {
  test.each([
    ["2026-11-27", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-13-45", false],
    ["0000-00-00", false],
    ["1899-12-31", false],
    ["2200-01-01", false],
    ["+10000-01-01", false],
    ["2026-1-1", false],
  ])("%s is a calendar date: %s", (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
    expect(calendarDate.safeParse(value).success).toBe(ok);
  });

  test.each([
    ["2026-11-27T08:30", true],
    ["2026-11-27T23:59", true],
    ["2026-11-27T24:00", false],
    ["2026-13-45T25:61", false],
    ["0000-00-00T00:00", false],
    ["10000-01-01T00:00", false],
  ])("%s is a local date-time: %s", (value, ok) => {
    expect(localDateTimeText.safeParse(value).success).toBe(ok);
  });

  test("months and versions", () => {
    expect(isCalendarMonth("2026-12")).toBe(true);
    expect(isCalendarMonth("2026-13")).toBe(false);
    expect(isCalendarMonth("10000-01")).toBe(false);
    expect(versionField.safeParse("3").success).toBe(true);
    expect(versionField.safeParse("123456789012345678901234567890").success).toBe(false);
    expect(versionField.safeParse("1.5").success).toBe(false);
    expect(versionField.safeParse("-1").success).toBe(false);
    expect(versionField.safeParse("   ").success).toBe(false);
    expect(versionField.safeParse("").success).toBe(false);
    expect(versionField.safeParse("0x1F").success).toBe(false);
  });
});
