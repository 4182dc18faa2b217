import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeader } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { listUnitNotices } from "~/modules/board/notices.server";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { NoticeTable } from "../notices+/__notice-table";

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
  const { t } = useTranslation();
  const { notices, nextCursor, unitName } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="desk-notices-title">
      <PageHeader
        titleId="desk-notices-title"
        title={t("noticeBoard.desk.heading")}
        subtitle={t("noticeBoard.desk.intro", { unit: unitName })}
        actions={
          <Link to="/desk/notices/new" className="button primary">
            {t("noticeBoard.desk.new")}
          </Link>
        }
      />
      <NoticeTable
        caption={t("noticeBoard.desk.heading")}
        rows={notices}
        empty={t("noticeBoard.none")}
        href={(n) => `/desk/notices/${n.id}`}
        middle={[
          { label: t("noticeBoard.category"), cell: (n) => t(`noticeBoard.categories.${n.category}`) },
          {
            label: t("noticeBoard.status"),
            cell: (n) => (
              <>
                {t(`noticeBoard.states.${n.state}`)}
                {n.early ? <span className="tag tag-danger">{t("noticeBoard.earlyTag")}</span> : null}
              </>
            ),
          },
        ]}
      />
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
