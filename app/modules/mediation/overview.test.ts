import { describe, expect, test } from "vitest";
import { calendarDaysBetween } from "./days";
import { outcomeRefusal } from "./mediations.server";
import { summarise } from "./overview";

describe("calendar days between opening and outcome (Vietnam dates)", () => {
  test.each([
    ["2026-03-03T16:00:00Z", "2026-03-04T01:00:00Z", 1], // 23:00 on the 3rd → 08:00 on the 4th
    ["2026-03-03T01:00:00Z", "2026-03-03T15:00:00Z", 0], // same day in Vietnam
    ["2026-03-03T17:30:00Z", "2026-03-03T18:00:00Z", 0], // 00:30 and 01:00 on the 4th
    ["2026-02-27T03:00:00Z", "2026-03-02T03:00:00Z", 3], // across the end of February
  ])("%s → %s is %i", (from, to, days) => {
    expect(calendarDaysBetween(new Date(from), new Date(to))).toBe(days);
  });
});

describe("what an outcome needs", () => {
  const open = { status: "OPEN", sessionCount: 1, partyIds: ["a", "b"] };
  test.each([
    [{ ...open, sessionCount: 0 }, { status: "AGREED", agreementTerms: "x", executionTerms: "y", confirmedPartyIds: ["a", "b"] }, "no-session"],
    [{ ...open, sessionCount: 0 }, { status: "NOT_AGREED", advice: "Tòa án" }, "no-session"],
    [{ ...open, sessionCount: 0 }, { status: "WITHDRAWN" }, null],
    [open, { status: "AGREED", agreementTerms: " ", executionTerms: "y", confirmedPartyIds: ["a", "b"] }, "terms-required"],
    [open, { status: "AGREED", agreementTerms: "x", executionTerms: "", confirmedPartyIds: ["a", "b"] }, "terms-required"],
    [open, { status: "AGREED", agreementTerms: "x", executionTerms: "y", confirmedPartyIds: ["a"] }, "confirmations-missing"],
    [open, { status: "AGREED", agreementTerms: "x", executionTerms: "y", confirmedPartyIds: ["b", "a"] }, null],
    [open, { status: "NOT_AGREED", advice: "  " }, "advice-required"],
    [open, { status: "NOT_AGREED", advice: "Gửi đơn tới Tòa án nhân dân khu vực." }, null],
    [{ ...open, status: "AGREED" }, { status: "WITHDRAWN" }, "not-open"],
  ] as const)("%o + %o → %s", (m, o, expected) => {
    expect(outcomeRefusal({ ...m, partyIds: [...m.partyIds] }, o.status === "AGREED" ? { ...o, confirmedPartyIds: [...o.confirmedPartyIds] } : o)).toBe(expected);
  });
});

describe("overview figures from grouped counts", () => {
  test("sums per team, per type and in total; rates and averages worked out by hand", () => {
    const rows = [
      { teamId: "A", disputeType: "LAND", status: "AGREED", count: 2, daysSum: 6, daysCount: 2 },
      { teamId: "A", disputeType: "LAND", status: "OPEN", count: 3, daysSum: 0, daysCount: 0 },
      { teamId: "B", disputeType: "FAMILY", status: "NOT_AGREED", count: 1, daysSum: 12, daysCount: 1 },
      { teamId: "B", disputeType: "LAND", status: "WITHDRAWN", count: 1, daysSum: 0, daysCount: 1 },
    ];
    const f = summarise(rows, ["A", "B", "C"], ["LAND", "FAMILY", "OTHER"]);
    // total: 7 opened; 2 agreed of 3 mediated to an end; (6 + 12 + 0) / 4 ended = 4.5 days
    expect(f.total).toEqual({ opened: 7, open: 3, agreed: 2, notAgreed: 1, withdrawn: 1, successRate: 2 / 3, averageDays: 4.5 });
    expect(f.byTeam.find((x) => x.teamId === "A")).toMatchObject({ opened: 5, agreed: 2, successRate: 1, averageDays: 3 });
    expect(f.byTeam.find((x) => x.teamId === "B")).toMatchObject({ opened: 2, notAgreed: 1, withdrawn: 1, successRate: 0, averageDays: 6 });
    // a team with nothing: zeros, and no rate rather than a division by zero
    expect(f.byTeam.find((x) => x.teamId === "C")).toMatchObject({ opened: 0, successRate: null, averageDays: null });
    expect(f.byType.find((x) => x.disputeType === "LAND")).toMatchObject({ opened: 6, agreed: 2, withdrawn: 1, successRate: 1, averageDays: 2 });
    expect(f.byType.find((x) => x.disputeType === "OTHER")).toMatchObject({ opened: 0, successRate: null });
  });
});
