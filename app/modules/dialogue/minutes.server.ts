import { createServerI18n } from "~/i18n/i18n.server";
import { receptionSearchText } from "~/modules/reports/registers";
import { ConflictError, db, write } from "~/utils/db.server";
import { localDate } from "~/modules/deadlines/calendar";
import { formatDate } from "~/utils/dates";
import { fileCase } from "../cases/filing.server";
import { notify } from "../notifications/notifications.server";
import { sessionRecordRefusal } from "./held";
import type { FieldErrors, ServiceResult } from "./sessions.server";
import { putCaseOnAgenda } from "./sessions.server";

/** Attendance: who of the invited and booked came, and who signed the minutes — from the session's start (held.ts). */
export async function recordAttendance(
  sessionId: string,
  input: { attended: string[]; signed: string[]; bookingsAttended: string[] },
  now = new Date(),
): Promise<ServiceResult> {
  const s = await db.dialogueSession.findUniqueOrThrow({ where: { id: sessionId }, select: { status: true, startsAt: true } });
  const refusal = sessionRecordRefusal(s, now);
  if (refusal) return { ok: false, errors: { "": [refusal === "cancelled" ? "dialogue.errors.cancelled" : "dialogue.errors.attendanceNotYet"] }, status: 409 };
  await write(async (tx) => {
    const participants = await tx.sessionParticipant.findMany({ where: { sessionId }, select: { id: true } });
    for (const p of participants) {
      await tx.sessionParticipant.update({ where: { id: p.id }, data: { attended: input.attended.includes(p.id), signed: input.signed.includes(p.id) } });
    }
    const bookings = await tx.sessionBooking.findMany({ where: { sessionId }, select: { id: true } });
    for (const b of bookings) await tx.sessionBooking.update({ where: { id: b.id }, data: { attended: input.bookingsAttended.includes(b.id) } });
  });
  return { ok: true };
}

type WalkIn = {
  kind: "FEEDBACK" | "PETITION" | "COMPLAINT";
  contactName: string;
  contactPhone?: string;
  title: string;
  description: string;
  categoryId: string;
  submissionToken: string;
};

/**
 * A matter raised at the session becomes a case on the spot (channel
 * DIALOGUE), goes on the agenda and into the reception register. The form
 * token makes a double submit file one case.
 */
export async function fileWalkIn(sessionId: string, officerId: string, input: WalkIn, now = new Date()): Promise<ServiceResult<{ code: string }>> {
  const s = await db.dialogueSession.findUniqueOrThrow({ where: { id: sessionId }, select: { id: true, unitId: true, kind: true, status: true, title: true, startsAt: true, chairId: true } });
  if (s.status === "CANCELLED") return { ok: false, errors: { "": ["dialogue.errors.cancelled"] } };
  const result = await fileCase(
    {
      kind: input.kind,
      title: input.title,
      description: input.description,
      categoryId: input.categoryId,
      unitId: s.unitId,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      // A complaint raised orally: the decision is described in the text; the date is the session's.
      decisionText: input.kind === "COMPLAINT" ? input.title : undefined,
      learnedAt: input.kind === "COMPLAINT" ? new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10) : undefined,
      submissionToken: input.submissionToken,
    },
    { kind: "officer", officerId, channel: "DIALOGUE", citizenId: null },
    [],
    now,
  );
  if (!result.ok) return { ok: false, errors: result.errors as FieldErrors };
  if (result.duplicate) return { ok: true, code: result.code };
  const c = await db.case.findUniqueOrThrow({
    where: { id: result.caseId },
    select: { id: true, code: true, title: true, kind: true, status: true, unitId: true, citizenId: true, contactName: true, contactEmail: true, contactPhone: true, anonymous: true },
  });
  const vi = createServerI18n("vi").t;
  await write(async (tx) => {
    await putCaseOnAgenda(tx, s, c, { invite: false });
    await tx.sessionParticipant.create({ data: { sessionId, userId: null, name: input.contactName, role: "CITIZEN", response: "CONFIRMED", attended: true } });
    await tx.receptionRecord.create({
      data: {
        unitId: s.unitId,
        sessionId,
        receivedAt: now,
        receiverId: s.chairId,
        visitorName: input.contactName,
        visitorContact: input.contactPhone ?? null,
        classification: input.kind,
        // The chair is the head of the unit: a reception day is the head's reception.
        receptionKind: s.kind === "RECEPTION_DAY" ? "HEAD" : "REGULAR",
        matter: input.title,
        handling: vi("dialogue.register.filedAsCase", { code: c.code }),
        searchText: receptionSearchText({ classification: input.kind, visitorName: input.contactName, matter: input.title, handling: c.code }),
        caseId: c.id,
      },
    });
  });
  return { ok: true, code: c.code };
}

export type MinutesInput = {
  version: number;
  summary?: string;
  items: { id: string; discussion?: string; conclusion?: string; commitments: { responsible: string; what: string; dueAt: Date }[] }[];
};

/**
 * Saves the minutes: each agenda item's discussion, conclusion and
 * commitments (who, what, by when — follow-ups on the unit's desk). The first
 * save marks the session held; each agenda case whose conclusion is new gets
 * a public event on its timeline. A cancelled session has no minutes, and a
 * session not yet begun none either (they would mark it held — held.ts).
 */
