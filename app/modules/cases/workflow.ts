import { roleHasPermission } from "../auth/roles";
import type { CaseStatus } from "./constants";

/**
 * The case state machine (DESIGN.md "The case workflow"; issue #11 for the
 * procedure of the Law on Complaints and the Law on Denunciations as amended
 * by Luật 136/2025). Pure: given a case's state, an action and who asks, it
 * says whether the action is allowed and what the new status is.
 * transitions.server.ts applies the answer in one transaction with its event,
 * and the case pages ask it which actions to offer; nothing else decides.
 *
 * What needs the database (the grounds in force, whether a dialogue was held,
 * the window for a second complaint) is computed by the server and handed in
 * as plain facts in `CaseState`.
 */
export const caseActions = [
  "accept",
  "decline",
  "transfer",
  "requestInfo",
  "provideInfo",
  "assign",
  "setComplexity",
  "recordVerification",
  "proposeResolution",
  "approveResolution",
  "returnResolution",
  "extend",
  "suspend",
  "resume",
  "end",
  "continueResolution",
  "withdraw",
  "acceptResolution",
  "appeal",
  "autoClose",
  "rate",
  "note",
  "reply",
] as const;
export type CaseAction = (typeof caseActions)[number];

export type Actor =
  | { kind: "citizen"; userId: string | null } // null: someone following with code + secret
  | { kind: "staff"; userId: string; role: string; unitId: string | null; unitPath: string | null }
  | { kind: "system" };

/** Whether the resolution waits for a dialogue (Luật Khiếu nại Điều 30, 39): none needed, needed and not yet held, held. */
export type DialogueGate = "NONE" | "REQUIRED" | "HELD";

export type CaseState = {
  status: CaseStatus;
  kind: string;
  instance: number;
  unitId: string;
  unitPath: string;
  citizenId: string | null;
  assigneeId: string | null;
  statusBeforeInfo: CaseStatus | null;
  resolutionProposedAt: Date | null;
  /** The resolution's due date (with extensions and stopped days). */
  dueAt?: Date | null;
  /**
   * The last moment to file a second complaint: after a decision (stored at
   * approval), or — for an open first-instance complaint past its deadline —
   * counted from that deadline (Điều 33). Null when there is none.
   */
  appealDueAt: Date | null;
  satisfaction: number | null;
  hasAppeal: boolean;
  /** How many statutory grounds to suspend / to end are in force for this kind of case now. */
  suspendGrounds?: number;
  endGrounds?: number;
  dialogue?: DialogueGate;
  /** A denouncer asked to withdraw after acceptance; the resolver ends the case or continues it. */
  withdrawalPending?: boolean;
};

export type Refusal =
  | "not-allowed-in-status" // the action does not apply to the case's current status
  | "forbidden" // the actor may not do this to this case
  | "not-for-this-kind" // e.g. suspending feedback, a dialogue for a denunciation
  | "no-proposal" // approve / return without a proposed resolution
  | "proposal-pending" // propose again while one waits for the leader
  | "dialogue-required" // a complaint's resolution before its mandatory dialogue was held
  | "no-grounds" // no statutory ground to suspend / end is in force
  | "no-withdrawal" // continue despite a withdrawal nobody asked for
  | "appeal-not-available" // not a first-instance complaint, or already appealed
  | "deadline-not-passed" // a second complaint on an open case before its deadline passed
  | "appeal-window-closed"
  | "appeal-window-open" // auto-close before the window has passed
  | "already-rated";

export type Decision = { ok: true; to: CaseStatus } | { ok: false; reason: Refusal };

const beforeResolution: readonly CaseStatus[] = ["SUBMITTED", "ACCEPTED", "NEEDS_INFO", "IN_PROGRESS", "SUSPENDED"];
const notFinished: readonly CaseStatus[] = [...beforeResolution, "RESOLVED"];
const accepted: readonly CaseStatus[] = ["ACCEPTED", "NEEDS_INFO", "IN_PROGRESS"];

