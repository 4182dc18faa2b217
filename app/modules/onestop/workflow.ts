import { roleHasPermission } from "../auth/roles";
import type { DossierStatus, StepKind } from "./constants";

/**
 * A dossier's states and steps (Decree 118/2025/NĐ-CP), decided without the
 * database: given the dossier's state, an action and who asks, whether it is
 * allowed and the status that follows. dossiers.server.ts applies the answer
 * in one transaction with its event; nothing else changes a dossier's status.
 *
 *   SUBMITTED ─accept──────────▶ PROCESSING ─completeStep…─▶ RESULT_READY ─returnResult─▶ RETURNED (rate)
 *     │  ▲                         │    ▲
 *     │  └supply── NEEDS_SUPPLEMENT ◀──requestSupplement (once per stage; processing: within 3 working days)
 *     ├─refuseAtIntake─▶ REFUSED_AT_INTAKE      NEEDS_SUPPLEMENT ─close (system, 15 days)─▶ CLOSED
 *     └─withdraw (before the result) ─▶ WITHDRAWN            PROCESSING ─apologise (once, before the due date)─▶ PROCESSING
 */
export const dossierActions = [
  "accept",
  "requestSupplement",
  "supply",
  "refuseAtIntake",
  "completeStep",
  "apologise",
  "returnResult",
  "withdraw",
  "close",
  "rate",
  "note",
] as const;
export type DossierAction = (typeof dossierActions)[number];

export type DossierActor =
  | { kind: "citizen"; userId: string }
  | { kind: "staff"; userId: string; role: string; unitId: string | null }
  | { kind: "system" };

export type DossierState = {
  status: DossierStatus;
  channel: string;
  citizenId: string | null;
  deskUnitId: string;
  unitId: string;
  /** The step the dossier is at (PROCESSING), and the kind of the one after it. */
  step: { kind: StepKind; unitId: string } | null;
  nextStepKind: StepKind | null;
  supplementStage: "INTAKE" | "PROCESSING" | null;
  intakeSupplements: number;
  processingSupplements: number;
  /** From the rules: requests allowed per stage, and re-appointments. */
  supplementsPerStage: number;
  reappointments: number;
  /** Until when a processing supplement may be asked (receipt + 3 working days), and when an unanswered request expires. */
  processingSupplementUntil: Date | null;
  supplementExpiresAt: Date | null;
  dueAt: Date | null;
  apologies: number;
  rating: number | null;
};

export type DossierRefusal =
  | "forbidden"
  | "not-allowed-in-status"
  | "supplement-limit" // asked once already at this stage (art. 11 k.2 c)
  | "supplement-window-closed" // more than 3 working days after receipt (art. 19 k.5)
  | "supplement-not-expired" // closing before the 15 days have passed
  | "apology-limit" // the return date was set again once already (art. 19 k.6)
  | "apology-too-late" // the due date has passed
  | "already-rated";

export type DossierDecision = { ok: true; to: DossierStatus } | { ok: false; reason: DossierRefusal };

/** Which statuses each action starts from. */
export const dossierAllowedFrom: Record<DossierAction, readonly DossierStatus[]> = {
  accept: ["SUBMITTED"],
  requestSupplement: ["SUBMITTED", "PROCESSING"],
  supply: ["NEEDS_SUPPLEMENT"],
  refuseAtIntake: ["SUBMITTED"],
  completeStep: ["PROCESSING"],
  apologise: ["PROCESSING"],
  returnResult: ["RESULT_READY"],
  withdraw: ["SUBMITTED", "NEEDS_SUPPLEMENT", "PROCESSING"],
  close: ["NEEDS_SUPPLEMENT"],
  rate: ["RETURNED"],
  note: ["SUBMITTED", "NEEDS_SUPPLEMENT", "PROCESSING", "RESULT_READY"],
};

/** Staff of exactly this unit (actions are taken by the unit's own people; a parent unit's leader only reads). */
function staffOf(actor: DossierActor, unitId: string): actor is Extract<DossierActor, { kind: "staff" }> {
  return actor.kind === "staff" && !!actor.unitId && actor.unitId === unitId;
}

function desk(actor: DossierActor, s: DossierState): boolean {
  return staffOf(actor, s.deskUnitId) && roleHasPermission(actor.role, "dossier:desk");
}

function owner(actor: DossierActor, s: DossierState): boolean {
  return actor.kind === "citizen" && s.citizenId !== null && actor.userId === s.citizenId;
}

