import { z } from "zod";
import { isPostgres } from "~/utils/db.server";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { plainList, type EachOf } from "~/utils/plain-list.server";
import { textMatch } from "~/utils/search.server";
import { unitDirectory } from "../units/units.server";
import { caseKinds, caseStatuses, openStatuses } from "./constants";
import { parseCaseCode } from "./codes";
import { userNames } from "./handlers.server";

export const inboxPageSize = 25;
const inboxSelect = { id: true, code: true, title: true, kind: true, status: true, submittedAt: true, dueAt: true, nextDueAt: true, unitId: true, forwardDueAt: true, assigneeId: true } as const;
type InboxRow = { id: string; code: string; title: string; kind: string; status: string; submittedAt: Date; dueAt: Date | null; nextDueAt: Date | null; unitId: string; forwardDueAt: Date | null; assigneeId: string | null };
const dayMs = 24 * 60 * 60 * 1000;

/** The inbox's query string. Anything malformed is dropped, never an error page. */
export const inboxFilterSchema = z.object({
  status: z.enum(caseStatuses).optional().catch(undefined),
  kind: z.enum(caseKinds).optional().catch(undefined),
  categoryId: z.string().max(64).optional().catch(undefined),
  unitId: z.string().max(64).optional().catch(undefined),
  assignee: z.string().max(64).optional().catch(undefined), // "me", "none" or a user id
  due: z.enum(["overdue", "soon"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z.enum(["newest", "due"]).default("newest").catch("newest"),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

/**
 * Overdue cases, newest first, read a unit at a time and merged (plainList's
 * eachOf). Asked for all its units at once, SQLite read every overdue case of
 * the scope on the deadline index and sorted them by date: ~1 s for a
 * province at a million cases. A unit at a time, on the partial index of open
 * cases in submission order (which holds the deadline, so a case not overdue
 * is passed over without reading its row), it reads a few entries of each:
 * 29 ms for the province's ~100 units. Not for "due soon" or the deadline
 * order, where the deadline index is already the short way (12–15 ms, against
 * 25–77 ms a unit at a time), nor for a searched text (a code or a few ids are
 * found faster on their own index). On SQLite only: PostgreSQL's planner,
 * with its statistics, answers the one statement in 30 ms, and unit by unit
 * took 66.
 */
function unitByUnit(unitIds: string[], filter: InboxFilter, byDue: boolean): EachOf | undefined {
  if (isPostgres() || filter.q || byDue || filter.due !== "overdue") return undefined;
  return { field: "unitId", values: unitIds, sqliteIndex: "Case_unitId_submittedAt_open_idx" };
}

/**
 * A status with the inbox's other filters — a kind, a category, "unassigned" —
 * newest first, read on (unit, status, date filed, id, kind, assignee,
 * category), which tests the other filters on the index entry
 * (docs/decisions/030-inbox-filters-on-the-status-index.md). Given the
 * choice, SQLite's planner took the assignee index for "unassigned" and read
 * the row of every unassigned case of that status in the scope: 160–670 ms
 * for a province at a million cases, 0.5 ms on this index; a status and a
 * kind that match nothing, 186–230 ms on the index without the filters'
 * columns, 9–30 ms on this one. Not for a particular assignee (their own
 * index is the short way), a search, a due filter or the deadline order.
 */
export function statusIndex(filter: InboxFilter, byDue: boolean): string | undefined {
  if (!filter.status || filter.q || filter.due || byDue) return undefined;
  if (filter.assignee && filter.assignee !== "none") return undefined;
  return "Case_unit_status_submitted_filters_idx";
}

/**
 * One page of a unit's cases (a leader: the unit and the units below). The
 * unit scope is part of the query. Keyset pagination on (submittedAt, id) or,
 * sorted by due date, on (nextDueAt, id) among open cases — both indexed.
 * Search runs on the folded search column, so "nguyen van" finds "Nguyễn Văn",
 * through a text index (app/utils/search.server.ts).
 */
export async function listInbox(scopeUnitIds: string[], userId: string, filter: InboxFilter, now = new Date()) {
  const unitIds = filter.unitId && scopeUnitIds.includes(filter.unitId) ? [filter.unitId] : scopeUnitIds;
  const where: Record<string, unknown> = { unitId: unitIds.length === 1 ? unitIds[0] : { in: unitIds } };
  if (filter.status) where.status = filter.status;
  if (filter.kind) where.kind = filter.kind;
  if (filter.categoryId) where.categoryId = filter.categoryId;
  if (filter.assignee === "me") where.assigneeId = userId;
  else if (filter.assignee === "none") where.assigneeId = null;
  else if (filter.assignee) where.assigneeId = filter.assignee;
  if (filter.due === "overdue") {
    where.nextDueAt = { lt: now };
  } else if (filter.due === "soon") {
    where.nextDueAt = { gte: now, lte: new Date(now.getTime() + 3 * dayMs) };
  }
  if (filter.due && !filter.status) where.status = { in: [...openStatuses] };
  if (filter.q) {
    // A whole tracking code is looked up on its unique index; anything else searches the folded text.
    const code = parseCaseCode(filter.q);
    if (code) where.code = code.code;
    else Object.assign(where, await textMatch("caseText", filter.q));
  }

  const byDue = filter.sort === "due";
  const cursor = decodeCursor(filter.cursor);
  if (byDue) {
    const nextDue: { gte?: Date; lt?: Date; lte?: Date; not: null } = { ...(typeof where.nextDueAt === "object" ? (where.nextDueAt as object) : {}), not: null };
    if (cursor) {
      const at = new Date(cursor.at);
      where.OR = [{ nextDueAt: { gt: at } }, { nextDueAt: at, id: { gt: cursor.id } }];
      // The same bound outside the OR, where SQLite can start the index range at it: given only
      // the OR it read the unit's deadlines from the first (a commune's second page, 13 ms → 0.5).
      if (!nextDue.gte || nextDue.gte < at) nextDue.gte = at;
    }
    where.nextDueAt = nextDue;
  } else {
    Object.assign(where, afterCursorDesc("submittedAt", cursor));
  }

  // Plain SQL from the same filter: Prisma's plan for it cost three times the query (decision 025).
  const rows = await plainList<InboxRow>("Case", {
    where,
    orderBy: byDue ? [{ nextDueAt: "asc" }, { id: "asc" }] : [{ submittedAt: "desc" }, { id: "desc" }],
    take: inboxPageSize + 1,
    select: inboxSelect,
    eachOf: unitByUnit(unitIds, filter, byDue),
    sqliteIndex: statusIndex(filter, byDue),
  });
  const page = rows.slice(0, inboxPageSize);
  // Unit names from the reference cache, assignee names in one plain query: a Prisma relation
  // costs more CPU compiling its plan than both lookups together.
  const [units, assignees] = await Promise.all([unitDirectory(), userNames(page.map((c) => c.assigneeId))]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const last = page.at(-1);
  const nextCursor =
    rows.length > inboxPageSize && last
      ? encodeCursor({ id: last.id, at: byDue ? (last.nextDueAt ?? now) : last.submittedAt })
      : null;
  return {
    cases: page.map(({ unitId, assigneeId, ...c }) => ({
      ...c,
      assignee: assigneeId && assignees.has(assigneeId) ? { fullName: assignees.get(assigneeId)! } : null,
      unit: { name: unitNames.get(unitId) ?? "" },
      dueAt: c.nextDueAt ?? c.dueAt,
      overdue: !!c.nextDueAt && c.nextDueAt < now,
    })),
    nextCursor,
  };
}
