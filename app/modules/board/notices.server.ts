import { sortUnits } from "~/modules/units/order";
import { db, isUniqueViolation, write } from "~/utils/db.server";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { foldForSearch } from "~/utils/text";
import { audit } from "../audit/audit.server";
import { roleHasPermission } from "../auth/roles";
import { storeFile, type CheckedFile } from "../files/files.server";
import { notify } from "../notifications/notifications.server";
import type { NoticeBoardQuery, PostNoticeInput } from "./schemas";
import { daysPosted, isEarlyTakeDown, isPublic, minimumUntil, noticeState, postingStart } from "./posting";

export const noticePageSize = 20;

/** Who may post and take down a unit's notices: its own reception officers and leaders — not a parent unit's, not another unit's. */
export type NoticeOfficer = { id: string; role: string; unitId: string | null };

export function mayManageNotices(officer: NoticeOfficer, unitId: string): boolean {
  return roleHasPermission(officer.role, "notice:post") && !!officer.unitId && officer.unitId === unitId;
}

export type PostResult = { ok: true; id: string; duplicate: boolean } | { ok: false; errors: Record<string, string[]> } | { ok: false; forbidden: true };

/**
 * Posts a notice for the officer's unit, with its files, in one transaction.
 * The form's token makes a double submit return the first notice.
 */
export async function postNotice(officer: NoticeOfficer, input: PostNoticeInput, files: CheckedFile[], now = new Date()): Promise<PostResult> {
  if (!officer.unitId || !mayManageNotices(officer, officer.unitId)) return { ok: false, forbidden: true };
  const existing = await db.notice.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true, unitId: true } });
  if (existing) return existing.unitId === officer.unitId ? { ok: true, id: existing.id, duplicate: true } : { ok: false, forbidden: true };
  const start = postingStart(input.postedOn, now);
  if (!start.ok) return { ok: false, errors: { postedOn: [start.error === "past" ? "noticeBoard.errors.pastDate" : "errors.invalidDate"] } };

  const unitId = officer.unitId;
  const stored = await Promise.all(files.map(async (f) => ({ ...f, ...(await storeFile(f)) })));
  try {
    const id = await write(async (tx) => {
      const notice = await tx.notice.create({
        data: {
          unitId,
          category: input.category,
          title: input.title,
          body: input.body,
          postedById: officer.id,
          postedAt: start.postedAt,
          minDays: input.minDays,
          searchText: foldForSearch(`${input.title} ${input.body}`),
          submissionToken: input.submissionToken,
          createdAt: now,
        },
      });
      // Files kept from an earlier try of this form (sent back for a correction).
      await tx.attachment.updateMany({
        where: { pendingToken: input.submissionToken, caseId: null, noticeId: null },
        data: { noticeId: notice.id, uploadedById: officer.id, pendingToken: null },
      });
      for (const f of stored) {
        await tx.attachment.create({
          data: { sha256: f.sha256, storageKey: f.storageKey, fileName: f.fileName, mimeType: f.mimeType, size: f.bytes.byteLength, uploadedById: officer.id, noticeId: notice.id },
        });
      }
      await audit(tx, { actorId: officer.id, action: "NOTICE_POSTED", targetType: "Notice", targetId: notice.id, data: { category: input.category, minDays: input.minDays } });
      return notice.id;
    });
    return { ok: true, id, duplicate: false };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const first = await db.notice.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true } });
      if (first) return { ok: true, id: first.id, duplicate: true };
    }
    throw error;
  }
}

export type TakeDownResult = { ok: true; early: boolean } | { ok: false; error: "not-found" | "forbidden" | "already-down" };

/**
 * Takes a notice down, with the reason. Before its minimum period has run
 * this is allowed but recorded as early, and the unit's leaders are told.
 * Taking it down twice (two officers at once): the second is refused.
 */
export async function takeDownNotice(officer: NoticeOfficer, noticeId: string, reason: string, now = new Date()): Promise<TakeDownResult> {
  const notice = await db.notice.findUnique({ where: { id: noticeId }, select: { id: true, unitId: true, title: true, postedAt: true, minDays: true, takenDownAt: true, unit: { select: { name: true } } } });
  if (!notice) return { ok: false, error: "not-found" };
  if (!mayManageNotices(officer, notice.unitId)) return { ok: false, error: "forbidden" };
  if (notice.takenDownAt) return { ok: false, error: "already-down" };
  const times = { postedAt: notice.postedAt, minDays: notice.minDays, takenDownAt: now };
  const early = isEarlyTakeDown(times);
  const done = await write(async (tx) => {
    const { count } = await tx.notice.updateMany({
      where: { id: noticeId, takenDownAt: null },
      data: { takenDownAt: now, takenDownById: officer.id, takedownReason: reason },
    });
    if (count === 0) return false;
    await audit(tx, { actorId: officer.id, action: early ? "NOTICE_TAKEN_DOWN_EARLY" : "NOTICE_TAKEN_DOWN", targetType: "Notice", targetId: noticeId, reason, data: { early } });
    if (early) {
      const leaders = await tx.user.findMany({ where: { unitId: notice.unitId, role: "LEADER", disabled: false }, select: { id: true } });
      for (const leader of leaders) {
        await notify(
          tx,
          { userId: leader.id },
          "NOTICE_TAKEN_DOWN_EARLY",
          { title: notice.title, unit: notice.unit.name, days: daysPosted(times, now), minDays: notice.minDays, reason },
          { link: `/desk/notices/${noticeId}` },
        );
      }
    }
    return true;
  });
  return done ? { ok: true, early } : { ok: false, error: "already-down" };
}

