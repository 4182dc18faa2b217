import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Badge, DataTable, AppLink, PageHeader } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { boardCases } from "~/modules/democracy/boards.server";
import { formatDate } from "~/utils/dates";
import { badRequest } from "~/utils/http.server";
import { decodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The People's Inspection Board's read-only view of its commune's cases; every page it opens is audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cursor = new URL(request.url).searchParams.get("cursor");
  if (cursor && !decodeCursor(cursor)) badRequest();
  const [page, t] = await Promise.all([boardCases(user, params.boardId ?? "", cursor), getT(request)]);
  return { title: t("democracy.board.cases"), ...page };
}

export default function BoardCases() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { board, cases, nextCursor } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="cases-title">
      <p>
        <Link to={`/democracy/boards/${board.id}`}>{t("democracy.board.backToBoard")}</Link>
      </p>
      <PageHeader title={t("democracy.board.cases")} titleId="cases-title" subtitle={`${board.name} · ${board.unit.name}`} />
      <p>{t("democracy.board.casesIntro")}</p>
      <DataTable
        caption={t("democracy.board.cases")}
        rows={cases}
        rowKey={(c) => c.code}
        empty={t("common.noResults")}
        columns={[
          { key: "code", header: t("cases.code"), label: t("cases.code"), primary: true, cell: (c) => <AppLink to={`/democracy/boards/${board.id}/cases/${c.code}`} className="code">{c.code}</AppLink> },
          { key: "kind", header: t("cases.kind"), label: t("cases.kind"), cell: (c) => t(`caseKind.${c.kind}`) },
          { key: "title", header: t("democracy.title"), label: t("democracy.title"), wideOnly: true, cell: (c) => c.title ?? t("democracy.board.caseTitleHidden") },
          { key: "status", header: t("democracy.status"), label: t("democracy.status"), cell: (c) => (
            <>
              {t(`caseStatus.${c.status}`)} {c.overdue ? <Badge tone="danger">{t("cases.overdue")}</Badge> : null}
            </>
          ) },
          { key: "submitted", header: t("cases.submittedAt"), label: t("cases.submittedAt"), cell: (c) => formatDate(c.submittedAt, language) },
        ]}
      />
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
