/**
 * Facts of the procedure the state machine needs but cannot look up itself:
 * the grounds in force, whether the mandatory dialogue is held, the window
 * for a second complaint on an unresolved case. Pure: the server loads the
 * rows and hands them in; every page and the transition service build the
 * case's state here, so they never disagree.
 */
import type { WorkCalendar } from "../deadlines/calendar";
import { appealWindowEnd, pickRule, ruleInForce, ruleOfClock, type DeadlineRuleData } from "../deadlines/rules";
import { isCaseStatus, type CaseStatus } from "./constants";
import type { CaseState, DialogueGate } from "./workflow";

export const groundActions = ["SUSPEND", "END", "WITHDRAW"] as const;
export type GroundAction = (typeof groundActions)[number];

export type GroundData = {
  code: string;
  kind: string;
  action: string;
  labelVi: string;
  labelEn: string;
  legalBasis: string;
  basisStatus: string;
  sourceUrl: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  sortOrder: number;
};

/** The grounds for an action on a kind of case in force at `at`, in their order. */
export function groundsInForce<G extends GroundData>(grounds: readonly G[], q: { kind: string; action: GroundAction; at: Date }): G[] {
  return grounds.filter((g) => g.kind === q.kind && g.action === q.action && ruleInForce(g, q.at)).sort((a, b) => a.sortOrder - b.sortOrder);
}

/**
 * The dialogue a complaint's resolution waits for, from the RESOLVE rule's
 * `dialogue` column: ALWAYS (second instance, Điều 39), WHEN_DIFFERS (first
 * instance, when the officer recorded that the demand and the verification
 * result differ, Điều 30), or NONE.
 */
export function dialogueGate(requirement: string | null | undefined, demandDiffers: boolean | null, held: boolean): DialogueGate {
  const needed = requirement === "ALWAYS" || (requirement === "WHEN_DIFFERS" && demandDiffers === true);
  if (!needed) return "NONE";
  return held ? "HELD" : "REQUIRED";
}

export type CaseForState = {
  status: string;
  kind: string;
  instance: number;
  unitId: string;
  unit: { path: string };
  citizenId: string | null;
  assigneeId: string | null;
  statusBeforeInfo: string | null;
  resolutionProposedAt: Date | null;
  acceptedAt: Date | null;
  dueAt: Date | null;
  appealDueAt: Date | null;
  satisfaction: number | null;
  demandDiffers: boolean | null;
  resolveRuleId: string | null;
  remoteArea: boolean;
  withdrawalRequestedAt: Date | null;
};

const awaitingResolution: readonly string[] = ["ACCEPTED", "NEEDS_INFO", "IN_PROGRESS"];

/**
 * The window for a second complaint: stored at the first-instance decision;
 * for an open first-instance complaint whose deadline has passed, counted from
 * that deadline by the APPEAL rule in force on it (Luật Khiếu nại Điều 33).
 */
export function secondComplaintDueAt<R extends DeadlineRuleData>(
  c: Pick<CaseForState, "status" | "kind" | "instance" | "dueAt" | "appealDueAt" | "remoteArea">,
  rules: readonly R[],
  cal: WorkCalendar,
): Date | null {
  if (c.status === "RESOLVED") return c.appealDueAt;
  if (c.kind !== "COMPLAINT" || c.instance !== 1 || !c.dueAt || !awaitingResolution.includes(c.status)) return null;
  const rule = pickRule(rules, { kind: "COMPLAINT", instance: 1, stage: "APPEAL", at: c.dueAt });
  return rule ? appealWindowEnd(rule, cal, { from: c.dueAt, remote: c.remoteArea }) : null;
}

/** The state machine's view of a case, with the procedure's facts. */
export function caseStateOf<R extends DeadlineRuleData & { id: string }, G extends GroundData>(
  c: CaseForState,
  facts: { rules: readonly R[]; calendar: WorkCalendar; grounds: readonly G[]; dialogueHeld: boolean; hasAppeal: boolean; now: Date },
): CaseState {
  const status: CaseStatus = isCaseStatus(c.status) ? c.status : "SUBMITTED";
  const resolveRule = c.acceptedAt
    ? ruleOfClock(facts.rules, { ruleId: c.resolveRuleId, kind: c.kind, instance: c.instance, stage: "RESOLVE", startedAt: c.acceptedAt })
    : null;
  return {
    status,
    kind: c.kind,
    instance: c.instance,
    unitId: c.unitId,
    unitPath: c.unit.path,
    citizenId: c.citizenId,
    assigneeId: c.assigneeId,
    statusBeforeInfo: isCaseStatus(c.statusBeforeInfo) ? c.statusBeforeInfo : null,
    resolutionProposedAt: c.resolutionProposedAt,
    dueAt: c.dueAt,
    appealDueAt: secondComplaintDueAt(c, facts.rules, facts.calendar),
    satisfaction: c.satisfaction,
    hasAppeal: facts.hasAppeal,
    suspendGrounds: groundsInForce(facts.grounds, { kind: c.kind, action: "SUSPEND", at: facts.now }).length,
    endGrounds: groundsInForce(facts.grounds, { kind: c.kind, action: "END", at: facts.now }).length,
    dialogue: c.kind === "COMPLAINT" ? dialogueGate(resolveRule?.dialogue, c.demandDiffers, facts.dialogueHeld) : "NONE",
    withdrawalPending: !!c.withdrawalRequestedAt,
  };
}
