/**
 * Filing a dossier and every action on it: each asks decideDossier
 * (workflow.ts), then writes the new state, its event, the notifications and
 * any files in ONE transaction, guarded by the version the person saw — of
 * two officers acting at once, one wins and the other is told.
 */
import { ConflictError, db, isUniqueViolation, write, type Tx } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { normalisePhone } from "../auth/schemas";
import { localDate } from "../deadlines/calendar";
import { notify, type NotificationType } from "../notifications/notifications.server";
import { formatDossierCode, dossierCodeDay } from "./codes";
import { isDossierStatus, type IntakeRefusalCode, type ReturnChannel, type StepKind } from "./constants";
import { loadOnestopContext } from "./context.server";
import { addDossierFiles, storeDossierFiles, type DossierUpload, type KeptDossierFile } from "./files.server";
import {
  apologyDeadline,
  appointmentFor,
  checkDueFor,
  processingSupplementUntil,
  reappointmentDate,
  stepDueDates,
  supplementExpiresAt,
  timelinessOf,
} from "./time";
import { decideDossier, type DossierAction, type DossierActor, type DossierRefusal, type DossierState } from "./workflow";

// ─────────────────────────────── filing ───────────────────────────────

export type FileDossierInput = {
  procedureId: string;
  /** The competent unit for a commune-level procedure; ignored for a provincial one (its agency decides). */
  unitId?: string | null;
  applicantName?: string | null;
  applicantEmail?: string | null;
  applicantPhone?: string | null;
  applicantAddress?: string | null;
  details?: string | null;
  submissionToken: string;
};

export type DossierFiler =
  | { kind: "citizen"; user: { id: string; fullName: string; email: string | null; phone: string | null } }
  /** A desk officer recording a dossier handed in at the desk or by post, for an account or a name. */
  | { kind: "desk"; officerId: string; deskUnitId: string; channel: "IN_PERSON" | "POST"; citizenId: string | null };

export type FileDossierResult = { ok: true; dossierId: string; duplicate: boolean } | { ok: false; errors: Record<string, string[]> };

