import { roleHasPermission } from "../auth/roles";
import type { CaseStatus } from "./constants";

/**
 * The case state machine (DESIGN.md "The case workflow"). Pure: given a case's
 * state, an action and who asks, it says whether the action is allowed and
 * what the new status is. cases.server.ts applies the answer in one
 * transaction with its event; nothing else changes a case's status.
 */
export const caseActions = [
  "accept",
  "decline",
  "transfer",
  "requestInfo",
  "provideInfo",
  "assign",
  "proposeResolution",
  "approveResolution",
  "returnResolution",
  "extend",
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
  appealDueAt: Date | null;
  satisfaction: number | null;
  hasAppeal: boolean;
};

export type Refusal =
  | "not-allowed-in-status" // the action does not apply to the case's current status
  | "forbidden" // the actor may not do this to this case
  | "no-proposal" // approve / return without a proposed resolution
  | "proposal-pending" // propose again while one waits for the leader
  | "appeal-not-available" // not a first-instance complaint, or already appealed
  | "appeal-window-closed"
  | "appeal-window-open" // auto-close before the window has passed
  | "already-rated";

export type Decision = { ok: true; to: CaseStatus } | { ok: false; reason: Refusal };

const beforeResolution: readonly CaseStatus[] = ["SUBMITTED", "ACCEPTED", "NEEDS_INFO", "IN_PROGRESS"];
const notFinished: readonly CaseStatus[] = [...beforeResolution, "RESOLVED"];

/** Which statuses each action starts from. */
export const allowedFrom: Record<CaseAction, readonly CaseStatus[]> = {
  accept: ["SUBMITTED"],
  decline: ["SUBMITTED"],
  transfer: ["SUBMITTED", "ACCEPTED"],
  requestInfo: ["SUBMITTED", "ACCEPTED", "IN_PROGRESS"],
  provideInfo: ["NEEDS_INFO"],
  assign: ["ACCEPTED", "IN_PROGRESS"],
  proposeResolution: ["IN_PROGRESS"],
  approveResolution: ["IN_PROGRESS"],
  returnResolution: ["IN_PROGRESS"],
  extend: ["ACCEPTED", "NEEDS_INFO", "IN_PROGRESS"],
  withdraw: beforeResolution,
  acceptResolution: ["RESOLVED"],
  appeal: ["RESOLVED"],
  autoClose: ["RESOLVED"],
  rate: ["CLOSED"],
  note: notFinished,
  reply: notFinished,
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
    case "proposeResolution":
      return isHandlerOrLeader(actor, state);
    case "approveResolution":
    case "returnResolution":
    case "extend":
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
    case "proposeResolution":
      if (state.resolutionProposedAt) return { ok: false, reason: "proposal-pending" };
      return { ok: true, to: "IN_PROGRESS" };
    case "approveResolution":
      if (!state.resolutionProposedAt) return { ok: false, reason: "no-proposal" };
      return { ok: true, to: "RESOLVED" };
    case "returnResolution":
      if (!state.resolutionProposedAt) return { ok: false, reason: "no-proposal" };
      return { ok: true, to: "IN_PROGRESS" };
    case "extend":
      return { ok: true, to: state.status };
    case "withdraw":
      return { ok: true, to: "WITHDRAWN" };
    case "acceptResolution":
      return { ok: true, to: "CLOSED" };
    case "appeal":
      if (state.kind !== "COMPLAINT" || state.instance !== 1 || state.hasAppeal) {
        return { ok: false, reason: "appeal-not-available" };
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
