import { ConflictError, db, isUniqueViolation, write, type Tx } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { canAccessUnit } from "../auth/guards.server";
import { roleHasPermission } from "../auth/roles";
import type { SessionUser } from "../auth/session.server";
import { parseCaseCode } from "../cases/codes";
import { openStatuses } from "../cases/constants";
import { caseRecipient, notify, type NotificationType } from "../notifications/notifications.server";
import { complaintDialogueLeadDays } from "./constants";
import type { SessionInput } from "./schemas";
import { parseLocalDateTime } from "./time";

const dayMs = 24 * 60 * 60 * 1000;

export type FieldErrors = Record<string, string[]>;
export type ServiceResult<T = object> = ({ ok: true } & T) | { ok: false; errors: FieldErrors; status?: number };

export type StaffUser = Pick<SessionUser, "id" | "role" | "unitId"> & { unit: { path: string } | null };

/** A session a staff member may see: their unit's (or, for a leader, a unit below). 404 if none, 403 for another unit's. */
export async function requireStaffSession(user: StaffUser, id: string | undefined) {
  if (!id || id.length > 64) notFound();
  const session = await db.dialogueSession.findUnique({
    where: { id },
    include: { unit: { select: { id: true, name: true, path: true, code: true } }, chair: { select: { id: true, fullName: true, position: true } } },
  });
  if (!session) notFound();
  if (!canAccessUnit(user, session.unit)) forbidden();
  return session;
}

export function mayManageSessions(user: { role: string }) {
  return roleHasPermission(user.role, "session:manage");
}

/** Leaders of a unit who may chair its sessions. */
export async function chairOptions(unitId: string) {
  return db.user.findMany({ where: { unitId, role: "LEADER", disabled: false }, select: { id: true, fullName: true, position: true }, orderBy: { fullName: "asc" } });
}

/** Checks what needs the database: a chair who leads the unit, a start not in the past, a complaint's lead time. */
async function checkSession(unitId: string, input: SessionInput, now: Date, opts: { startChanged: boolean; leadDays?: number }) {
  const errors: FieldErrors = {};
  const startsAt = parseLocalDateTime(input.startsAt)!;
  const endsAt = parseLocalDateTime(input.endsAt)!;
  const chair = await db.user.findUnique({ where: { id: input.chairId }, select: { id: true, role: true, unitId: true, disabled: true } });
  if (!chair || chair.role !== "LEADER" || chair.unitId !== unitId || chair.disabled) errors.chairId = ["dialogue.errors.chairNotLeader"];
  if (opts.startChanged && startsAt.getTime() < now.getTime()) errors.startsAt = ["dialogue.errors.inPast"];
  else if (opts.leadDays && startsAt.getTime() < now.getTime() + opts.leadDays * dayMs) {
    errors.startsAt = [`dialogue.errors.leadTime?days=${opts.leadDays}`];
  }
  return { errors, startsAt, endsAt };
}

/** The case "schedule dialogue" was started from: an open case of the unit, not a denunciation (a denouncer is never named at a meeting). */
export async function agendaCase(unitId: string, rawCode: string) {
  const parsed = parseCaseCode(rawCode);
  if (!parsed) return null;
  const c = await db.case.findUnique({
    where: { code: parsed.code },
    select: { id: true, code: true, title: true, kind: true, status: true, unitId: true, citizenId: true, contactName: true, contactEmail: true, contactPhone: true, anonymous: true },
  });
  if (!c || c.unitId !== unitId || c.kind === "DENUNCIATION" || !(openStatuses as readonly string[]).includes(c.status)) return null;
  return c;
}

/** The columns the session form sets, alike on creation and on edit. */
function sessionColumns(input: SessionInput, startsAt: Date, endsAt: Date) {
  return {
    title: input.title,
    chairId: input.chairId,
    startsAt,
    endsAt,
    place: input.place ?? null,
    link: input.link ?? null,
    capacity: input.capacity,
    isPublic: !!input.isPublic,
  };
}

