import type { LoaderFunctionArgs } from "@remix-run/node";
import { answerJson, listPublishedAnswers, resolveAnswerFilter } from "~/modules/board/answers.server";
import { answersApiQuery, parseQuery } from "~/modules/board/schemas";
import { decodeCursor } from "~/utils/keyset";
import { apiError, apiJson, zodIssues } from "~/utils/open-data.server";

/**
 * GET /api/v1/answers — published answers as open data (docs/api.md).
 * Anonymised copies only: the select in answers.server.ts is the whole story.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const parsed = parseQuery(answersApiQuery, url.searchParams);
  if (!parsed.success) return apiError(400, "bad_request", "The query string is not valid.", zodIssues(parsed.error));
  const query = parsed.data;
  if (query.cursor && !decodeCursor(query.cursor)) {
    return apiError(400, "bad_request", "The query string is not valid.", [{ path: "cursor", message: "not a cursor from this API" }]);
  }
  const filter = await resolveAnswerFilter(query);
  if ("unknown" in filter) {
    return apiError(400, "bad_request", `Unknown ${filter.unknown}.`, [{ path: filter.unknown, message: `no ${filter.unknown} with this code` }]);
  }
  const page = await listPublishedAnswers({ ...query, ...filter });
  const next = new URLSearchParams(url.searchParams);
  if (page.nextCursor) next.set("cursor", page.nextCursor);
  return apiJson(request, {
    apiVersion: "1",
    data: page.answers.map((a) => answerJson(a, url.origin)),
    next: page.nextCursor ? `${url.origin}${url.pathname}?${next.toString()}` : null,
  });
}
