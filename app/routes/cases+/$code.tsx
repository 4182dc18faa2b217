import { parseWithZod } from "@conform-to/zod";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CaseContent, Fact } from "~/components/facts";
import { FormErrors } from "~/components/forms";
import { CaseHeader } from "~/components/case-header";
import { ActionPanel } from "~/components/kit";
import { Timeline } from "~/components/timeline";
import type { Language } from "~/i18n/config";
import { getLanguage } from "~/i18n/i18n.server";
import { requireCitizenCase } from "~/modules/cases/access.server";
import { citizenActionSchema } from "~/modules/cases/action-schemas";
import { appealSummary, citizenCaseView } from "~/modules/cases/case-view.server";
import { fileProblemMessages, formProblemMessages, readFormWithEvidence } from "~/modules/cases/evidence.server";
import { applyTransition, type TransitionError } from "~/modules/cases/transitions.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { CitizenActionForm } from "./__citizen-actions";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** The citizen's case page: status and the date that matters first, then what they may do now, then the timeline. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { case: c, actor } = await requireCitizenCase(request, params.code);
  return citizenCaseView(c, actor, await getLanguage(request));
}

const errorMessage: Partial<Record<TransitionError, string>> = {
  conflict: "cases.errors.conflict",
  "appeal-window-closed": "cases.errors.appealWindowClosed",
  "appeal-not-available": "cases.errors.appealNotAvailable",
  "deadline-not-passed": "procedure.errors.deadlineNotPassed",
  "already-rated": "cases.errors.alreadyRated",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { case: c, actor } = await requireCitizenCase(request, params.code);
  const { formData, files, problems } = await readFormWithEvidence(request);
  const submission = parseWithZod(formData, { schema: citizenActionSchema });
  const intent = String(formData.get("intent") ?? "");
  // A body cut off on the way is said on the form itself, whatever else is wrong.
  if (submission.status !== "success") return json({ intent, result: submission.reply({ formErrors: formProblemMessages(problems) }), fileErrors: [] as string[] }, { status: 400 });
  const fileErrors = fileProblemMessages(problems);
  if (fileErrors.length) return json({ intent, result: submission.reply(), fileErrors }, { status: 400 });
  const value = submission.value;
  const result = await applyTransition(c.id, {
    action: value.intent,
    version: value.version,
    actor,
    note: "note" in value ? value.note : null,
    rating: value.intent === "rate" ? value.rating : null,
    files,
  });
  if (!result.ok) {
    const message = errorMessage[result.error] ?? "cases.errors.notAllowed";
    return json({ intent, result: submission.reply({ formErrors: [message] }), fileErrors: [] as string[] }, { status: result.error === "conflict" ? 409 : 400 });
  }
  // An accepted denunciation is not withdrawn at once: the request is recorded and the resolver decides.
  const key = value.intent === "withdraw" && result.status !== "WITHDRAWN" ? "procedure.done.withdrawalRequested" : `cases.done.${value.intent}`;
  // An appeal's confirmation says who handles it and by when.
  const appeal = result.appealCode ? await appealSummary(result.appealCode) : null;
  const toastParams = { code: result.appealCode ?? c.code, unit: appeal?.unit ?? "", date: appeal?.dueAt ? formatDate(appeal.dueAt, await getLanguage(request)) : "—" };
  return redirectWithToast(`/cases/${c.code}`, { key, params: toastParams, type: "success" });
}

