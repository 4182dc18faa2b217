import { describe, expect, test } from "vitest";
import { dossierStatuses, type DossierStatus } from "./constants";
import { decideDossier, dossierActions, dossierAllowedFrom, type DossierAction, type DossierActor, type DossierState } from "./workflow";

const now = new Date("2026-11-27T03:00:00Z");
const later = new Date("2026-12-31T00:00:00Z");
const earlier = new Date("2026-11-01T00:00:00Z");

const base: DossierState = {
  status: "SUBMITTED",
  channel: "ONLINE",
  citizenId: "citizen-1",
  deskUnitId: "ward",
  unitId: "ward",
  step: { kind: "APPRAISE", unitId: "ward" },
  nextStepKind: "SIGN",
  supplementStage: "INTAKE",
  intakeSupplements: 0,
  processingSupplements: 0,
  supplementsPerStage: 1,
  reappointments: 1,
  processingSupplementUntil: later,
  supplementExpiresAt: earlier,
  dueAt: later,
  apologies: 0,
  rating: null,
};

const staff = (role: string, unitId = "ward", userId = `${role.toLowerCase()}-${unitId}`): DossierActor => ({ kind: "staff", userId, role, unitId });
const owner: DossierActor = { kind: "citizen", userId: "citizen-1" };
const deskOfficer = staff("RECEPTION");
const handler = staff("HANDLER");
const leader = staff("LEADER");
const system: DossierActor = { kind: "system" };

/** Someone allowed to take the action, whatever the status (the status check is what the table tests). */
const authorised: Record<DossierAction, DossierActor> = {
  accept: deskOfficer,
  requestSupplement: deskOfficer,
  supply: owner,
  refuseAtIntake: deskOfficer,
  completeStep: handler,
  apologise: handler,
  returnResult: deskOfficer,
  withdraw: owner,
  close: system,
  rate: owner,
  note: handler,
};

describe("every action from every status", () => {
  const table = dossierActions.flatMap((action) => dossierStatuses.map((status) => [action, status] as const));
  test.each(table)("%s from %s", (action, status) => {
    // During processing it is the appraising handler who asks for a supplement.
    const actor = action === "requestSupplement" && status !== "SUBMITTED" ? handler : authorised[action];
    const decision = decideDossier(action, actor, { ...base, status }, now);
    if (dossierAllowedFrom[action].includes(status)) expect(decision.ok).toBe(true);
    else expect(decision).toEqual({ ok: false, reason: "not-allowed-in-status" });
  });
});

describe("the main path", () => {
  test("filed online → asked once → supplied → received → appraised → signed → returned → rated", () => {
    let state: DossierState = { ...base, step: null, nextStepKind: null };
    const step = (action: DossierAction, actor: DossierActor, expected: DossierStatus, then: Partial<DossierState> = {}) => {
      expect(decideDossier(action, actor, state, now)).toEqual({ ok: true, to: expected });
      state = { ...state, status: expected, ...then };
    };
    step("requestSupplement", deskOfficer, "NEEDS_SUPPLEMENT", { intakeSupplements: 1, supplementStage: "INTAKE" });
    step("supply", owner, "SUBMITTED", { supplementStage: null });
    // Asked once: a second request at intake is refused.
    expect(decideDossier("requestSupplement", deskOfficer, state, now)).toEqual({ ok: false, reason: "supplement-limit" });
    step("accept", deskOfficer, "PROCESSING", { step: { kind: "APPRAISE", unitId: "ward" }, nextStepKind: "SIGN" });
    step("completeStep", handler, "PROCESSING", { step: { kind: "SIGN", unitId: "ward" }, nextStepKind: "RETURN" });
    // Only the leader signs.
    expect(decideDossier("completeStep", handler, state, now)).toEqual({ ok: false, reason: "forbidden" });
    step("completeStep", leader, "RESULT_READY", { step: null, nextStepKind: null });
    step("returnResult", deskOfficer, "RETURNED");
    step("rate", owner, "RETURNED", { rating: 5 });
    expect(decideDossier("rate", owner, state, now)).toEqual({ ok: false, reason: "already-rated" });
  });

  test("an inter-agency step is completed by the other unit, not by the deciding one", () => {
    const state: DossierState = { ...base, status: "PROCESSING", step: { kind: "INTER_AGENCY", unitId: "police" }, nextStepKind: "SIGN" };
    expect(decideDossier("completeStep", staff("HANDLER", "police"), state, now)).toEqual({ ok: true, to: "PROCESSING" });
    expect(decideDossier("completeStep", handler, state, now)).toEqual({ ok: false, reason: "forbidden" });
  });

  test("a supplement asked during processing returns the dossier to processing", () => {
    const state: DossierState = { ...base, status: "NEEDS_SUPPLEMENT", supplementStage: "PROCESSING" };
    expect(decideDossier("supply", owner, state, now)).toEqual({ ok: true, to: "PROCESSING" });
  });
});