/** The person the current step waits for: the unit's handler (or leader) for appraisal, its leader for signing. */
function stepHolder(actor: DossierActor, s: DossierState): boolean {
  if (!s.step || !staffOf(actor, s.step.unitId)) return false;
  if (s.step.kind === "SIGN") return roleHasPermission(actor.role, "dossier:sign");
  if (s.step.kind === "APPRAISE" || s.step.kind === "INTER_AGENCY") return roleHasPermission(actor.role, "dossier:process");
  return false;
}

/** Someone of this unit who works dossiers (desk, appraisal or signing). */
function involvedAt(actor: DossierActor, unitId: string): boolean {
  return staffOf(actor, unitId) && (roleHasPermission(actor.role, "dossier:desk") || roleHasPermission(actor.role, "dossier:process"));
}

/** Anyone working on the dossier: the desk, the competent unit, the unit of the current step. */
function involved(actor: DossierActor, s: DossierState): boolean {
  return [s.deskUnitId, s.unitId, s.step?.unitId].some((u) => !!u && involvedAt(actor, u));
}

function mayAct(action: DossierAction, actor: DossierActor, s: DossierState): boolean {
  switch (action) {
    case "accept":
    case "refuseAtIntake":
    case "returnResult":
      return desk(actor, s);
    case "requestSupplement":
      // At intake the desk asks; during processing the unit appraising it, through the desk (art. 19 k.5; art. 5 k.1 e).
      return s.status === "SUBMITTED" ? desk(actor, s) : stepHolder(actor, s) && s.step?.kind !== "SIGN";
    case "supply":
    case "withdraw":
      // The applicant online; the desk for one who came in person or by post.
      return owner(actor, s) || (desk(actor, s) && (s.channel !== "ONLINE" || s.citizenId === null));
    case "completeStep":
      return stepHolder(actor, s);
    case "apologise":
      // The unit causing the delay writes it: whoever works at the current step's unit, or the desk on its behalf.
      return (!!s.step && involvedAt(actor, s.step.unitId)) || desk(actor, s);
    case "close":
      return actor.kind === "system";
    case "rate":
      return owner(actor, s);
    case "note":
      return involved(actor, s);
  }
}

export function decideDossier(action: DossierAction, actor: DossierActor, s: DossierState, now: Date = new Date()): DossierDecision {
  if (!mayAct(action, actor, s)) return { ok: false, reason: "forbidden" };
  if (!dossierAllowedFrom[action].includes(s.status)) return { ok: false, reason: "not-allowed-in-status" };
  switch (action) {
    case "accept":
      return { ok: true, to: "PROCESSING" };
    case "requestSupplement":
      if (s.status === "SUBMITTED") {
        if (s.intakeSupplements >= s.supplementsPerStage) return { ok: false, reason: "supplement-limit" };
      } else {
        if (s.processingSupplements >= s.supplementsPerStage) return { ok: false, reason: "supplement-limit" };
        if (!s.processingSupplementUntil || now.getTime() > s.processingSupplementUntil.getTime()) return { ok: false, reason: "supplement-window-closed" };
      }
      return { ok: true, to: "NEEDS_SUPPLEMENT" };
    case "supply":
      return { ok: true, to: s.supplementStage === "PROCESSING" ? "PROCESSING" : "SUBMITTED" };
    case "refuseAtIntake":
      return { ok: true, to: "REFUSED_AT_INTAKE" };
    case "completeStep":
      return { ok: true, to: s.nextStepKind === "RETURN" || s.nextStepKind === null ? "RESULT_READY" : "PROCESSING" };
    case "apologise":
      if (s.apologies >= s.reappointments) return { ok: false, reason: "apology-limit" };
      if (!s.dueAt || now.getTime() > s.dueAt.getTime()) return { ok: false, reason: "apology-too-late" };
      return { ok: true, to: "PROCESSING" };
    case "returnResult":
      return { ok: true, to: "RETURNED" };
    case "withdraw":
      return { ok: true, to: "WITHDRAWN" };
    case "close":
      if (!s.supplementExpiresAt || now.getTime() <= s.supplementExpiresAt.getTime()) return { ok: false, reason: "supplement-not-expired" };
      return { ok: true, to: "CLOSED" };
    case "rate":
      if (s.rating !== null) return { ok: false, reason: "already-rated" };
      return { ok: true, to: "RETURNED" };
    case "note":
      return { ok: true, to: s.status };
  }
}
