import { sortUnits } from "~/modules/units/order";
import ical, { ICalEventStatus } from "ical-generator";
import { db } from "~/utils/db.server";

const dayMs = 24 * 60 * 60 * 1000;

/** Upcoming public sessions and reception days (scheduled, or cancelled so people know), by unit; keyset on (startsAt, id). */
export async function upcomingPublicSessions(opts: { unitId?: string | null; cursor?: { at: string; id: string } | null; now?: Date; take?: number }) {
  const now = opts.now ?? new Date();
  const take = opts.take ?? 30;
  const at = opts.cursor ? new Date(opts.cursor.at) : null;
  const rows = await db.dialogueSession.findMany({
    where: {
      isPublic: true,
      status: { in: ["SCHEDULED", "CANCELLED"] },
      endsAt: { gte: now },
      ...(opts.unitId ? { unitId: opts.unitId } : {}),
      ...(at && opts.cursor ? { OR: [{ startsAt: { gt: at } }, { startsAt: at, id: { gt: opts.cursor.id } }] } : {}),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: take + 1,
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      link: true,
      capacity: true,
      status: true,
      cancelReason: true,
      unit: { select: { id: true, name: true, code: true } },
      chair: { select: { fullName: true, position: true } },
      _count: { select: { bookings: true } },
    },
  });
  return { rows: rows.slice(0, take), next: rows.length > take ? rows[take - 1]! : null };
}

/** Units that have public sessions coming (for the calendar's unit filter). */
export async function calendarUnits(now = new Date()) {
  const ids = await db.dialogueSession.groupBy({ by: ["unitId"], where: { isPublic: true, status: "SCHEDULED", endsAt: { gte: now } }, orderBy: { unitId: "asc" }, take: 200 });
  const units = await db.unit.findMany({ where: { id: { in: ids.map((i) => i.unitId) } }, select: { id: true, name: true, code: true, level: { select: { rank: true } } } });
  return sortUnits(units).map(({ id, name, code }) => ({ id, name, code }));
}

/**
 * The iCalendar feed (RFC 5545) of public sessions from 30 days ago on, so a
 * subscribed calendar also learns of a cancellation. Times are written in UTC
 * ("…Z"): every client converts them, and no VTIMEZONE block is needed.
 */
export async function calendarFeed(opts: { unitId?: string | null; unitName?: string | null; baseUrl: string; title: string; kindLabel: (kind: string) => string; now?: Date }) {
  const now = opts.now ?? new Date();
  const sessions = await db.dialogueSession.findMany({
    where: { isPublic: true, status: { in: ["SCHEDULED", "CANCELLED", "HELD"] }, startsAt: { gte: new Date(now.getTime() - 30 * dayMs) }, ...(opts.unitId ? { unitId: opts.unitId } : {}) },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, kind: true, title: true, startsAt: true, endsAt: true, place: true, link: true, status: true, updatedAt: true, version: true, unit: { select: { name: true } }, chair: { select: { fullName: true } } },
  });
  const cal = ical({ name: opts.unitName ? `${opts.title} — ${opts.unitName}` : opts.title, prodId: { company: "Lắng Nghe", product: "calendar", language: "VI" } });
  for (const s of sessions) {
    cal.createEvent({
      id: `${s.id}@langnghe`,
      sequence: s.version,
      start: s.startsAt,
      end: s.endsAt,
      stamp: s.updatedAt,
      summary: `${opts.kindLabel(s.kind)}: ${s.title}`,
      description: `${s.unit.name} — ${s.chair.fullName}`,
      location: s.place ?? s.link ?? undefined,
      url: `${opts.baseUrl}/calendar/${s.id}`,
      status: s.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
