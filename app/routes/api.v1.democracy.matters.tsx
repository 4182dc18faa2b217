import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/i18n.server";
import { communes } from "~/modules/democracy/areas.server";
import { publicMatters } from "~/modules/democracy/matters.server";
import { decodeCursor } from "~/utils/keyset";
import { apiError, apiJson, API_VERSION, unknownParameters } from "~/utils/open-data.server";

/**
 * GET /api/v1/democracy/matters — the matters residents decide, newest first
 * (keyset `cursor`), by commune (`unit`): what was decided, how and with what
 * result. Households are never listed, nor how any of them voted.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const t = await getT(request);
  const unknown = unknownParameters(params, ["unit", "cursor"]);
  if (unknown.length) return apiError(400, "bad_request", t("stats.errors.invalid"), unknown.map((p) => ({ path: p, message: t("stats.errors.invalid") })));
  const code = params.get("unit");
  const unit = code ? (await communes()).find((u) => u.code === code) : null;
  if (code && !unit) return apiError(400, "bad_request", t("stats.errors.unit"), [{ path: "unit", message: t("stats.errors.unit") }]);
  const cursor = params.get("cursor");
  if (cursor && !decodeCursor(cursor)) return apiError(400, "bad_request", t("stats.errors.invalid"), [{ path: "cursor", message: t("stats.errors.invalid") }]);
  const page = await publicMatters({ unitId: unit?.id ?? null, cursor });
  return apiJson(request, {
    apiVersion: API_VERSION,
    matters: page.matters.map((m) => ({
      id: m.id,
      title: m.title,
      subject: m.subject,
      unit: m.unit.code,
      area: m.area?.name ?? null,
      form: m.form,
      secret: m.secret,
      opensAt: m.opensAt.toISOString(),
      closesAt: m.closesAt.toISOString(),
      status: m.status,
      households: m.electorate,
      result: m.result,
      // Counted at the close: null while the vote is open.
      votesFor: m.votesFor,
      votesAgainst: m.votesAgainst,
      turnout: m.turnout,
    })),
    nextCursor: page.nextCursor,
  });
}