/** Which statuses each action starts from. */
export const allowedFrom: Record<CaseAction, readonly CaseStatus[]> = {
  accept: ["SUBMITTED"],
  decline: ["SUBMITTED"],
  transfer: ["SUBMITTED", "ACCEPTED"],
  requestInfo: ["SUBMITTED", "ACCEPTED", "IN_PROGRESS"],
  provideInfo: ["NEEDS_INFO"],
  assign: ["ACCEPTED", "IN_PROGRESS"],
  // Complexity is decided when it is known: at receipt (a denunciation verified at several places) or while handled.
  setComplexity: ["SUBMITTED", ...accepted, "SUSPENDED"],
  recordVerification: ["ACCEPTED", "IN_PROGRESS"],
  proposeResolution: ["IN_PROGRESS"],
  approveResolution: ["IN_PROGRESS"],
  returnResolution: ["IN_PROGRESS"],
  extend: accepted,
  suspend: ["ACCEPTED", "IN_PROGRESS"],
  resume: ["SUSPENDED"],
  end: [...accepted, "SUSPENDED"],
  // Luật Tố cáo art. 33 k.3; Nghị định 31/2019 art. 4 k.4 as amended by Nghị định 156/2026.
  continueResolution: accepted,
  withdraw: beforeResolution,
  acceptResolution: ["RESOLVED"],
  // After a decision, or when the first-instance deadline passed without one (Luật Khiếu nại Điều 33).
  appeal: ["RESOLVED", ...accepted],
  autoClose: ["RESOLVED"],
  rate: ["CLOSED"],
  note: notFinished,
  reply: notFinished,
};

/** Kinds an action applies to (all kinds when absent). */
const forKinds: Partial<Record<CaseAction, readonly string[]>> = {
  setComplexity: ["COMPLAINT", "DENUNCIATION"],
  recordVerification: ["COMPLAINT"],
  suspend: ["COMPLAINT", "DENUNCIATION"],
  resume: ["COMPLAINT", "DENUNCIATION"],
  end: ["COMPLAINT", "DENUNCIATION"],
  continueResolution: ["DENUNCIATION"],
};

function isStaffOfUnit(actor: Actor, state: CaseState): boolean {
  if (actor.kind !== "staff" || !actor.unitId) return false;
  if (actor.unitId === state.unitId) return true;
  // A leader acts on the cases of the units below theirs.
  return roleHasPermission(actor.role, "case:read:subtree") && !!actor.unitPath && state.unitPath.startsWith(actor.unitPath);
}

function staffMay(actor: Actor, state: CaseState, permission: Parameters<typeof roleHasPermission>[1]): boolean {
  return actor.kind === "staff" && isStaffOfUnit(actor, state) && roleHasPermission(actor.role, permission);
}

function isOwner(actor: Actor, state: CaseState): boolean {
  // A follower with code + secret (userId null) acts for the citizen of an account-less case.
  return actor.kind === "citizen" && (actor.userId === null ? state.citizenId === null : actor.userId === state.citizenId);
}

/** The handler assigned to the case, or a leader of the unit. */
function isHandlerOrLeader(actor: Actor, state: CaseState): boolean {
  if (actor.kind !== "staff") return false;
  if (staffMay(actor, state, "case:approve")) return true;
  return staffMay(actor, state, "case:handle") && actor.userId === state.assigneeId;
}

function mayAct(action: CaseAction, actor: Actor, state: CaseState): boolean {
  switch (action) {
    case "accept":
    case "decline":
    case "transfer":
    case "assign":
      return staffMay(actor, state, "case:triage");
    case "requestInfo":
      return staffMay(actor, state, "case:triage") || isHandlerOrLeader(actor, state);
    case "setComplexity":
      // The resolver decides in writing; at receipt the officer sorting the mail may record it.
      return staffMay(actor, state, "case:approve") || (state.status === "SUBMITTED" && staffMay(actor, state, "case:triage"));
    case "recordVerification":
    case "proposeResolution":
      return isHandlerOrLeader(actor, state);
    case "approveResolution":
    case "returnResolution":
    case "extend":
    case "suspend":
    case "resume":
    case "end":
    case "continueResolution":
      // Decisions of the person who resolves the case (người giải quyết).
      return staffMay(actor, state, "case:approve");
    case "note":
    case "reply":
      return isStaffOfUnit(actor, state) && actor.kind === "staff" && (roleHasPermission(actor.role, "case:triage") || roleHasPermission(actor.role, "case:handle"));
    case "provideInfo":
    case "withdraw":
    case "acceptResolution":
    case "appeal":
    case "rate":
      return isOwner(actor, state);
    case "autoClose":
      return actor.kind === "system";
  }
}

