import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import type { Language } from "~/i18n/config";
import { getUser } from "~/modules/auth/session.server";
import { mayWithdraw, publishedAnswer } from "~/modules/board/answers.server";
import { formatDate } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import boardStyles from "~/styles/board.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: boardStyles }];

/** One published answer: the anonymised question and the unit's answer. Anything unpublished is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  const answer = /^[A-Z0-9-]{2,12}-\d{4}-\d{6}$/.test(code) ? await publishedAnswer(code) : null;
  if (!answer) notFound();
  // The unit's leaders see the way to withdraw it; nobody else learns anything from the page.
  const canWithdraw = await mayWithdraw(await getUser(request), answer.code);
  return { title: answer.title, answer, canWithdraw };
}

export default function PublishedAnswerPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { answer: a, canWithdraw } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="answer-title">
      <p>
        <Link to="/answers">{t("publishedAnswers.back")}</Link>
      </p>
      <h1 id="answer-title">{a.title}</h1>
      <dl className="facts">
        <Fact term={t("cases.kind")}>{t(`caseKind.${a.kind}`)}</Fact>
        <Fact term={t("cases.unit")}>{a.unit.name}</Fact>
        {a.category ? <Fact term={t("file.category")}>{language === "en" ? a.category.nameEn : a.category.nameVi}</Fact> : null}
        <Fact term={t("cases.submittedAt")}>{formatDate(a.submittedAt, language)}</Fact>
        <Fact term={t("publishedAnswers.resolvedAt")}>{formatDate(a.resolvedAt, language)}</Fact>
        <Fact term={t("publishedAnswers.publishedAt")}>{formatDate(a.publishedAt, language)}</Fact>
      </dl>
      <section aria-labelledby="question-title">
        <h2 id="question-title">{t("publishedAnswers.question")}</h2>
        <p className="prewrap">{a.question}</p>
      </section>
      <section aria-labelledby="reply-title">
        <h2 id="reply-title">{t("publishedAnswers.answer", { unit: a.unit.name })}</h2>
        <p className="prewrap">{a.answer}</p>
      </section>
      <p className="muted">{t("publishedAnswers.anonymised")}</p>
      {canWithdraw ? (
        <p className="actions">
          <Link to={`/desk/answers/${a.code}`}>{t("publishedAnswers.withdrawLink")}</Link>
        </p>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