export async function saveMinutes(sessionId: string, input: MinutesInput, now = new Date()): Promise<ServiceResult> {
  const s = await db.dialogueSession.findUniqueOrThrow({
    where: { id: sessionId },
    include: { agenda: true, bookings: { where: { attended: true }, include: { citizen: { select: { fullName: true, email: true, phone: true } } } } },
  });
  const refusal = sessionRecordRefusal(s, now);
  if (refusal) return { ok: false, errors: { "": [refusal === "cancelled" ? "dialogue.errors.cancelled" : "dialogue.errors.notYetHeld"] }, status: 409 };
  try {
    await write(async (tx) => {
      const updated = await tx.dialogueSession.updateMany({
        where: { id: sessionId, version: input.version, status: { not: "CANCELLED" }, startsAt: { lte: now } },
        data: { status: "HELD", minutesSummary: input.summary ?? null, minutesSavedAt: now, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ConflictError();
      for (const item of input.items) {
        const before = s.agenda.find((a) => a.id === item.id);
        if (!before) continue;
        await tx.sessionAgendaItem.update({ where: { id: item.id }, data: { discussion: item.discussion ?? null, conclusion: item.conclusion ?? null } });
        // Open commitments follow the form: unchanged ones are kept (with their alert
        // state), removed ones deleted, new ones created. Those already done stay.
        const open = await tx.commitment.findMany({ where: { agendaItemId: item.id, status: "OPEN" } });
        const kept = new Set<string>();
        for (const c of item.commitments) {
          const same = open.find((o) => !kept.has(o.id) && o.responsible === c.responsible && o.what === c.what && o.dueAt.getTime() === c.dueAt.getTime());
          if (same) kept.add(same.id);
          else await tx.commitment.create({ data: { sessionId, agendaItemId: item.id, unitId: s.unitId, responsible: c.responsible, what: c.what, dueAt: c.dueAt } });
        }
        const dropped = open.filter((o) => !kept.has(o.id)).map((o) => o.id);
        if (dropped.length) await tx.commitment.deleteMany({ where: { id: { in: dropped } } });
        if (before.caseId && item.conclusion && item.conclusion !== before.conclusion) {
          await tx.caseEvent.create({
            data: {
              caseId: before.caseId,
              type: "DIALOGUE_HELD",
              visibility: "PUBLIC",
              note: item.conclusion,
              data: JSON.stringify({ session: s.title, sessionDate: s.startsAt.toISOString(), commitments: item.commitments.length }),
              createdAt: now,
            },
          });
        }
      }
      // A reception day's visitors who came go in the reception register, once each
      // (keyed by their booking, so attendance ticked after a first save is added later).
      if (s.kind === "RECEPTION_DAY") {
        const vi = createServerI18n("vi").t;
        for (const b of s.bookings) {
          const key = `booking:${b.id}`;
          if (await tx.receptionRecord.findUnique({ where: { submissionToken: key }, select: { id: true } })) continue;
          await tx.receptionRecord.create({
            data: {
              submissionToken: key,
              unitId: s.unitId,
              sessionId,
              receivedAt: s.startsAt,
              receiverId: s.chairId,
              visitorName: b.citizen.fullName,
              visitorContact: b.citizen.phone ?? b.citizen.email ?? null,
              receptionKind: "HEAD",
              matter: b.matter,
              handling: input.summary || vi("dialogue.register.receivedAtSession", { date: formatDate(s.startsAt, "vi") }),
              searchText: receptionSearchText({ classification: null, visitorName: b.citizen.fullName, matter: b.matter, handling: input.summary ?? "" }),
            },
          });
        }
      }
    });
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, errors: { "": ["dialogue.errors.conflict"] }, status: 409 };
    throw error;
  }
  return { ok: true };
}

/** Open commitments of a unit, soonest due first — index (unitId, status, dueAt). */
export async function dueCommitments(unitIds: string[], take = 20) {
  return db.commitment.findMany({
    where: { unitId: { in: unitIds }, status: "OPEN" },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, responsible: true, what: true, dueAt: true, session: { select: { id: true, title: true } }, unit: { select: { name: true } } },
  });
}

export async function completeCommitment(id: string, unitIds: string[], now = new Date()): Promise<boolean> {
  const done = await write((tx) => tx.commitment.updateMany({ where: { id, unitId: { in: unitIds }, status: "OPEN" }, data: { status: "DONE", doneAt: now } }));
  return done.count === 1;
}

/**
 * Alerts the unit's leaders (and the session's chair) once per commitment
 * whose due date has passed: alertedAt is set in the same transaction as the
 * notifications, by a conditional update, so two instances never alert twice.
 */
export async function alertOverdueCommitments(now = new Date()): Promise<number> {
  const overdue = await db.commitment.findMany({
    where: { status: "OPEN", dueAt: { lt: now }, alertedAt: null },
    orderBy: { dueAt: "asc" },
    take: 200,
    select: { id: true, what: true, responsible: true, dueAt: true, unitId: true, session: { select: { id: true, title: true, chairId: true } } },
  });
  let alerted = 0;
  for (const c of overdue) {
    const sent = await write(async (tx) => {
      const mark = await tx.commitment.updateMany({ where: { id: c.id, alertedAt: null, status: "OPEN" }, data: { alertedAt: now } });
      if (mark.count !== 1) return false;
      const leaders = await tx.user.findMany({ where: { unitId: c.unitId, role: "LEADER", disabled: false }, select: { id: true } });
      const recipients = new Set([...leaders.map((l) => l.id), ...(c.session ? [c.session.chairId] : [])]);
      for (const userId of recipients) {
        await notify(tx, { userId }, "COMMITMENT_OVERDUE", { what: c.what, responsible: c.responsible, dueAt: localDate(c.dueAt) }, { link: "/desk" });
      }
      return true;
    });
    if (sent) alerted++;
  }
  return alerted;
}
