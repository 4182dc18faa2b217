import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/i18n.server";
import { apiError, apiJson, API_VERSION, unknownParameters } from "~/utils/open-data.server";
import { readStatsQuery } from "~/modules/stats/query.server";
import { statsRefreshedAt } from "~/modules/stats/refresh.server";
import { dashboard } from "~/modules/stats/stats.server";
import { db } from "~/utils/db.server";

const allowed = ["unit", "period", "year", "month", "quarter", "half", "from", "to"] as const;

/** GET /api/v1/stats — the public dashboard's figures as JSON (docs/api.md). */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const t = await getT(request);
  const unknown = unknownParameters(params, allowed);
  if (unknown.length) {
    return apiError(400, "bad_request", t("stats.errors.invalid"), unknown.map((p) => ({ path: p, message: t("stats.errors.invalid") })));
  }
  const query = await readStatsQuery(params);
  if (!query.ok) {
    return apiError(
      400,
      "bad_request",
      t("stats.errors.invalid"),
      Object.entries(query.errors).map(([path, key]) => ({ path, message: t(key) })),
    );
  }
  const [data, categories, refreshedAt] = await Promise.all([
    dashboard(query.scope, query.units, query.period),
    db.category.findMany({ select: { id: true, code: true, nameVi: true, nameEn: true } }),
    statsRefreshedAt(),
  ]);
  const category = new Map(categories.map((c) => [c.id, c]));
  return apiJson(request, {
    apiVersion: API_VERSION,
    unit: { code: query.scope.code, name: query.scope.name },
    period: { kind: query.period.kind, from: query.period.from, to: query.period.to },
    figures: data.total,
    byKind: data.byKind.map((k) => ({ kind: k.key, ...k.figures })),
    byCategory: data.byCategory.map((c) => ({
      category: category.get(c.key)?.code ?? null,
      name: category.get(c.key)?.nameVi ?? null,
      nameEn: category.get(c.key)?.nameEn ?? null,
      ...c.figures,
    })),
    byUnit: data.byUnit.map((u) => ({ unit: u.unit.code, name: u.unit.name, ownCases: u.unit.id === query.scope.id, ...u.figures })),
    byMonth: data.trend,
    refreshedAt: refreshedAt?.toISOString() ?? null,
  }, { shared: true });
}