export async function fileDossier(input: FileDossierInput, filer: DossierFiler, files: DossierUpload[], now = new Date(), kept: KeptDossierFile[] = []): Promise<FileDossierResult> {
  const existing = await db.dossier.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true } });
  if (existing) return { ok: true, dossierId: existing.id, duplicate: true };

  const errors: Record<string, string[]> = {};
  const procedure = await db.procedure.findFirst({
    where: { id: input.procedureId, active: true },
    include: { papers: { orderBy: { position: "asc" } } },
  });
  if (!procedure) return { ok: false, errors: { procedureId: ["errors.invalidChoice"] } };
  if (filer.kind === "citizen" && !procedure.onlineAllowed) errors.procedureId = ["onestop.errors.notOnline"];

  let unitId: string | null = null;
  if (procedure.level === "PROVINCE") unitId = procedure.agencyUnitId;
  else {
    const unit = input.unitId
      ? await db.unit.findFirst({ where: { id: input.unitId, active: true, level: { code: "COMMUNE" } }, select: { id: true } })
      : null;
    if (!unit) errors.unitId = ["errors.invalidChoice"];
    unitId = unit?.id ?? null;
  }
  const citizen =
    filer.kind === "citizen"
      ? filer.user
      : filer.citizenId
        ? await db.user.findFirst({ where: { id: filer.citizenId, role: "CITIZEN", disabled: false }, select: { id: true, fullName: true, email: true, phone: true } })
        : null;
  const applicantName = input.applicantName?.trim() || citizen?.fullName || "";
  if (!applicantName) errors.applicantName = ["errors.required"];
  // Every required paper comes with the online filing; at the desk the officer checks the papers themselves.
  if (filer.kind === "citizen") {
    const missing = procedure.papers.filter((p) => p.required && ![...files, ...kept].some((f) => f.field === `paper-${p.position}`));
    for (const p of missing) errors[`paper-${p.position}`] = ["onestop.errors.paperRequired"];
  }
  if (Object.keys(errors).length || !unitId) return { ok: false, errors };

  const deskUnitId = filer.kind === "desk" ? filer.deskUnitId : unitId;
  const { rules, calendar } = await loadOnestopContext();
  // Files kept from a form sent back are stored already (content-addressed): the dossier refers to the same stored file.
  const stored = [...(await storeDossierFiles(files)), ...kept];
  const channel = filer.kind === "desk" ? filer.channel : "ONLINE";
  const checkDueAt = filer.kind === "citizen" ? checkDueFor(now, calendar, rules) : null;
  try {
    const dossierId = await write(async (tx) => {
      const dossier = await tx.dossier.create({
        data: {
          procedureId: procedure.id,
          deskUnitId,
          unitId: unitId!,
          channel,
          status: "SUBMITTED",
          citizenId: citizen?.id ?? null,
          applicantName,
          applicantEmail: input.applicantEmail?.trim() || citizen?.email || null,
          applicantPhone: input.applicantPhone ? normalisePhone(input.applicantPhone) : (citizen?.phone ?? null),
          applicantAddress: input.applicantAddress?.trim() || null,
          details: input.details?.trim() || null,
          searchText: foldForSearch(`${procedure.name} ${applicantName}`),
          submissionToken: input.submissionToken,
          submittedAt: now,
          checkDueAt,
          nextDueAt: checkDueAt,
        },
        select: { id: true },
      });
      const paperIdByPosition = new Map<number, string>();
      for (const p of procedure.papers) {
        const provided = stored.some((f) => f.field === `paper-${p.position}`);
        const row = await tx.dossierPaper.create({
          data: { dossierId: dossier.id, position: p.position, name: p.name, required: p.required, status: provided ? "PROVIDED" : "NOT_PROVIDED" },
        });
        paperIdByPosition.set(p.position, row.id);
      }
      await addDossierFiles(tx, dossier.id, stored, { uploadedById: filer.kind === "citizen" ? filer.user.id : filer.officerId, paperIdByPosition });
      // The kept files now belong to the dossier: their pending rows go (expiry checks dossier files before removing stored content).
      if (kept.length) await tx.attachment.deleteMany({ where: { id: { in: kept.map((k) => k.id) }, caseId: null, noticeId: null, mediationId: null } });
      await tx.dossierEvent.create({
        data: {
          dossierId: dossier.id,
          type: "SUBMITTED",
          toStatus: "SUBMITTED",
          actorId: filer.kind === "citizen" ? filer.user.id : filer.officerId,
          unitId: filer.kind === "desk" ? deskUnitId : null,
          data: JSON.stringify({ channel }),
          createdAt: now,
        },
      });
      const params = { procedure: procedure.name, ref: dossier.id.slice(-8).toUpperCase() };
      if (citizen) await notify(tx, { userId: citizen.id }, "DOSSIER_SUBMITTED", params, { link: `/onestop/mine/${dossier.id}` });
      if (filer.kind === "citizen") await notifyUnit(tx, deskUnitId, "dossier:desk", "DOSSIER_TO_CHECK", params, `/desk/dossiers/${dossier.id}`);
      return dossier.id;
    });
    return { ok: true, dossierId, duplicate: false };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const first = await db.dossier.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true } });
      if (first) return { ok: true, dossierId: first.id, duplicate: true };
    }
    throw error;
  }
}

/** Tells the people of a unit who hold a permission (the desk, the handlers, the leaders). */
async function notifyUnit(tx: Tx, unitId: string, permission: "dossier:desk" | "dossier:process" | "dossier:sign", type: NotificationType, params: Record<string, string>, link: string) {
  const roles = permission === "dossier:desk" ? ["RECEPTION", "LEADER"] : permission === "dossier:process" ? ["HANDLER"] : ["LEADER"];
  const staff = await tx.user.findMany({ where: { unitId, role: { in: roles }, disabled: false }, select: { id: true } });
  for (const s of staff) await notify(tx, { userId: s.id }, type, params, { link });
}

// ─────────────────────────────── actions ───────────────────────────────

export type DossierActionInput = {
  action: DossierAction;
  /** The version the person saw: a changed dossier is refused, never overwritten. */
  version: number;
  actor: DossierActor;
  note?: string | null;
  /** accept / requestSupplement: the papers the officer found present (positions) */
  presentPapers?: number[];
  reasonCode?: IntakeRefusalCode | null;
  /** completeStep at appraisal: grant or refuse (with the reason in the note) */
  proposal?: "GRANT" | "REFUSE" | null;
  /** apologise: the new return date, YYYY-MM-DD */
  newDueDate?: string | null;
  returnedVia?: ReturnChannel | null;
  rating?: number | null;
  files?: DossierUpload[];
};

