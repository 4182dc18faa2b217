import type { LoaderFunctionArgs } from "@remix-run/node";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { apiJson, unknownParameters } from "~/utils/open-data.server";
import { listServices, open311Error } from "~/modules/stats/open311.server";

/** GET /open311/v2/services.json — the fields a case can be about. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const unknown = unknownParameters(params, ["jurisdiction_id"]);
  if (unknown.length) return open311Error(400, `${t("open311.invalid")} ${unknown.join(", ")}`);
  const categories = await listServices(language, () => "");
  return apiJson(
    request,
    categories.map((c) => ({ ...c, description: t("open311.service", { name: c.service_name }) })),
    { shared: true },
  );
}
