import { describe, expect, test } from "vitest";
import { limitationPassed } from "./limitation";

const learned = new Date("2026-08-01T00:00:00+07:00");

describe("complaint limitation period (90 days)", () => {
  test.each([
    ["2026-08-01T09:00:00+07:00", false], // the same day
    ["2026-10-30T23:59:00+07:00", false], // day 90
    ["2026-10-31T00:00:00+07:00", true], // day 91
    ["2026-12-01T10:00:00+07:00", true],
  ])("filed at %s: passed = %s", (now, passed) => {
    expect(limitationPassed(learned, new Date(now))).toBe(passed);
  });

  test("counted in Việt Nam's days, not UTC's", () => {
    // 30 Oct 23:30 local is still 30 Oct (day 90) though UTC already says 30 Oct 16:30.
    expect(limitationPassed(learned, new Date("2026-10-30T16:30:00Z"))).toBe(false);
    // 31 Oct 00:30 local is day 91, though UTC says 30 Oct.
    expect(limitationPassed(learned, new Date("2026-10-30T17:30:00Z"))).toBe(true);
  });
});
