import { textMatch } from "~/utils/search.server";
import { sortUnits } from "~/modules/units/order";
import { createServerI18n } from "~/i18n/i18n.server";
import { db, isUniqueViolation, write } from "~/utils/db.server";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { foldForSearch } from "~/utils/text";
import { audit } from "../audit/audit.server";
import { roleHasPermission } from "../auth/roles";
import { storeFile, type CheckedFile } from "../files/files.server";
import { notify } from "../notifications/notifications.server";
import type { NoticeBoardQuery, PostNoticeInput } from "./schemas";
import { makeCalendar, type WorkCalendar } from "../deadlines/calendar";
import { daysPosted, isEarlyTakeDown, isPublic, localToday, minimumUntil, noticeState, postingStart } from "./posting";
import { isLatePosting, noticeRuleFor, postingKindOf, publishDeadline } from "./posting-rules";

/** The holiday calendar and the posting rules: two small tables. */
async function postingContext(): Promise<{ calendar: WorkCalendar; rules: Awaited<ReturnType<typeof db.noticeRule.findMany>> }> {
  const [holidays, rules] = await Promise.all([db.holiday.findMany({ select: { date: true, type: true } }), db.noticeRule.findMany()]);
  return { calendar: makeCalendar(holidays), rules };
}

/** The category's posting rule in force (with its article), for the form's hints. */
export async function noticeRules(now = new Date()) {
  const { rules } = await postingContext();
  return rules.filter((r) => noticeRuleFor(rules, r.category, now)?.id === r.id);
}

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
  // A decision is made before it is posted; its date is a local day (the day itself is not counted).
  if (input.decisionOn && input.decisionOn > localToday(now)) return { ok: false, errors: { decisionOn: ["noticeRules.errors.futureDecision"] } };

  const unitId = officer.unitId;
  const { calendar, rules } = await postingContext();
  const rule = noticeRuleFor(rules, input.category, start.postedAt);
  const posting = postingKindOf(rule?.posting);
  const decisionAt = input.decisionOn ? new Date(`${input.decisionOn}T12:00:00+07:00`) : null;
  const publishBy = decisionAt && rule ? publishDeadline(decisionAt, rule, calendar) : null;
  const minDays = posting === "DAYS" ? Math.max(input.minDays, rule?.minDays ?? 0) : input.minDays;
  const replaced = input.replacesId
    ? await db.notice.findFirst({ where: { id: input.replacesId, unitId, takenDownAt: null, replacedBy: null }, select: { id: true } })
    : null;
  if (input.replacesId && !replaced) return { ok: false, errors: { replacesId: ["errors.invalidChoice"] } };
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
          minDays,
          posting,
          decisionAt,
          publishBy,
          replacesId: replaced?.id ?? null,
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
          data: { sha256: f.sha256, storageKey: f.storageKey, fileName: f.fileName, mimeType: f.mimeType, size: f.size, uploadedById: officer.id, noticeId: notice.id },
        });
      }
      if (replaced) {
        // The replaced notice comes down when its replacement goes up: lawfully, not early.
        const reason = createServerI18n("vi").t("noticeRules.replacedBy", { title: input.title });
        await tx.notice.updateMany({ where: { id: replaced.id, takenDownAt: null }, data: { takenDownAt: start.postedAt, takenDownById: officer.id, takedownReason: reason } });
        await audit(tx, { actorId: officer.id, action: "NOTICE_REPLACED", targetType: "Notice", targetId: replaced.id, data: { by: notice.id } });
      }
      await audit(tx, { actorId: officer.id, action: "NOTICE_POSTED", targetType: "Notice", targetId: notice.id, data: { category: input.category, minDays, posting, publishBy: publishBy?.toISOString() ?? null } });
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
  const notice = await db.notice.findUnique({
    where: { id: noticeId },
    select: { id: true, unitId: true, title: true, postedAt: true, minDays: true, posting: true, takenDownAt: true, unit: { select: { name: true } }, replacedBy: { select: { id: true } } },
  });
  if (!notice) return { ok: false, error: "not-found" };
  if (!mayManageNotices(officer, notice.unitId)) return { ok: false, error: "forbidden" };
  if (notice.takenDownAt) return { ok: false, error: "already-down" };
  const times = { postedAt: notice.postedAt, minDays: notice.minDays, posting: notice.posting, takenDownAt: now, replaced: !!notice.replacedBy };
  const { calendar } = await postingContext();
  const early = isEarlyTakeDown(times, calendar);
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
  posting: true,
  decisionAt: true,
  publishBy: true,
  takenDownAt: true,
  unit: { select: { code: true, name: true } },
  replacedBy: { select: { id: true } },
} as const;

type ListRow = {
  id: string;
  category: string;
  title: string;
  postedAt: Date;
  minDays: number;
  posting: string;
  decisionAt: Date | null;
  publishBy: Date | null;
  takenDownAt: Date | null;
  unit: { code: string; name: string };
  replacedBy: { id: string } | null;
};

/**
 * A notice with its period worked out: state, the end of its minimum period
 * (null: permanent or until replaced), whether it came down early, and
 * whether it went up after its publication deadline (art. 12 k.3).
 */
function withPeriod<R extends ListRow>(row: R, now: Date, cal: WorkCalendar) {
  const { replacedBy, ...rest } = row;
  const times = { ...row, replaced: !!replacedBy };
  return { ...rest, replaced: !!replacedBy, state: noticeState(times, now), minimumUntil: minimumUntil(times, cal), early: isEarlyTakeDown(times, cal), late: isLatePosting(row) };
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
  if (query.q) Object.assign(where, await textMatch("noticeText", query.q, { words: true }));
  const rows = await db.notice.findMany({
    where: { AND: [where, afterCursorDesc("postedAt", cursor)] },
    orderBy: [{ postedAt: "desc" }, { id: "desc" }],
    take: noticePageSize + 1,
    select: listSelect,
  });
  return page(rows, now, (await postingContext()).calendar);
}

/** A unit's own notices for its officers: every state, newest first. */
export async function listUnitNotices(unitId: string, rawCursor: string | null | undefined, now = new Date()) {
  const rows = await db.notice.findMany({
    where: { unitId, ...afterCursorDesc("postedAt", decodeCursor(rawCursor)) },
    orderBy: [{ postedAt: "desc" }, { id: "desc" }],
    take: noticePageSize + 1,
    select: listSelect,
  });
  return page(rows, now, (await postingContext()).calendar);
}

function page(rows: ListRow[], now: Date, cal: WorkCalendar) {
  const shown = rows.slice(0, noticePageSize);
  const last = shown.at(-1);
  return {
    notices: shown.map((r) => withPeriod(r, now, cal)),
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
      posting: true,
      decisionAt: true,
      publishBy: true,
      takenDownAt: true,
      takedownReason: true,
      replacedBy: { select: { id: true } },
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
  return { ...withPeriod(rest, now, (await postingContext()).calendar), body: n.body, takedownReason: n.takedownReason, attachments: n.attachments, daysPosted: daysPosted(n, now) };
}

/** A notice for its unit's officers (null when it is not theirs: the route answers 403 or 404). */
export async function staffNotice(id: string, now = new Date()) {
  const n = await loadNotice(id);
  if (!n) return null;
  return { ...withPeriod(n, now, (await postingContext()).calendar), daysPosted: daysPosted(n, now) };
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