export type DossierActionError =
  | DossierRefusal
  | "conflict"
  | "not-found"
  | "note-required"
  | "reason-required"
  | "papers-missing"
  | "nothing-missing"
  | "bad-date"
  | "bad-rating"
  | "bad-channel"
  | "nothing-supplied";

export type DossierActionResult = { ok: true; status: string; code: string | null } | { ok: false; error: DossierActionError };

export async function loadDossier(id: string) {
  return db.dossier.findUnique({
    where: { id },
    include: {
      procedure: { select: { id: true, code: true, name: true, nameEn: true, timeUnit: true, timeAmount: true, fieldName: true, fieldNameEn: true, resultText: true, feeText: true, legalBasis: true, steps: { orderBy: { position: "asc" } } } },
      deskUnit: { select: { id: true, code: true, name: true, path: true } },
      unit: { select: { id: true, code: true, name: true, path: true } },
      papers: { orderBy: { position: "asc" } },
      steps: { orderBy: { position: "asc" }, include: { unit: { select: { id: true, name: true, path: true } } } },
    },
  });
}
export type LoadedDossier = NonNullable<Awaited<ReturnType<typeof loadDossier>>>;

/** The pure state decideDossier reads, from a loaded dossier and the rules. */
export function dossierState(d: LoadedDossier, ctx: Awaited<ReturnType<typeof loadOnestopContext>>): DossierState {
  const current = d.currentStep !== null ? d.steps.find((s) => s.position === d.currentStep) : undefined;
  const next = d.currentStep !== null ? d.steps.find((s) => s.position === d.currentStep! + 1) : undefined;
  return {
    status: isDossierStatus(d.status) ? d.status : "SUBMITTED",
    channel: d.channel,
    citizenId: d.citizenId,
    deskUnitId: d.deskUnitId,
    unitId: d.unitId,
    step: d.status === "PROCESSING" && current ? { kind: current.kind as StepKind, unitId: current.unitId } : null,
    nextStepKind: next ? (next.kind as StepKind) : null,
    supplementStage: d.supplementStage === "INTAKE" || d.supplementStage === "PROCESSING" ? d.supplementStage : null,
    intakeSupplements: d.intakeSupplements,
    processingSupplements: d.processingSupplements,
    supplementsPerStage: ctx.rules.supplementsPerStage,
    reappointments: ctx.rules.reappointments,
    processingSupplementUntil: d.receivedAt ? processingSupplementUntil(d.receivedAt, ctx.calendar, ctx.rules) : null,
    supplementExpiresAt: d.supplementRequestedAt ? supplementExpiresAt(d.supplementRequestedAt, ctx.calendar, ctx.rules) : null,
    dueAt: d.dueAt,
    apologies: d.apologyAt ? 1 : 0,
    rating: d.rating,
  };
}

const eventTypes: Record<DossierAction, string> = {
  accept: "RECEIVED",
  requestSupplement: "SUPPLEMENT_REQUESTED",
  supply: "SUPPLEMENT_PROVIDED",
  refuseAtIntake: "INTAKE_REFUSED",
  completeStep: "STEP_COMPLETED",
  apologise: "APOLOGY",
  returnResult: "RETURNED",
  withdraw: "WITHDRAWN",
  close: "CLOSED",
  rate: "RATED",
  note: "NOTE",
};

