import { describe, expect, test } from "vitest";
import { caseStatuses, type CaseStatus } from "./constants";
import { allowedFrom, caseActions, decide, type Actor, type CaseAction, type CaseState } from "./workflow";

const unit = { unitId: "ward", unitPath: "/prov/ward/" };
const base: CaseState = {
  status: "SUBMITTED",
  kind: "COMPLAINT",
  instance: 1,
  ...unit,
  citizenId: "citizen-1",
  assigneeId: "handler-1",
  statusBeforeInfo: null,
  resolutionProposedAt: new Date("2026-11-01"),
  appealDueAt: new Date("2026-12-31"),
  satisfaction: null,
  hasAppeal: false,
};
const now = new Date("2026-11-27T03:00:00Z");

const staff = (role: string, userId = `${role.toLowerCase()}-1`, unitId = "ward", unitPath = "/prov/ward/"): Actor => ({
  kind: "staff",
  userId,
  role,
  unitId,
  unitPath,
});
const owner: Actor = { kind: "citizen", userId: "citizen-1" };
const reception = staff("RECEPTION");
const handler = staff("HANDLER");
const leader = staff("LEADER");
const system: Actor = { kind: "system" };

/** Someone who may do the action, whatever the status (the status check is what we test). */
const authorised: Record<CaseAction, Actor> = {
  accept: reception,
  decline: reception,
  transfer: reception,
  requestInfo: handler,
  provideInfo: owner,
  assign: reception,
  proposeResolution: handler,
  approveResolution: leader,
  returnResolution: leader,
  extend: leader,
  withdraw: owner,
  acceptResolution: owner,
  appeal: owner,
  autoClose: { kind: "system" },
  rate: owner,
  note: handler,
  reply: handler,
};

describe("every action from every status", () => {
  const table = caseActions.flatMap((action) => caseStatuses.map((status) => [action, status] as const));
  test.each(table)("%s from %s", (action, status) => {
    const state: CaseState = {
      ...base,
      status,
      // Auto-close needs the appeal window to have passed.
      appealDueAt: action === "autoClose" ? new Date("2026-11-01") : base.appealDueAt,
      resolutionProposedAt: action === "proposeResolution" ? null : base.resolutionProposedAt,
    };
    const decision = decide(action, authorised[action], state, now);
    if (allowedFrom[action].includes(status)) expect(decision.ok).toBe(true);
    else expect(decision).toEqual({ ok: false, reason: "not-allowed-in-status" });
  });
});

describe("the main path", () => {
  test("SUBMITTED → ACCEPTED → NEEDS_INFO → back → IN_PROGRESS → proposed → RESOLVED → CLOSED", () => {
    let state: CaseState = { ...base, resolutionProposedAt: null, assigneeId: null };
    const step = (action: CaseAction, actor: Actor, expected: CaseStatus) => {
      const d = decide(action, actor, state, now);
      expect(d).toEqual({ ok: true, to: expected });
      state = { ...state, status: expected };
    };
    step("accept", reception, "ACCEPTED");
    state = { ...state, statusBeforeInfo: "ACCEPTED" };
    step("requestInfo", reception, "NEEDS_INFO");
    step("provideInfo", owner, "ACCEPTED");
    state = { ...state, assigneeId: "handler-1" };
    step("assign", reception, "IN_PROGRESS");
    step("proposeResolution", handler, "IN_PROGRESS");
    state = { ...state, resolutionProposedAt: now };
    step("approveResolution", leader, "RESOLVED");
    step("acceptResolution", owner, "CLOSED");
    step("rate", owner, "CLOSED");
  });

  test("answering a request for information returns to the state it came from", () => {
    const d = decide("provideInfo", owner, { ...base, status: "NEEDS_INFO", statusBeforeInfo: "IN_PROGRESS" }, now);
    expect(d).toEqual({ ok: true, to: "IN_PROGRESS" });
  });
});

