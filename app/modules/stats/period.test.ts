import { describe, expect, test } from "vitest";
import { monthsOf, parsePeriod, periodParams, regimePeriod, regimePeriodContaining, regimePeriodKinds, splitMonths } from "./period";

const now = new Date("2026-11-27T03:00:00Z");
const parse = (q: string) => parsePeriod(new URLSearchParams(q), now);

describe("reporting periods", () => {
  test.each([
    ["", { kind: "year", from: "2026-01-01", to: "2026-12-31" }],
    ["period=year&year=2025", { kind: "year", from: "2025-01-01", to: "2025-12-31" }],
    ["period=month&year=2024&month=2", { kind: "month", from: "2024-02-01", to: "2024-02-29" }],
    ["period=month&year=2025&month=2", { kind: "month", from: "2025-02-01", to: "2025-02-28" }],
    ["period=month", { kind: "month", from: "2026-11-01", to: "2026-11-30" }],
    ["period=quarter&year=2026&quarter=4", { kind: "quarter", from: "2026-10-01", to: "2026-12-31" }],
    ["period=quarter", { kind: "quarter", from: "2026-10-01", to: "2026-12-31" }],
    ["period=half&year=2026&half=1", { kind: "half", from: "2026-01-01", to: "2026-06-30" }],
    ["period=custom&from=2026-03-15&to=2026-04-02", { kind: "custom", from: "2026-03-15", to: "2026-04-02" }],
  ])("%s", (query, expected) => {
    const result = parse(query);
    expect(result.ok && result.period).toMatchObject(expected);
  });

  test.each([
    ["period=week", "period", "stats.errors.period"],
    ["year=1999", "year", "stats.errors.year"],
    ["year=20266", "year", "stats.errors.year"],
    ["period=month&month=13", "month", "stats.errors.month"],
    ["period=quarter&quarter=0", "quarter", "stats.errors.quarter"],
    ["period=custom&from=2026-05-01&to=2026-04-01", "to", "stats.errors.inverted"],
    ["period=custom&from=2026-02-30&to=2026-04-01", "from", "stats.errors.date"],
    ["period=custom&from=yesterday&to=2026-04-01", "from", "stats.errors.date"],
    ["period=custom&to=2026-04-01", "from", "stats.errors.fromRequired"],
    ["period=custom&from=2001-01-01&to=2026-01-01", "to", "stats.errors.tooLong"],
    ["period=custom&from=1990-01-01&to=1990-02-01", "from", "stats.errors.tooEarly"],
    ["period=custom&from=2099-01-01&to=2099-02-01", "to", "stats.errors.tooLate"],
  ])("refuses %s", (query, field, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field]).toBe(message);
  });

  test("whole months are read from the monthly rows, the ends from the daily rows", () => {
    expect(splitMonths("2026-01-01", "2026-03-31")).toEqual({ months: ["2026-01", "2026-02", "2026-03"], dayRanges: [] });
    expect(splitMonths("2026-01-15", "2026-03-10")).toEqual({
      months: ["2026-02"],
      dayRanges: [
        ["2026-01-15", "2026-01-31"],
        ["2026-03-01", "2026-03-10"],
      ],
    });
    expect(splitMonths("2026-02-03", "2026-02-05")).toEqual({ months: [], dayRanges: [["2026-02-03", "2026-02-05"]] });
    expect(monthsOf("2025-11-20", "2026-02-01")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});

describe("the reporting regime's periods (15th to 14th)", () => {
  test.each([
    // "Quý IV/2026" = 15/9/2026–14/12/2026 (Circular 01/2024/TT-TTCP).
    ["period=report-quarter&year=2026&quarter=4", { kind: "report-quarter", from: "2026-09-15", to: "2026-12-14", year: 2026, part: 4 }],
    // Quý I starts on 15 December of the year before.
    ["period=report-quarter&year=2026&quarter=1", { from: "2025-12-15", to: "2026-03-14", part: 1 }],
    ["period=report-quarter&year=2026&quarter=2", { from: "2026-03-15", to: "2026-06-14", part: 2 }],
    ["period=report-quarter&year=2026&quarter=3", { from: "2026-06-15", to: "2026-09-14", part: 3 }],
    ["period=report-6m&year=2026", { kind: "report-6m", from: "2025-12-15", to: "2026-06-14", part: null }],
    ["period=report-9m&year=2026", { kind: "report-9m", from: "2025-12-15", to: "2026-09-14" }],
    ["period=report-year&year=2026", { kind: "report-year", from: "2025-12-15", to: "2026-12-14" }],
    ["period=report-year&year=2024", { from: "2023-12-15", to: "2024-12-14" }],
    // Without a year or quarter: the period containing today (27/11/2026 is in Quý IV/2026).
    ["period=report-quarter", { from: "2026-09-15", to: "2026-12-14", year: 2026, part: 4 }],
    ["period=report-year", { from: "2025-12-15", to: "2026-12-14", year: 2026 }],
  ])("%s", (query, expected) => {
    const result = parse(query);
    expect(result.ok && result.period).toMatchObject(expected);
  });

  test.each([
    ["2026-12-14", "report-quarter", "2026-09-15", "2026-12-14"],
    // From the 15th of December a day belongs to the next year's first quarter and year.
    ["2026-12-15", "report-quarter", "2026-12-15", "2027-03-14"],
    ["2026-12-31", "report-year", "2026-12-15", "2027-12-14"],
    ["2026-03-14", "report-quarter", "2025-12-15", "2026-03-14"],
    ["2026-03-15", "report-quarter", "2026-03-15", "2026-06-14"],
    ["2026-01-01", "report-6m", "2025-12-15", "2026-06-14"],
  ] as const)("%s is in the %s period %s–%s", (day, kind, from, to) => {
    expect(regimePeriodContaining(kind, day)).toMatchObject({ from, to });
  });

  test("every regime period round-trips through its query string", () => {
    for (const kind of regimePeriodKinds) {
      const p = regimePeriod(kind, 2026, kind === "report-quarter" ? 2 : null);
      const again = parse(new URLSearchParams(periodParams(p)).toString());
      expect(again.ok && again.period).toEqual(p);
    }
  });

  test("regime periods are read like any range: partial months from the daily rows", () => {
    const p = regimePeriod("report-quarter", 2026, 4);
    expect(splitMonths(p.from, p.to)).toEqual({
      months: ["2026-10", "2026-11"],
      dayRanges: [
        ["2026-09-15", "2026-09-30"],
        ["2026-12-01", "2026-12-14"],
      ],
    });
  });
});
