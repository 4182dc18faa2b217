import { describe, expect, test } from "vitest";
import { monthsOf, parsePeriod, splitMonths } from "./period";

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
