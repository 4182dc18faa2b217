import { describe, expect, test } from "vitest";
import { formatDate, formatDateTime, formatMonth, formatNumber } from "./dates";

describe("dates in Asia/Ho_Chi_Minh", () => {
  // 2026-11-26T18:30Z is already 27 November, 01:30 in Việt Nam (UTC+7).
  const lateUtc = new Date("2026-11-26T18:30:00Z");

  test("the calendar day is the one in Việt Nam, not UTC's", () => {
    expect(formatDate(lateUtc, "vi")).toBe("27/11/2026");
    expect(formatDate(lateUtc, "en")).toBe("27 Nov 2026");
  });

  test("time of day is local, 24-hour", () => {
    expect(formatDateTime(lateUtc, "vi")).toContain("01:30");
    expect(formatDateTime(lateUtc, "vi")).toContain("27/11/2026");
  });

  test("numbers use each language's separators", () => {
    expect(formatNumber(20672, "vi")).toBe("20.672");
    expect(formatNumber(20672, "en")).toBe("20,672");
  });

  test("missing dates format as empty", () => {
    expect(formatDate(null, "vi")).toBe("");
  });

  test("a month reads as people write it, not as 2026-11", () => {
    expect(formatMonth("2026-11", "vi")).toBe("11/2026");
    expect(formatMonth("2026-01", "en")).toBe("Jan 2026");
    expect(formatMonth("soon", "vi")).toBe("soon");
  });
});
