import { describe, expect, it } from "vitest";
import { frequencyRows, isoWeekOf, judge, periodsOf, rulesInForce, weeksOfMonth } from "./frequency";

describe("ISO weeks", () => {
  it.each([
    ["2026-01-01", 2026, 1, "2025-12-29"], // a Thursday: week 1 of 2026 starts in 2025
    ["2027-01-01", 2026, 53, "2026-12-28"], // a Friday: still 2026's last week (2026 has 53)
    ["2026-11-24", 2026, 48, "2026-11-23"],
    ["2026-02-16", 2026, 8, "2026-02-16"], // Tết Monday
  ])("%s is in %i-W%i, from Monday %s", (date, year, week, monday) => {
    expect(isoWeekOf(date)).toEqual({ year, week, monday });
  });

  it("a month shows the weeks whose Thursday falls in it: each week in exactly one month", () => {
    const nov = weeksOfMonth("2026-11").map((w) => w.key);
    const oct = weeksOfMonth("2026-10").map((w) => w.key);
    const dec = weeksOfMonth("2026-12").map((w) => w.key);
    expect(nov).toEqual(["2026-W45", "2026-W46", "2026-W47", "2026-W48"]);
    expect(weeksOfMonth("2026-11")[0]).toMatchObject({ from: "2026-11-02", to: "2026-11-08" });
    expect(oct.at(-1)).toBe("2026-W44"); // 26/10–1/11: Thursday 29/10
    expect(dec[0]).toBe("2026-W49"); // 30/11–6/12: Thursday 3/12
    expect(new Set([...oct, ...nov, ...dec]).size).toBe(oct.length + nov.length + dec.length);
  });

  it("a monthly rule has one period, the calendar month", () => {
    expect(periodsOf({ period: "MONTH" }, "2026-02")).toEqual([{ key: "2026-02", kind: "MONTH", from: "2026-02-01", to: "2026-02-28" }]);
    expect(periodsOf({ period: "WEEK" }, "2026-02")).toHaveLength(4);
  });
});

describe("who fell short", () => {
  const week = { key: "2026-W46", kind: "WEEK" as const, from: "2026-11-09", to: "2026-11-15" };
  it.each([
    [["2026-11-10"], 1, "2026-11-20", "OK", 1],
    [["2026-11-10", "2026-11-10"], 1, "2026-11-20", "OK", 1],
    [[], 1, "2026-11-20", "SHORT", 0],
    [["2026-11-08", "2026-11-16"], 1, "2026-11-20", "SHORT", 0], // the Sunday before and the Monday after do not count
    [[], 1, "2026-11-15", "OPEN", 0], // the week is not over yet
    [[], 1, "2026-11-16", "SHORT", 0],
  ] as const)("days %j, %i required, today %s: %s", (days, required, today, state, held) => {
    expect(judge(new Set(days), week, required, today)).toMatchObject({ state, held });
  });

  it("a chair who received twice in one week and never in the next fell short in that next week, though the month has two days", () => {
    const periods = weeksOfMonth("2026-11");
    const rows = frequencyRows([{ id: "chair" }], () => new Set(["2026-11-03", "2026-11-05"]), periods, 1, "2026-12-15");
    expect(rows[0]!.cells.map((c) => c.state)).toEqual(["OK", "SHORT", "SHORT", "SHORT"]);
    expect(rows[0]!.short).toBe(3);
  });

  it("rules in force in the month only", () => {
    const range = { from: new Date("2026-06-30T17:00:00Z"), to: new Date("2026-07-31T17:00:00Z") };
    const rules = [
      { id: "old", validFrom: null, validTo: new Date("2025-06-30T16:59:59Z") },
      { id: "always", validFrom: null, validTo: null },
      { id: "from-july", validFrom: new Date("2026-06-30T17:00:00Z"), validTo: null },
      { id: "from-august", validFrom: new Date("2026-07-31T17:00:00Z"), validTo: null },
    ];
    expect(rulesInForce(rules, range).map((r) => r.id)).toEqual(["always", "from-july"]);
  });
});
