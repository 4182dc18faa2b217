import { readForm } from "~/utils/form-data.server";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { DocumentList, IntentForm, TextArea, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { ActionItem, ActionPanel, Badge, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { requirePermission } from "~/modules/auth/guards.server";
import { answerRecommendation, recommendationView } from "~/modules/democracy/boards.server";
import { answerSchema } from "~/modules/democracy/schemas";
import { formatDate, formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
const idPattern = /^[a-z0-9]{10,40}$/i;

async function load(request: Request, id: string | undefined) {
  const user = await requirePermission(request, "case:read:unit");
  const view = id && idPattern.test(id) ? await recommendationView(user, id) : null;
  if (!view) notFound();
  return { user, view };
}

export const shouldRevalidate = revalidateAfterRefusal;

/** A board's recommendation for the commune; its leader answers it here, on time or late against the deadline. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { view } = await load(request, params.id);
  return { title: view.title, r: view };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, view } = await load(request, params.id);
  const values = Object.fromEntries(await readForm(request)) as Record<string, string>;
  const parsed = answerSchema.safeParse(values);
  if (!parsed.success) return data({ intent: "answer", errors: parsed.error.flatten().fieldErrors as Record<string, string[]>, values }, { status: 400 });
  const result = await answerRecommendation(user, view.id, parsed.data);
  if (!result.ok) return data({ intent: "answer", errors: { "": ["democracy.refusals.conflict"] }, values }, { status: 409 });
  return redirectWithToast(`/desk/democracy/recommendations/${view.id}`, { key: result.onTime ? "democracy.desk.recommendation.answered" : "democracy.desk.recommendation.answeredLate", type: result.onTime ? "success" : "info" });
}

export default function Recommendation() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { r } = useLoaderData<typeof loader>();
  const answer = resultFor(useActionData<typeof action>(), "answer");
  return (
    <article aria-labelledby="rec-title">
      <p>
        <Link to="/desk">{t("nav.desk")}</Link>
      </p>
      <PageHeader
        title={r.title}
        titleId="rec-title"
        subtitle={`${r.board.name} · ${t(`democracy.boardKinds.${r.board.kind}`)}`}
        badges={
          r.overdue ? (
            <Badge tone="danger">{t("democracy.board.overdue")}</Badge>
          ) : r.status === "ANSWERED" ? (
            <Badge tone={r.answeredOnTime ? "ok" : "warn"}>{t(r.answeredOnTime ? "democracy.board.onTime" : "democracy.board.late")}</Badge>
          ) : (
            <Badge tone="info">{t("democracy.board.states.SENT")}</Badge>
          )
        }
      />
      {r.mayAnswer ? (
        <ActionPanel title={t("democracy.desk.recommendation.answerHeading")}>
          <ActionItem id="answer" label={t("democracy.desk.recommendation.answerHeading")} primary open>
            <IntentForm intent="answer" version={r.version} submit={t("democracy.desk.recommendation.submit")} errors={answer.errors} primary>
              <TextArea intent="answer" name="answer" label={t("democracy.desk.recommendation.answer")} required rows={6} errors={answer.errors.answer} defaultValue={answer.values.answer} />
            </IntentForm>
          </ActionItem>
        </ActionPanel>
      ) : r.status === "SENT" ? (
        <p className="notice" role="note">
          {t("democracy.desk.recommendation.leaderOnly")}
        </p>
      ) : null}
      <dl className="facts">
        <Fact term={t("democracy.board.sentAt")}>{formatDateTime(r.sentAt, language)}</Fact>
        <Fact term={t("democracy.board.dueAt")}>{formatDate(r.dueAt, language)}</Fact>
        {r.answeredAt ? <Fact term={t("democracy.board.answeredAt")}>{formatDateTime(r.answeredAt, language)}</Fact> : null}
      </dl>
      <section aria-labelledby="findings-title">
        <h2 id="findings-title">{t("democracy.board.findings")}</h2>
        <p className="prewrap">{r.findings}</p>
        <h2>{t("democracy.board.recommendation")}</h2>
        <p className="prewrap">{r.recommendation}</p>
        <h2>{t("democracy.documents")}</h2>
        <DocumentList documents={r.documents} />
      </section>
      {r.answer ? (
        <section aria-labelledby="answer-title">
          <h2 id="answer-title">{t("democracy.board.answer")}</h2>
          <p className="prewrap">{r.answer}</p>
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
