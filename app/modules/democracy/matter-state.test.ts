import { describe, expect, test } from "vitest";
import { allowedActions, matterActions, matterPhase, mayDo, type MatterAction, type MatterFacts } from "./matter-state";

const opensAt = new Date("2026-05-01T08:00:00+07:00");
const closesAt = new Date("2026-05-15T17:00:00+07:00");
const before = new Date("2026-04-30T08:00:00+07:00");
const during = new Date("2026-05-10T08:00:00+07:00");
const after = new Date("2026-05-16T08:00:00+07:00");

const ballot: MatterFacts = { form: "BALLOT", status: "OPEN", online: true, opensAt, closesAt, minutesRecorded: false };
const paperOnly: MatterFacts = { ...ballot, online: false };
const meeting: MatterFacts = { form: "MEETING", status: "OPEN", online: false, opensAt, closesAt, minutesRecorded: false };
const meetingMinuted: MatterFacts = { ...meeting, minutesRecorded: true };

describe("the phase of a matter", () => {
  test.each([
    [ballot, before, "UPCOMING"],
    [ballot, opensAt, "VOTING"], // from its first instant
    [ballot, during, "VOTING"],
    [ballot, closesAt, "COUNTING"], // closesAt is the end: no vote at that instant
    [ballot, after, "COUNTING"],
    [{ ...ballot, status: "CLOSED" }, during, "CLOSED"],
    [{ ...ballot, status: "DECIDED" }, after, "DECIDED"],
    [{ ...ballot, status: "CANCELLED" }, during, "CANCELLED"],
  ] as const)("%o at %s → %s", (m, now, phase) => {
    expect(matterPhase(m, now)).toBe(phase);
  });
});

// Every action × situation: ✓ allowed, or the reason it is refused.
const table: [string, MatterFacts, Date, Record<MatterAction, string>][] = [
  ["online ballot, before", ballot, before, { vote: "notOpenYet", recordPaper: "notOpenYet", recordMinutes: "notMeeting", close: "notOver", recordDecision: "notClosed", cancel: "✓" }],
  ["online ballot, during", ballot, during, { vote: "✓", recordPaper: "✓", recordMinutes: "notMeeting", close: "notOver", recordDecision: "notClosed", cancel: "✓" }],
  ["online ballot, after the period", ballot, after, { vote: "periodOver", recordPaper: "✓", recordMinutes: "notMeeting", close: "✓", recordDecision: "notClosed", cancel: "✓" }],
  ["paper-only ballot, during", paperOnly, during, { vote: "notOnline", recordPaper: "✓", recordMinutes: "notMeeting", close: "notOver", recordDecision: "notClosed", cancel: "✓" }],
  ["closed ballot", { ...ballot, status: "CLOSED" }, after, { vote: "periodOver", recordPaper: "finished", recordMinutes: "notMeeting", close: "finished", recordDecision: "✓", cancel: "finished" }],
  ["decided ballot", { ...ballot, status: "DECIDED" }, after, { vote: "periodOver", recordPaper: "finished", recordMinutes: "notMeeting", close: "finished", recordDecision: "finished", cancel: "finished" }],
  ["cancelled ballot", { ...ballot, status: "CANCELLED" }, during, { vote: "periodOver", recordPaper: "finished", recordMinutes: "notMeeting", close: "finished", recordDecision: "finished", cancel: "finished" }],
  ["meeting, before", meeting, before, { vote: "notBallot", recordPaper: "notBallot", recordMinutes: "notOpenYet", close: "noMinutes", recordDecision: "notClosed", cancel: "✓" }],
  ["meeting held, no minutes yet", meeting, during, { vote: "notBallot", recordPaper: "notBallot", recordMinutes: "✓", close: "noMinutes", recordDecision: "notClosed", cancel: "✓" }],
  ["meeting with minutes", meetingMinuted, during, { vote: "notBallot", recordPaper: "notBallot", recordMinutes: "✓", close: "✓", recordDecision: "notClosed", cancel: "✓" }],
  ["closed meeting", { ...meetingMinuted, status: "CLOSED" }, after, { vote: "notBallot", recordPaper: "notBallot", recordMinutes: "finished", close: "finished", recordDecision: "✓", cancel: "finished" }],
];

describe.each(table)("%s", (_name, m, now, expected) => {
  test.each(matterActions.map((a) => [a]))("%s", (action) => {
    const r = mayDo(action, m, now);
    expect(r.ok ? "✓" : r.reason).toBe(expected[action]);
  });
});

test("the action the matter waits for comes first", () => {
  expect(allowedActions(ballot, after)).toEqual(["close", "recordPaper", "cancel"]);
  expect(allowedActions(meetingMinuted, during)).toEqual(["close", "recordMinutes", "cancel"]);
  expect(allowedActions({ ...ballot, status: "CLOSED" }, after)).toEqual(["recordDecision"]);
});
