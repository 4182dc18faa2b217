import { db } from "~/utils/db.server";
import { disputeTypes } from "./constants";
import { summarise } from "./overview";

/**
 * The commune's mediation figures for a period [from, to): one groupBy over
 * (team, dispute type, status) on the (teamId, openedAt…) index — a handful of
 * rows whatever the number of mediations — then summed per team, per type
 * and for the commune.
 */
export async function mediationOverview(unitId: string, period: { from: Date; to: Date }) {
  const teams = await db.mediationTeam.findMany({
    where: { unitId },
    orderBy: [{ active: "desc" }, { areaName: "asc" }],
    select: { id: true, areaName: true, active: true },
  });
  const grouped = teams.length
    ? await db.mediation.groupBy({
        by: ["teamId", "disputeType", "status"],
        where: { teamId: { in: teams.map((t) => t.id) }, openedAt: { gte: period.from, lt: period.to } },
        _count: { _all: true, outcomeDays: true },
        _sum: { outcomeDays: true },
      })
    : [];
  const rows = grouped.map((g) => ({
    teamId: g.teamId,
    disputeType: g.disputeType,
    status: g.status,
    count: g._count._all,
    daysSum: g._sum.outcomeDays ?? 0,
    daysCount: g._count.outcomeDays,
  }));
  const figures = summarise(rows, teams.map((t) => t.id), disputeTypes);
  return {
    ...figures,
    byTeam: figures.byTeam.map((f) => ({ ...f, areaName: teams.find((t) => t.id === f.teamId)!.areaName, active: teams.find((t) => t.id === f.teamId)!.active })),
  };
}
