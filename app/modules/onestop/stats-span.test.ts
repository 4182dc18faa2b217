import { describe, expect, test } from "vitest";
import { addLocalDays } from "../deadlines/calendar";
import { spanParts } from "./stats.server";

/** How many times each day is counted by the parts (months + plus − minus), over a window. */
function coverage(from: string, to: string, windowFrom: string, windowTo: string): Map<string, number> {
  const { months, plus, minus } = spanParts(from, to);
  const counts = new Map<string, number>();
  const add = (a: string, b: string, n: number) => {
    for (let d = a; d <= b; d = addLocalDays(d, 1)) counts.set(d, (counts.get(d) ?? 0) + n);
  };
  if (months) add(`${months[0]}-01`, lastDay(months[1]), 1);
  for (const [a, b] of plus) add(a, b, 1);
  for (const [a, b] of minus) add(a, b, -1);
  for (let d = windowFrom; d <= windowTo; d = addLocalDays(d, 1)) if (!counts.has(d)) counts.set(d, 0);
  return counts;
}
function lastDay(month: string) {
  let d = `${month}-28`;
  while (addLocalDays(d, 1).slice(0, 7) === month) d = addLocalDays(d, 1);
  return d;
}

describe("spanParts", () => {
  test("counts every day of the span once and no other day, for every span in a window across a leap February and a year end", () => {
    const days: string[] = [];
    for (let d = "2027-11-01"; d <= "2028-03-31"; d = addLocalDays(d, 1)) days.push(d);
    for (let i = 0; i < days.length; i += 4) {
      for (let j = i; j < days.length; j += 5) {
        const [from, to] = [days[i]!, days[j]!];
        for (const [day, n] of coverage(from, to, "2027-10-01", "2028-04-30")) expect(n, `${from}..${to} ${day}`).toBe(day >= from && day <= to ? 1 : 0);
      }
    }
  });

  test("a ragged edge is read from its shorter side", () => {
    // This year cut at today (27 November): the whole of November less its last four days.
    expect(spanParts("2026-01-01", "2026-11-26")).toEqual({ months: ["2026-01", "2026-11"], plus: [], minus: [["2026-11-27", "2026-11-30"]] });
    expect(spanParts("2026-11-28", "2026-12-31")).toEqual({ months: ["2026-12", "2026-12"], plus: [["2026-11-28", "2026-11-30"]], minus: [] });
    expect(spanParts("2026-11-27", "2026-11-27")).toEqual({ months: null, plus: [["2026-11-27", "2026-11-27"]], minus: [] });
    expect(spanParts("2026-11-02", "2026-11-30")).toEqual({ months: ["2026-11", "2026-11"], plus: [], minus: [["2026-11-01", "2026-11-01"]] });
    expect(spanParts("2000-01-01", "2026-10-31")).toEqual({ months: ["2000-01", "2026-10"], plus: [], minus: [] });
    expect(spanParts("2026-12-01", "2026-11-30")).toEqual({ months: null, plus: [], minus: [] });
  });
});