export async function applyDossierAction(dossierId: string, input: DossierActionInput, now = new Date()): Promise<DossierActionResult> {
  const d = await loadDossier(dossierId);
  if (!d) return { ok: false, error: "not-found" };
  if (d.version !== input.version) return { ok: false, error: "conflict" };
  const ctx = await loadOnestopContext();
  const state = dossierState(d, ctx);
  const decision = decideDossier(input.action, input.actor, state, now);
  if (!decision.ok) return { ok: false, error: decision.reason };
  const note = input.note?.trim() || null;
  const actorId = input.actor.kind === "system" ? null : input.actor.userId;
  const actorUnitId = input.actor.kind === "staff" ? input.actor.unitId : null;
  const data: Record<string, unknown> = { status: decision.to };
  const eventData: Record<string, unknown> = {};
  const present = new Set(input.presentPapers ?? []);
  let paperStatus: Map<number, string> | null = null;
  let code: string | null = d.code;
  let stepUpdates: { position: number; data: Record<string, unknown> }[] = [];
  let newSteps: { position: number; kind: string; unitId: string; shareHours: number; dueAt: Date; startedAt: Date | null; completedAt: Date | null; completedById: string | null }[] = [];
  const notices: { to: { userId?: string; unitId?: string; permission?: "dossier:desk" | "dossier:process" | "dossier:sign" }; type: NotificationType }[] = [];
  const toCitizen = (type: NotificationType) => d.citizenId && notices.push({ to: { userId: d.citizenId }, type });
  const unitOfStep = (kind: string, fixed: string | null) => (kind === "RECEIVE" || kind === "RETURN" ? d.deskUnitId : kind === "INTER_AGENCY" && fixed ? fixed : d.unitId);
  const permissionFor = (kind: string) => (kind === "SIGN" ? "dossier:sign" : kind === "RETURN" || kind === "RECEIVE" ? "dossier:desk" : "dossier:process") as "dossier:desk" | "dossier:process" | "dossier:sign";

  switch (input.action) {
    case "accept": {
      const missing = d.papers.filter((p) => p.required && !present.has(p.position));
      if (missing.length) return { ok: false, error: "papers-missing" };
      paperStatus = new Map(d.papers.map((p) => [p.position, present.has(p.position) ? "PROVIDED" : "NOT_PROVIDED"]));
      const dueAt = appointmentFor(d.procedure, now, ctx.calendar, ctx.rules);
      const template = d.procedure.steps.length ? d.procedure.steps : [{ position: 0, kind: "RECEIVE", unitId: null, shareHours: 0 }, { position: 1, kind: "SIGN", unitId: null, shareHours: 0 }, { position: 2, kind: "RETURN", unitId: null, shareHours: 0 }];
      const dues = stepDueDates(now, template.map((s) => s.shareHours), dueAt, ctx.calendar, ctx.rules);
      newSteps = template.map((s, i) => ({
        position: i,
        kind: s.kind,
        unitId: unitOfStep(s.kind, s.unitId),
        shareHours: s.shareHours,
        dueAt: dues[i]!,
        startedAt: i <= 1 ? now : null,
        completedAt: i === 0 ? now : null,
        completedById: i === 0 ? actorId : null,
      }));
      const first = newSteps[1] ?? newSteps[0]!;
      Object.assign(data, {
        receivedAt: now,
        receivedById: actorId,
        dueAt,
        newDueAt: null,
        checkDueAt: null,
        currentStep: first.position,
        currentStepUnitId: first.unitId,
        stepDueAt: first.dueAt,
        nextDueAt: dueAt,
      });
      eventData.dueAt = dueAt.toISOString();
      toCitizen("DOSSIER_RECEIVED");
      notices.push({ to: { unitId: first.unitId, permission: permissionFor(first.kind) }, type: "DOSSIER_STEP" });
      break;
    }
    case "requestSupplement": {
      const missing = d.papers.filter((p) => p.required && !present.has(p.position));
      if (!missing.length && !note) return { ok: false, error: "nothing-missing" };
      paperStatus = new Map(d.papers.map((p) => [p.position, present.has(p.position) ? "PROVIDED" : p.required ? "MISSING" : p.status]));
      eventData.missing = missing.map((p) => p.name);
      eventData.stage = d.status === "SUBMITTED" ? "INTAKE" : "PROCESSING";
      if (d.status === "SUBMITTED") {
        Object.assign(data, { supplementStage: "INTAKE", intakeSupplements: d.intakeSupplements + 1 });
      } else {
        // The clock stops; it restarts from zero when the dossier is complete again (art. 19 k.5).
        Object.assign(data, { supplementStage: "PROCESSING", processingSupplements: d.processingSupplements + 1, dueAt: null, newDueAt: null, stepDueAt: null });
        if (d.dueAt) eventData.previousDueAt = d.dueAt.toISOString();
      }
      Object.assign(data, { supplementRequestedAt: now, nextDueAt: null, checkDueAt: null });
      eventData.expiresAt = supplementExpiresAt(now, ctx.calendar, ctx.rules).toISOString();
      toCitizen("DOSSIER_SUPPLEMENT");
      break;
    }
    case "supply": {
      const files = input.files ?? [];
      if (!files.length && !note && !present.size) return { ok: false, error: "nothing-supplied" };
      const supplied = new Set([...files.map((f) => Number(f.field.replace("paper-", ""))), ...present]);
      paperStatus = new Map(d.papers.filter((p) => supplied.has(p.position)).map((p) => [p.position, "PROVIDED"]));
      Object.assign(data, { supplementStage: null, supplementRequestedAt: null });
      if (d.supplementStage === "PROCESSING") {
        const dueAt = appointmentFor(d.procedure, now, ctx.calendar, ctx.rules);
        const remaining = d.steps.filter((s) => s.position >= (d.currentStep ?? 0));
        const dues = stepDueDates(now, remaining.map((s) => s.shareHours), dueAt, ctx.calendar, ctx.rules);
        stepUpdates = remaining.map((s, i) => ({ position: s.position, data: { dueAt: dues[i] } }));
        Object.assign(data, { dueAt, stepDueAt: dues[0] ?? dueAt, nextDueAt: dueAt });
        eventData.dueAt = dueAt.toISOString();
        const current = d.steps.find((s) => s.position === d.currentStep);
        if (current) notices.push({ to: { unitId: current.unitId, permission: permissionFor(current.kind) }, type: "DOSSIER_SUPPLIED" });
      } else {
        const checkDueAt = checkDueFor(now, ctx.calendar, ctx.rules);
        Object.assign(data, { checkDueAt, nextDueAt: checkDueAt });
        notices.push({ to: { unitId: d.deskUnitId, permission: "dossier:desk" }, type: "DOSSIER_SUPPLIED" });
      }
      break;
    }
    case "refuseAtIntake":
      if (!input.reasonCode) return { ok: false, error: "reason-required" };
      if (!note) return { ok: false, error: "note-required" };
      Object.assign(data, { intakeRefusedAt: now, refusalCode: input.reasonCode, refusalReason: note, nextDueAt: null, checkDueAt: null });
      eventData.reasonCode = input.reasonCode;
      toCitizen("DOSSIER_REFUSED");
      break;
    case "completeStep": {
      const current = d.steps.find((s) => s.position === d.currentStep)!;
      if (current.kind === "APPRAISE") {
        if (input.proposal === "REFUSE" && !note) return { ok: false, error: "note-required" };
        if (input.proposal) Object.assign(data, { proposedOutcome: input.proposal, outcomeReason: input.proposal === "REFUSE" ? note : null });
        eventData.proposal = input.proposal ?? "GRANT";
      }
      stepUpdates.push({ position: current.position, data: { completedAt: now, completedById: actorId, note } });
      const next = d.steps.find((s) => s.position === current.position + 1);
      eventData.step = current.kind;
      if (decision.to === "RESULT_READY") {
        const proposal = (data.proposedOutcome as string | undefined) ?? d.proposedOutcome;
        const outcome = proposal === "REFUSE" ? "REFUSED" : "GRANTED";
        const timeliness = timelinessOf(now, d.dueAt);
        Object.assign(data, { outcome, resultAt: now, timeliness, currentStep: next?.position ?? null, currentStepUnitId: d.deskUnitId, stepDueAt: next?.dueAt ?? null, nextDueAt: d.newDueAt ?? d.dueAt });
        if (next) stepUpdates.push({ position: next.position, data: { startedAt: now } });
        eventData.outcome = outcome;
        eventData.timeliness = timeliness;
        toCitizen("DOSSIER_RESULT_READY");
        notices.push({ to: { unitId: d.deskUnitId, permission: "dossier:desk" }, type: "DOSSIER_RESULT_READY" });
      } else if (next) {
        Object.assign(data, { currentStep: next.position, currentStepUnitId: next.unitId, stepDueAt: next.dueAt });
        stepUpdates.push({ position: next.position, data: { startedAt: now } });
        notices.push({ to: { unitId: next.unitId, permission: permissionFor(next.kind) }, type: "DOSSIER_STEP" });
      }
      break;
    }
    case "apologise": {
      if (!note) return { ok: false, error: "note-required" };
      const requested = input.newDueDate ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(requested) || !d.dueAt || requested <= localDate(d.dueAt) || requested > localDate(new Date(d.dueAt.getTime() + 366 * 86_400_000))) {
        return { ok: false, error: "bad-date" };
      }
      const newDueAt = reappointmentDate(requested, ctx.calendar);
      // The unit holding the dossier when it runs late is the one that caused the delay.
      const causedBy = d.currentStepUnitId ?? actorUnitId;
      Object.assign(data, { apologyAt: now, apologyById: actorId, apologyUnitId: causedBy, apologyReason: note, newDueAt, nextDueAt: newDueAt });
      eventData.newDueAt = newDueAt.toISOString();
      eventData.unitId = causedBy;
      eventData.inTime = now.getTime() <= apologyDeadline(d.dueAt, ctx.rules).getTime();
      toCitizen("DOSSIER_APOLOGY");
      notices.push({ to: { unitId: d.deskUnitId, permission: "dossier:desk" }, type: "DOSSIER_APOLOGY" });
      break;
    }
    case "returnResult": {
      if (!input.returnedVia) return { ok: false, error: "bad-channel" };
      const ret = d.steps.find((s) => s.position === d.currentStep);
      if (ret) stepUpdates.push({ position: ret.position, data: { completedAt: now, completedById: actorId } });
      Object.assign(data, { returnedAt: now, returnedVia: input.returnedVia, currentStep: null, currentStepUnitId: null, stepDueAt: null, nextDueAt: null });
      eventData.returnedVia = input.returnedVia;
      toCitizen("DOSSIER_RETURNED");
      break;
    }
    case "withdraw":
    case "close":
      Object.assign(data, { stoppedAt: now, currentStepUnitId: null, stepDueAt: null, nextDueAt: null, checkDueAt: null });
      toCitizen("DOSSIER_STOPPED");
      break;
    case "rate": {
      const rating = input.rating;
      if (!rating || !Number.isInteger(rating) || rating < 1 || rating > 5) return { ok: false, error: "bad-rating" };
      Object.assign(data, { rating, ratingComment: note, ratedAt: now });
      break;
    }
    case "note":
      if (!note) return { ok: false, error: "note-required" };
      break;
  }

  const stored = await storeDossierFiles(input.files ?? []);
  try {
    return await write(async (tx) => {
      if (input.action === "accept") {
        const counter = await tx.dossierCounter.upsert({
          where: { unitId_day: { unitId: d.unitId, day: dossierCodeDay(now) } },
          create: { unitId: d.unitId, day: dossierCodeDay(now), last: 1 },
          update: { last: { increment: 1 } },
        });
        code = formatDossierCode(d.unit.code, now, counter.last);
        data.code = code;
        data.searchText = foldForSearch(`${code} ${d.procedure.name} ${d.applicantName}`);
        eventData.code = code;
      }
      const { count } = await tx.dossier.updateMany({ where: { id: dossierId, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw new ConflictError();
      for (const s of newSteps) await tx.dossierStep.create({ data: { dossierId, ...s } });
      for (const u of stepUpdates) await tx.dossierStep.update({ where: { dossierId_position: { dossierId, position: u.position } }, data: u.data });
      if (paperStatus) {
        for (const [position, status] of paperStatus) {
          await tx.dossierPaper.update({ where: { dossierId_position: { dossierId, position } }, data: { status } });
        }
      }
      await addDossierFiles(tx, dossierId, stored, { uploadedById: actorId, paperIdByPosition: new Map(d.papers.map((p) => [p.position, p.id])) });
      await tx.dossierEvent.create({
        data: {
          dossierId,
          type: eventTypes[input.action],
          fromStatus: d.status,
          toStatus: decision.to,
          actorId,
          unitId: actorUnitId,
          visibility: input.action === "note" ? "INTERNAL" : "PUBLIC",
          note: input.action === "rate" ? null : note,
          data: Object.keys(eventData).length ? JSON.stringify(eventData) : null,
          createdAt: now,
        },
      });
      const params = {
        code: code ?? d.id.slice(-8).toUpperCase(),
        procedure: d.procedure.name,
        unit: d.unit.name,
        note: note ?? "",
        missing: Array.isArray(eventData.missing) ? (eventData.missing as string[]).join("; ") : "",
        dueAt: typeof eventData.dueAt === "string" ? localDate(new Date(eventData.dueAt)) : d.dueAt ? localDate(d.dueAt) : "",
        newDueAt: typeof eventData.newDueAt === "string" ? localDate(new Date(eventData.newDueAt)) : "",
        outcome: typeof eventData.outcome === "string" ? eventData.outcome : "",
      };
      for (const n of notices) {
        if (n.to.userId) await notify(tx, { userId: n.to.userId }, n.type, params, { link: `/onestop/mine/${d.id}` });
        else if (n.to.unitId && n.to.permission) await notifyUnit(tx, n.to.unitId, n.to.permission, n.type, params, `/desk/dossiers/${d.id}`);
      }
      return { ok: true as const, status: decision.to, code };
    });
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, error: "conflict" };
    throw error;
  }
}
