import { db, isUniqueViolation, write } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { notify } from "../notifications/notifications.server";

export type BookingError = "closed" | "full" | "already-booked";
export type BookingResult = { ok: true; slot: number } | { ok: false; error: BookingError };

/** Whether a session takes bookings now: a public reception day, scheduled, not started, with slots. */
export function isBookable(s: { kind: string; status: string; isPublic: boolean; startsAt: Date; capacity: number }, now: Date) {
  return s.kind === "RECEPTION_DAY" && s.status === "SCHEDULED" && s.isPublic && s.capacity > 0 && s.startsAt.getTime() > now.getTime();
}

/**
 * Books the lowest free slot of a reception day for a citizen. Capacity holds
 * under simultaneous bookings because slots are numbered 1..capacity and
 * (session, slot) is unique: two citizens who pick the same free slot cannot
 * both have it — the loser retries with the next one, and when none is left the
 * day is full. (session, citizen) is unique too: a second booking is refused.
 */
export async function bookSlot(sessionId: string, citizen: { id: string }, matter: string, now = new Date()): Promise<BookingResult> {
  const session = await db.dialogueSession.findUnique({ where: { id: sessionId } });
  if (!session) notFound();
  if (!isBookable(session, now)) return { ok: false, error: "closed" };
  for (let attempt = 0; attempt <= session.capacity; attempt++) {
    const taken = await db.sessionBooking.findMany({ where: { sessionId }, select: { slot: true, citizenId: true } });
    if (taken.some((b) => b.citizenId === citizen.id)) return { ok: false, error: "already-booked" };
    const used = new Set(taken.map((b) => b.slot));
    let slot = 0;
    for (let s = 1; s <= session.capacity; s++) {
      if (!used.has(s)) {
        slot = s;
        break;
      }
    }
    if (!slot) return { ok: false, error: "full" };
    try {
      await write(async (tx) => {
        await tx.sessionBooking.create({ data: { sessionId, citizenId: citizen.id, slot, matter } });
        await notify(tx, { userId: citizen.id }, "SESSION_BOOKED", { title: session.title, when: session.startsAt.toISOString(), slot }, { link: `/calendar/${sessionId}` });
      });
      return { ok: true, slot };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Someone took this slot (or this citizen booked in another tab): look again.
    }
  }
  const mine = await db.sessionBooking.findUnique({ where: { sessionId_citizenId: { sessionId, citizenId: citizen.id } } });
  return { ok: false, error: mine ? "already-booked" : "full" };
}

/** A citizen asks to join a public dialogue session (not a reception day: there one books). */
export async function requestToJoin(sessionId: string, citizen: { id: string; fullName: string }, now = new Date()): Promise<{ ok: boolean; error?: "closed" | "already" }> {
  const s = await db.dialogueSession.findUnique({ where: { id: sessionId } });
  if (!s || !s.isPublic) notFound();
  if (s.status !== "SCHEDULED" || s.kind === "RECEPTION_DAY" || s.startsAt.getTime() <= now.getTime()) return { ok: false, error: "closed" };
  try {
    await write(async (tx) => {
      await tx.sessionParticipant.create({ data: { sessionId, userId: citizen.id, name: citizen.fullName, role: "CITIZEN", response: "REQUESTED" } });
      const staff = await tx.user.findMany({ where: { OR: [{ id: s.chairId }, { id: s.createdById }] }, select: { id: true } });
      for (const u of staff) {
        await notify(tx, { userId: u.id }, "SESSION_JOIN_REQUESTED", { title: s.title, name: citizen.fullName }, { link: `/desk/sessions/${s.id}` });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "already" };
    throw error;
  }
  return { ok: true };
}

/** The invitation a citizen opens: theirs only — anyone else's is the same 404 as a missing one. */
export async function requireOwnInvitation(participantId: string | undefined, userId: string) {
  if (!participantId || participantId.length > 64) notFound();
  const p = await db.sessionParticipant.findFirst({
    where: { id: participantId, userId },
    include: {
      session: {
        select: {
          id: true, title: true, kind: true, startsAt: true, endsAt: true, place: true, link: true, status: true, cancelReason: true,
          unit: { select: { name: true } }, chair: { select: { fullName: true, position: true } },
          agenda: { select: { title: true, case: { select: { citizenId: true } } }, orderBy: { sortOrder: "asc" } },
        },
      },
    },
  });
  if (!p) notFound();
  return p;
}

/** Confirms or declines an invitation (or a staff member approves a request to join). */
export async function respondToInvitation(participantId: string, userId: string, response: "CONFIRMED" | "DECLINED"): Promise<{ ok: boolean }> {
  const updated = await write((tx) =>
    // A citizen who asked to join waits for the staff's approval: they cannot confirm themselves.
    tx.sessionParticipant.updateMany({ where: { id: participantId, userId, response: { not: "REQUESTED" }, session: { status: "SCHEDULED" } }, data: { response } }),
  );
  return { ok: updated.count === 1 };
}

/** Staff let a citizen who asked to join a public session attend. */
export async function approveJoinRequest(sessionId: string, participantId: string): Promise<boolean> {
  const done = await write((tx) =>
    tx.sessionParticipant.updateMany({ where: { id: participantId, sessionId, response: "REQUESTED", session: { status: "SCHEDULED" } }, data: { response: "CONFIRMED" } }),
  );
  return done.count === 1;
}

/** A citizen's invitations and bookings (newest sessions first; a citizen has few). */
export async function citizenSessions(userId: string) {
  const [invitations, bookings] = await Promise.all([
    db.sessionParticipant.findMany({
      where: { userId },
      orderBy: { session: { startsAt: "desc" } },
      take: 50,
      select: { id: true, response: true, session: { select: { id: true, title: true, startsAt: true, status: true, unit: { select: { name: true } } } } },
    }),
    db.sessionBooking.findMany({
      where: { citizenId: userId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, slot: true, matter: true, session: { select: { id: true, title: true, startsAt: true, status: true, unit: { select: { name: true } } } } },
    }),
  ]);
  return { invitations, bookings };
}
