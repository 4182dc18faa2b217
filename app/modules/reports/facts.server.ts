/**
 * Reads what the statistical forms count, for the units of a scope and a
 * reporting period: narrow rows only, bounded by the scope and the period
 * (indexes: ReceptionRecord (unitId, receivedAt); Case (unitId, updatedAt),
 * (unitId, status, …), (originUnitId, updatedAt) and (updatedAt); CaseEvent
 * (caseId, createdAt); Mediation (teamId, …)).
 *
 * Petitions: the cases that began or are now at a unit of the scope and were
 * still open, or changed, during the period; their events give each unit's
 * receipt (receipts.ts). A case that only passed through the scope — first
 * filed outside it, transferred in and out again — is not found: see
 * docs/reports.md.
 */
import { endOfLocalDay, startOfLocalDay } from "~/modules/deadlines/calendar";
import { openStatuses } from "~/modules/cases/constants";
import { unitDirectory } from "~/modules/units/units.server";
import { db, isPostgres, Prisma } from "~/utils/db.server";
import { selectRows } from "~/utils/driver-sql.server";
import { whereSql, type ListWhere } from "~/utils/plain-list.server";
import type { UnitFacts, Window } from "./cells";
import { noFacts } from "./cells";
import { receiptsOf, type CaseFacts, type EventFacts } from "./receipts";

/**
 * What to read: reception lines, petitions (02/XLD: every kind, decisions) or
 * resolutions (03/GQKN, 04/GQTC: complaints and denunciations once accepted),
 * mediation.
 */
export type FactNeeds = { reception?: boolean; petitions?: boolean; resolutions?: boolean; mediation?: boolean };

/** The events that shape a petition's path (receipts.ts reads these types). */
const pathEvents = ["ACCEPTED", "DECLINED", "TRANSFERRED", "WITHDRAWN", "ENDED", "RESOLVED", "EXTENDED", "RESUMED", "COMPLEXITY_SET"];

export function windowOf(period: { from: string; to: string }): Window {
  return { from: startOfLocalDay(period.from), to: endOfLocalDay(period.to) };
}

export async function loadFacts(unitIds: string[], w: Window, needs: FactNeeds): Promise<Map<string, UnitFacts>> {
  const out = new Map<string, UnitFacts>(unitIds.map((id) => [id, noFacts()]));
  const push = <K extends keyof UnitFacts>(unitId: string, key: K, value: UnitFacts[K][number]) => {
    const f = out.get(unitId);
    if (f) (f[key] as UnitFacts[K][number][]).push(value);
  };
  const jobs: Promise<void>[] = [];

  if (needs.reception) {
    jobs.push(
      db.receptionRecord
        .findMany({
          where: { unitId: { in: unitIds }, receivedAt: { gte: w.from, lte: w.to } },
          select: { unitId: true, receivedAt: true, receptionKind: true, peopleCount: true, repeatVisit: true },
        })
        .then((rows) => rows.forEach((r) => push(r.unitId, "receptions", r))),
      db.dialogueSession
        .findMany({
          where: { unitId: { in: unitIds }, kind: "RECEPTION_DAY", status: "HELD", startsAt: { gte: w.from, lte: w.to } },
          select: { unitId: true, startsAt: true },
        })
        .then((rows) => rows.forEach((s) => push(s.unitId, "receptionDays", s))),
    );
  }

  if (needs.mediation) {
    jobs.push(
      db.mediation
        .findMany({
          where: { team: { unitId: { in: unitIds } }, openedAt: { lte: w.to }, OR: [{ outcomeAt: null }, { outcomeAt: { gte: w.from } }] },
          select: { openedAt: true, outcomeAt: true, status: true, disputeType: true, team: { select: { unitId: true } } },
        })
        .then((rows) => rows.forEach((m) => push(m.team.unitId, "mediations", { unitId: m.team.unitId, openedAt: m.openedAt, outcomeAt: m.outcomeAt, status: m.status, disputeType: m.disputeType }))),
      db.mediationTeam
        .findMany({ where: { unitId: { in: unitIds }, active: true }, select: { unitId: true, _count: { select: { members: true } } } })
        .then((rows) => rows.forEach((t) => push(t.unitId, "teams", { unitId: t.unitId, members: t._count.members }))),
    );
  }

  if (needs.petitions || needs.resolutions) jobs.push(loadReceipts(unitIds, w, needs, push));
  await Promise.all(jobs);
  return out;
}

