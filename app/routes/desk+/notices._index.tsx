import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { listUnitNotices } from "~/modules/board/notices.server";
import { formatDate } from "~/utils/dates";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The unit's own notices, every state; early take-downs stand out. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "notice:post");
  if (!user.unitId) forbidden();
  const cursor = new URL(request.url).searchParams.get("cursor");
  const [page, t] = await Promise.all([listUnitNotices(user.unitId, cursor), getT(request)]);
  return json({ title: t("noticeBoard.desk.heading"), unitName: user.unit?.name ?? "", ...page });
}

export default function DeskNotices() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { notices, nextCursor, unitName } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="desk-notices-title">
      <h1 id="desk-notices-title">{t("noticeBoard.desk.heading")}</h1>
      <p>{t("noticeBoard.desk.intro", { unit: unitName })}</p>
      <p className="actions">
        <Link to="/desk/notices/new" className="button primary">
          {t("noticeBoard.desk.new")}
        </Link>
      </p>
      {notices.length ? (
        <table className="case-table">
          <caption className="visually-hidden">{t("noticeBoard.desk.heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("noticeBoard.title")}</th>
              <th scope="col">{t("noticeBoard.category")}</th>
              <th scope="col">{t("noticeBoard.status")}</th>
              <th scope="col">{t("noticeBoard.postedSince")}</th>
              <th scope="col">{t("noticeBoard.until")}</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((n) => (
              <tr key={n.id}>
                <td data-label={t("noticeBoard.title")}>
                  <Link to={`/desk/notices/${n.id}`}>{n.title}</Link>
                </td>
                <td data-label={t("noticeBoard.category")}>{t(`noticeBoard.categories.${n.category}`)}</td>
                <td data-label={t("noticeBoard.status")}>
                  {t(`noticeBoard.states.${n.state}`)}
                  {n.early ? <span className="tag tag-danger">{t("noticeBoard.earlyTag")}</span> : null}
                </td>
                <td data-label={t("noticeBoard.postedSince")}>{formatDate(n.postedAt, language)}</td>
                <td data-label={t("noticeBoard.until")}>{formatDate(n.minimumUntil, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("noticeBoard.none")}</p>
      )}
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
