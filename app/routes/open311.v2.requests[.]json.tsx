import type { LoaderFunctionArgs } from "@remix-run/node";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { apiJson } from "~/utils/open-data.server";
import { listRequests, open311Error, parseRequestsQuery, toGeoReport } from "~/modules/stats/open311.server";

/** GET /open311/v2/requests.json — public cases (feedback, petitions), newest first. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const parsed = parseRequestsQuery(url.searchParams);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") || (issue && "keys" in issue ? issue.keys.join(", ") : "") || "";
    const message = issue?.message.startsWith("open311.") ? t(issue.message) : t("open311.invalid");
    return open311Error(400, `${name}: ${message}`);
  }
  const { rows, next } = await listRequests(parsed.data);
  const headers: Record<string, string> = {};
  if (next) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set("after", next);
    headers.Link = `<${nextUrl.pathname}${nextUrl.search}>; rel="next"`;
  }
  return apiJson(
    request,
    rows.map((c) => toGeoReport(c, language, t(`caseStatus.${c.status}`))),
    { headers, maxAge: 60, shared: true },
  );
}
