import { ConflictError, db, write, type Tx } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { roleHasPermission } from "../auth/roles";
import { mayPublish, publicationData } from "../board/answers.server";
import { addDays, dayNumber, localDate, startOfLocalDay } from "../deadlines/calendar";
import {
  acceptDueAt,
  appealWindowEnd,
  complexityOf,
  extendDueAt,
  forwardDueAt,
  pausedDaysBetween,
  periodEnd,
  pickRule,
  resolvedOnTime,
  ruleOfClock,
  type Complexity,
} from "../deadlines/rules";
import { storeFile, type CheckedFile } from "../files/files.server";
import { caseRecipient, notify, type NotificationType } from "../notifications/notifications.server";
import { nextCaseCode } from "./codes.server";
import { isCaseStatus, openStatuses, type CaseStatus } from "./constants";
import { attachFiles } from "./filing.server";
import { proposedReplyBy } from "./info-request.server";
import { groundsInForce } from "./procedure";
import { procedureFacts, type ProcedureContext } from "./procedure.server";
import { decide, type Actor, type CaseAction, type Refusal } from "./workflow";

/** Days a citizen has to accept a resolution of a case that cannot be appealed, before it closes by itself (the app's choice, not a statute). */
export const acceptWindowDays = 15;

export type TransitionInput = {
  action: CaseAction;
  /** The case version the person saw: a changed case is refused, never overwritten. */
  version: number;
  actor: Actor;
  note?: string | null;
  /** decline: the statutory reason code */
  reasonCode?: string | null;
  /** transfer: the competent unit; assign: the handler */
  targetUnitId?: string | null;
  assigneeId?: string | null;
  /** rate */
  rating?: number | null;
  /** accept: complex from the start; setComplexity: the level decided */
  complex?: boolean;
  complexity?: Complexity;
  /** recordVerification: the complainant's demand and the verification result differ */
  demandDiffers?: boolean;
  /** suspend / end: the statutory ground's code */
  groundCode?: string | null;
  /** extend / suspend / resume / end: the written decision (its number, and its date YYYY-MM-DD) */
  decisionNo?: string | null;
  decisionDate?: string | null;
  /** requestInfo: the date the citizen is asked to answer by (YYYY-MM-DD), kept on the event */
  replyBy?: string | null;
  files?: CheckedFile[];
};

export type TransitionError =
  | Refusal
  | "conflict"
  | "not-found"
  | "note-required"
  | "reason-required"
  | "same-unit"
  | "bad-target"
  | "bad-assignee"
  | "no-extension-allowed"
  | "max-extensions-reached"
  | "needs-complex"
  | "needs-especially-complex"
  | "no-parent-unit"
  | "bad-rating"
  | "bad-ground"
  | "decision-required"
  | "bad-decision-date";

export type TransitionResult = { ok: true; status: CaseStatus; code: string; appealCode?: string } | { ok: false; error: TransitionError };

/** Actions whose event the citizen sees on their timeline, and the notice they get. */
const publicEvents: Partial<Record<CaseAction, NotificationType>> = {
  accept: "CASE_ACCEPTED",
  decline: "CASE_DECLINED",
  transfer: "CASE_TRANSFERRED",
  requestInfo: "INFO_REQUESTED",
  reply: "CASE_REPLY",
  approveResolution: "CASE_RESOLVED",
  extend: "CASE_EXTENDED",
  suspend: "CASE_SUSPENDED",
  resume: "CASE_RESUMED",
  end: "CASE_ENDED",
  continueResolution: "CASE_CONTINUED",
  autoClose: "CASE_CLOSED",
  appeal: "APPEAL_OPENED",
};
const internalActions: CaseAction[] = ["note", "proposeResolution", "returnResolution", "assign", "recordVerification"];

