import { z } from "zod";
import { db, Prisma } from "~/utils/db.server";
import { decodeCursor, encodeCursor } from "~/utils/keyset";
import { textMatch } from "~/utils/search.server";
import { unitDirectory } from "../units/units.server";
import { caseKinds, caseStatuses, openStatuses } from "./constants";
import { parseCaseCode } from "./codes";
import { userNames } from "./handlers.server";

export const inboxPageSize = 25;

type InboxRow = {
  id: string;
  code: string;
  title: string;
  kind: string;
  status: string;
  submittedAt: Date;
  dueAt: Date;
  nextDueAt: Date | null;
  unitId: string;
  forwardDueAt: Date | null;
  assigneeId: string | null;
};

/**
 * textMatch's answer for the inbox (one phrase, so one of two shapes) as SQL: the matching
 * ids, or a substring test on the folded column — a LIKE with its wildcards escaped, which
 * PostgreSQL's trigram index serves. Anything else is a bug here, not an empty inbox.
 */
function textCondition(match: Record<string, unknown>): Prisma.Sql {
  const ids = (match.id as { in?: string[] } | undefined)?.in;
  if (ids && Object.keys(match).length === 1) return ids.length ? Prisma.sql`"id" IN (${Prisma.join(ids)})` : Prisma.sql`1 = 0`;
  const contains = (match.searchText as { contains?: string } | undefined)?.contains;
  if (typeof contains === "string" && Object.keys(match).length === 1) {
    return Prisma.sql`"searchText" LIKE ${`%${contains.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`} ESCAPE '\\'`;
  }
  throw new Error(`unexpected text match ${JSON.stringify(Object.keys(match))}`);
}
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
 * One page of a unit's cases (a leader: the unit and the units below). The
 * unit scope is part of the query. Keyset pagination on (submittedAt, id) or,
 * sorted by due date, on (nextDueAt, id) among open cases — both indexed.
 * Search runs on the folded search column, so "nguyen van" finds "Nguyễn Văn",
 * through a text index (app/utils/search.server.ts).
 */
export async function listInbox(scopeUnitIds: string[], userId: string, filter: InboxFilter, now = new Date()) {
  const unitIds = filter.unitId && scopeUnitIds.includes(filter.unitId) ? [filter.unitId] : scopeUnitIds;
  if (!unitIds.length) return { cases: [], nextCursor: null };
  const where: Prisma.Sql[] = [unitIds.length === 1 ? Prisma.sql`"unitId" = ${unitIds[0]}` : Prisma.sql`"unitId" IN (${Prisma.join(unitIds)})`];
  if (filter.status) where.push(Prisma.sql`"status" = ${filter.status}`);
  else if (filter.due) where.push(Prisma.sql`"status" IN (${Prisma.join(openStatuses)})`);
  if (filter.kind) where.push(Prisma.sql`"kind" = ${filter.kind}`);
  if (filter.categoryId) where.push(Prisma.sql`"categoryId" = ${filter.categoryId}`);
  if (filter.assignee === "me") where.push(Prisma.sql`"assigneeId" = ${userId}`);
  else if (filter.assignee === "none") where.push(Prisma.sql`"assigneeId" IS NULL`);
  else if (filter.assignee) where.push(Prisma.sql`"assigneeId" = ${filter.assignee}`);
  if (filter.due === "overdue") where.push(Prisma.sql`"nextDueAt" < ${now}`);
  else if (filter.due === "soon") where.push(Prisma.sql`"nextDueAt" >= ${now} AND "nextDueAt" <= ${new Date(now.getTime() + 3 * dayMs)}`);
  if (filter.q) {
    // A whole tracking code is looked up on its unique index; anything else searches the folded text.
    const code = parseCaseCode(filter.q);
    where.push(code ? Prisma.sql`"code" = ${code.code}` : textCondition(await textMatch("caseText", filter.q)));
  }

  const byDue = filter.sort === "due";
  const cursor = decodeCursor(filter.cursor);
  const at = cursor ? new Date(cursor.at) : null;
  if (byDue) {
    where.push(Prisma.sql`"nextDueAt" IS NOT NULL`);
    if (cursor) where.push(Prisma.sql`("nextDueAt" > ${at} OR ("nextDueAt" = ${at} AND "id" > ${cursor.id}))`);
  } else if (cursor) {
    where.push(Prisma.sql`("submittedAt" < ${at} OR ("submittedAt" = ${at} AND "id" < ${cursor.id}))`);
  }

  // Plain SQL, the same on SQLite and PostgreSQL: every inbox view asks it, and the Prisma
  // findMany cost ~1 ms of CPU building its plan — more than the SQL on a million cases.
  const rows = await db.$queryRaw<InboxRow[]>`
    SELECT "id", "code", "title", "kind", "status", "submittedAt", "dueAt", "nextDueAt", "unitId", "forwardDueAt", "assigneeId"
    FROM "Case"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${byDue ? Prisma.sql`"nextDueAt" ASC, "id" ASC` : Prisma.sql`"submittedAt" DESC, "id" DESC`}
    LIMIT ${inboxPageSize + 1}`;
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
