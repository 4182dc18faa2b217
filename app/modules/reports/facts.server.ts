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

export type FactNeeds = { reception?: boolean; receipts?: boolean; mediation?: boolean };

/** The events that shape a petition's path (receipts.ts reads these types). */
const pathEvents = ["ACCEPTED", "DECLINED", "TRANSFERRED", "WITHDRAWN", "RESOLVED", "EXTENDED"];
const BATCH = 500;

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

  if (needs.receipts) jobs.push(loadReceipts(unitIds, w, push));
  await Promise.all(jobs);
  return out;
}

async function loadReceipts(unitIds: string[], w: Window, push: (unitId: string, key: "receipts", value: UnitFacts["receipts"][number]) => void) {
  const cases = await db.case.findMany({
    where: {
      AND: [
        { OR: [{ unitId: { in: unitIds } }, { originUnitId: { in: unitIds } }] },
        { submittedAt: { lte: w.to } },
        // Finished before the period and untouched since: nothing to count.
        { OR: [{ status: { in: [...openStatuses] } }, { updatedAt: { gte: w.from } }] },
      ],
    },
    select: { id: true, kind: true, instance: true, anonymous: true, originUnitId: true, unitId: true, submittedAt: true, declineCode: true },
  });
  if (!cases.length) return;
  const names = new Map((await db.unit.findMany({ select: { id: true, name: true } })).map((u) => [u.name, u.id]));
  const events = new Map<string, EventFacts[]>();
  for (let i = 0; i < cases.length; i += BATCH) {
    const ids = cases.slice(i, i + BATCH).map((c) => c.id);
    const rows = await db.caseEvent.findMany({ where: { caseId: { in: ids }, type: { in: pathEvents } }, select: { caseId: true, type: true, createdAt: true, data: true } });
    for (const e of rows) {
      const list = events.get(e.caseId) ?? [];
      list.push(e);
      events.set(e.caseId, list);
    }
  }
  const inScope = new Set(unitIds);
  for (const c of cases) {
    for (const r of receiptsOf(c, events.get(c.id) ?? [], (name) => names.get(name) ?? null)) {
      if (inScope.has(r.unitId)) push(r.unitId, "receipts", r);
    }
  }
}
