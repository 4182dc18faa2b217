import { randomBytes } from "node:crypto";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { Field, IntentForm, TextArea, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EvidenceFiles } from "~/components/forms";
import { ActionItem, ActionPanel, Badge, DataTable, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { requireUser } from "~/modules/auth/guards.server";
import { boardView, requireMember, sendPlan, sendRecommendation } from "~/modules/democracy/boards.server";
import { maxDeliveredDaysAgo } from "~/modules/democracy/constants";
import { ruleInForce } from "~/modules/democracy/rules";
import { loadDemocracyRules } from "~/modules/democracy/rules.server";
import { planSchema, recommendationSchema } from "~/modules/democracy/schemas";
import { readDocumentsForm } from "~/modules/democracy/forms.server";
import { localToday } from "~/modules/board/posting";
import { formatDate, formatDateTime } from "~/utils/dates";
import { badRequest } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** A supervision board's own page, for its serving members only: plans, recommendations and the commune's answers. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { board, role } = await requireMember(user, params.boardId ?? "");
  const [view, rules] = await Promise.all([boardView(board.id), loadDemocracyRules()]);
  return {
    title: board.name,
    board,
    role,
    ...view,
    planDays: ruleInForce(rules, "PLAN_NOTICE", new Date())?.days ?? null,
    today: localToday(new Date()),
    token: randomBytes(18).toString("base64url"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { board } = await requireMember(user, params.boardId ?? "");
  const { formData, token, pending, fileErrors } = await readDocumentsForm(request);
  const values = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const intent = values.intent;
  if (intent === "plan") {
    const parsed = planSchema.safeParse(values);
    if (!parsed.success) return data({ intent, errors: parsed.error.flatten().fieldErrors as Record<string, string[]>, values, pending: [] }, { status: 400 });
    const result = await sendPlan(user, board.id, parsed.data);
    if (!result.ok) return data({ intent, errors: "errors" in result ? result.errors : { "": ["democracy.refusals.conflict"] }, values, pending: [] }, { status: 400 });
    return redirectWithToast(`/democracy/boards/${board.id}`, { key: "democracy.board.planSent", type: "success" });
  }
  if (intent !== "recommend") badRequest();
  const parsed = recommendationSchema.safeParse({ ...values, deliveredOn: values.deliveredOn || undefined });
  if (!parsed.success || fileErrors.length || !token) {
    const errors = parsed.success ? {} : (parsed.error.flatten().fieldErrors as Record<string, string[]>);
    return data({ intent, errors: { ...errors, files: fileErrors }, values, pending }, { status: 400 });
  }
  const result = await sendRecommendation(user, board.id, parsed.data, []);
  if (!result.ok) return data({ intent, errors: "errors" in result ? result.errors : { "": ["democracy.refusals.conflict"] }, values, pending }, { status: 400 });
  return redirectWithToast(`/democracy/boards/${board.id}`, { key: "democracy.board.sent", params: { dueAt: formatDate(result.dueAt, "vi") }, type: "success" });
}

export default function BoardPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const plan = resultFor(actionData, "plan");
  const rec = resultFor(actionData, "recommend");
  const { board } = data;
  return (
    <article aria-labelledby="board-title">
      <p>
        <Link to="/democracy">{t("democracy.back")}</Link>
      </p>
      <PageHeader
        title={board.name}
        titleId="board-title"
        subtitle={`${t(`democracy.boardKinds.${board.kind}`)} · ${board.unit.name}${board.project ? ` · ${board.project}` : ""}`}
        actions={board.kind === "PEOPLES_INSPECTION" ? <Link to={`/democracy/boards/${board.id}/cases`}>{t("democracy.board.cases")}</Link> : undefined}
      />
      <ActionPanel title={t("democracy.desk.matter.actions")}>
        <ActionItem id="recommend" label={t("democracy.board.newRecommendation")} primary open={actionData?.intent === "recommend"}>
          <IntentForm intent="recommend" submit={t("democracy.board.send")} errors={rec.errors} multipart primary>
            <input type="hidden" name="submissionToken" value={rec.values.submissionToken ?? data.token} />
            <Field intent="recommend" name="title" label={t("democracy.board.recTitle")} errors={rec.errors.title} defaultValue={rec.values.title} required />
            <TextArea intent="recommend" name="findings" label={t("democracy.board.findings")} errors={rec.errors.findings} defaultValue={rec.values.findings} required />
            <TextArea intent="recommend" name="recommendation" label={t("democracy.board.recommendation")} errors={rec.errors.recommendation} defaultValue={rec.values.recommendation} required />
            <Field
              intent="recommend"
              name="deliveredOn"
              type="date"
              max={data.today}
              label={t("democracy.board.deliveredOn")}
              hint={t("democracy.board.deliveredOnHint", { days: maxDeliveredDaysAgo })}
              errors={rec.errors.deliveredOn}
              defaultValue={rec.values.deliveredOn}
            />
            <EvidenceFiles legend={t("democracy.board.filesLegend")} pending={actionData && "pending" in actionData ? actionData.pending : []} errors={rec.errors.files} />
          </IntentForm>
        </ActionItem>
        <ActionItem id="plan" label={t("democracy.board.sendPlan")} description={data.planDays ? t("democracy.board.planHint", { days: data.planDays }) : undefined} open={actionData?.intent === "plan"}>
          <IntentForm intent="plan" submit={t("democracy.board.sendPlan")} errors={plan.errors}>
            <Field intent="plan" name="title" label={t("democracy.board.planTitle")} errors={plan.errors.title} defaultValue={plan.values.title} required />
            <TextArea intent="plan" name="content" label={t("democracy.board.planContent")} errors={plan.errors.content} defaultValue={plan.values.content} required />
            <Field intent="plan" name="activityFrom" type="date" label={t("democracy.board.activityFrom")} errors={plan.errors.activityFrom} defaultValue={plan.values.activityFrom} required />
            <Field intent="plan" name="activityTo" type="date" label={t("democracy.board.activityTo")} errors={plan.errors.activityTo} defaultValue={plan.values.activityTo} required />
          </IntentForm>
        </ActionItem>
      </ActionPanel>
      <h2 id="recs-title">{t("democracy.board.recommendations")}</h2>
      <DataTable
        caption={t("democracy.board.recommendations")}
        rows={data.recommendations}
        rowKey={(r) => r.id}
        empty={t("democracy.board.noRecommendations")}
        columns={[
          { key: "title", header: t("democracy.board.recTitle"), label: t("democracy.board.recTitle"), primary: true, cell: (r) => r.title },
          { key: "sent", header: t("democracy.board.sentAt"), label: t("democracy.board.sentAt"), cell: (r) => formatDate(r.sentAt, language) },
          { key: "due", header: t("democracy.board.dueAt"), label: t("democracy.board.dueAt"), cell: (r) => formatDate(r.dueAt, language) },
          {
            key: "state",
            header: t("democracy.status"),
            label: t("democracy.status"),
            cell: (r) =>
              r.overdue ? (
                <Badge tone="danger">{t("democracy.board.overdue")}</Badge>
              ) : r.status === "ANSWERED" ? (
                <Badge tone={r.answeredOnTime ? "ok" : "warn"}>{t(r.answeredOnTime ? "democracy.board.onTime" : "democracy.board.late")}</Badge>
              ) : (
                t("democracy.board.states.SENT")
              ),
          },
          { key: "answer", header: t("democracy.board.answer"), label: t("democracy.board.answer"), cell: (r) => (r.answer ? `${r.answer} (${formatDateTime(r.answeredAt, language)})` : "—") },
        ]}
      />
      <h2 id="plans-title">{t("democracy.board.plans")}</h2>
      <DataTable
        caption={t("democracy.board.plans")}
        rows={data.plans}
        rowKey={(p) => p.id}
        empty={t("democracy.board.noPlans")}
        columns={[
          { key: "title", header: t("democracy.board.planTitle"), label: t("democracy.board.planTitle"), primary: true, cell: (p) => p.title },
          { key: "period", header: t("democracy.period"), label: t("democracy.period"), cell: (p) => `${formatDate(p.activityFrom, language)} – ${formatDate(p.activityTo, language)}` },
          { key: "content", header: t("democracy.board.planContent"), label: t("democracy.board.planContent"), cell: (p) => p.content },
        ]}
      />
      <h2 id="members-title">{t("democracy.board.members")}</h2>
      <ul>
        {data.members.map((m) => (
          <li key={m.user.id}>
            {m.user.fullName} — {t(`democracy.memberRoles.${m.role}`)}
          </li>
        ))}
      </ul>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