const eventType: Record<CaseAction, string> = {
  accept: "ACCEPTED",
  decline: "DECLINED",
  transfer: "TRANSFERRED",
  requestInfo: "INFO_REQUESTED",
  provideInfo: "INFO_PROVIDED",
  assign: "ASSIGNED",
  setComplexity: "COMPLEXITY_SET",
  recordVerification: "VERIFICATION_RECORDED",
  proposeResolution: "RESOLUTION_PROPOSED",
  approveResolution: "RESOLVED",
  returnResolution: "RESOLUTION_RETURNED",
  extend: "EXTENDED",
  suspend: "SUSPENDED",
  resume: "RESUMED",
  end: "ENDED",
  continueResolution: "CONTINUED_AFTER_WITHDRAWAL",
  withdraw: "WITHDRAWN",
  acceptResolution: "CLOSED",
  appeal: "APPEALED",
  autoClose: "AUTO_CLOSED",
  rate: "RATED",
  note: "NOTE",
  reply: "REPLY",
};

const noteRequired: CaseAction[] = [
  "decline",
  "transfer",
  "requestInfo",
  "provideInfo",
  "setComplexity",
  "recordVerification",
  "proposeResolution",
  "returnResolution",
  "extend",
  "suspend",
  "end",
  "continueResolution",
  "appeal",
  "note",
  "reply",
];
/** Decisions the law wants in writing: their number and date are recorded (for extend: complaints and denunciations). */
const decisionRequired: CaseAction[] = ["suspend", "resume", "end"];

async function loadCase(caseId: string) {
  return db.case.findUnique({
    where: { id: caseId },
    include: { unit: { select: { id: true, name: true, path: true, parentId: true, remote: true } } },
  });
}
type CurrentCase = NonNullable<Awaited<ReturnType<typeof loadCase>>>;

/** A decision's date: a local date not after today and not before `floor` (the day the clock it acts on started). */
function decisionDay(value: string | null | undefined, now: Date, floor: Date | null): Date | "bad" | null {
  if (!value) return null;
  let day: number;
  try {
    day = dayNumber(value);
  } catch {
    return "bad";
  }
  if (day > dayNumber(localDate(now))) return "bad";
  if (floor && day < dayNumber(localDate(floor))) return "bad";
  return startOfLocalDay(value);
}

/** The resolution clock of an accepted case, as stored. */
function resolutionClock(c: CurrentCase, over: Partial<{ complex: boolean; pausedDays: number }> = {}) {
  return {
    start: c.acceptedAt!,
    complex: over.complex ?? c.complex,
    remote: c.remoteArea,
    pausedDays: over.pausedDays ?? c.pausedDays,
    extensions: c.extensionCount,
  };
}

/**
 * Applies one action to a case: asks the state machine, then writes the new
 * state, its event, the citizen's notification and any evidence in ONE
 * transaction, guarded by the version the actor saw. Two people acting at
 * once: one wins, the other gets "conflict" and nothing of theirs is written.
 */
