import { readForm } from "~/utils/form-data.server";
import { randomBytes } from "node:crypto";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { DocumentList, IntentForm, Period, RuleBasis, TextArea, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { Badge, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { requireUser } from "~/modules/auth/guards.server";
import { getUser } from "~/modules/auth/session.server";
import { addComment, publicConsultation } from "~/modules/democracy/consultations.server";
import { commentSchema } from "~/modules/democracy/schemas";
import { formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
const idPattern = /^[a-z0-9]{10,40}$/i;

export const shouldRevalidate = revalidateAfterRefusal;

/** Public: a consultation, its documents; after the close, the comments with the commune's answers. A resident comments here. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  const user = await getUser(request);
  const c = idPattern.test(id) ? await publicConsultation(id, user?.id ?? null) : null;
  if (!c) notFound();
  return { title: c.title, c, signedIn: !!user, isCitizen: user?.role === "CITIZEN", token: randomBytes(18).toString("base64url") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  if (!idPattern.test(id)) notFound();
  const values = Object.fromEntries(await readForm(request)) as Record<string, string>;
  const parsed = commentSchema.safeParse(values);
  if (!parsed.success) return data({ intent: "comment", errors: parsed.error.flatten().fieldErrors as Record<string, string[]>, values }, { status: 400 });
  const result = await addComment(user, id, parsed.data);
  if (!result.ok) return data({ intent: "comment", errors: { "": [result.error] }, values }, { status: 400 });
  return redirectWithToast(`/democracy/consultations/${id}`, { key: "democracy.consultation.commented", type: "success" });
}

export default function ConsultationPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { c, signedIn, isCitizen, token } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = resultFor(actionData, "comment");
  const published = c.phase === "PUBLISHED" || c.phase === "DECIDED";
  return (
    <article aria-labelledby="consultation-title">
      <p>
        <Link to="/democracy">{t("democracy.back")}</Link>
      </p>
      <PageHeader title={c.title} titleId="consultation-title" subtitle={c.unit.name} badges={<Badge tone={c.phase === "OPEN" ? "info" : "neutral"}>{t(`democracy.consultationPhases.${c.phase}`)}</Badge>} />
      {c.phase === "OPEN" ? (
        <section aria-labelledby="comment-title" className="action-panel">
          <h2 id="comment-title">{t("democracy.consultation.commentHeading")}</h2>
          {isCitizen ? (
            <IntentForm intent="comment" submit={t("democracy.consultation.commentSubmit")} errors={form.errors} primary>
              <input type="hidden" name="submissionToken" value={form.values.submissionToken ?? token} />
              <TextArea intent="comment" name="body" label={t("democracy.consultation.comment")} hint={t("democracy.consultation.commentHint")} errors={form.errors.body} defaultValue={form.values.body} rows={5} required />
            </IntentForm>
          ) : signedIn ? (
            <p>{t("democracy.consultation.citizensOnly")}</p>
          ) : (
            <p>
              <Link to={`/login?redirectTo=/democracy/consultations/${c.id}`}>{t("democracy.consultation.signIn")}</Link>
            </p>
          )}
        </section>
      ) : null}
      {c.mine.length ? (
        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{t("democracy.consultation.mine")}</h2>
          <ul>
            {c.mine.map((m) => (
              <li key={m.id}>
                <span className="prewrap">{m.body}</span> — {formatDateTime(m.createdAt, language)} · {t(`democracy.consultation.moderations.${m.moderation}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <dl className="facts">
        <Fact term={t("democracy.subject")}>{t(`democracy.subjects.${c.subject}`)}</Fact>
        <Fact term={t("democracy.period")}>
          <Period from={c.opensAt} to={c.closesAt} />
        </Fact>
        <Fact term={t("democracy.legalBasis")}>
          <RuleBasis rule={c.rule} />
        </Fact>
      </dl>
      <section aria-labelledby="description-title">
        <h2 id="description-title">{t("democracy.description")}</h2>
        <p className="prewrap">{c.description}</p>
      </section>
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t("democracy.documents")}</h2>
        <DocumentList documents={c.documents} />
      </section>
      <section aria-labelledby="answers-title">
        <h2 id="answers-title">{t("democracy.consultation.commentsHeading")}</h2>
        {published ? (
          <>
            <p className="field-hint">{t("democracy.consultation.anonymised")}</p>
            {c.groups.map((g) => (
              <section key={g.id} aria-labelledby={`group-${g.id}`} className="card">
                <h3 id={`group-${g.id}`}>{g.title}</h3>
                <ul>
                  {g.comments.map((cm) => (
                    <li key={cm.id} className="prewrap">
                      {cm.body}
                    </li>
                  ))}
                </ul>
                <p>
                  <strong>{t("democracy.consultation.answer")}:</strong> <span className="prewrap">{g.answer}</span>
                </p>
              </section>
            ))}
          </>
        ) : (
          <p>{t("democracy.consultation.commentsHidden")}</p>
        )}
      </section>
      {c.decisionRef ? (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">{t("democracy.consultation.finalDecision")}</h2>
          <p>
            <strong>{c.decisionRef}</strong> · {formatDateTime(c.decidedAt, language)}
          </p>
          <p className="prewrap">{c.decisionText}</p>
        </section>
      ) : null}
      {c.noticeId ? (
        <p>
          <Link to={`/notices/${c.noticeId}`}>{t("democracy.resultNotice")}</Link>
        </p>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
