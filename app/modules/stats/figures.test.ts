import { describe, expect, test } from "vitest";
import { figuresOf, outcomeOf, sumTallies, tallyOfCase, type CaseForStats } from "./figures";

/** How the procedure's new states count (issue #11): pauses and suspensions never blur "on time". */
describe("outcomes with suspensions and endings", () => {
  const received = new Date("2026-07-03T02:00:00Z");
  const base: CaseForStats = { status: "IN_PROGRESS", receivedAt: received, resolvedAt: null, resolvedOnTime: null, satisfaction: null };
  test.each([
    ["suspended: still owed, in progress", { status: "SUSPENDED" }, "open"],
    ["ended (đình chỉ) on a statutory ground: no longer owed, counted with the withdrawn", { status: "ENDED" }, "withdrawn"],
    ["withdrawn", { status: "WITHDRAWN" }, "withdrawn"],
    ["resolved", { status: "RESOLVED", resolvedAt: new Date("2026-08-10T03:00:00Z") }, "resolved"],
  ] as const)("%s", (_label, over, expected) => {
    expect(outcomeOf({ ...base, ...over })).toBe(expected);
  });

  test("a complaint resolved after its first due date but within the date moved by its suspension is on time; the rate says so", () => {
    // Accepted 3/7, due 3/8; suspended 14 days → due 17/8; resolved 10/8 → stored on time by the transition.
    const suspendedThenResolved = { ...base, status: "CLOSED", resolvedAt: new Date("2026-08-10T03:00:00Z"), resolvedOnTime: true };
    const late = { ...base, status: "RESOLVED", resolvedAt: new Date("2026-08-20T03:00:00Z"), resolvedOnTime: false };
    const ended = { ...base, status: "ENDED" };
    const suspended = { ...base, status: "SUSPENDED" };
    const f = figuresOf(sumTallies([suspendedThenResolved, late, ended, suspended].map(tallyOfCase)));
    expect(f).toMatchObject({ received: 4, resolved: 2, resolvedOnTime: 1, withdrawn: 1, inProgress: 1, onTimeRate: 0.5, resolvedRate: 2 / 3 });
  });
});
