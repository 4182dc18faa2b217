import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, API_VERSION } from "~/utils/open-data.server";

/** GET /api/v1 — what the open-data API offers (the full description is docs/api.md). */
export async function loader({ request }: LoaderFunctionArgs) {
  return apiJson(request, {
    apiVersion: API_VERSION,
    documentation: "docs/api.md in the source code",
    endpoints: {
      stats: "/api/v1/stats?unit={code}&period={month|quarter|half|year|custom}&year=&month=&quarter=&half=&from=&to=",
      units: "/api/v1/units",
      democracyStats: "/api/v1/democracy/stats?unit={code}&period=…(as stats)",
      democracyMatters: "/api/v1/democracy/matters?unit={commune code}&cursor=",
      open311: "/open311/v2/discovery.json",
    },
  }, { shared: true });
}
