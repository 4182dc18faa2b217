import { db } from "~/utils/db.server";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { plainList } from "~/utils/plain-list.server";
import { unitDirectory } from "../units/units.server";
import type { CaseStatus } from "./constants";
import { similarity, similarThreshold } from "./similar";

export const pageSize = 20;

const listSelect = {
  id: true,
  code: true,
  title: true,
  kind: true,
  status: true,
  submittedAt: true,
  dueAt: true,
  nextDueAt: true,
  unit: { select: { name: true } },
} as const;

/**
 * A citizen's own cases, newest first. The owner check is in the query
 * (citizenId), not an `if` someone could forget. Index (citizenId, status, submittedAt, id).
 */
export async function listCitizenCases(citizenId: string, opts: { status?: CaseStatus | null; cursor?: string | null }) {
  const cursor = decodeCursor(opts.cursor);
  // The units' names from the reference cache (unitDirectory), not a relation: the relation is a
  // second query, and compiling its plan costs more CPU than both queries' SQL.
  const [rows, units] = await Promise.all([
    // Plain SQL from the same filter (decision 025).
    plainList<{ id: string; code: string; title: string; kind: string; status: string; submittedAt: Date; dueAt: Date | null; nextDueAt: Date | null; unitId: string }>("Case", {
      where: { citizenId, ...(opts.status ? { status: opts.status } : {}), ...afterCursorDesc("submittedAt", cursor) },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: pageSize + 1,
      select: { id: true, code: true, title: true, kind: true, status: true, submittedAt: true, dueAt: true, nextDueAt: true, unitId: true },
    }),
    unitDirectory(),
  ]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    // The deadline that matters now — acceptance while the case waits, resolution after — as the staff inbox shows it.
    cases: page.map(({ nextDueAt, unitId, ...c }) => ({ ...c, unit: { name: unitNames.get(unitId) ?? "" }, dueAt: nextDueAt ?? c.dueAt })),
    nextCursor: rows.length > pageSize && last ? encodeCursor({ id: last.id, at: last.submittedAt }) : null,
  };
}

/** The unit's cases by status, for the desk. Index (unitId, status, …) keeps it to the unit's rows. */
export async function unitStatusCounts(unitId: string) {
  const groups = await db.case.groupBy({ by: ["status"], where: { unitId }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<CaseStatus, number>>;
}

export async function recentUnitCases(unitId: string, take = 10) {
  const rows = await db.case.findMany({
    where: { unitId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take,
    select: listSelect,
  });
  return rows.map(({ nextDueAt, ...c }) => ({ ...c, dueAt: nextDueAt ?? c.dueAt }));
}

/** The citizen's own open cases that look like the one being filed (at most 5, most alike first). */
export async function findSimilarOpenCases(citizenId: string, text: string) {
  const open = await db.case.findMany({
    where: { citizenId, status: { in: ["SUBMITTED", "ACCEPTED", "NEEDS_INFO", "IN_PROGRESS"] } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, code: true, title: true, description: true, status: true, submittedAt: true },
  });
  return open
    .map((c) => ({ ...c, score: similarity(text, `${c.title} ${c.description}`) }))
    .filter((c) => c.score >= similarThreshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map(({ id, code, title, status, submittedAt }) => ({ id, code, title, status, submittedAt }));
}
