import { z } from "zod";
import { db } from "~/utils/db.server";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { disputeTypes, mediationStatuses } from "./constants";

export const mediationPageSize = 25;

export const mediationFilterSchema = z.object({
  status: z.enum(mediationStatuses).optional().catch(undefined),
  disputeType: z.enum(disputeTypes).optional().catch(undefined),
  teamId: z.string().max(64).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type MediationFilter = z.infer<typeof mediationFilterSchema>;

/** One page of the mediations of some teams, newest first (keyset on the (teamId, openedAt, id) index). */
export async function listMediations(teamIds: string[], filter: MediationFilter) {
  const ids = filter.teamId && teamIds.includes(filter.teamId) ? [filter.teamId] : teamIds;
  const rows = await db.mediation.findMany({
    where: {
      teamId: { in: ids },
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.disputeType ? { disputeType: filter.disputeType } : {}),
      ...afterCursorDesc("openedAt", decodeCursor(filter.cursor)),
    },
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take: mediationPageSize + 1,
    select: {
      id: true,
      code: true,
      status: true,
      disputeType: true,
      openedVia: true,
      openedAt: true,
      team: { select: { areaName: true } },
      parties: { select: { role: true, name: true }, orderBy: { id: "asc" }, take: 2 },
      // The start deadline (art. 20 k.2) runs from the first assignment; started = a session held.
      mediators: { select: { assignedAt: true }, orderBy: { assignedAt: "asc" }, take: 1 },
      sessions: { select: { heldAt: true }, orderBy: { heldAt: "asc" }, take: 1 },
    },
  });
  const page = rows.slice(0, mediationPageSize);
  const last = page.at(-1);
  return {
    mediations: page,
    nextCursor: rows.length > mediationPageSize && last ? encodeCursor({ id: last.id, at: last.openedAt }) : null,
  };
}

/** The mediations a citizen is a party to (newest first; a person is party to few). */
export async function mediationsOfParty(userId: string) {
  const rows = await db.mediationParty.findMany({
    where: { userId },
    orderBy: { mediation: { openedAt: "desc" } },
    take: 100,
    select: { role: true, mediation: { select: { code: true, status: true, disputeType: true, openedAt: true, team: { select: { areaName: true, unit: { select: { name: true } } } } } } },
  });
  return rows.map((r) => ({ role: r.role, ...r.mediation }));
}
