import { ConflictError, db, write, type Tx } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { roleHasPermission } from "../auth/roles";
import { mayPublish, publicationData } from "../board/answers.server";
import { addDays } from "../deadlines/calendar";
import { loadDeadlineContext } from "../deadlines/deadlines.server";
import { acceptDueAt, extendDueAt, pickRule, resolveDueAt, resolvedOnTime, resumeAfterPause } from "../deadlines/rules";
import { storeFile, type CheckedFile } from "../files/files.server";
import { notify, type NotificationType } from "../notifications/notifications.server";
import { nextCaseCode } from "./codes.server";
import { isCaseStatus, openStatuses, type CaseStatus } from "./constants";
import { attachFiles } from "./filing.server";
import { decide, type Actor, type CaseAction, type Refusal } from "./workflow";

/** Days a citizen has to accept a resolution of a case that cannot be appealed, before it closes by itself. */
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
  complex?: boolean;
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
  | "no-parent-unit"
  | "bad-rating";

export type TransitionResult = { ok: true; status: CaseStatus; code: string; appealCode?: string } | { ok: false; error: TransitionError };

/** Actions whose event the citizen sees on their timeline. */
const publicEvents: Partial<Record<CaseAction, NotificationType>> = {
  accept: "CASE_ACCEPTED",
  decline: "CASE_DECLINED",
  transfer: "CASE_TRANSFERRED",
  requestInfo: "INFO_REQUESTED",
  reply: "CASE_REPLY",
  approveResolution: "CASE_RESOLVED",
  extend: "CASE_EXTENDED",
  autoClose: "CASE_CLOSED",
  appeal: "APPEAL_OPENED",
};
const internalActions: CaseAction[] = ["note", "proposeResolution", "returnResolution", "assign"];

const eventType: Record<CaseAction, string> = {
  accept: "ACCEPTED",
  decline: "DECLINED",
  transfer: "TRANSFERRED",
  requestInfo: "INFO_REQUESTED",
  provideInfo: "INFO_PROVIDED",
  assign: "ASSIGNED",
  proposeResolution: "RESOLUTION_PROPOSED",
  approveResolution: "RESOLVED",
  returnResolution: "RESOLUTION_RETURNED",
  extend: "EXTENDED",
  withdraw: "WITHDRAWN",
  acceptResolution: "CLOSED",
  appeal: "APPEALED",
  autoClose: "AUTO_CLOSED",
  rate: "RATED",
  note: "NOTE",
  reply: "REPLY",
};

const noteRequired: CaseAction[] = ["decline", "transfer", "requestInfo", "provideInfo", "proposeResolution", "returnResolution", "extend", "appeal", "note", "reply"];

