import type { LoaderFunctionArgs } from "@remix-run/node";
import { answerJson, publishedAnswer } from "~/modules/board/answers.server";
import { apiError, apiJson } from "~/utils/open-data.server";

/** GET /api/v1/answers/:code — one published answer (docs/api.md). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  if (!/^[A-Z0-9-]{2,12}-\d{4}-\d{6}$/.test(code)) {
    return apiError(400, "bad_request", "Not a case code (e.g. TOHIEU-2026-000123).", [{ path: "code", message: "malformed" }]);
  }
  const answer = await publishedAnswer(code);
  if (!answer) return apiError(404, "not_found", "No published answer with this code.");
  return apiJson(request, { apiVersion: "1", data: answerJson(answer, new URL(request.url).origin) });
}
