import { requirePermission } from "~/modules/auth/guards.server";
import { forbidden } from "~/utils/http.server";
import type { ReportRow } from "./export.server";
import { statsPage, unitOptions } from "./page.server";
import { dashboard, handlerFigures, memoised, overdueCases, overdueSoFar } from "./stats.server";

/** The oldest overdue cases the report lists (a leader reads the oldest; the inbox, sorted by deadline, has the rest). */
const LATE_LIST_SIZE = 20;

/**
 * A leader's report: their unit (or a unit under it) for a period — the public
 * figures plus overdue cases and per-handler figures. Another unit's tree: 403.
 */
export async function leaderReport(request: Request) {
  const user = await requirePermission(request, "report:unit");
  const own = user.unit;
  if (!own) forbidden();
  const page = await statsPage(request, { defaultUnit: own.code });
  const { query } = page;
  const home = query.units.find((u) => u.id === own.id);
  if (!home) forbidden();
  const options = unitOptions(query.units, home);
  if (!query.ok) return { ...page, options, data: null };
  if (!query.scope.path.startsWith(own.path)) forbidden();
  const inScope = query.units.filter((u) => u.path.startsWith(query.scope.path));
  const { from, to } = query.period;
  const [d, overdue, handlers, late] = await Promise.all([
    dashboard(query.scope, query.units, query.period),
    // The overdue counts, the handlers' and the oldest overdue cases are read as often as the figures beside
    // them are refreshed (memoised: 30 s, or the next refresh), not on every view (decision 023). The
    // counts: the refresh's plus the cases fallen due since (as the ranking), never every overdue case of a province.
    memoised(`report-overdue|${query.scope.id}`, () => overdueSoFar(inScope.map((u) => u.id), new Date())),
    memoised(`report-handlers|${query.scope.id}|${from}|${to}`, () => handlerFigures(query.scope.id, query.period, new Date())),
    // One more than shown: whether to link to the rest.
    memoised(`report-late|${query.scope.id}`, () => overdueCases(inScope.map((u) => u.id), new Date(), LATE_LIST_SIZE + 1)),
  ]);
  // Overdue per row: the scope's own cases, or a child's whole subtree.
  const overdueUnder = (path: string) => inScope.filter((u) => u.path.startsWith(path)).reduce((n, u) => n + (overdue.get(u.id) ?? 0), 0);
  const rows: ReportRow[] = d.byUnit.map((r) => ({
    code: r.unit.code,
    name: r.unit.name,
    figures: r.figures,
    overdue: r.unit.id === query.scope.id ? (overdue.get(r.unit.id) ?? 0) : overdueUnder(r.unit.path),
  }));
  const total: ReportRow = { code: query.scope.code, name: query.scope.name, figures: d.total, overdue: overdueUnder(query.scope.path) };
  return { ...page, options, data: { byKind: d.byKind, rows, total, handlers, late: late.slice(0, LATE_LIST_SIZE), lateMore: late.length > LATE_LIST_SIZE } };
}
