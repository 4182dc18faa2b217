import { Prisma } from "~/utils/db.server";
import { selectRows } from "~/utils/driver-sql.server";

/**
 * The unit's active handlers and leaders, by name: whom a case may be assigned
 * to (the inbox's assignee filter, the case page's assign form). Plain SQL that
 * SQLite and PostgreSQL read alike: the inbox and the case page ask it on every
 * view, and a Prisma findMany spends ~0.4 ms of CPU compiling its query plan
 * anew each time (the values are part of the plan), ten times the query's own cost.
 */
export async function assignableHandlers(unitId: string | null): Promise<{ id: string; fullName: string }[]> {
  if (!unitId) return [];
  return selectRows<{ id: string; fullName: string }>`
    SELECT u."id" AS "id", u."fullName" AS "fullName"
    FROM "User" u
    WHERE u."unitId" = ${unitId} AND u."role" IN ('HANDLER', 'LEADER') AND NOT u."disabled"
    ORDER BY u."fullName" ASC`;
}

/** Users' names by id, in one plain query (the inbox's assignee column) (SQLite and PostgreSQL alike). */
export async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const rows = await selectRows<{ id: string; fullName: string }>`SELECT "id", "fullName" FROM "User" WHERE "id" IN (${Prisma.join(wanted)})`;
  return new Map(rows.map((r) => [r.id, r.fullName]));
}
