import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { qrPicture } from "../cases/qr.server";
import type { LoadedDossier } from "./dossiers.server";
import { decideDossier, type DossierAction, type DossierActor, type DossierState } from "./workflow";

/** What a page shows of a dossier. `audience: "public"` strips every personal field (the lookup by code). */
export function dossierView(d: LoadedDossier, language: string, now = new Date()) {
  const en = language === "en";
  const dueAt = d.newDueAt ?? d.dueAt;
  return {
    id: d.id,
    code: d.code,
    ref: d.id.slice(-8).toUpperCase(),
    status: d.status,
    channel: d.channel,
    version: d.version,
    procedure: { code: d.procedure.code, name: en && d.procedure.nameEn ? d.procedure.nameEn : d.procedure.name, result: d.procedure.resultText, fee: d.procedure.feeText },
    unit: d.unit.name,
    desk: d.deskUnit.name,
    submittedAt: d.submittedAt.toISOString(),
    receivedAt: d.receivedAt?.toISOString() ?? null,
    checkDueAt: d.checkDueAt?.toISOString() ?? null,
    dueAt: d.dueAt?.toISOString() ?? null,
    newDueAt: d.newDueAt?.toISOString() ?? null,
    overdue: ["PROCESSING", "RESULT_READY"].includes(d.status) && !!dueAt && dueAt < now,
    outcome: d.outcome,
    timeliness: d.timeliness,
    resultAt: d.resultAt?.toISOString() ?? null,
    returnedAt: d.returnedAt?.toISOString() ?? null,
    returnedVia: d.returnedVia,
    apologyAt: d.apologyAt?.toISOString() ?? null,
    refusalCode: d.refusalCode,
    rating: d.rating,
    supplementStage: d.supplementStage,
    papers: d.papers.map((p) => ({ position: p.position, name: p.name, required: p.required, status: p.status })),
    steps: d.steps.map((s) => ({
      position: s.position,
      kind: s.kind,
      unit: s.unit.name,
      dueAt: s.dueAt?.toISOString() ?? null,
      completedAt: s.completedAt?.toISOString() ?? null,
      current: s.position === d.currentStep && !["RETURNED", "WITHDRAWN", "CLOSED"].includes(d.status),
    })),
  };
}
export type DossierView = ReturnType<typeof dossierView>;

/** The personal side of a dossier: for its applicant and the staff working on it, never for the public lookup. */
export function applicantView(d: LoadedDossier) {
  return {
    name: d.applicantName,
    email: d.applicantEmail,
    phone: d.applicantPhone,
    address: d.applicantAddress,
    details: d.details,
    refusalReason: d.refusalReason,
    apologyReason: d.apologyReason,
    ratingComment: d.ratingComment,
  };
}

/** The dossier's timeline: public events for the applicant, internal notes too for staff. */
export async function dossierTimeline(dossierId: string, audience: "citizen" | "staff") {
  const events = await db.dossierEvent.findMany({
    where: { dossierId, ...(audience === "citizen" ? { visibility: "PUBLIC" } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, type: true, visibility: true, note: true, data: true, createdAt: true, actor: { select: { fullName: true, role: true } } },
  });
  return events.map((e) => ({
    id: e.id,
    type: e.type,
    visibility: e.visibility,
    note: e.note,
    data: (e.data ? JSON.parse(e.data) : {}) as Record<string, unknown>,
    createdAt: e.createdAt.toISOString(),
    // A citizen sees that the office acted, not which official did.
    actor: audience === "staff" ? (e.actor?.fullName ?? null) : null,
  }));
}

export async function dossierFiles(dossierId: string) {
  return db.dossierFile.findMany({ where: { dossierId }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true, kind: true, paperId: true } });
}

/** The public tracking address of a dossier code and its QR code, drawn as SVG on the server. */
export function trackingQr(code: string) {
  const url = `${getEnv().PUBLIC_URL}/onestop/track?code=${encodeURIComponent(code)}`;
  return { url, picture: qrPicture(url) };
}

/** The action forms a page offers: exactly what decideDossier allows this person now. */
export function allowedActions(state: DossierState, actor: DossierActor, now = new Date()) {
  const ok = (a: DossierAction) => decideDossier(a, actor, state, now).ok;
  return {
    accept: ok("accept"),
    requestSupplementAtIntake: state.status === "SUBMITTED" && ok("requestSupplement"),
    requestSupplementInProcessing: state.status === "PROCESSING" && ok("requestSupplement"),
    supply: ok("supply"),
    refuseAtIntake: ok("refuseAtIntake"),
    completeStep: ok("completeStep"),
    apologise: ok("apologise"),
    returnResult: ok("returnResult"),
    withdraw: ok("withdraw"),
    rate: ok("rate"),
    note: ok("note"),
  };
}
