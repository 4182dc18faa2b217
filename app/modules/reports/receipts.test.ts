import { describe, expect, test } from "vitest";
import { deadlineAt, receiptsOf, type CaseFacts, type EventFacts } from "./receipts";

const at = (s: string) => new Date(`${s}T03:00:00Z`);
const base: CaseFacts = { id: "c1", kind: "COMPLAINT", instance: 1, anonymous: false, originUnitId: "A", unitId: "A", submittedAt: at("2026-10-01"), declineCode: null };
const ev = (type: string, day: string, data?: Record<string, unknown>): EventFacts => ({ type, createdAt: at(day), data: data ? JSON.stringify(data) : null });

describe("a petition's path through the units", () => {
  test("received and still waiting: one receipt, no decision", () => {
    const [r, ...rest] = receiptsOf(base, [ev("SUBMITTED", "2026-10-01"), ev("NOTE", "2026-10-02")]);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ unitId: "A", receivedAt: at("2026-10-01"), triage: null, end: null });
  });

  test("accepted, extended and resolved on time: the deadlines in force follow the events", () => {
    const [r] = receiptsOf(base, [
      ev("ACCEPTED", "2026-10-03", { dueAt: "2026-11-02T16:59:59.999Z" }),
      ev("EXTENDED", "2026-10-30", { dueAt: "2026-11-17T16:59:59.999Z", previousDueAt: "2026-11-02T16:59:59.999Z" }),
      ev("RESOLVED", "2026-11-10", { onTime: true }),
      ev("CLOSED", "2026-11-20"),
    ]);
    expect(r!.triage).toEqual({ outcome: "accepted", at: at("2026-10-03"), declineCode: null });
    expect(r!.end).toEqual({ outcome: "resolved", at: at("2026-11-10"), onTime: true });
    expect(deadlineAt(r!, at("2026-10-15"))).toEqual(new Date("2026-11-02T16:59:59.999Z"));
    expect(deadlineAt(r!, at("2026-11-01"))).toEqual(new Date("2026-11-17T16:59:59.999Z"));
    expect(deadlineAt(r!, at("2026-10-02"))).toBeNull();
  });

  test("declined: the reason code from the event, else the case's", () => {
    expect(receiptsOf(base, [ev("DECLINED", "2026-10-02", { reasonCode: "OUT_OF_TIME" })])[0]!.triage).toMatchObject({ outcome: "declined", declineCode: "OUT_OF_TIME" });
    expect(receiptsOf({ ...base, declineCode: "NOT_ELIGIBLE" }, [ev("DECLINED", "2026-10-02")])[0]!.triage).toMatchObject({ declineCode: "NOT_ELIGIBLE" });
  });

  test("withdrawn before a decision is the triage; after acceptance it ends the handling", () => {
    expect(receiptsOf(base, [ev("WITHDRAWN", "2026-10-02")])[0]!.triage?.outcome).toBe("withdrawn");
    const [r] = receiptsOf(base, [ev("ACCEPTED", "2026-10-02"), ev("WITHDRAWN", "2026-10-09")]);
    expect(r!.end).toEqual({ outcome: "withdrawn", at: at("2026-10-09"), onTime: null });
  });

  test("transferred twice: a receipt at each unit, by id or (older events) by name", () => {
    const c = { ...base, unitId: "C" };
    const byName = (n: string) => (n === "Unit B" ? "B" : null);
    const receipts = receiptsOf(
      c,
      [
        ev("TRANSFERRED", "2026-10-02", { toUnit: "Unit B" }),
        ev("ACCEPTED", "2026-10-04"),
        ev("TRANSFERRED", "2026-10-06", { toUnit: "Unit C", toUnitId: "C" }),
        ev("ACCEPTED", "2026-10-08"),
      ],
      byName,
    );
    expect(receipts.map((r) => [r.unitId, r.triage?.outcome ?? null, r.end?.outcome ?? null])).toEqual([
      ["A", "transferred", null],
      ["B", "accepted", "transferred"],
      ["C", "accepted", null],
    ]);
    expect(receipts[2]!.receivedAt).toEqual(at("2026-10-06"));
  });

  test("an old transfer whose target cannot be found: the last one goes to the current unit, an earlier one ends the path", () => {
    expect(receiptsOf({ ...base, unitId: "Z" }, [ev("TRANSFERRED", "2026-10-02", { toUnit: "Gone" })]).map((r) => r.unitId)).toEqual(["A", "Z"]);
    expect(
      receiptsOf({ ...base, unitId: "Z" }, [ev("TRANSFERRED", "2026-10-02", { toUnit: "Gone" }), ev("TRANSFERRED", "2026-10-05", { toUnitId: "Z" })]).map((r) => r.unitId),
    ).toEqual(["A"]);
  });

  test("events in any order, unknown types and bad data pass by", () => {
    const [r] = receiptsOf(base, [ev("RESOLVED", "2026-10-09", { onTime: false }), ev("SUSPENDED", "2026-10-05", { reason: "x" }), { type: "ACCEPTED", createdAt: at("2026-10-03"), data: "{not json" }]);
    expect(r!.triage?.outcome).toBe("accepted");
    expect(r!.end).toMatchObject({ outcome: "resolved", onTime: false });
    expect(r!.deadlines).toEqual([]);
  });
});
