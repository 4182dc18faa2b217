import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { Badge, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { requireUser } from "~/modules/auth/guards.server";
import { boardCase } from "~/modules/democracy/boards.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** One case as the People's Inspection Board may see it: its handling and deadlines, never its sender. The look is audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const code = (params.code ?? "").toUpperCase();
  if (!/^[A-Z0-9-]{5,40}$/.test(code)) notFound();
  const { board, case: c } = await boardCase(user, params.boardId ?? "", code);
  return { title: c.code, board, c };
}

export default function BoardCase() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { board, c } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="case-title">
      <p>
        <Link to={`/democracy/boards/${board.id}/cases`}>{t("democracy.board.cases")}</Link>
      </p>
      <PageHeader
        title={c.code}
        titleId="case-title"
        subtitle={c.title ?? t("democracy.board.caseTitleHidden")}
        badges={
          <>
            <Badge>{t(`caseStatus.${c.status}`)}</Badge>
            {c.overdue ? <Badge tone="danger">{t("cases.overdue")}</Badge> : null}
          </>
        }
      />
      <dl className="facts">
        <Fact term={t("cases.kind")}>{t(`caseKind.${c.kind}`)}</Fact>
        <Fact term={t("cases.submittedAt")}>{formatDateTime(c.submittedAt, language)}</Fact>
        {c.category ? <Fact term={t("democracy.subject")}>{language === "en" ? c.category.nameEn : c.category.nameVi}</Fact> : null}
        {c.acceptedAt ? <Fact term={t("events.ACCEPTED")}>{formatDateTime(c.acceptedAt, language)}</Fact> : null}
        {c.dueAt ? <Fact term={t("cases.dueAt")}>{formatDate(c.dueAt, language)}</Fact> : null}
        {c.resolvedAt ? <Fact term={t("events.RESOLVED")}>{formatDateTime(c.resolvedAt, language)}</Fact> : null}
      </dl>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("cases.timeline")}</h2>
        <ol>
          {c.events.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.createdAt, language)} — {t(`events.${e.type}`)}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