const listSelect = {
  id: true,
  category: true,
  title: true,
  postedAt: true,
  minDays: true,
  takenDownAt: true,
  unit: { select: { code: true, name: true } },
} as const;

type ListRow = { id: string; category: string; title: string; postedAt: Date; minDays: number; takenDownAt: Date | null; unit: { code: string; name: string } };

function withPeriod(row: ListRow, now: Date) {
  return { ...row, state: noticeState(row, now), minimumUntil: minimumUntil(row), early: isEarlyTakeDown(row) };
}

/**
 * The public board: notices up now (or, `show=past`, taken down after being
 * up), newest first, by unit and category, with a diacritic-free search.
 * Keyset on (postedAt, id). Scheduled and cancelled notices never appear.
 */
export async function listPublicNotices(query: NoticeBoardQuery & { unitId?: string | null }, now = new Date()) {
  const where: Record<string, unknown> = { postedAt: { lte: now } };
  const cursor = decodeCursor(query.cursor);
  if (query.show === "current") where.takenDownAt = null;
  else if (query.show === "past") where.takenDownAt = { gt: db.notice.fields.postedAt };
  else where.OR = [{ takenDownAt: null }, { takenDownAt: { gt: db.notice.fields.postedAt } }];
  if (query.unitId) where.unitId = query.unitId;
  if (query.category) where.category = query.category;
  if (query.q) where.searchText = { contains: foldForSearch(query.q) };
  const rows = await db.notice.findMany({
    where: { AND: [where, afterCursorDesc("postedAt", cursor)] },
    orderBy: [{ postedAt: "desc" }, { id: "desc" }],
    take: noticePageSize + 1,
    select: listSelect,
  });
  return page(rows, now);
}

/** A unit's own notices for its officers: every state, newest first. */
export async function listUnitNotices(unitId: string, rawCursor: string | null | undefined, now = new Date()) {
  const rows = await db.notice.findMany({
    where: { unitId, ...afterCursorDesc("postedAt", decodeCursor(rawCursor)) },
    orderBy: [{ postedAt: "desc" }, { id: "desc" }],
    take: noticePageSize + 1,
    select: listSelect,
  });
  return page(rows, now);
}

function page(rows: ListRow[], now: Date) {
  const shown = rows.slice(0, noticePageSize);
  const last = shown.at(-1);
  return {
    notices: shown.map((r) => withPeriod(r, now)),
    nextCursor: rows.length > noticePageSize && last ? encodeCursor({ id: last.id, at: last.postedAt }) : null,
  };
}

async function loadNotice(id: string) {
  return db.notice.findUnique({
    where: { id },
    select: {
      id: true,
      unitId: true,
      category: true,
      title: true,
      body: true,
      postedAt: true,
      minDays: true,
      takenDownAt: true,
      takedownReason: true,
      createdAt: true,
      unit: { select: { code: true, name: true } },
      postedBy: { select: { fullName: true } },
      attachments: { select: { id: true, fileName: true, size: true, mimeType: true }, orderBy: { createdAt: "asc" } },
    },
  });
}

/** A notice as the public sees it, or null when it is not public (never posted, scheduled, cancelled). */
export async function publicNotice(id: string, now = new Date()) {
  const n = await loadNotice(id);
  if (!n || !isPublic(n, now)) return null;
  const { postedBy: _postedBy, unitId: _unitId, createdAt: _createdAt, ...rest } = n;
  return { ...rest, state: noticeState(n, now), minimumUntil: minimumUntil(n), early: isEarlyTakeDown(n), daysPosted: daysPosted(n, now) };
}

/** A notice for its unit's officers (null when it is not theirs: the route answers 403 or 404). */
export async function staffNotice(id: string, now = new Date()) {
  const n = await loadNotice(id);
  if (!n) return null;
  return { ...n, state: noticeState(n, now), minimumUntil: minimumUntil(n), early: isEarlyTakeDown(n), daysPosted: daysPosted(n, now) };
}

/** May this attachment be downloaded without signing in? Only a file of a notice that is, or was, up. */
export async function publicNoticeFile(fileId: string, now = new Date()) {
  const file = await db.attachment.findUnique({
    where: { id: fileId },
    select: { storageKey: true, fileName: true, mimeType: true, size: true, notice: { select: { unitId: true, postedAt: true, minDays: true, takenDownAt: true } } },
  });
  if (!file?.notice) return null;
  return { ...file, public: isPublic(file.notice, now) };
}

/** Units for the board's filter: every active unit (about a hundred in a province), by code. */
export async function boardUnits() {
  const units = await db.unit.findMany({ where: { active: true }, select: { id: true, code: true, name: true, level: { select: { rank: true } } } });
  return sortUnits(units).map(({ id, code, name }) => ({ id, code, name }));
}

/** What a unit has up now, by category (index unitId, category, postedAt): the board's per-commune summary. */
export async function currentCountsByCategory(unitId: string, now = new Date()) {
  const groups = await db.notice.groupBy({ by: ["category"], where: { unitId, postedAt: { lte: now }, takenDownAt: null }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.category, g._count._all])) as Record<string, number>;
}
