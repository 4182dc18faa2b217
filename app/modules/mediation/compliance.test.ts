import { describe, expect, it } from "vitest";
import { makeCalendar } from "../deadlines/calendar";
import { startBy, startState, teamWarnings, type MediationRules } from "./compliance";

const rules: MediationRules = { minMembers: 3, minWomen: 1, minEthnicMinority: 1, startDays: 3, startDayType: "CALENDAR", basis: { minMembers: "Điều 12 k.1", minWomen: "Điều 12 k.1", minEthnicMinority: "Điều 12 k.1" } };
const m = (gender: string | null, ethnicMinority: boolean | null = false) => ({ gender, ethnicMinority });

describe("team composition (art. 12 k.1): warnings, never a block", () => {
  it.each([
    ["three, a woman among them", false, [m("FEMALE"), m("MALE"), m("MALE")], []],
    ["two members", false, [m("FEMALE"), m("MALE")], ["TOO_FEW_MEMBERS"]],
    ["no woman", false, [m("MALE"), m("MALE"), m("MALE")], ["NO_WOMAN"]],
    ["gender not recorded counts as no woman", false, [m(null), m("MALE"), m("MALE")], ["NO_WOMAN"]],
    ["an ethnic area without an ethnic-minority mediator", true, [m("FEMALE"), m("MALE"), m("MALE")], ["NO_ETHNIC_MINORITY"]],
    ["an ethnic area with one", true, [m("FEMALE", true), m("MALE"), m("MALE")], []],
    ["the ethnic rule does not apply elsewhere", false, [m("FEMALE"), m("MALE"), m("MALE")], []],
    ["empty team", true, [], ["TOO_FEW_MEMBERS", "NO_WOMAN", "NO_ETHNIC_MINORITY"]],
  ] as const)("%s", (_, ethnicArea, members, codes) => {
    expect(teamWarnings({ ethnicArea }, members, rules).map((w) => w.code)).toEqual(codes);
  });

  it("a warning says how many members have no recorded gender", () => {
    expect(teamWarnings({ ethnicArea: false }, [m(null), m(null), m("MALE")], rules)[0]).toMatchObject({ code: "NO_WOMAN", unrecorded: 2 });
  });
});

describe("start within 3 days of assignment (art. 20 k.2)", () => {
  const cal = makeCalendar([{ date: "2026-09-01", type: "HOLIDAY" }, { date: "2026-09-02", type: "HOLIDAY" }]);
  it.each([
    ["2026-11-02T03:00:00Z", "2026-11-05T16:59:59.999Z"], // Monday → end of Thursday
    ["2026-11-04T03:00:00Z", "2026-11-09T16:59:59.999Z"], // Wednesday → Saturday falls on a day off: end of Monday (Civil Code art. 148 k.5)
    ["2026-11-04T18:00:00Z", "2026-11-09T16:59:59.999Z"], // 01:00 Thursday in Vietnam → Sunday → Monday
    ["2026-08-30T03:00:00Z", "2026-09-03T16:59:59.999Z"], // ends on 2/9 (holiday) → 3/9
  ])("assigned %s: start by %s", (assigned, due) => {
    expect(startBy(new Date(assigned), rules, cal).toISOString()).toBe(due);
  });

  const deadline = new Date("2026-11-05T16:59:59.999Z");
  it.each([
    [{ status: "OPEN", assignedAt: null, firstSessionAt: null }, null, "UNASSIGNED"],
    [{ status: "OPEN", assignedAt: new Date("2026-11-02T03:00:00Z"), firstSessionAt: null }, deadline, "DUE"],
    [{ status: "OPEN", assignedAt: new Date("2026-11-02T03:00:00Z"), firstSessionAt: new Date("2026-11-04T03:00:00Z") }, deadline, "STARTED"],
    [{ status: "OPEN", assignedAt: new Date("2026-11-02T03:00:00Z"), firstSessionAt: new Date("2026-11-06T03:00:00Z") }, deadline, "STARTED_LATE"],
    [{ status: "WITHDRAWN", assignedAt: new Date("2026-11-02T03:00:00Z"), firstSessionAt: null }, deadline, null],
  ] as const)("%o", (state, due, expected) => {
    expect(startState(state, due, new Date("2026-11-05T10:00:00Z"))).toBe(expected);
  });
  it("overdue the day after the deadline", () => {
    expect(startState({ status: "OPEN", assignedAt: new Date("2026-11-02T03:00:00Z"), firstSessionAt: null }, deadline, new Date("2026-11-05T17:00:00Z"))).toBe("OVERDUE");
  });
});