describe("who may act", () => {
  test("staff of another unit are refused every staff action", () => {
    const outsider = staff("LEADER", "other");
    for (const action of ["accept", "requestSupplement", "refuseAtIntake", "completeStep", "apologise", "returnResult", "note"] as const) {
      const status = dossierAllowedFrom[action][0]!;
      expect(decideDossier(action, outsider, { ...base, status }, now)).toEqual({ ok: false, reason: "forbidden" });
    }
  });

  test("another citizen cannot supply, withdraw or rate; staff cannot rate for the applicant", () => {
    const other: DossierActor = { kind: "citizen", userId: "citizen-2" };
    expect(decideDossier("supply", other, { ...base, status: "NEEDS_SUPPLEMENT" }, now).ok).toBe(false);
    expect(decideDossier("withdraw", other, base, now).ok).toBe(false);
    expect(decideDossier("rate", other, { ...base, status: "RETURNED" }, now).ok).toBe(false);
    expect(decideDossier("rate", deskOfficer, { ...base, status: "RETURNED" }, now).ok).toBe(false);
  });

  test("the desk supplies and withdraws for someone who came in person, not for an online applicant", () => {
    const inPerson: DossierState = { ...base, status: "NEEDS_SUPPLEMENT", channel: "IN_PERSON" };
    expect(decideDossier("supply", deskOfficer, inPerson, now).ok).toBe(true);
    expect(decideDossier("supply", deskOfficer, { ...inPerson, channel: "ONLINE" }, now)).toEqual({ ok: false, reason: "forbidden" });
  });

  test("a handler cannot receive dossiers; a desk officer cannot appraise or sign", () => {
    expect(decideDossier("accept", handler, base, now)).toEqual({ ok: false, reason: "forbidden" });
    const processing = { ...base, status: "PROCESSING" as const };
    expect(decideDossier("completeStep", deskOfficer, processing, now)).toEqual({ ok: false, reason: "forbidden" });
    expect(decideDossier("completeStep", deskOfficer, { ...processing, step: { kind: "SIGN", unitId: "ward" } }, now)).toEqual({ ok: false, reason: "forbidden" });
  });

  test("only the system closes an unsupplemented dossier", () => {
    const waiting = { ...base, status: "NEEDS_SUPPLEMENT" as const };
    expect(decideDossier("close", system, waiting, now).ok).toBe(true);
    expect(decideDossier("close", deskOfficer, waiting, now)).toEqual({ ok: false, reason: "forbidden" });
  });
});

describe("rules beyond status (Decree 118/2025)", () => {
  test("during processing a supplement is asked once, within the window (art. 19 k.5)", () => {
    const processing: DossierState = { ...base, status: "PROCESSING" };
    expect(decideDossier("requestSupplement", handler, { ...processing, processingSupplements: 1 }, now)).toEqual({ ok: false, reason: "supplement-limit" });
    expect(decideDossier("requestSupplement", handler, { ...processing, processingSupplementUntil: earlier }, now)).toEqual({
      ok: false,
      reason: "supplement-window-closed",
    });
    // The signing leader does not send a dossier back for papers.
    expect(decideDossier("requestSupplement", leader, { ...processing, step: { kind: "SIGN", unitId: "ward" } }, now)).toEqual({ ok: false, reason: "forbidden" });
  });

  test("the apology with a new date goes out once, before the due date (art. 19 k.6)", () => {
    const processing: DossierState = { ...base, status: "PROCESSING" };
    expect(decideDossier("apologise", handler, processing, now)).toEqual({ ok: true, to: "PROCESSING" });
    expect(decideDossier("apologise", handler, { ...processing, apologies: 1 }, now)).toEqual({ ok: false, reason: "apology-limit" });
    expect(decideDossier("apologise", handler, { ...processing, dueAt: earlier }, now)).toEqual({ ok: false, reason: "apology-too-late" });
  });

  test("an unsupplemented dossier closes only after the 15 days", () => {
    expect(decideDossier("close", system, { ...base, status: "NEEDS_SUPPLEMENT", supplementExpiresAt: later }, now)).toEqual({
      ok: false,
      reason: "supplement-not-expired",
    });
  });

  test("the last step before the return makes the result ready", () => {
    const signing: DossierState = { ...base, status: "PROCESSING", step: { kind: "SIGN", unitId: "ward" }, nextStepKind: "RETURN" };
    expect(decideDossier("completeStep", leader, signing, now)).toEqual({ ok: true, to: "RESULT_READY" });
  });
});
