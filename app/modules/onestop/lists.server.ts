import { z } from "zod";
import { db, Prisma } from "~/utils/db.server";
import { plainList } from "~/utils/plain-list.server";
import { foldForSearch } from "~/utils/text";
import { subtreeUnitIds, unitDirectory } from "../units/units.server";
import { roleHasPermission } from "../auth/roles";
import { procedureRefsById } from "./catalogue.server";
import { dossierStatuses } from "./constants";

/**
 * Dossiers a page, in the desk's queues and the applicant's list: as many as the case inbox shows
 * (25). Fifty made the queue a 66 KB page (38 KB at 25) and its slowest signed-in list.
 */
export const dossierPageSize = 25;
const PAGE = dossierPageSize;

/** The officer's queues. desk: to check, to return, waiting for papers; steps: the dossiers at this unit's step; all: every dossier of the unit. */
export const queueFilterSchema = z.object({
  queue: z.enum(["desk", "steps", "all"]).catch("desk"),
  status: z.enum(dossierStatuses).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

type Cursor = { due: string | null; id: string };
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decode(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString()) as Cursor;
    return typeof c.id === "string" && (c.due === null || typeof c.due === "string") ? c : null;
  } catch {
    return null;
  }
}

/** What a list shows of a dossier. */
const listColumns = {
  id: true,
  code: true,
  status: true,
  applicantName: true,
  submittedAt: true,
  dueAt: true,
  newDueAt: true,
  nextDueAt: true,
  stepDueAt: true,
  apologyAt: true,
} as const;

const listSelect = { ...listColumns, procedure: { select: { name: true, nameEn: true } }, unit: { select: { name: true } } } satisfies Prisma.DossierSelect;

/** The queue's columns, read as plain SQL (decision 025); the procedure's and unit's names are looked up after. */
const queueColumns = { ...listColumns, procedureId: true, unitId: true } as const;
type QueueRow = { id: string; code: string | null; status: string; applicantName: string; submittedAt: Date; dueAt: Date | null; newDueAt: Date | null; nextDueAt: Date | null; stepDueAt: Date | null; apologyAt: Date | null; procedureId: string; unitId: string };

/** The rows with their procedure's and unit's names, as listSelect gives them (both from the reference cache). */
async function withNames(rows: QueueRow[]) {
  const [procedures, units] = await Promise.all([procedureRefsById(), unitDirectory()]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return rows.map(({ procedureId, unitId, ...row }) => {
    const procedure = procedures.get(procedureId);
    return { ...row, procedure: { name: procedure?.name ?? "", nameEn: procedure?.nameEn ?? null }, unit: { name: unitName.get(unitId) ?? "" } };
  });
}

/**
 * A page of a queue, earliest deadline first (keyset on an index: the desk's
 * (deskUnitId, status, nextDueAt, id), the step's (currentStepUnitId, status,
 * stepDueAt, id)). A leader's "all" covers the unit and those below it.
 */
export async function listQueue(user: { id: string; role: string; unitId: string | null; unit: { path: string } | null }, filter: QueueFilter, now = new Date()) {
  if (!user.unitId || !user.unit) return { dossiers: [], nextCursor: null };
  const cursor = decode(filter.cursor);
  const dueField = filter.queue === "steps" ? "stepDueAt" : "nextDueAt";
  const where: Prisma.DossierWhereInput = {};
  if (filter.queue === "desk") {
    where.deskUnitId = user.unitId;
    where.status = filter.status ?? { in: ["SUBMITTED", "RESULT_READY", "NEEDS_SUPPLEMENT"] };
  } else if (filter.queue === "steps") {
    where.currentStepUnitId = user.unitId;
    where.status = "PROCESSING";
  } else {
    const units = roleHasPermission(user.role, "case:read:subtree") ? await subtreeUnitIds(user.unit.path) : [user.unitId];
    where.OR = [{ unitId: { in: units } }, { deskUnitId: { in: units } }];
    if (filter.status) where.status = filter.status;
  }
  if (filter.q) {
    const folded = foldForSearch(filter.q);
    where.AND = [{ OR: [{ code: filter.q.toUpperCase() }, { searchText: { contains: folded } }] }];
  }
  if (filter.overdue) where[dueField] = { lt: now };
  // Nulls (nothing owed by a date) sort last: keyset on (due, id) with nulls as the end.
  const after: Prisma.DossierWhereInput | undefined = cursor
    ? cursor.due === null
      ? { [dueField]: null, id: { gt: cursor.id } }
      : { OR: [{ [dueField]: { gt: new Date(cursor.due) } }, { [dueField]: new Date(cursor.due), id: { gt: cursor.id } }, { [dueField]: null }] }
    : undefined;
  // Plain SQL from the same filter (decision 025): Prisma's plan for this page and its two relations cost more CPU than the SQL.
  const rows = await plainList<QueueRow>("Dossier", {
    where: after ? { AND: [where, after] } : where,
    orderBy: [{ [dueField]: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: PAGE + 1,
    select: queueColumns,
  });
  const page = await withNames(rows.slice(0, PAGE));
  const last = page.at(-1);
  const lastDue = last ? (dueField === "stepDueAt" ? last.stepDueAt : last.nextDueAt) : null;
  return {
    dossiers: page.map((d) => ({ ...d, overdue: !!(dueField === "stepDueAt" ? d.stepDueAt : d.nextDueAt) && (dueField === "stepDueAt" ? d.stepDueAt! : d.nextDueAt!) < now })),
    nextCursor: rows.length > PAGE && last ? encode({ due: lastDue ? lastDue.toISOString() : null, id: last.id }) : null,
  };
}

/** The applicant's dossiers, newest first (keyset on (citizenId, submittedAt, id)). */
export async function listOwnDossiers(citizenId: string, cursorRaw?: string) {
  const cursor = decode(cursorRaw);
  const rows = await db.dossier.findMany({
    where: {
      citizenId,
      ...(cursor?.due ? { OR: [{ submittedAt: { lt: new Date(cursor.due) } }, { submittedAt: new Date(cursor.due), id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: listSelect,
  });
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return { dossiers: page, nextCursor: rows.length > PAGE && last ? encode({ due: last.submittedAt.toISOString(), id: last.id }) : null };
}
