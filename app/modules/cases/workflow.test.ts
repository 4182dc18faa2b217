import { describe, expect, test } from "vitest";
import { caseStatuses, type CaseStatus } from "./constants";
import { allowedFrom, availableActions, caseActions, decide, type Actor, type CaseAction, type CaseState } from "./workflow";

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
  suspendGrounds: 2,
  endGrounds: 3,
  dialogue: "NONE",
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
  setComplexity: leader,
  recordVerification: handler,
  proposeResolution: handler,
  approveResolution: leader,
  returnResolution: leader,
  extend: leader,
  suspend: leader,
  resume: leader,
  end: leader,
  continueResolution: leader,
  withdraw: owner,
  acceptResolution: owner,
  appeal: owner,
  autoClose: { kind: "system" },
  rate: owner,
  note: handler,
  reply: handler,
};

/** What each allowed action leads to, from a status (the rest of the table: refused as not allowed in that status). */
const expectedTo: Record<CaseAction, (from: CaseStatus) => CaseStatus> = {
  accept: () => "ACCEPTED",
  decline: () => "DECLINED",
  transfer: () => "SUBMITTED",
  requestInfo: () => "NEEDS_INFO",
  provideInfo: () => "IN_PROGRESS", // statusBeforeInfo in the table's state
  assign: () => "IN_PROGRESS",
  setComplexity: (from) => from,
  recordVerification: (from) => from,
  proposeResolution: () => "IN_PROGRESS",
  approveResolution: () => "RESOLVED",
  returnResolution: () => "IN_PROGRESS",
  extend: (from) => from,
  suspend: () => "SUSPENDED",
  resume: () => "IN_PROGRESS",
  end: () => "ENDED",
  continueResolution: (from) => from,
  withdraw: () => "WITHDRAWN",
  acceptResolution: () => "CLOSED",
  appeal: () => "APPEALED",
  autoClose: () => "CLOSED",
  rate: () => "CLOSED",
  note: (from) => from,
  reply: (from) => from,
};

