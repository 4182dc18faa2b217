import type { LoaderFunctionArgs } from "@remix-run/node";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { apiJson } from "~/utils/open-data.server";
import { findRequest, open311Error, toGeoReport } from "~/modules/stats/open311.server";

/** GET /open311/v2/requests/{service_request_id}.json — one public case, as a one-item list. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const raw = params.id ?? "";
  const found = raw.endsWith(".json") ? await findRequest(raw.slice(0, -".json".length)) : null;
  if (!found) return open311Error(404, t("open311.notFound"));
  return apiJson(request, [toGeoReport(found, language, t(`caseStatus.${found.status}`))], { maxAge: 60 });
}
