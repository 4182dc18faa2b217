/**
 * The overview's figures from grouped counts (pure; the grouping itself is a
 * DB aggregate in overview.server.ts). A mediation counts in the period it was
 * OPENED in (a cohort), with the status it has now:
 * - success rate = agreed / (agreed + not agreed): withdrawn ones were never
 *   mediated to an end, open ones have no result yet; null when neither;
 * - average days = days from opening to the outcome, over every mediation
 *   with an outcome (agreed, not agreed, withdrawn); null when none.
 */
export type GroupRow = {
  teamId: string;
  disputeType: string;
  status: string;
  count: number;
  /** sum of outcomeDays and how many rows had one */
  daysSum: number;
  daysCount: number;
};

export type Figures = {
  opened: number;
  open: number;
  agreed: number;
  notAgreed: number;
  withdrawn: number;
  successRate: number | null;
  averageDays: number | null;
};

type Acc = Omit<Figures, "successRate" | "averageDays"> & { daysSum: number; daysCount: number };
const empty = (): Acc => ({ opened: 0, open: 0, agreed: 0, notAgreed: 0, withdrawn: 0, daysSum: 0, daysCount: 0 });

function add(acc: Acc, r: GroupRow) {
  acc.opened += r.count;
  if (r.status === "OPEN") acc.open += r.count;
  if (r.status === "AGREED") acc.agreed += r.count;
  if (r.status === "NOT_AGREED") acc.notAgreed += r.count;
  if (r.status === "WITHDRAWN") acc.withdrawn += r.count;
  acc.daysSum += r.daysSum;
  acc.daysCount += r.daysCount;
}

function finish(acc: Acc): Figures {
  const mediated = acc.agreed + acc.notAgreed;
  return {
    opened: acc.opened,
    open: acc.open,
    agreed: acc.agreed,
    notAgreed: acc.notAgreed,
    withdrawn: acc.withdrawn,
    successRate: mediated ? acc.agreed / mediated : null,
    averageDays: acc.daysCount ? acc.daysSum / acc.daysCount : null,
  };
}

export function summarise(rows: GroupRow[], teamIds: string[], types: readonly string[]) {
  const total = empty();
  const byTeam = new Map(teamIds.map((id) => [id, empty()]));
  const byType = new Map(types.map((t) => [t, empty()]));
  for (const r of rows) {
    add(total, r);
    const team = byTeam.get(r.teamId);
    if (team) add(team, r);
    const type = byType.get(r.disputeType) ?? byType.set(r.disputeType, empty()).get(r.disputeType)!;
    add(type, r);
  }
  return {
    total: finish(total),
    byTeam: teamIds.map((id) => ({ teamId: id, ...finish(byTeam.get(id)!) })),
    byType: [...byType.entries()].map(([disputeType, acc]) => ({ disputeType, ...finish(acc) })),
  };
}