describe("who may act", () => {
  test("staff of another unit are refused every staff action", () => {
    const outsider = staff("LEADER", "leader-x", "other", "/prov/other/");
    for (const action of ["accept", "decline", "transfer", "assign", "approveResolution", "extend", "note"] as const) {
      const status = allowedFrom[action][0]!;
      expect(decide(action, outsider, { ...base, status }, now)).toEqual({ ok: false, reason: "forbidden" });
    }
  });

  test("a leader of the parent unit may act on a child unit's case; a handler there may not", () => {
    const provinceLeader = staff("LEADER", "pl", "prov", "/prov/");
    expect(decide("accept", provinceLeader, base, now).ok).toBe(true);
    expect(decide("accept", staff("HANDLER", "ph", "prov", "/prov/"), base, now)).toEqual({ ok: false, reason: "forbidden" });
  });

  test("only the assigned handler (or a leader) proposes a resolution", () => {
    const state = { ...base, status: "IN_PROGRESS" as const, resolutionProposedAt: null };
    expect(decide("proposeResolution", handler, state, now).ok).toBe(true);
    expect(decide("proposeResolution", staff("HANDLER", "handler-2"), state, now)).toEqual({ ok: false, reason: "forbidden" });
    expect(decide("proposeResolution", leader, state, now).ok).toBe(true);
  });

  test("only a leader approves; a handler cannot approve their own proposal", () => {
    const state = { ...base, status: "IN_PROGRESS" as const };
    expect(decide("approveResolution", handler, state, now)).toEqual({ ok: false, reason: "forbidden" });
    expect(decide("approveResolution", leader, state, now).ok).toBe(true);
  });

  test("another citizen cannot act on the case; a code+secret follower only on an account-less case", () => {
    const other: Actor = { kind: "citizen", userId: "citizen-2" };
    expect(decide("withdraw", other, base, now)).toEqual({ ok: false, reason: "forbidden" });
    const follower: Actor = { kind: "citizen", userId: null };
    expect(decide("withdraw", follower, base, now)).toEqual({ ok: false, reason: "forbidden" });
    expect(decide("withdraw", follower, { ...base, citizenId: null }, now).ok).toBe(true);
  });

  test("staff cannot act for the citizen, and the citizen cannot triage", () => {
    expect(decide("acceptResolution", leader, { ...base, status: "RESOLVED" }, now)).toEqual({ ok: false, reason: "forbidden" });
    expect(decide("accept", owner, base, now)).toEqual({ ok: false, reason: "forbidden" });
  });

  test("only the system auto-closes", () => {
    const state = { ...base, status: "RESOLVED" as const, appealDueAt: new Date("2026-11-01") };
    expect(decide("autoClose", system, state, now).ok).toBe(true);
    expect(decide("autoClose", leader, state, now)).toEqual({ ok: false, reason: "forbidden" });
  });
});

describe("rules beyond status", () => {
  test("approve or return needs a proposal; propose twice is refused", () => {
    const state = { ...base, status: "IN_PROGRESS" as const, resolutionProposedAt: null };
    expect(decide("approveResolution", leader, state, now)).toEqual({ ok: false, reason: "no-proposal" });
    expect(decide("returnResolution", leader, state, now)).toEqual({ ok: false, reason: "no-proposal" });
    expect(decide("proposeResolution", handler, { ...state, resolutionProposedAt: now }, now)).toEqual({ ok: false, reason: "proposal-pending" });
  });

  test("appeal: first-instance complaints only, once, within the window", () => {
    const resolved = { ...base, status: "RESOLVED" as const };
    expect(decide("appeal", owner, resolved, now)).toEqual({ ok: true, to: "APPEALED" });
    expect(decide("appeal", owner, { ...resolved, kind: "FEEDBACK" }, now)).toEqual({ ok: false, reason: "appeal-not-available" });
    expect(decide("appeal", owner, { ...resolved, instance: 2 }, now)).toEqual({ ok: false, reason: "appeal-not-available" });
    expect(decide("appeal", owner, { ...resolved, hasAppeal: true }, now)).toEqual({ ok: false, reason: "appeal-not-available" });
    expect(decide("appeal", owner, { ...resolved, appealDueAt: new Date("2026-11-26") }, now)).toEqual({
      ok: false,
      reason: "appeal-window-closed",
    });
  });

  test("auto-close waits for the appeal window", () => {
    expect(decide("autoClose", system, { ...base, status: "RESOLVED" }, now)).toEqual({ ok: false, reason: "appeal-window-open" });
  });

  test("a case is rated once", () => {
    expect(decide("rate", owner, { ...base, status: "CLOSED", satisfaction: 4 }, now)).toEqual({ ok: false, reason: "already-rated" });
  });
});
