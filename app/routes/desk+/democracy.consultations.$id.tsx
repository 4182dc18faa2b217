import { readForm } from "~/utils/form-data.server";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { DecisionFields, DocumentList, Field, IntentForm, Period, RuleBasis, Select, TextArea, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { ActionItem, ActionPanel, Badge, DataTable, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { moderateComment, publishAnswers, recordConsultationDecision, saveGroup, staffConsultation } from "~/modules/democracy/consultations.server";
import { consultationActionSchema } from "~/modules/democracy/schemas";
import { formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { requireDemocracyDesk } from "./__democracy.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
const idPattern = /^[a-z0-9]{10,40}$/i;

export const shouldRevalidate = revalidateAfterRefusal;

/** A consultation for its commune's officers: moderate the comments, group them, answer each group, publish, decide. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const id = params.id ?? "";
  if (!idPattern.test(id)) notFound();
  const view = await staffConsultation(user, id);
  return { title: view.consultation.title, ...view };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const id = params.id ?? "";
  if (!idPattern.test(id)) notFound();
  const values = Object.fromEntries(await readForm(request)) as Record<string, string>;
  const parsed = consultationActionSchema.safeParse({ ...values, groupId: values.groupId || undefined, answer: values.answer || undefined });
  const formKey = values.intent === "group" ? `group-${values.groupId || "new"}` : values.commentId ? `${values.intent}-${values.commentId}` : values.intent;
  if (!parsed.success) return data({ intent: formKey, errors: parsed.error.flatten().fieldErrors as Record<string, string[]>, values }, { status: 400 });
  const v = parsed.data;
  const back = (key: string) => redirectWithToast(`/desk/democracy/consultations/${id}`, { key, type: "success" });
  let r;
  switch (v.intent) {
    case "accept":
      r = await moderateComment(user, id, { commentId: v.commentId, decision: "ACCEPTED", groupId: v.groupId ?? null });
      if (r.ok) return back("democracy.desk.consultation.moderated");
      break;
    case "reject":
      r = await moderateComment(user, id, { commentId: v.commentId, decision: "REJECTED", reason: v.reason });
      if (r.ok) return back("democracy.desk.consultation.moderated");
      break;
    case "group":
      r = await saveGroup(user, id, v);
      if (r.ok) return back("democracy.desk.consultation.groupSaved");
      break;
    case "publish":
      r = await publishAnswers(user, id, v.version);
      if (r.ok) return back("democracy.desk.consultation.published");
      break;
    case "decide":
      r = await recordConsultationDecision(user, id, v);
      if (r.ok) return back("democracy.desk.consultation.decided");
      break;
  }
  return data({ intent: formKey, errors: "errors" in r ? r.errors : { "": ["democracy.refusals.conflict"] }, values }, { status: "errors" in r ? 400 : 409 });
}

export default function DeskConsultation() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { consultation: c, phase, documents, comments, groups, readiness, allowed } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const r = (key: string) => resultFor(actionData, key);
  const can = (a: string) => (allowed as string[]).includes(a);
  const groupOptions = groups.map((g) => ({ value: g.id, label: g.title }));
  return (
    <article aria-labelledby="desk-consultation-title">
      <p>
        <Link to="/desk/democracy">{t("democracy.desk.heading")}</Link> · <Link to={`/democracy/consultations/${c.id}`}>{t("democracy.desk.publicPage")}</Link>
      </p>
      <PageHeader title={c.title} titleId="desk-consultation-title" subtitle={c.unit.name} badges={<Badge tone="info">{t(`democracy.consultationPhases.${phase}`)}</Badge>} />
      {can("publish") || can("decide") || (phase === "CLOSED" && !can("publish")) ? (
        <ActionPanel title={t("democracy.desk.matter.actions")} hint={phase === "CLOSED" && !can("publish") ? t("democracy.desk.consultation.readiness", readiness) : undefined}>
          {can("publish") ? (
            <ActionItem id="publish" label={t("democracy.desk.consultation.publish")} description={t("democracy.desk.consultation.publishHint")} primary open={actionData?.intent === "publish"}>
              <IntentForm intent="publish" version={c.version} submit={t("democracy.desk.consultation.publish")} errors={r("publish").errors} primary />
            </ActionItem>
          ) : null}
          {can("decide") ? (
            <ActionItem id="decide" label={t("democracy.desk.consultation.decide")} primary open={actionData?.intent === "decide"}>
              <IntentForm intent="decide" version={c.version} submit={t("democracy.desk.consultation.decide")} errors={r("decide").errors} primary>
                <DecisionFields intent="decide" result={r("decide")} />
              </IntentForm>
            </ActionItem>
          ) : null}
        </ActionPanel>
      ) : null}
      <dl className="facts">
        <Fact term={t("democracy.subject")}>{t(`democracy.subjects.${c.subject}`)}</Fact>
        <Fact term={t("democracy.period")}>
          <Period from={c.opensAt} to={c.closesAt} />
        </Fact>
        <Fact term={t("democracy.legalBasis")}>
          <RuleBasis rule={c.rule} />
        </Fact>
        {c.decisionRef ? <Fact term={t("democracy.consultation.finalDecision")}>{`${c.decisionRef} — ${c.decisionText}`}</Fact> : null}
      </dl>
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t("democracy.documents")}</h2>
        <DocumentList documents={documents} />
      </section>
      <section aria-labelledby="groups-title">
        <h2 id="groups-title">{t("democracy.desk.consultation.groups")}</h2>
        {can("group")
          ? [...groups, { id: "", title: "", answer: null }].map((g) => {
              const key = `group-${g.id || "new"}`;
              return (
                <details key={key} className="card" open={actionData?.intent === key || undefined}>
                  <summary>{g.id ? g.title : t("democracy.desk.consultation.newGroup")}</summary>
                  <IntentForm intent="group" submit={t("democracy.desk.consultation.saveGroup")} errors={r(key).errors}>
                    {g.id ? <input type="hidden" name="groupId" value={g.id} /> : null}
                    <Field intent={key} name="title" label={t("democracy.desk.consultation.groupTitle")} required errors={r(key).errors.title} defaultValue={r(key).values.title ?? g.title} />
                    <TextArea intent={key} name="answer" label={t("democracy.desk.consultation.groupAnswer")} errors={r(key).errors.answer} defaultValue={r(key).values.answer ?? g.answer ?? ""} />
                  </IntentForm>
                </details>
              );
            })
          : groups.map((g) => (
              <section key={g.id} className="card" aria-label={g.title}>
                <h3>{g.title}</h3>
                <p className="prewrap">{g.answer}</p>
              </section>
            ))}
      </section>
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t("democracy.desk.consultation.comments", { count: comments.length })}</h2>
        <DataTable
          caption={t("democracy.desk.consultation.comments", { count: comments.length })}
          rows={comments}
          rowKey={(cm) => cm.id}
          empty={t("common.noResults")}
          columns={[
            { key: "body", header: t("democracy.consultation.comment"), label: t("democracy.consultation.comment"), primary: true, cell: (cm) => <span className="prewrap">{cm.body}</span> },
            { key: "at", header: t("democracy.board.sentAt"), label: t("democracy.board.sentAt"), wideOnly: true, cell: (cm) => formatDateTime(cm.createdAt, language) },
            {
              key: "status",
              header: t("democracy.status"),
              label: t("democracy.status"),
              cell: (cm) => (
                <>
                  {t(`democracy.consultation.moderations.${cm.moderation}`)}
                  {cm.groupId ? ` · ${groups.find((g) => g.id === cm.groupId)?.title ?? ""}` : ""}
                  {cm.rejectReason ? ` · ${cm.rejectReason}` : ""}
                </>
              ),
            },
            {
              key: "moderate",
              header: t("democracy.desk.consultation.moderate"),
              label: t("democracy.desk.consultation.moderate"),
              cell: (cm) =>
                can("moderate") ? (
                  <details open={actionData?.intent === `accept-${cm.id}` || actionData?.intent === `reject-${cm.id}` || undefined}>
                    <summary>{t("democracy.desk.consultation.moderate")}</summary>
                    <IntentForm intent="accept" submit={t("democracy.desk.consultation.accept")} errors={r(`accept-${cm.id}`).errors}>
                      <input type="hidden" name="commentId" value={cm.id} />
                      <Select intent={`accept-${cm.id}`} name="groupId" label={t("democracy.desk.consultation.group")} placeholder={t("democracy.desk.consultation.noGroup")} options={groupOptions} defaultValue={cm.groupId ?? ""} errors={r(`accept-${cm.id}`).errors.groupId} />
                    </IntentForm>
                    <IntentForm intent="reject" submit={t("democracy.desk.consultation.reject")} errors={r(`reject-${cm.id}`).errors}>
                      <input type="hidden" name="commentId" value={cm.id} />
                      <Field intent={`reject-${cm.id}`} name="reason" label={t("democracy.desk.consultation.rejectReason")} errors={r(`reject-${cm.id}`).errors.reason} defaultValue={r(`reject-${cm.id}`).values.reason} />
                    </IntentForm>
                  </details>
                ) : null,
            },
          ]}
        />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