/** Schedules a session of the staff member's unit; from a complaint, with the case on its agenda and the citizen invited. */
export async function createSession(user: StaffUser, input: SessionInput, now = new Date()): Promise<ServiceResult<{ id: string }>> {
  if (!user.unitId || !mayManageSessions(user)) forbidden();
  const unitId = user.unitId;
  const token = input.submissionToken ?? null;
  const already = token ? await db.dialogueSession.findUnique({ where: { submissionToken: token }, select: { id: true } }) : null;
  if (already) return { ok: true, id: already.id };
  const fromCase = input.caseCode ? await agendaCase(unitId, input.caseCode) : null;
  if (input.caseCode && !fromCase) return { ok: false, errors: { caseCode: ["dialogue.errors.caseNotOfUnit"] } };
  const { errors, startsAt, endsAt } = await checkSession(unitId, input, now, {
    startChanged: true,
    leadDays: fromCase?.kind === "COMPLAINT" ? complaintDialogueLeadDays : undefined,
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  const create = () => write(async (tx) => {
    const session = await tx.dialogueSession.create({
      data: {
        submissionToken: token,
        unitId,
        kind: input.kind,
        ...sessionColumns(input, startsAt, endsAt),
        createdById: user.id,
      },
      select: { id: true, title: true, startsAt: true },
    });
    if (fromCase) await putCaseOnAgenda(tx, session, fromCase);
    return session.id;
  });
  try {
    return { ok: true, id: await create() };
  } catch (error) {
    // A double submit raced past the first check: the token's unique index decides.
    const first = token && isUniqueViolation(error) ? await db.dialogueSession.findUnique({ where: { submissionToken: token }, select: { id: true } }) : null;
    if (first) return { ok: true, id: first.id };
    throw error;
  }
}

type AgendaCase = NonNullable<Awaited<ReturnType<typeof agendaCase>>>;

/** Puts a case on the agenda and invites its citizen (in-app and email). Throws on a duplicate (unique index). */
export async function putCaseOnAgenda(tx: Tx, session: { id: string; title: string; startsAt: Date }, c: AgendaCase, opts: { invite?: boolean } = {}) {
  const count = await tx.sessionAgendaItem.count({ where: { sessionId: session.id } });
  await tx.sessionAgendaItem.create({ data: { sessionId: session.id, caseId: c.id, title: `${c.code} — ${c.title}`, sortOrder: count } });
  if (opts.invite === false || c.anonymous) return;
  const params = { title: session.title, when: session.startsAt.toISOString(), code: c.code };
  if (c.citizenId) {
    const citizen = await tx.user.findUnique({ where: { id: c.citizenId }, select: { fullName: true } });
    const existing = await tx.sessionParticipant.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId: c.citizenId } } });
    const participant =
      existing ??
      (await tx.sessionParticipant.create({
        data: { sessionId: session.id, userId: c.citizenId, name: citizen?.fullName ?? c.contactName ?? "", role: "CITIZEN", response: "INVITED" },
      }));
    if (!existing) await notify(tx, { userId: c.citizenId }, "SESSION_INVITED", params, { caseId: c.id, link: `/sessions/invitations/${participant.id}` });
  } else if (c.contactName) {
    await tx.sessionParticipant.create({ data: { sessionId: session.id, userId: null, name: c.contactName, role: "CITIZEN", response: "INVITED" } });
    const contact = caseRecipient(c);
    if (contact) await notify(tx, contact, "SESSION_INVITED", params, { caseId: c.id, link: `/track?code=${c.code}` });
  }
}

/** Adds a case of the unit to a scheduled session's agenda. */
export async function addCaseToAgenda(sessionId: string, rawCode: string): Promise<ServiceResult> {
  const session = await db.dialogueSession.findUniqueOrThrow({ where: { id: sessionId }, select: { id: true, unitId: true, title: true, startsAt: true, status: true } });
  if (session.status !== "SCHEDULED") return { ok: false, errors: { caseCode: ["dialogue.errors.notScheduled"] } };
  const c = await agendaCase(session.unitId, rawCode);
  if (!c) return { ok: false, errors: { caseCode: ["dialogue.errors.caseNotOfUnit"] } };
  try {
    await write((tx) => putCaseOnAgenda(tx, session, c));
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, errors: { caseCode: ["dialogue.errors.alreadyOnAgenda"] } };
    throw error;
  }
  return { ok: true };
}

/** Everyone to tell about a change: invited citizens and officials with an account (not those who declined) and those who booked. */
async function audience(tx: Tx, sessionId: string): Promise<string[]> {
  const [participants, bookings] = await Promise.all([
    tx.sessionParticipant.findMany({ where: { sessionId, userId: { not: null }, response: { not: "DECLINED" } }, select: { userId: true } }),
    tx.sessionBooking.findMany({ where: { sessionId }, select: { citizenId: true } }),
  ]);
  return [...new Set([...participants.map((p) => p.userId!), ...bookings.map((b) => b.citizenId)])];
}