/**
 * The cases a form's petitions come from, narrowed to what can count in the
 * window: changed since it began (every transition bumps updatedAt), or still
 * waiting for a decision (02/XLD's carried over), or an accepted complaint or
 * denunciation still being resolved (03/GQKN, 04/GQTC's carried over). A case
 * finished before the window and untouched since counts in nothing.
 *
 * Written as separate alternatives, each on an index: the units' cases changed
 * since (unitId, updatedAt), waiting or being resolved (unitId, status, …);
 * the cases first filed at the units and since moved on (originUnitId,
 * updatedAt). A case moved on from the unit it was filed at only counts there
 * by its transfer, so in a window it reached after the transfer only if it
 * changed since: undecided there when the window began, it was transferred in
 * the window or later. One `OR` of `unitId IN … OR originUnitId IN …` had no
 * index to use: SQLite read every case filed before the window's end (a
 * commune's form took 0.35 s at a million cases; the query now takes 20 ms).
 */
function candidateWhere(unitIds: string[], w: Window, needs: FactNeeds, wholeTree: boolean): ListWhere {
  const kinds = needs.petitions ? null : { kind: { in: ["COMPLAINT", "DENUNCIATION"] } };
  const filed = { submittedAt: { lte: w.to }, ...kinds };
  const changed = { updatedAt: { gte: w.from } };
  const stillRelevant = [
    changed,
    ...(needs.petitions ? [{ status: { in: ["SUBMITTED", "NEEDS_INFO"] }, acceptedAt: null }] : []),
    ...(needs.resolutions ? [{ kind: { in: ["COMPLAINT", "DENUNCIATION"] }, status: { in: [...openStatuses] }, acceptedAt: { not: null } }] : []),
  ];
  // The whole tree needs no unit filter (and a long IN list makes SQLite scan).
  if (wholeTree) return { ...filed, OR: stillRelevant };
  const units = { in: unitIds };
  return {
    OR: [...stillRelevant.map((relevant) => ({ AND: [{ unitId: units, ...filed }, relevant] })), { AND: [{ originUnitId: units, ...filed }, changed] }],
  };
}

/** A case as the receipts read it (receipts.ts). */
const caseColumns = ["id", "kind", "instance", "anonymous", "originUnitId", "unitId", "submittedAt", "declineCode"] as const;

/**
 * `IN` a list of ids of any length, as one bound value: a PostgreSQL array, or
 * a JSON array SQLite unpacks (a bound value per id would pass SQLite's limit
 * of 32,766 at a province).
 */
function idIn(ids: string[]) {
  return isPostgres() ? Prisma.sql`= ANY(${ids})` : Prisma.sql`IN (SELECT "value" FROM json_each(${JSON.stringify(ids)}))`;
}

async function loadReceipts(unitIds: string[], w: Window, needs: FactNeeds, push: (unitId: string, key: "receipts", value: UnitFacts["receipts"][number]) => void) {
  const directory = await unitDirectory();
  // Every active unit: skip the SQL unit filter (receipts are still kept to the scope below).
  const wholeTree = directory.filter((u) => u.active).length <= unitIds.length;
  const candidates = whereSql(candidateWhere(unitIds, w, needs, wholeTree));
  // Two queries whatever the number of cases, in plain SQL (decision 025: Prisma shaped a
  // province's 280,000 rows in a second): the cases, then the path events of those cases,
  // by their ids (asking the filter again cost as much as the first query).
  const cases = await selectRows<CaseFacts>`SELECT ${Prisma.join(caseColumns.map((c) => Prisma.raw(`"${c}"`)))} FROM "Case" WHERE ${candidates}`;
  const rows = cases.length
    ? await selectRows<EventFacts & { caseId: string }>`
        SELECT "caseId", "type", "createdAt", "data" FROM "CaseEvent"
        WHERE "type" IN (${Prisma.join(pathEvents)}) AND "caseId" ${idIn(cases.map((c) => c.id))}`
    : [];
  const names = new Map(directory.map((u) => [u.name, u.id]));
  const events = new Map<string, EventFacts[]>();
  for (const e of rows) {
    const list = events.get(e.caseId) ?? [];
    list.push(e);
    events.set(e.caseId, list);
  }
  const inScope = new Set(unitIds);
  for (const c of cases) {
    for (const r of receiptsOf(c, events.get(c.id) ?? [], (name) => names.get(name) ?? null)) {
      if (inScope.has(r.unitId)) push(r.unitId, "receipts", r);
    }
  }
}
