import { describe, expect, test } from "vitest";
import { makeCalendar } from "~/modules/deadlines/calendar";
import { citation, householdsNeeded, meetsShare, periodEnd, ruleInForce, rulesOfKind, shareOf, type Share } from "./rules";

const twoThirds: Share = { num: 2, den: 3, strict: false };
const overHalf: Share = { num: 1, den: 2, strict: true };

describe("a share of the households", () => {
  test.each([
    // count, total, share, meets
    [7, 10, twoThirds, true],
    [6, 10, twoThirds, false],
    [6, 9, twoThirds, true], // exactly two thirds: "at least" meets it
    [5, 9, twoThirds, false],
    [6, 10, overHalf, true],
    [5, 10, overHalf, false], // exactly half is not "more than half"
    [1, 1, overHalf, true],
    [0, 0, overHalf, false], // an empty roll never adopts
    [134, 201, twoThirds, true], // 134 × 3 = 402 ≥ 2 × 201 = 402
    [133, 201, twoThirds, false],
  ] as const)("%i of %i households %s", (count, total, share, meets) => {
    expect(meetsShare(count, total, share)).toBe(meets);
  });

  test.each([
    [10, twoThirds, 7],
    [9, twoThirds, 6],
    [201, twoThirds, 134],
    [10, overHalf, 6],
    [11, overHalf, 6],
    [1, overHalf, 1],
  ] as const)("of %i households, %o needs %i", (total, share, needed) => {
    expect(householdsNeeded(total, share)).toBe(needed);
    expect(meetsShare(needed, total, share)).toBe(true);
    expect(meetsShare(needed - 1, total, share)).toBe(false);
  });

  test("a rule states its share, or none", () => {
    expect(shareOf({ ratioNum: 2, ratioDen: 3, ratioStrict: false })).toEqual(twoThirds);
    expect(shareOf({ ratioNum: null, ratioDen: null, ratioStrict: false })).toBeNull();
    expect(shareOf({ ratioNum: 3, ratioDen: 2, ratioStrict: false })).toBeNull();
    expect(shareOf({ ratioNum: 1, ratioDen: 0, ratioStrict: true })).toBeNull();
  });
});

const row = (code: string, validFrom: string | null, validTo: string | null, extra: { tag?: string } = {}) => ({
  code,
  kind: "DECIDE",
  validFrom: validFrom ? new Date(validFrom) : null,
  validTo: validTo ? new Date(validTo) : null,
  ...extra,
});

describe("the rule in force", () => {
  const rules = [
    row("DECIDE_CONTRIBUTION", "2023-07-01T00:00:00+07:00", null, { tag: "2023" }),
    row("DECIDE_CONTRIBUTION", "2025-07-01T00:00:00+07:00", null, { tag: "2025" }),
    row("DECIDE_OTHER", null, "2024-01-01T00:00:00+07:00", { tag: "old" }),
  ];
  test.each([
    ["DECIDE_CONTRIBUTION", "2024-05-01T00:00:00+07:00", "2023"],
    ["DECIDE_CONTRIBUTION", "2025-07-01T00:00:00+07:00", "2025"], // the newer text from its first instant
    ["DECIDE_CONTRIBUTION", "2023-06-30T23:59:59+07:00", null], // before the law
    ["DECIDE_OTHER", "2023-12-31T12:00:00+07:00", "old"],
    ["DECIDE_OTHER", "2024-01-01T00:00:00+07:00", null], // validTo is exclusive
    ["NO_SUCH_RULE", "2026-01-01T00:00:00+07:00", null],
  ])("%s at %s → %s", (code, at, tag) => {
    expect(ruleInForce(rules, code, new Date(at))?.tag ?? null).toBe(tag);
  });

  test("one row per code of a kind", () => {
    expect(rulesOfKind(rules, "DECIDE", new Date("2026-01-01T00:00:00+07:00")).map((r) => r.tag)).toEqual(["2025"]);
  });
});

describe("periods counted by the deadline engine", () => {
  // Friday 2026-04-24; Thu 30/4 and Fri 1/5 are holidays.
  const cal = makeCalendar([
    { date: "2026-04-30", type: "HOLIDAY" },
    { date: "2026-05-01", type: "HOLIDAY" },
  ]);
  const sent = new Date("2026-04-24T10:00:00+07:00");
  test("working days skip the weekend and holidays; the day of sending is not counted", () => {
    // Mon 27, Tue 28, Wed 29, (Thu 30, Fri 1 off), Mon 4, Tue 5 → the 5th working day is Tue 5/5.
    expect(periodEnd({ code: "X", days: 5, dayType: "WORKING" }, cal, sent).toISOString()).toBe(new Date("2026-05-05T23:59:59.999+07:00").toISOString());
  });
  test("calendar days ending on a day off run to the next working day", () => {
    // 10 calendar days from Fri 24/4 → Mon 4/5 (a working day).
    expect(periodEnd({ code: "X", days: 10, dayType: "CALENDAR" }, cal, sent).toISOString()).toBe(new Date("2026-05-04T23:59:59.999+07:00").toISOString());
    // 7 days → Fri 1/5, a holiday → Mon 4/5.
    expect(periodEnd({ code: "X", days: 7, dayType: "CALENDAR" }, cal, sent).toISOString()).toBe(new Date("2026-05-04T23:59:59.999+07:00").toISOString());
  });
  test("a rule without a period, or with an unknown day type, yields no date", () => {
    expect(() => periodEnd({ code: "X", days: null, dayType: "WORKING" }, cal, sent)).toThrow(RangeError);
    expect(() => periodEnd({ code: "X", days: 5, dayType: "WEEKS" }, cal, sent)).toThrow(RangeError);
  });
});

test("a citation names article, clause and document", () => {
  expect(citation({ article: "Điều 21", clause: "khoản 1", document: "Luật 10/2022/QH15" })).toBe("Điều 21, khoản 1, Luật 10/2022/QH15");
  expect(citation({ article: "Điều 43", clause: null, document: "Luật 72/2025/QH15" })).toBe("Điều 43, Luật 72/2025/QH15");
});
