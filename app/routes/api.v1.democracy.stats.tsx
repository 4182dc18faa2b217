import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/i18n.server";
import { democracyStats } from "~/modules/democracy/stats.server";
import { readStatsQuery } from "~/modules/stats/query.server";
import { apiError, apiJson, API_VERSION, unknownParameters } from "~/utils/open-data.server";

const allowed = ["unit", "period", "year", "month", "quarter", "half", "from", "to"] as const;

/** GET /api/v1/democracy/stats — grassroots democracy figures (docs/api.md), same parameters as /api/v1/stats. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const t = await getT(request);
  const unknown = unknownParameters(params, allowed);
  if (unknown.length) return apiError(400, "bad_request", t("stats.errors.invalid"), unknown.map((p) => ({ path: p, message: t("stats.errors.invalid") })));
  const query = await readStatsQuery(params);
  if (!query.ok) return apiError(400, "bad_request", t("stats.errors.invalid"), Object.entries(query.errors).map(([path, key]) => ({ path, message: t(key) })));
  const { total, byUnit } = await democracyStats(query.scope, query.units, query.period);
  return apiJson(request, {
    apiVersion: API_VERSION,
    unit: { code: query.scope.code, name: query.scope.name },
    period: { kind: query.period.kind, from: query.period.from, to: query.period.to },
    figures: total,
    byUnit: byUnit.map((u) => ({ unit: u.unit.code, name: u.unit.name, ...u.figures })),
  });
}
