import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/i18n.server";
import { apiError, apiJson, API_VERSION, unknownParameters } from "~/utils/open-data.server";
import { publicUnits } from "~/modules/stats/stats.server";

/** GET /api/v1/units — the units whose figures can be asked for (codes for ?unit=). */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const unknown = unknownParameters(params, []);
  if (unknown.length) {
    const t = await getT(request);
    return apiError(400, "bad_request", t("stats.errors.invalid"), unknown.map((p) => ({ path: p, message: t("stats.errors.invalid") })));
  }
  const units = await publicUnits();
  const code = new Map(units.map((u) => [u.id, u.code]));
  return apiJson(request, {
    apiVersion: API_VERSION,
    units: units.map((u) => ({ code: u.code, name: u.name, parent: u.parentId ? (code.get(u.parentId) ?? null) : null, level: u.levelCode })),
  }, { shared: true });
}
