import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson } from "~/utils/open-data.server";

/** Open311 discovery: where this server's GeoReport v2 endpoints are. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = new URL(request.url).origin;
  return apiJson(request, {
    changeset: "2026-11-27T00:00:00Z",
    contact: "Lắng Nghe — bộ phận tiếp công dân / citizen reception office",
    key_service: "",
    endpoints: [
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${origin}/open311/v2`,
        changeset: "2026-11-27T00:00:00Z",
        type: "production",
        formats: ["application/json"],
      },
    ],
  }, { shared: true });
}
