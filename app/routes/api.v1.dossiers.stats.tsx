import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/i18n.server";
import { dossierStatsPage } from "~/modules/onestop/stats-page.server";
import { apiError, apiJson, API_VERSION, unknownParameters } from "~/utils/open-data.server";

const allowed = ["unit", "period", "year", "month", "quarter", "half", "from", "to", "procedure", "field"] as const;

/** GET /api/v1/dossiers/stats — the one-stop dashboard's figures as JSON (docs/api.md). Aggregates only. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const t = await getT(request);
  const unknown = unknownParameters(params, allowed);
  if (unknown.length) return apiError(400, "bad_request", t("stats.errors.invalid"), unknown.map((p) => ({ path: p, message: t("stats.errors.invalid") })));
  const r = await dossierStatsPage(request);
  if (!r.ok) return apiError(400, "bad_request", t("stats.errors.invalid"), Object.entries(r.errors).map(([path, key]) => ({ path, message: t(key) })));
  return apiJson(request, {
    apiVersion: API_VERSION,
    unit: { code: r.scope.code, name: r.scope.name },
    period: { kind: r.period.kind, from: r.period.from, to: r.period.to },
    procedure: r.procedureCode,
    field: r.fieldCode,
    figures: r.data.total,
    byUnit: r.data.byUnit.map((u) => ({ unit: u.unit.code, name: u.unit.name, ownDossiers: u.own, ...u.figures })),
    byField: r.data.byField.map((f) => ({ field: f.fieldCode, name: f.fieldName, nameEn: f.fieldNameEn, ...f.figures })),
    byProcedure: r.data.byProcedure.map((p) => ({ procedure: p.procedure.code, name: p.procedure.name, nameEn: p.procedure.nameEn, field: p.procedure.fieldCode, ...p.figures })),
    byMonth: r.data.trend,
    refreshedAt: r.refreshedAt?.toISOString() ?? null,
    // The figures' last refresh is in the shared cache's key (a watched setting).
  }, { shared: true });
}
