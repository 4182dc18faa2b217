/**
 * What a case waits for now, and which of the allowed actions is the next
 * one: the case pages lead with it. Pure; the allowed actions come from the
 * state machine (workflow.ts), never decided here.
 */
import type { CaseAction, DialogueGate } from "./workflow";

export type StepKey = "SUBMITTED" | "ACCEPTED" | "IN_PROGRESS" | "PROPOSED" | "NEEDS_INFO" | "SUSPENDED" | "DIALOGUE" | "WITHDRAWAL" | "DONE";

export type StepCase = {
  status: string;
  resolutionProposedAt: Date | string | null;
  withdrawalRequestedAt: Date | string | null;
  acceptDueAt: Date | string | null;
  dueAt: Date | string | null;
  pausedAt: Date | string | null;
};

/** The step the case is at, and the date that goes with it (a due date, or when a suspension or withdrawal began). */
export function nextStep(c: StepCase, dialogue: DialogueGate): { key: StepKey; date: Date | string | null } {
  const waitingForResolution = c.status === "ACCEPTED" || c.status === "IN_PROGRESS";
  if (c.withdrawalRequestedAt && (waitingForResolution || c.status === "NEEDS_INFO")) return { key: "WITHDRAWAL", date: c.withdrawalRequestedAt };
  if (dialogue === "REQUIRED" && waitingForResolution) return { key: "DIALOGUE", date: c.dueAt };
  switch (c.status) {
    case "SUBMITTED":
      return { key: "SUBMITTED", date: c.acceptDueAt };
    case "ACCEPTED":
      return { key: "ACCEPTED", date: c.dueAt };
    case "IN_PROGRESS":
      return { key: c.resolutionProposedAt ? "PROPOSED" : "IN_PROGRESS", date: c.dueAt };
    case "NEEDS_INFO":
      return { key: "NEEDS_INFO", date: null };
    case "SUSPENDED":
      return { key: "SUSPENDED", date: c.pausedAt };
    default:
      return { key: "DONE", date: null };
  }
}

/** Staff actions in the order the case page lists them (the primary one is moved first). */
export const staffActionOrder = [
  "accept",
  "assign",
  "proposeResolution",
  "approveResolution",
  "returnResolution",
  "recordVerification",
  "requestInfo",
  "reply",
  "note",
  "setComplexity",
  "extend",
  "suspend",
  "resume",
  "transfer",
  "decline",
  "continueResolution",
  "end",
] as const satisfies readonly CaseAction[];
export type StaffAction = (typeof staffActionOrder)[number];

/** A page-level action that is not a transition: put the case on a dialogue session's agenda. */
export type PageAction = StaffAction | "scheduleDialogue";

/** The action the case waits for, among those allowed (null when nothing waits on this person). */
export function primaryAction(allowed: readonly PageAction[], c: StepCase, dialogue: DialogueGate): PageAction | null {
  const step = nextStep(c, dialogue).key;
  const wanted: Record<StepKey, PageAction[]> = {
    SUBMITTED: ["accept"],
    ACCEPTED: ["assign"],
    IN_PROGRESS: ["proposeResolution"],
    PROPOSED: ["approveResolution"],
    NEEDS_INFO: [],
    SUSPENDED: ["resume"],
    DIALOGUE: ["scheduleDialogue"],
    WITHDRAWAL: ["end"],
    DONE: [],
  };
  return wanted[step].find((a) => allowed.includes(a)) ?? null;
}

/** The allowed actions, the primary one first, then in the page's order. */
export function orderedActions(allowed: readonly PageAction[], primary: PageAction | null): PageAction[] {
  const order: readonly PageAction[] = [...staffActionOrder, "scheduleDialogue"];
  const rest = order.filter((a) => a !== primary && allowed.includes(a));
  return primary ? [primary, ...rest] : rest;
}
