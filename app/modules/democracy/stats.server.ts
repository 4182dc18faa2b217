import { endOfLocalDay, startOfLocalDay } from "~/modules/deadlines/calendar";
import type { Period } from "~/modules/stats/period";
import type { UnitRef } from "~/modules/stats/stats.server";
import { db } from "~/utils/db.server";
import { democracyFigures } from "./figures";

/**
 * The grassroots democracy figures of a unit with everything under it, for a
 * period (local days), by commune: the rows are read from indexed ranges of
 * the three small tables (a commune decides tens of matters a year, not
 * thousands), then every figure comes from figures.ts.
 */
export async function democracyStats(scope: UnitRef, units: UnitRef[], period: Pick<Period, "from" | "to">, now = new Date()) {
  const unitIds = units.filter((u) => u.path.startsWith(scope.path)).map((u) => u.id);
  const range = { gte: startOfLocalDay(period.from), lte: endOfLocalDay(period.to) };
  const [matters, consultations, recommendations] = await Promise.all([
    db.democracyMatter.findMany({ where: { unitId: { in: unitIds }, closedAt: range, result: { not: null } }, select: { unitId: true, result: true, electorate: true, turnout: true } }),
    db.consultation.findMany({
      // Closed in the period: not one still open whose end falls later in it.
      where: { unitId: { in: unitIds }, closesAt: { gte: range.gte, lte: new Date(Math.min(range.lte.getTime(), now.getTime())) } },
      select: { unitId: true, status: true, _count: { select: { comments: { where: { moderation: "ACCEPTED" } } } } },
    }),
    db.supervisionRecommendation.findMany({ where: { unitId: { in: unitIds }, sentAt: range }, select: { unitId: true, status: true, dueAt: true, answeredOnTime: true } }),
  ]);
  const consultationRows = consultations.map((c) => ({ unitId: c.unitId, status: c.status, acceptedComments: c._count.comments }));
  const total = democracyFigures({ matters, consultations: consultationRows, recommendations }, now);
  const active = new Set([...matters, ...consultationRows, ...recommendations].map((r) => r.unitId));
  const byUnit = units
    .filter((u) => active.has(u.id))
    .map((u) => ({
      unit: { code: u.code, name: u.name },
      figures: democracyFigures(
        {
          matters: matters.filter((m) => m.unitId === u.id),
          consultations: consultationRows.filter((c) => c.unitId === u.id),
          recommendations: recommendations.filter((r) => r.unitId === u.id),
        },
        now,
      ),
    }));
  return { total, byUnit };
}
