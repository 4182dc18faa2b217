import { db } from "~/utils/db.server";
import { openStatuses } from "./constants";
import { similarity, similarThreshold } from "./similar";

const dayMs = 24 * 60 * 60 * 1000;
const open = { status: { in: [...openStatuses] } };

/** The figures on a leader's desk for a set of units (their unit and the units below). */
export async function deskFigures(unitIds: string[], now = new Date()) {
  const scope = { unitId: { in: unitIds } };
  const [openCount, overdue, dueSoon, perHandler, oldest] = await Promise.all([
    db.case.count({ where: { ...scope, ...open } }),
    db.case.count({ where: { ...scope, ...open, nextDueAt: { lt: now } } }),
    db.case.count({ where: { ...scope, ...open, nextDueAt: { gte: now, lte: new Date(now.getTime() + 3 * dayMs) } } }),
    db.case.groupBy({ by: ["assigneeId"], where: { ...scope, ...open }, _count: { _all: true } }),
    db.case.findMany({
      where: { ...scope, ...open },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: 10,
      select: { id: true, code: true, title: true, kind: true, status: true, submittedAt: true, dueAt: true, unit: { select: { name: true } } },
    }),
  ]);
  const handlerIds = perHandler.map((h) => h.assigneeId).filter((id): id is string => !!id);
  const handlers = await db.user.findMany({ where: { id: { in: handlerIds } }, select: { id: true, fullName: true } });
  return {
    openCount,
    overdue,
    dueSoon,
    perHandler: perHandler
      .map((h) => ({ name: handlers.find((u) => u.id === h.assigneeId)?.fullName ?? null, count: h._count._all }))
      .sort((a, b) => b.count - a.count),
    oldest,
  };
}

/**
 * Prolonged complaints: the same citizen filing again and again about the same
 * matter (two or more cases in the last year whose titles look alike).
 * Level-skipping: a case filed at this unit while the same citizen's case on
 * the same matter was still open at a unit below.
 */
export async function repeatedAndSkipped(unitId: string, unitPath: string, now = new Date()) {
  const since = new Date(now.getTime() - 365 * dayMs);
  const subtree = await db.unit.findMany({ where: { path: { startsWith: unitPath } }, select: { id: true } });
  const subtreeIds = subtree.map((u) => u.id);
  const repeaters = await db.case.groupBy({
    by: ["citizenId"],
    where: { unitId: { in: subtreeIds }, submittedAt: { gte: since }, citizenId: { not: null }, kind: { not: "DENUNCIATION" } },
    _count: { _all: true },
    having: { citizenId: { _count: { gte: 2 } } },
    orderBy: { citizenId: "asc" },
    take: 100,
  });
  const citizenIds = repeaters.map((r) => r.citizenId).filter((id): id is string => !!id);
  const cases = await db.case.findMany({
    where: { citizenId: { in: citizenIds }, submittedAt: { gte: since }, kind: { not: "DENUNCIATION" } },
    orderBy: { submittedAt: "asc" },
    select: { id: true, code: true, title: true, status: true, unitId: true, submittedAt: true, closedAt: true, resolvedAt: true, citizenId: true, citizen: { select: { fullName: true } } },
    take: 2000,
  });
  const prolonged: { citizen: string; codes: string[]; title: string }[] = [];
  const skipped: { code: string; lowerCode: string; title: string }[] = [];
  for (const citizenId of citizenIds) {
    const mine = cases.filter((c) => c.citizenId === citizenId);
    const used = new Set<string>();
    for (const a of mine) {
      if (used.has(a.id)) continue;
      const alike = mine.filter((b) => b.id !== a.id && !used.has(b.id) && similarity(a.title, b.title) >= similarThreshold);
      if (alike.length) {
        [a, ...alike].forEach((c) => used.add(c.id));
        prolonged.push({ citizen: a.citizen?.fullName ?? "", codes: [a, ...alike].map((c) => c.code), title: a.title });
      }
    }
    for (const a of mine) {
      // Filed here while a lower unit's case on the same matter was still open.
      if (a.unitId === unitId) {
        const lower = mine.find(
          (b) =>
            b.unitId !== unitId &&
            subtreeIds.includes(b.unitId) &&
            b.submittedAt < a.submittedAt &&
            (!b.resolvedAt || b.resolvedAt > a.submittedAt) &&
            similarity(a.title, b.title) >= similarThreshold,
        );
        if (lower) skipped.push({ code: a.code, lowerCode: lower.code, title: a.title });
      }
    }
  }
  return { prolonged: prolonged.slice(0, 20), skipped: skipped.slice(0, 20) };
}
