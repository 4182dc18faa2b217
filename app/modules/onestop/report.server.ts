import { requirePermission } from "../auth/guards.server";
import { forbidden } from "~/utils/http.server";
import { statsPage, unitOptions } from "../stats/page.server";
import type { DossierFigures } from "./figures";
import { dossierDashboard } from "./stats.server";

/**
 * A leader's one-stop report: their unit (or one under it) for a period, per
 * unit and per procedure, the same figures as the public dashboard. Another
 * unit's tree: 403.
 */
export async function leaderDossierReport(request: Request) {
  const user = await requirePermission(request, "report:unit");
  const own = user.unit;
  if (!own) forbidden();
  const page = await statsPage(request, { defaultUnit: own.code });
  const home = page.query.units.find((u) => u.id === own.id);
  if (!home) forbidden();
  const options = unitOptions(page.query.units, home);
  if (!page.query.ok) return { ...page, options, data: null };
  if (!page.query.scope.path.startsWith(own.path)) forbidden();
  const d = await dossierDashboard(page.query.scope, page.query.units, page.query.period, {});
  return { ...page, options, data: d };
}

export const dossierReportColumns = [
  "carriedOver",
  "newReceived",
  "received",
  "resolved",
  "resolvedEarly",
  "resolvedOnTime",
  "resolvedLate",
  "refused",
  "stopped",
  "inProgress",
  "inProgressNotDue",
  "inProgressOverdue",
  "refusedAtIntake",
  "supplementRequests",
  "apologies",
  "resolvedRate",
  "onTimeRate",
  "ratedCount",
  "averageRating",
  "satisfiedShare",
] as const satisfies readonly (keyof DossierFigures)[];

/** The report as a table: aggregates only (no applicant, name or contact ever goes into an export). Rates in percent. */
export function dossierReportTable(rows: { code: string; name: string; figures: DossierFigures }[], label: (key: string) => string) {
  const value = (f: DossierFigures, k: (typeof dossierReportColumns)[number]) => {
    const v = f[k];
    if (v === null) return null;
    return k.endsWith("Rate") || k === "satisfiedShare" ? Math.round(v * 1000) / 10 : k === "averageRating" ? Math.round(v * 10) / 10 : v;
  };
  return {
    header: [label("code"), label("name"), ...dossierReportColumns.map((k) => label(k))],
    body: rows.map((r) => [r.code, r.name, ...dossierReportColumns.map((k) => value(r.figures, k))]),
  };
}