async function loadCase(caseId: string) {
  return db.case.findUnique({
    where: { id: caseId },
    include: {
      unit: { select: { id: true, name: true, path: true, parentId: true, remote: true } },
      appeal: { select: { id: true } },
    },
  });
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

  const decision = decide(
    input.action,
    input.actor,
    {
      status: current.status,
      kind: current.kind,
      instance: current.instance,
      unitId: current.unitId,
      unitPath: current.unit.path,
      citizenId: current.citizenId,
      assigneeId: current.assigneeId,
      statusBeforeInfo: isCaseStatus(current.statusBeforeInfo) ? current.statusBeforeInfo : null,
      resolutionProposedAt: current.resolutionProposedAt,
      appealDueAt: current.appealDueAt,
      satisfaction: current.satisfaction,
      hasAppeal: current.appeal !== null,
    },
    now,
  );
  if (!decision.ok) return { ok: false, error: decision.reason };
  const note = input.note?.trim() || null;
  if (noteRequired.includes(input.action) && !note) return { ok: false, error: "note-required" };

  const { rules, calendar } = await loadDeadlineContext();
  const data: Record<string, unknown> = { status: decision.to };
  const eventData: Record<string, unknown> = {};
  let transferTo: { id: string; name: string; code: string } | null = null;
  let parentUnit: { id: string; code: string; name: string; remote: boolean } | null = null;

  switch (input.action) {
    case "accept": {
      const complex = !!input.complex;
      const due = resolveDueAt(rules, calendar, { kind: current.kind, instance: current.instance, acceptedAt: now, complex, remote: current.unit.remote });
      Object.assign(data, { acceptedAt: now, complex, dueAt: due?.dueAt ?? null, originalDueAt: due?.dueAt ?? null });
      eventData.dueAt = due?.dueAt.toISOString();
      break;
    }
    case "decline":
      if (!input.reasonCode) return { ok: false, error: "reason-required" };
      Object.assign(data, { declineCode: input.reasonCode, declineReason: note });
      eventData.reasonCode = input.reasonCode;
      break;
    case "transfer": {
      if (!input.targetUnitId) return { ok: false, error: "bad-target" };
      if (input.targetUnitId === current.unitId) return { ok: false, error: "same-unit" };
      const target = await db.unit.findFirst({ where: { id: input.targetUnitId, active: true }, select: { id: true, name: true, code: true, remote: true } });
      if (!target) return { ok: false, error: "bad-target" };
      transferTo = target;
      const acceptBy = acceptDueAt(rules, calendar, { kind: current.kind, instance: current.instance, receivedAt: now, remote: target.remote });
      Object.assign(data, {
        unitId: target.id,
        receivedAt: now,
        acceptDueAt: acceptBy?.dueAt ?? null,
        acceptedAt: null,
        dueAt: null,
        originalDueAt: null,
        assigneeId: null,
        extensionCount: 0,
      });
      eventData.fromUnit = current.unit.name;
      eventData.toUnit = target.name;
      // Ids as well as names: the statistical forms follow a petition from unit to unit (reports/receipts.ts).
      eventData.fromUnitId = current.unitId;
      eventData.toUnitId = target.id;
      break;
    }
    case "requestInfo":
      Object.assign(data, { statusBeforeInfo: current.status, pausedAt: now });
      break;
    case "provideInfo": {
      const rule = pickRule(rules, { kind: current.kind, instance: current.instance, stage: current.acceptedAt ? "RESOLVE" : "ACCEPT", at: now });
      const dueField = current.acceptedAt ? "dueAt" : "acceptDueAt";
      const due = current[dueField];
      Object.assign(data, { statusBeforeInfo: null, pausedAt: null });
      if (rule && due && current.pausedAt) {
        data[dueField] = resumeAfterPause(calendar, rule, { dueAt: due, pausedAt: current.pausedAt, resumedAt: now });
      }
      break;
    }
    case "assign": {
      const handler = input.assigneeId
        ? await db.user.findFirst({ where: { id: input.assigneeId, unitId: current.unitId, disabled: false }, select: { id: true, role: true, fullName: true } })
        : null;
      if (!handler || !roleHasPermission(handler.role, "case:handle")) return { ok: false, error: "bad-assignee" };
      Object.assign(data, { assigneeId: handler.id });
      eventData.assignee = handler.fullName;
      break;
    }
    case "proposeResolution":
      Object.assign(data, { resolutionText: note, resolutionProposedAt: now, resolutionProposedById: input.actor.kind === "staff" ? input.actor.userId : null });
      break;
    case "returnResolution":
      Object.assign(data, { resolutionProposedAt: null, resolutionProposedById: null });
      break;
    case "approveResolution": {
      const onTime = current.dueAt ? resolvedOnTime(now, current.dueAt) : true;
      const appealRule = current.kind === "COMPLAINT" && current.instance === 1 ? pickRule(rules, { kind: "COMPLAINT", instance: 1, stage: "APPEAL", at: now }) : null;
      const windowDays = appealRule ? (current.unit.remote ? (appealRule.remoteDays ?? appealRule.days) : appealRule.days) : acceptWindowDays;
      Object.assign(data, {
        resolvedAt: now,
        resolvedOnTime: onTime,
        resolutionProposedAt: null,
        appealDueAt: addDays(now, windowDays, "CALENDAR", calendar),
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
      const rule = pickRule(rules, { kind: current.kind, instance: current.instance, stage: "RESOLVE", at: now });
      if (!rule || !current.dueAt) return { ok: false, error: "no-extension-allowed" };
      const extended = extendDueAt(rule, calendar, { currentDueAt: current.dueAt, extensionCount: current.extensionCount });
      if (!extended.ok) return { ok: false, error: extended.reason };
      Object.assign(data, { dueAt: extended.dueAt, extensionCount: current.extensionCount + 1 });
      eventData.dueAt = extended.dueAt.toISOString();
      eventData.previousDueAt = current.dueAt.toISOString();
      break;
    }
    case "withdraw":
      Object.assign(data, { closedAt: now });
      break;
    case "acceptResolution":
    case "autoClose":
      Object.assign(data, { closedAt: now });
      break;
    case "appeal": {
      if (!current.unit.parentId) return { ok: false, error: "no-parent-unit" };
      parentUnit = await db.unit.findUnique({ where: { id: current.unit.parentId }, select: { id: true, code: true, name: true, remote: true } });
      if (!parentUnit) return { ok: false, error: "no-parent-unit" };
      Object.assign(data, { appealReason: note });
      break;
    }
    case "rate": {
      const rating = input.rating;
      if (!rating || !Number.isInteger(rating) || rating < 1 || rating > 5) return { ok: false, error: "bad-rating" };
      Object.assign(data, { satisfaction: rating, satisfactionComment: note });
      break;
    }
    case "note":
    case "reply":
      break;
  }

  // The deadline that matters from now on (inbox sort, overdue and due-soon filters).
  const acceptDue = "acceptDueAt" in data ? (data.acceptDueAt as Date | null) : current.acceptDueAt;
  const resolveDue = "dueAt" in data ? (data.dueAt as Date | null) : current.dueAt;
  data.nextDueAt = (openStatuses as readonly string[]).includes(decision.to) ? (decision.to === "SUBMITTED" ? acceptDue : resolveDue) : null;
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
      const event = await tx.caseEvent.create({
        data: {
          caseId,
          type: eventType[input.action],
          fromStatus: current.status,
          toStatus: decision.to,
          actorId,
          visibility: internalActions.includes(input.action) ? "INTERNAL" : "PUBLIC",
          note: input.action === "rate" ? null : note,
          data: Object.keys(eventData).length ? JSON.stringify(eventData) : null,
          createdAt: now,
        },
      });
      await attachFiles(tx, stored, { caseId, eventId: event.id, uploadedById: actorId });

      let appealCode: string | undefined;
      if (input.action === "appeal" && parentUnit) {
        appealCode = await openSecondInstance(tx, current, parentUnit, note ?? "", rules, calendar, now);
        eventData.appealCode = appealCode;
        await tx.caseEvent.update({ where: { id: event.id }, data: { data: JSON.stringify(eventData) } });
      }

      const citizenNotice = publicEvents[input.action];
      if (citizenNotice && (current.citizenId || current.contactEmail)) {
        await notify(
          tx,
          { userId: current.citizenId, email: current.citizenId ? null : current.contactEmail },
          citizenNotice,
          {
            code: current.code,
            unit: transferTo?.name ?? current.unit.name,
            note: note ?? "",
            reasonCode: input.reasonCode ?? "OTHER",
            dueAt: typeof eventData.dueAt === "string" ? eventData.dueAt.slice(0, 10) : "",
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
      return { ok: true as const, status: decision.to, code: current.code, appealCode };
    });
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, error: "conflict" };
    throw error;
  }
}

/** An appeal opens a second-instance complaint at the parent unit, linked both ways (appealOf / appeal). */
async function openSecondInstance(
  tx: Tx,
  first: { id: string; code: string; title: string; description: string; categoryId: string | null; citizenId: string | null; contactName: string | null; contactEmail: string | null; contactPhone: string | null; secretHash: string | null; locationText: string | null; decisionText: string | null; learnedAt: Date | null },
  parent: { id: string; code: string; name: string; remote: boolean },
  reason: string,
  rules: Awaited<ReturnType<typeof loadDeadlineContext>>["rules"],
  calendar: Awaited<ReturnType<typeof loadDeadlineContext>>["calendar"],
  now: Date,
): Promise<string> {
  const code = await nextCaseCode(tx, parent, Number(new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 4)));
  const acceptBy = acceptDueAt(rules, calendar, { kind: "COMPLAINT", instance: 2, receivedAt: now, remote: parent.remote });
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
      nextDueAt: acceptBy?.dueAt ?? null,
    },
  });
  await tx.caseEvent.create({
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
  return code;
}