export function decide(action: CaseAction, actor: Actor, state: CaseState, now: Date = new Date()): Decision {
  if (!mayAct(action, actor, state)) return { ok: false, reason: "forbidden" };
  if (!allowedFrom[action].includes(state.status)) return { ok: false, reason: "not-allowed-in-status" };
  const kinds = forKinds[action];
  if (kinds && !kinds.includes(state.kind)) return { ok: false, reason: "not-for-this-kind" };

  switch (action) {
    case "accept":
      return { ok: true, to: "ACCEPTED" };
    case "decline":
      return { ok: true, to: "DECLINED" };
    case "transfer":
      // The competent unit receives it afresh: same code, its own clock.
      return { ok: true, to: "SUBMITTED" };
    case "requestInfo":
      return { ok: true, to: "NEEDS_INFO" };
    case "provideInfo":
      return { ok: true, to: state.statusBeforeInfo ?? "ACCEPTED" };
    case "assign":
      return { ok: true, to: "IN_PROGRESS" };
    case "setComplexity":
      // The acceptance stage has a complex variant only for a denunciation (verified at several places).
      if (state.status === "SUBMITTED" && state.kind !== "DENUNCIATION") return { ok: false, reason: "not-for-this-kind" };
      return { ok: true, to: state.status };
    case "recordVerification":
      return { ok: true, to: state.status };
    case "proposeResolution":
      if (state.resolutionProposedAt) return { ok: false, reason: "proposal-pending" };
      if (state.dialogue === "REQUIRED") return { ok: false, reason: "dialogue-required" };
      return { ok: true, to: "IN_PROGRESS" };
    case "approveResolution":
      if (!state.resolutionProposedAt) return { ok: false, reason: "no-proposal" };
      if (state.dialogue === "REQUIRED") return { ok: false, reason: "dialogue-required" };
      return { ok: true, to: "RESOLVED" };
    case "returnResolution":
      if (!state.resolutionProposedAt) return { ok: false, reason: "no-proposal" };
      return { ok: true, to: "IN_PROGRESS" };
    case "extend":
      return { ok: true, to: state.status };
    case "suspend":
      if (!state.suspendGrounds) return { ok: false, reason: "no-grounds" };
      return { ok: true, to: "SUSPENDED" };
    case "resume":
      return { ok: true, to: state.statusBeforeInfo ?? "IN_PROGRESS" };
    case "end":
      if (!state.endGrounds) return { ok: false, reason: "no-grounds" };
      return { ok: true, to: "ENDED" };
    case "continueResolution":
      if (!state.withdrawalPending) return { ok: false, reason: "no-withdrawal" };
      return { ok: true, to: state.status };
    case "withdraw":
      // An accepted denunciation is not simply dropped: the withdrawal is recorded and the
      // resolver ends it or, on the grounds of Luật Tố cáo Điều 33 k.3, continues (state unchanged).
      if (state.kind === "DENUNCIATION" && state.status !== "SUBMITTED") return { ok: true, to: state.status };
      return { ok: true, to: "WITHDRAWN" };
    case "acceptResolution":
      return { ok: true, to: "CLOSED" };
    case "appeal":
      if (state.kind !== "COMPLAINT" || state.instance !== 1 || state.hasAppeal) {
        return { ok: false, reason: "appeal-not-available" };
      }
      if (state.status !== "RESOLVED" && (!state.dueAt || now.getTime() <= state.dueAt.getTime())) {
        return { ok: false, reason: "deadline-not-passed" };
      }
      if (state.appealDueAt && now.getTime() > state.appealDueAt.getTime()) {
        return { ok: false, reason: "appeal-window-closed" };
      }
      return { ok: true, to: "APPEALED" };
    case "autoClose":
      if (!state.appealDueAt || now.getTime() <= state.appealDueAt.getTime()) return { ok: false, reason: "appeal-window-open" };
      return { ok: true, to: "CLOSED" };
    case "rate":
      if (state.satisfaction !== null) return { ok: false, reason: "already-rated" };
      return { ok: true, to: "CLOSED" };
    case "note":
    case "reply":
      return { ok: true, to: state.status };
  }
}

/** The actions this actor may take on this case now, in the order a page lists them. */
export function availableActions(actor: Actor, state: CaseState, candidates: readonly CaseAction[], now: Date = new Date()): CaseAction[] {
  return candidates.filter((action) => decide(action, actor, state, now).ok);
}
