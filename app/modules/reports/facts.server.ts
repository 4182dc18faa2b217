/**
 * Reads what the statistical forms count, for the units of a scope and a
 * reporting period: narrow rows only, bounded by the scope and the period
 * (indexes: ReceptionRecord (unitId, receivedAt); Case (unitId, …) and
 * (updatedAt); CaseEvent (caseId, createdAt); Mediation (teamId, …)).
 *
 * Petitions: the cases that began or are now at a unit of the scope and were
 * still open, or changed, during the period; their events give each unit's
 * receipt (receipts.ts). A case that only passed through the scope — first
 * filed outside it, transferred in and out again — is not found: see
 * docs/reports.md.
 */
import { endOfLocalDay, startOfLocalDay } from "~/modules/deadlines/calendar";
import { openStatuses } from "~/modules/cases/constants";
import { db } from "~/utils/db.server";
import type { UnitFacts, Window } from "./cells";
import { noFacts } from "./cells";
import { receiptsOf, type EventFacts } from "./receipts";

/**
 * What to read: reception lines, petitions (02/XLD: every kind, decisions) or
 * resolutions (03/GQKN, 04/GQTC: complaints and denunciations once accepted),
 * mediation.
 */
export type FactNeeds = { reception?: boolean; petitions?: boolean; resolutions?: boolean; mediation?: boolean };

/** The events that shape a petition's path (receipts.ts reads these types). */
const pathEvents = ["ACCEPTED", "DECLINED", "TRANSFERRED", "WITHDRAWN", "RESOLVED", "EXTENDED"];

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
 */
function candidateWhere(unitIds: string[], w: Window, needs: FactNeeds, wholeTree: boolean) {
  const kinds = needs.petitions ? null : ["COMPLAINT", "DENUNCIATION"];
  const stillRelevant = [
    { updatedAt: { gte: w.from } },
    ...(needs.petitions ? [{ status: { in: ["SUBMITTED", "NEEDS_INFO"] }, acceptedAt: null }] : []),
    ...(needs.resolutions ? [{ kind: { in: ["COMPLAINT", "DENUNCIATION"] }, status: { in: [...openStatuses] }, acceptedAt: { not: null } }] : []),
  ];
  return {
    AND: [
      // The whole tree needs no unit filter (and a long IN list makes SQLite scan).
      ...(wholeTree ? [] : [{ OR: [{ unitId: { in: unitIds } }, { originUnitId: { in: unitIds } }] }]),
      ...(kinds ? [{ kind: { in: kinds } }] : []),
      { submittedAt: { lte: w.to } },
      { OR: stillRelevant },
    ],
  };
}

async function loadReceipts(unitIds: string[], w: Window, needs: FactNeeds, push: (unitId: string, key: "receipts", value: UnitFacts["receipts"][number]) => void) {
  // Every active unit: skip the SQL unit filter (receipts are still kept to the scope below).
  const wholeTree = (await db.unit.count({ where: { active: true } })) <= unitIds.length;
  const where = candidateWhere(unitIds, w, needs, wholeTree);
  // Two queries whatever the number of cases: the events are read by the same filter on their case.
  const [cases, rows, units] = await Promise.all([
    db.case.findMany({ where, select: { id: true, kind: true, instance: true, anonymous: true, originUnitId: true, unitId: true, submittedAt: true, declineCode: true } }),
    db.caseEvent.findMany({ where: { type: { in: pathEvents }, case: where }, select: { caseId: true, type: true, createdAt: true, data: true } }),
    db.unit.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map(units.map((u) => [u.name, u.id]));
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