export async function applyTransition(caseId: string, input: TransitionInput, now = new Date()): Promise<TransitionResult> {
  const current = await loadCase(caseId);
  if (!current) return { ok: false, error: "not-found" };
  if (!isCaseStatus(current.status)) throw new Error(`corrupt status ${current.status}`);
  if (current.version !== input.version) return { ok: false, error: "conflict" };

  const { state, context, dialogueSession } = await procedureFacts(current, now);
  const decision = decide(input.action, input.actor, state, now);
  if (!decision.ok) return { ok: false, error: decision.reason };
  const note = input.note?.trim() || null;
  if (noteRequired.includes(input.action) && !note) return { ok: false, error: "note-required" };
  const formal = current.kind === "COMPLAINT" || current.kind === "DENUNCIATION";
  if ((decisionRequired.includes(input.action) || (input.action === "extend" && formal)) && (!input.decisionNo?.trim() || !input.decisionDate)) {
    return { ok: false, error: "decision-required" };
  }

  const planned = await plan(current, input, note, context, now);
  if ("error" in planned) return { ok: false, error: planned.error };
  const { data, eventData, transferTo, parentUnit, notifyStaff } = planned;
  data.status = decision.to;
  // decidedAt / grounds / days / newDueAt are what the official documents read (app/modules/documents).
  if (input.decisionNo) Object.assign(eventData, { decisionNo: input.decisionNo.trim(), decisionDate: input.decisionDate, decidedAt: input.decisionDate });
  if (input.action === "approveResolution" && dialogueSession) eventData.dialogueSessionId = dialogueSession.id;
  // Every request carries a reply-by date (the app's policy when the caller gave none: docs/decisions/015), and the citizen is told it.
  if (input.action === "requestInfo") eventData.replyBy = input.replyBy || (await proposedReplyBy(now)).date;

  // The deadline that matters from now on (inbox sort, overdue and due-soon filters); none while suspended.
  const acceptDue = "acceptDueAt" in data ? (data.acceptDueAt as Date | null) : current.acceptDueAt;
  const resolveDue = "dueAt" in data ? (data.dueAt as Date | null) : current.dueAt;
  const open = (openStatuses as readonly string[]).includes(decision.to) && decision.to !== "SUSPENDED";
  data.nextDueAt = open ? (decision.to === "SUBMITTED" ? acceptDue : resolveDue) : null;
  if (decision.to === "NEEDS_INFO" && current.status === "SUBMITTED") data.nextDueAt = acceptDue;

  const actorId = input.actor.kind === "system" ? null : input.actor.userId;
  const stored = await Promise.all((input.files ?? []).map(async (f) => ({ ...f, ...(await storeFile(f)) })));
  try {
    return await write(async (tx) => {
      const { count } = await tx.case.updateMany({
        where: { id: caseId, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError();
      const publicEvent = !internalActions.includes(input.action);
      const event = await tx.caseEvent.create({
        data: {
          caseId,
          type: input.action === "withdraw" && decision.to !== "WITHDRAWN" ? "WITHDRAWAL_REQUESTED" : eventType[input.action],
          fromStatus: current.status,
          toStatus: decision.to,
          actorId,
          visibility: publicEvent ? "PUBLIC" : "INTERNAL",
          note: input.action === "rate" ? null : note,
          data: Object.keys(eventData).length ? JSON.stringify(eventData) : null,
          createdAt: now,
        },
      });
      // What a denouncer sends later may carry their handwriting too (hidden from verifiers until checked).
      await attachFiles(tx, stored, { caseId, eventId: event.id, uploadedById: actorId, identifying: current.kind === "DENUNCIATION" && input.actor.kind === "citizen" });

      let appealCode: string | undefined;
      if (input.action === "appeal" && parentUnit) {
        appealCode = await openSecondInstance(tx, current, parentUnit, note ?? "", context, now);
        eventData.appealCode = appealCode;
        await tx.caseEvent.update({ where: { id: event.id }, data: { data: JSON.stringify(eventData) } });
      }

      const citizenNotice = publicEvents[input.action];
      const citizen = caseRecipient(current);
      if (citizenNotice && citizen) {
        await notify(
          tx,
          citizen,
          citizenNotice,
          {
            code: current.code,
            unit: transferTo?.name ?? current.unit.name,
            note: note ?? "",
            reasonCode: input.reasonCode ?? "OTHER",
            dueAt: typeof eventData.dueAt === "string" ? localDate(new Date(eventData.dueAt)) : "",
            ...(typeof eventData.replyBy === "string" ? { replyBy: eventData.replyBy } : {}),
          },
          { caseId, link: `/cases/${current.code}` },
        );
      }
      if (input.action === "provideInfo" && current.assigneeId) {
        await notify(tx, { userId: current.assigneeId }, "INFO_PROVIDED", { code: current.code }, { caseId, link: `/desk/cases/${current.code}` });
      }
      if (input.action === "assign" && input.assigneeId) {
        await notify(tx, { userId: input.assigneeId }, "CASE_ASSIGNED", { code: current.code }, { caseId, link: `/desk/cases/${current.code}` });
      }
      for (const userId of notifyStaff) {
        await notify(tx, { userId }, "WITHDRAWAL_REQUESTED", { code: current.code }, { caseId, link: `/desk/cases/${current.code}` });
      }
      return { ok: true as const, status: decision.to, code: current.code, appealCode };
    });
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, error: "conflict" };
    throw error;
  }
}

type Plan = {
  data: Record<string, unknown>;
  eventData: Record<string, unknown>;
  transferTo: { id: string; name: string; code: string } | null;
  parentUnit: { id: string; code: string; name: string; remote: boolean } | null;
  notifyStaff: string[];
};

/** What an allowed action changes on the case (and what its event records); errors for input the action cannot take. */
async function plan(current: CurrentCase, input: TransitionInput, note: string | null, ctx: ProcedureContext, now: Date): Promise<Plan | { error: TransitionError }> {
  const { rules, calendar, grounds } = ctx;
  const data: Record<string, unknown> = {};
  const eventData: Record<string, unknown> = {};
  const result: Plan = { data, eventData, transferTo: null, parentUnit: null, notifyStaff: [] };
  const acceptRule = () => ruleOfClock(rules, { ruleId: current.acceptRuleId, kind: current.kind, instance: current.instance, stage: "ACCEPT", startedAt: current.receivedAt });
  const resolveRule = () =>
    current.acceptedAt ? ruleOfClock(rules, { ruleId: current.resolveRuleId, kind: current.kind, instance: current.instance, stage: "RESOLVE", startedAt: current.acceptedAt }) : null;

  switch (input.action) {
    case "accept": {
      const complex = input.complex ?? current.complex;
      const remote = current.unit.remote;
      const rule = pickRule(rules, { kind: current.kind, instance: current.instance, stage: "RESOLVE", at: now });
      const dueAt = rule ? periodEnd(rule, calendar, { start: now, complex, remote }) : null;
      Object.assign(data, {
        acceptedAt: now,
        complex,
        especiallyComplex: complex && current.especiallyComplex,
        remoteArea: remote,
        resolveRuleId: rule?.id ?? null,
        pausedDays: 0,
        dueAt,
        originalDueAt: dueAt,
        forwardDueAt: null,
      });
      eventData.dueAt = dueAt?.toISOString();
      if (rule) eventData.rule = rule.legalBasis;
      break;
    }
    case "decline":
      if (!input.reasonCode) return { error: "reason-required" };
      Object.assign(data, { declineCode: input.reasonCode, declineReason: note, forwardDueAt: null });
      eventData.reasonCode = input.reasonCode;
      break;
    case "transfer": {
      if (!input.targetUnitId) return { error: "bad-target" };
      if (input.targetUnitId === current.unitId) return { error: "same-unit" };
      const target = await db.unit.findFirst({ where: { id: input.targetUnitId, active: true }, select: { id: true, name: true, code: true, remote: true } });
      if (!target) return { error: "bad-target" };
      result.transferTo = target;
      // The competent unit's clocks start afresh, by the rules in force today.
      const acceptBy = acceptDueAt(rules, calendar, { kind: current.kind, instance: current.instance, receivedAt: now, remote: target.remote });
      const forwardBy = forwardDueAt(rules, calendar, { kind: current.kind, instance: current.instance, receivedAt: now });
      Object.assign(data, {
        unitId: target.id,
        receivedAt: now,
        acceptDueAt: acceptBy?.dueAt ?? null,
        acceptRuleId: acceptBy?.rule.id ?? null,
        forwardDueAt: forwardBy?.dueAt ?? null,
        acceptedAt: null,
        dueAt: null,
        originalDueAt: null,
        resolveRuleId: null,
        assigneeId: null,
        extensionCount: 0,
        pausedDays: 0,
        complex: false,
        especiallyComplex: false,
      });
      eventData.fromUnit = current.unit.name;
      eventData.toUnit = target.name;
      // Ids as well as names: the statistical forms follow a petition from unit to unit (reports/receipts.ts).
      eventData.fromUnitId = current.unitId;
      eventData.toUnitId = target.id;
      if (current.forwardDueAt) eventData.forwardedInTime = now.getTime() <= current.forwardDueAt.getTime();
      break;
    }
    case "requestInfo":
      Object.assign(data, { statusBeforeInfo: current.status, pausedAt: now });
      break;
    case "provideInfo": {
      Object.assign(data, { statusBeforeInfo: null, pausedAt: null });
      const rule = current.acceptedAt ? resolveRule() : acceptRule();
      if (!rule || !current.pausedAt) break;
      const pausedDays = current.pausedDays + pausedDaysBetween(rule, calendar, { pausedAt: current.pausedAt, resumedAt: now, reason: "info" });
      if (pausedDays === current.pausedDays) break;
      data.pausedDays = pausedDays;
      if (current.acceptedAt) data.dueAt = periodEnd(rule, calendar, resolutionClock(current, { pausedDays }));
      else data.acceptDueAt = periodEnd(rule, calendar, { start: current.receivedAt, complex: current.complex, remote: current.unit.remote, pausedDays });
      break;
    }
    case "assign": {
      const handler = input.assigneeId
        ? await db.user.findFirst({ where: { id: input.assigneeId, unitId: current.unitId, disabled: false }, select: { id: true, role: true, fullName: true } })
        : null;
      if (!handler || !roleHasPermission(handler.role, "case:handle")) return { error: "bad-assignee" };
      Object.assign(data, { assigneeId: handler.id });
      eventData.assignee = handler.fullName;
      break;
    }
    case "setComplexity": {
      const level = input.complexity ?? "NORMAL";
      const complex = level !== "NORMAL";
      Object.assign(data, { complex, especiallyComplex: level === "ESPECIALLY_COMPLEX" });
      eventData.complexity = level;
      if (current.status === "SUBMITTED") {
        const rule = acceptRule();
        if (rule) data.acceptDueAt = periodEnd(rule, calendar, { start: current.receivedAt, complex, remote: current.unit.remote, pausedDays: current.pausedDays });
        eventData.dueAt = (data.acceptDueAt as Date | undefined)?.toISOString();
      } else {
        const rule = resolveRule();
        if (rule && current.acceptedAt) data.dueAt = periodEnd(rule, calendar, resolutionClock(current, { complex }));
        eventData.dueAt = (data.dueAt as Date | undefined)?.toISOString();
      }
      break;
    }
    case "recordVerification":
      data.demandDiffers = !!input.demandDiffers;
      eventData.demandDiffers = !!input.demandDiffers;
      break;
    case "proposeResolution":
      Object.assign(data, { resolutionText: note, resolutionProposedAt: now, resolutionProposedById: input.actor.kind === "staff" ? input.actor.userId : null });
      break;
    case "returnResolution":
      Object.assign(data, { resolutionProposedAt: null, resolutionProposedById: null });
      break;
    case "approveResolution": {
      const onTime = current.dueAt ? resolvedOnTime(now, current.dueAt) : true;
      const appealRule = current.kind === "COMPLAINT" && current.instance === 1 ? pickRule(rules, { kind: "COMPLAINT", instance: 1, stage: "APPEAL", at: now }) : null;
      Object.assign(data, {
        resolvedAt: now,
        resolvedOnTime: onTime,
        resolutionProposedAt: null,
        appealDueAt: appealRule ? appealWindowEnd(appealRule, calendar, { from: now, remote: current.remoteArea }) : addDays(now, acceptWindowDays, "CALENDAR", calendar),
      });
      eventData.resolution = current.resolutionText;
      eventData.onTime = onTime;
      // Feedback and petitions whose citizen agreed: published, anonymised, with the answer.
      if (mayPublish(current)) {
        Object.assign(data, await publicationData(current, now));
        eventData.published = true;
      }
      break;
    }
    case "extend": {
      const rule = resolveRule();
      if (!rule || !current.dueAt || !current.acceptedAt) return { error: "no-extension-allowed" };
      const extended = extendDueAt(rule, calendar, { clock: resolutionClock(current), extensionCount: current.extensionCount, complexity: complexityOf(current) });
      if (!extended.ok) return { error: extended.reason };
      Object.assign(data, { dueAt: extended.dueAt, extensionCount: current.extensionCount + 1 });
      Object.assign(eventData, {
        dueAt: extended.dueAt.toISOString(),
        newDueAt: extended.dueAt.toISOString(),
        previousDueAt: current.dueAt.toISOString(),
        days: rule.extensionDays,
        complexity: complexityOf(current),
      });
      break;
    }
    case "suspend": {
      const ground = groundsInForce(grounds, { kind: current.kind, action: "SUSPEND", at: now }).find((g) => g.code === input.groundCode);
      if (!ground) return { error: "bad-ground" };
      const from = decisionDay(input.decisionDate, now, current.acceptedAt);
      if (from === "bad" || !from) return { error: "bad-decision-date" };
      Object.assign(data, { statusBeforeInfo: current.status, pausedAt: from, suspendGround: ground.code });
      Object.assign(eventData, { ground: ground.code, groundLabelVi: ground.labelVi, groundLabelEn: ground.labelEn, legalBasis: ground.legalBasis, grounds: `${ground.labelVi} (${ground.legalBasis})` });
      break;
    }
    case "resume": {
      const to = decisionDay(input.decisionDate, now, current.pausedAt);
      if (to === "bad" || !to) return { error: "bad-decision-date" };
      const rule = resolveRule();
      const stopped = rule && current.pausedAt ? pausedDaysBetween(rule, calendar, { pausedAt: current.pausedAt, resumedAt: to, reason: "suspension" }) : 0;
      const pausedDays = current.pausedDays + stopped;
      Object.assign(data, { statusBeforeInfo: null, pausedAt: null, suspendGround: null, pausedDays });
      if (rule && current.acceptedAt) data.dueAt = periodEnd(rule, calendar, resolutionClock(current, { pausedDays }));
      Object.assign(eventData, { pausedDays: stopped, dueAt: (data.dueAt as Date | undefined)?.toISOString(), previousDueAt: current.dueAt?.toISOString() });
      break;
    }
    case "end": {
      const ground = groundsInForce(grounds, { kind: current.kind, action: "END", at: now }).find((g) => g.code === input.groundCode);
      if (!ground) return { error: "bad-ground" };
      const on = decisionDay(input.decisionDate, now, current.acceptedAt);
      if (on === "bad" || !on) return { error: "bad-decision-date" };
      Object.assign(data, { closedAt: now, endGround: ground.code, pausedAt: null, suspendGround: null, statusBeforeInfo: null });
      Object.assign(eventData, { ground: ground.code, groundLabelVi: ground.labelVi, groundLabelEn: ground.labelEn, legalBasis: ground.legalBasis, grounds: `${ground.labelVi} (${ground.legalBasis})` });
      break;
    }
    case "continueResolution":
      // The withdrawal is answered: the resolution goes on, on the grounds given in the note.
      data.withdrawalRequestedAt = null;
      break;
    case "withdraw": {
      const consequence = groundsInForce(grounds, { kind: current.kind, action: "WITHDRAW", at: now })[0];
      if (consequence) Object.assign(eventData, { consequenceVi: consequence.labelVi, consequenceEn: consequence.labelEn, legalBasis: consequence.legalBasis });
      if (current.kind === "DENUNCIATION" && current.status !== "SUBMITTED") {
        // Recorded; the resolver decides to end it or to continue (Luật Tố cáo Điều 33 k.3).
        data.withdrawalRequestedAt = now;
        const leaders = await db.user.findMany({ where: { unitId: current.unitId, role: "LEADER", disabled: false }, select: { id: true } });
        result.notifyStaff = [...new Set([current.assigneeId, ...leaders.map((l) => l.id)].filter((id): id is string => !!id))];
      } else {
        Object.assign(data, { closedAt: now, pausedAt: null });
      }
      break;
    }
    case "acceptResolution":
    case "autoClose":
      Object.assign(data, { closedAt: now });
      break;
    case "appeal": {
      if (!current.unit.parentId) return { error: "no-parent-unit" };
      result.parentUnit = await db.unit.findUnique({ where: { id: current.unit.parentId }, select: { id: true, code: true, name: true, remote: true } });
      if (!result.parentUnit) return { error: "no-parent-unit" };
      Object.assign(data, { appealReason: note });
      // A second complaint because the first-instance deadline passed with no decision (Điều 33).
      if (current.status !== "RESOLVED") eventData.unresolvedDueAt = current.dueAt?.toISOString();
      break;
    }
    case "rate": {
      const rating = input.rating;
      if (!rating || !Number.isInteger(rating) || rating < 1 || rating > 5) return { error: "bad-rating" };
      Object.assign(data, { satisfaction: rating, satisfactionComment: note });
      break;
    }
    case "note":
    case "reply":
      break;
  }
  return result;
}

/** An appeal opens a second-instance complaint at the parent unit, linked both ways (appealOf / appeal). */
async function openSecondInstance(
  tx: Tx,
  first: { id: string; code: string; title: string; description: string; categoryId: string | null; citizenId: string | null; contactName: string | null; contactEmail: string | null; contactPhone: string | null; secretHash: string | null; locationText: string | null; decisionText: string | null; learnedAt: Date | null },
  parent: { id: string; code: string; name: string; remote: boolean },
  reason: string,
  ctx: Pick<ProcedureContext, "rules" | "calendar">,
  now: Date,
): Promise<string> {
  const code = await nextCaseCode(tx, parent, Number(localDate(now).slice(0, 4)));
  const acceptBy = acceptDueAt(ctx.rules, ctx.calendar, { kind: "COMPLAINT", instance: 2, receivedAt: now, remote: parent.remote });
  const second = await tx.case.create({
    data: {
      code,
      kind: "COMPLAINT",
      channel: "ONLINE",
      status: "SUBMITTED",
      instance: 2,
      unitId: parent.id,
      originUnitId: parent.id,
      categoryId: first.categoryId,
      citizenId: first.citizenId,
      contactName: first.contactName,
      contactEmail: first.contactEmail,
      contactPhone: first.contactPhone,
      secretHash: first.secretHash,
      title: first.title,
      description: `${reason}\n\n— ${first.code}:\n${first.description}`.slice(0, 20_000),
      locationText: first.locationText,
      decisionText: first.decisionText,
      learnedAt: first.learnedAt,
      searchText: foldForSearch(`${code} ${first.title} ${first.contactName ?? ""}`),
      appealOfId: first.id,
      submittedAt: now,
      receivedAt: now,
      acceptDueAt: acceptBy?.dueAt ?? null,
      acceptRuleId: acceptBy?.rule.id ?? null,
      nextDueAt: acceptBy?.dueAt ?? null,
    },
  });
  const submitted = await tx.caseEvent.create({
    data: {
      caseId: second.id,
      type: "SUBMITTED",
      toStatus: "SUBMITTED",
      actorId: first.citizenId,
      visibility: "PUBLIC",
      note: reason,
      data: JSON.stringify({ appealOf: first.code }),
      createdAt: now,
    },
  });
  // The first case's files the citizen could see go with the appeal: new rows naming the same
  // stored content (content-addressed), never copies, so the handling unit reads them on its own case.
  const files = await tx.attachment.findMany({
    where: { caseId: first.id, OR: [{ eventId: null }, { event: { visibility: "PUBLIC" } }] },
    select: { sha256: true, storageKey: true, fileName: true, mimeType: true, size: true, uploadedById: true, identifying: true },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  for (const f of files) await tx.attachment.create({ data: { ...f, caseId: second.id, eventId: submitted.id } });
  return code;
}