async function tellEveryone(tx: Tx, sessionId: string, type: NotificationType, params: Record<string, string>, link: string) {
  for (const userId of await audience(tx, sessionId)) await notify(tx, { userId }, type, params, { link });
}

/**
 * Edits a scheduled session. A new start time is a postponement: the first
 * planned start is kept in postponedFrom and every participant is told.
 */
export async function updateSession(user: StaffUser, sessionId: string, input: SessionInput, now = new Date()): Promise<ServiceResult> {
  const current = await db.dialogueSession.findUniqueOrThrow({ where: { id: sessionId } });
  if (current.status !== "SCHEDULED") return { ok: false, errors: { "": ["dialogue.errors.notScheduled"] } };
  const newStart = parseLocalDateTime(input.startsAt)!;
  const startChanged = newStart.getTime() !== current.startsAt.getTime();
  const { errors, startsAt, endsAt } = await checkSession(current.unitId, input, now, { startChanged });
  if (Object.keys(errors).length) return { ok: false, errors };
  if (current.kind === "RECEPTION_DAY") {
    const booked = await db.sessionBooking.count({ where: { sessionId } });
    if (input.capacity < booked) return { ok: false, errors: { capacity: [`dialogue.errors.capacityBelowBookings?count=${booked}`] } };
  }
  try {
    await write(async (tx) => {
      const updated = await tx.dialogueSession.updateMany({
        where: { id: sessionId, version: input.version ?? -1, status: "SCHEDULED" },
        data: {
          ...sessionColumns(input, startsAt, endsAt),
          postponedFrom: startChanged ? (current.postponedFrom ?? current.startsAt) : current.postponedFrom,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw new ConflictError();
      if (startChanged || endsAt.getTime() !== current.endsAt.getTime() || (input.place ?? null) !== current.place || (input.link ?? null) !== current.link) {
        await tellEveryone(
          tx,
          sessionId,
          "SESSION_RESCHEDULED",
          { title: input.title, from: current.startsAt.toISOString(), when: startsAt.toISOString(), place: input.place ?? input.link ?? "" },
          `/calendar/${sessionId}`,
        );
      }
    });
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, errors: { "": ["dialogue.errors.conflict"] }, status: 409 };
    throw error;
  }
  return { ok: true };
}

/** Cancels a scheduled session with a reason; everyone invited or booked is told. */
export async function cancelSession(sessionId: string, version: number, reason: string): Promise<ServiceResult> {
  try {
    await write(async (tx) => {
      const updated = await tx.dialogueSession.updateMany({
        where: { id: sessionId, version, status: "SCHEDULED" },
        data: { status: "CANCELLED", cancelReason: reason, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ConflictError();
      const s = await tx.dialogueSession.findUniqueOrThrow({ where: { id: sessionId }, select: { title: true, startsAt: true } });
      await tellEveryone(tx, sessionId, "SESSION_CANCELLED", { title: s.title, when: s.startsAt.toISOString(), reason }, `/calendar/${sessionId}`);
    });
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, errors: { "": ["dialogue.errors.conflict"] }, status: 409 };
    throw error;
  }
  return { ok: true };
}

/** Officials and guests (name, organisation). */
export async function addGuest(sessionId: string, input: { role: "OFFICIAL" | "GUEST"; name: string; organisation?: string }): Promise<ServiceResult> {
  await write((tx) =>
    tx.sessionParticipant.create({ data: { sessionId, userId: null, name: input.name, organisation: input.organisation ?? null, role: input.role, response: "CONFIRMED" } }),
  );
  return { ok: true };
}

/** A unit's sessions, newest first, keyset on (startsAt, id) — index (unitId, startsAt). */
export async function unitSessions(unitIds: string[], cursor: { at: string; id: string } | null, take = 30) {
  const at = cursor ? new Date(cursor.at) : null;
  const rows = await db.dialogueSession.findMany({
    where: { unitId: { in: unitIds }, ...(at && cursor ? { OR: [{ startsAt: { lt: at } }, { startsAt: at, id: { lt: cursor.id } }] } : {}) },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      place: true,
      capacity: true,
      unit: { select: { name: true } },
      chair: { select: { fullName: true } },
      _count: { select: { bookings: true, agenda: true } },
    },
  });
  return { rows: rows.slice(0, take), next: rows.length > take ? rows[take - 1]! : null };
}

/** Service errors for Conform's reply(): "" holds the form-level messages. */
export function splitErrors(errors: FieldErrors): { formErrors?: string[]; fieldErrors: FieldErrors } {
  const { "": formErrors, ...fieldErrors } = errors;
  return { formErrors, fieldErrors };
}