export default function CitizenCasePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { c, timeline, actions, withdrawConsequence, infoRequest, appeal } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const resultFor = (intent: string) => (actionData?.intent === intent ? actionData.result : null);
  const primary = actions.find((a) => a !== "withdraw") ?? null;
  const appealHint = c.unresolvedDueAt && c.appealDueAt ? t("procedure.citizen.appealUnresolved", { due: formatDate(c.unresolvedDueAt, language), date: formatDate(c.appealDueAt, language) }) : null;
  const goneForm = actionData?.intent && !(actions as string[]).includes(actionData.intent);

  return (
    <article aria-labelledby="case-title">
      <CaseHeader c={c} due={c.dueAt} dueTerm={t(c.status === "SUBMITTED" ? "receipt.acceptBy" : "cases.dueAt")} />
      {goneForm ? <FormErrors errors={(actionData.result?.error as Record<string, string[] | null> | undefined)?.[""]} /> : null}
      {c.pausedAt ? <p className="notice">{t("procedure.citizen.suspended", { date: formatDate(c.pausedAt, language) })}</p> : null}
      {c.status === "ENDED" ? <p className="notice">{t("procedure.citizen.ended")}</p> : null}
      {c.withdrawalRequestedAt && c.status !== "WITHDRAWN" && c.status !== "ENDED" ? (
        <p className="notice">{t("procedure.citizen.withdrawalPending", { date: formatDate(c.withdrawalRequestedAt, language) })}</p>
      ) : null}
      {appealHint ? <p className="notice">{appealHint}</p> : null}

      {c.resolutionText ? (
        <section aria-labelledby="resolution-title" className="notice">
          <h2 id="resolution-title">{t("cases.resolution")}</h2>
          <p className="prewrap">{c.resolutionText}</p>
          {c.status === "RESOLVED" && c.appealDueAt ? (
            // A second complaint only where the procedure allows one (a first-instance complaint), never on feedback.
            <p>{t(actions.includes("appeal") ? "cases.respondBy" : "cases.respondByAccept", { date: formatDate(c.appealDueAt, language) })}</p>
          ) : null}
        </section>
      ) : null}

      {infoRequest ? (
        // The question comes before the form that answers it, with the date to answer by.
        <section aria-labelledby="info-request-title" className="notice">
          <h2 id="info-request-title">{t("cases.infoRequested")}</h2>
          <p className="prewrap">{infoRequest.question}</p>
          {infoRequest.replyBy ? (
            <p>
              <strong>{t("cases.infoReplyBy", { date: formatDate(infoRequest.replyBy, language) })}</strong>
            </p>
          ) : null}
        </section>
      ) : null}

      {actions.length ? (
        <ActionPanel title={t("procedure.citizen.actions")}>
          {actions.map((a) => (
            <CitizenActionForm
              key={a}
              action={a}
              version={c.version}
              result={resultFor(a)}
              fileErrors={actionData?.intent === a ? actionData.fileErrors : null}
              primary={a === primary}
              appealHint={appealHint}
              withdrawConsequence={withdrawConsequence}
            />
          ))}
        </ActionPanel>
      ) : null}
      {c.satisfaction ? <p>{t("cases.rated", { rating: c.satisfaction })}</p> : null}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("cases.timeline")}</h2>
        <Timeline events={timeline} />
      </section>

      <CaseContent description={c.description} locationText={c.locationText} decisionText={c.decisionText} denouncedText={c.denouncedText} />
      {c.kind === "COMPLAINT" || c.kind === "DENUNCIATION" ? <p><a href={`/cases/${c.code}/documents`}>{t("documents.nav")}</a></p> : null}
      <dl className="facts">
        <Fact term={t("cases.kind")}>
          {t(`caseKind.${c.kind}`)}
          {c.instance === 2 ? ` — ${t("cases.secondInstance")}` : ""}
        </Fact>
        <Fact term={t("cases.unit")}>{c.unit}</Fact>
        <Fact term={t("cases.submittedAt")}>{formatDate(c.submittedAt, language)}</Fact>
        {c.appealCode ? (
          <Fact term={t("cases.appealCase")} className="code">
            <Link to={`/cases/${c.appealCode}`}>{c.appealCode}</Link>
          </Fact>
        ) : null}
        {appeal ? <Fact term={t("cases.appealUnit")}>{appeal.unit}</Fact> : null}
        {appeal?.dueAt ? <Fact term={t(appeal.accepted ? "cases.appealDue" : "cases.appealAcceptDue")}>{formatDate(appeal.dueAt, language)}</Fact> : null}
        {c.appealOfCode ? (
          <Fact term={t("cases.appealOf")} className="code">
            <Link to={`/cases/${c.appealOfCode}`}>{c.appealOfCode}</Link>
          </Fact>
        ) : null}
      </dl>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