describe("every action from every status", () => {
  const table = caseActions.flatMap((action) => caseStatuses.map((status) => [action, status] as const));
  test.each(table)("%s from %s", (action, status) => {
    const state: CaseState = {
      ...base,
      status,
      statusBeforeInfo: "IN_PROGRESS",
      // Complexity at receipt exists for a denunciation only (the 10-working-day acceptance).
      kind: action === "setComplexity" || action === "continueResolution" ? "DENUNCIATION" : base.kind,
      withdrawalPending: action === "continueResolution",
      // Auto-close needs the appeal window to have passed; a second complaint on an open case needs its deadline passed.
      appealDueAt: action === "autoClose" ? new Date("2026-11-01") : base.appealDueAt,
      dueAt: new Date("2026-11-20"),
      resolutionProposedAt: action === "proposeResolution" ? null : base.resolutionProposedAt,
    };
    const decision = decide(action, authorised[action], state, now);
    if (allowedFrom[action].includes(status)) expect(decision).toEqual({ ok: true, to: expectedTo[action](status) });
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

describe("the procedure of the Law on Complaints and the Law on Denunciations", () => {
  const inProgress = { ...base, status: "IN_PROGRESS" as const, resolutionProposedAt: null };

  test("a complaint's resolution waits for its mandatory dialogue (art. 30, 39): propose and approve are refused until it is held", () => {
    const waiting = { ...inProgress, dialogue: "REQUIRED" as const };
    expect(decide("proposeResolution", handler, waiting, now)).toEqual({ ok: false, reason: "dialogue-required" });
    expect(decide("approveResolution", leader, { ...waiting, resolutionProposedAt: now }, now)).toEqual({ ok: false, reason: "dialogue-required" });
    expect(decide("proposeResolution", handler, { ...waiting, dialogue: "HELD" }, now).ok).toBe(true);
    expect(decide("approveResolution", leader, { ...waiting, dialogue: "HELD", resolutionProposedAt: now }, now).ok).toBe(true);
  });

  test("suspend and end need a statutory ground in force; only the resolver (a leader) decides; feedback cannot be suspended", () => {
    expect(decide("suspend", leader, { ...inProgress, suspendGrounds: 0 }, now)).toEqual({ ok: false, reason: "no-grounds" });
    expect(decide("end", leader, { ...inProgress, endGrounds: 0 }, now)).toEqual({ ok: false, reason: "no-grounds" });
    expect(decide("suspend", handler, inProgress, now)).toEqual({ ok: false, reason: "forbidden" });
    expect(decide("suspend", leader, { ...inProgress, kind: "FEEDBACK" }, now)).toEqual({ ok: false, reason: "not-for-this-kind" });
    expect(decide("resume", leader, { ...inProgress, status: "SUSPENDED", statusBeforeInfo: "ACCEPTED" }, now)).toEqual({ ok: true, to: "ACCEPTED" });
  });

  test("a second complaint when the first-instance deadline passed without a decision (art. 33), within the window counted from it", () => {
    const open = { ...inProgress, dueAt: new Date("2026-11-20T16:59:59.999Z"), appealDueAt: new Date("2026-12-21T16:59:59.999Z") };
    expect(decide("appeal", owner, open, now)).toEqual({ ok: true, to: "APPEALED" });
    expect(decide("appeal", owner, { ...open, dueAt: new Date("2026-12-01") }, now)).toEqual({ ok: false, reason: "deadline-not-passed" });
    expect(decide("appeal", owner, { ...open, appealDueAt: new Date("2026-11-26") }, now)).toEqual({ ok: false, reason: "appeal-window-closed" });
    expect(decide("appeal", owner, { ...open, status: "SUSPENDED" }, now)).toEqual({ ok: false, reason: "not-allowed-in-status" });
    expect(decide("appeal", owner, { ...open, instance: 2 }, now)).toEqual({ ok: false, reason: "appeal-not-available" });
  });

  test("an accepted denunciation's withdrawal is recorded, not a silent close; before acceptance it withdraws", () => {
    const denunciation = { ...inProgress, kind: "DENUNCIATION" };
    expect(decide("withdraw", owner, denunciation, now)).toEqual({ ok: true, to: "IN_PROGRESS" });
    expect(decide("withdraw", owner, { ...denunciation, status: "SUBMITTED" }, now)).toEqual({ ok: true, to: "WITHDRAWN" });
    expect(decide("withdraw", owner, inProgress, now)).toEqual({ ok: true, to: "WITHDRAWN" });
  });

  test("a denunciation continues despite a withdrawal only when one was asked, by the resolver", () => {
    const asked = { ...inProgress, kind: "DENUNCIATION", withdrawalPending: true };
    expect(decide("continueResolution", leader, asked, now)).toEqual({ ok: true, to: "IN_PROGRESS" });
    expect(decide("continueResolution", leader, { ...asked, withdrawalPending: false }, now)).toEqual({ ok: false, reason: "no-withdrawal" });
    expect(decide("continueResolution", handler, asked, now)).toEqual({ ok: false, reason: "forbidden" });
  });

  test("complexity: the reception officer may record it at receipt for a denunciation only; later only a leader decides", () => {
    expect(decide("setComplexity", reception, { ...base, kind: "DENUNCIATION" }, now)).toEqual({ ok: true, to: "SUBMITTED" });
    expect(decide("setComplexity", reception, base, now)).toEqual({ ok: false, reason: "not-for-this-kind" });
    expect(decide("setComplexity", reception, inProgress, now)).toEqual({ ok: false, reason: "forbidden" });
    expect(decide("setComplexity", leader, inProgress, now)).toEqual({ ok: true, to: "IN_PROGRESS" });
    expect(decide("setComplexity", leader, { ...inProgress, kind: "FEEDBACK" }, now)).toEqual({ ok: false, reason: "not-for-this-kind" });
  });

  test("the verification result is recorded for complaints only, by the handler or a leader", () => {
    expect(decide("recordVerification", handler, inProgress, now).ok).toBe(true);
    expect(decide("recordVerification", handler, { ...inProgress, kind: "DENUNCIATION" }, now)).toEqual({ ok: false, reason: "not-for-this-kind" });
    expect(decide("recordVerification", staff("HANDLER", "handler-2"), inProgress, now)).toEqual({ ok: false, reason: "forbidden" });
  });

  test("the actions a leader sees on a suspended complaint", () => {
    const suspended = { ...inProgress, status: "SUSPENDED" as const };
    expect(availableActions(leader, suspended, caseActions, now)).toEqual(["setComplexity", "resume", "end", "note", "reply"]);
  });
});
