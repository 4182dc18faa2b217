import { parseWithZod } from "@conform-to/zod";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CaseContent, Fact } from "~/components/facts";
import { ErrorList, FormErrors } from "~/components/forms";
import { Timeline } from "~/components/timeline";
import type { Language } from "~/i18n/config";
import { getLanguage } from "~/i18n/i18n.server";
import { requireCitizenCase } from "~/modules/cases/access.server";
import { citizenActionSchema } from "~/modules/cases/action-schemas";
import { isCaseStatus } from "~/modules/cases/constants";
import { fileProblemMessages, formProblemMessages, readFormWithEvidence } from "~/modules/cases/evidence.server";
import { caseTimeline } from "~/modules/cases/timeline.server";
import { applyTransition, type TransitionError } from "~/modules/cases/transitions.server";
import { decide } from "~/modules/cases/workflow";
import { currentDueAt, isOverdue } from "~/modules/deadlines/rules";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = pageMeta;

const citizenIntents = ["provideInfo", "withdraw", "acceptResolution", "appeal", "rate"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { case: c, actor } = await requireCitizenCase(request, params.code);
  const [timeline, language, appeal, appealOf] = await Promise.all([
    caseTimeline(c.id, "citizen"),
    getLanguage(request),
    db.case.findUnique({ where: { appealOfId: c.id }, select: { code: true } }),
    c.appealOfId ? db.case.findUnique({ where: { id: c.appealOfId }, select: { code: true } }) : null,
  ]);
  const status = isCaseStatus(c.status) ? c.status : "SUBMITTED";
  const state = {
    status,
    kind: c.kind,
    instance: c.instance,
    unitId: c.unitId,
    unitPath: c.unit.path,
    citizenId: c.citizenId,
    assigneeId: c.assigneeId,
    statusBeforeInfo: null,
    resolutionProposedAt: c.resolutionProposedAt,
    appealDueAt: c.appealDueAt,
    satisfaction: c.satisfaction,
    hasAppeal: !!appeal,
  };
  const can = Object.fromEntries(citizenIntents.map((i) => [i, decide(i, actor, state).ok])) as Record<(typeof citizenIntents)[number], boolean>;
  const due = currentDueAt(c);
  return json({
    title: `${c.code} · ${c.title}`,
    c: {
      code: c.code,
      kind: c.kind,
      status: c.status,
      instance: c.instance,
      title: c.title,
      description: c.description,
      locationText: c.locationText,
      decisionText: c.decisionText,
      denouncedText: c.denouncedText,
      unit: c.unit.name,
      category: c.category ? (language === "en" ? c.category.nameEn : c.category.nameVi) : null,
      submittedAt: c.submittedAt,
      dueAt: due,
      overdue: isOverdue(new Date(), due, c.status),
      resolutionText: c.status === "RESOLVED" || c.status === "CLOSED" || c.status === "APPEALED" ? c.resolutionText : null,
      appealDueAt: c.appealDueAt,
      satisfaction: c.satisfaction,
      version: c.version,
      appealCode: appeal?.code ?? null,
      appealOfCode: appealOf?.code ?? null,
    },
    timeline,
    can,
  });
}

const errorMessage: Partial<Record<TransitionError, string>> = {
  conflict: "cases.errors.conflict",
  "appeal-window-closed": "cases.errors.appealWindowClosed",
  "appeal-not-available": "cases.errors.appealNotAvailable",
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
  return redirectWithToast(`/cases/${c.code}`, {
    key: `cases.done.${value.intent}`,
    params: { code: result.appealCode ?? c.code },
    type: "success",
  });
}

export default function CitizenCasePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { c, timeline, can } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const errorsFor = (intent: string) => (actionData?.intent === intent ? actionData.result : null);

  return (
    <article aria-labelledby="case-title">
      <p className="code">{c.code}</p>
      <h1 id="case-title">{c.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t("cases.status")}</dt>
          <dd>
            <span className={`status status-${c.status.toLowerCase()}`}>{t(`caseStatus.${c.status}`)}</span>
            {c.overdue ? <span className="tag tag-danger">{t("cases.overdue")}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("cases.kind")}</dt>
          <dd>
            {t(`caseKind.${c.kind}`)}
            {c.instance === 2 ? ` — ${t("cases.secondInstance")}` : ""}
          </dd>
        </div>
        <Fact term={t("cases.unit")}>{c.unit}</Fact>
        <Fact term={t("cases.submittedAt")}>{formatDate(c.submittedAt, language)}</Fact>
        {c.dueAt ? (
          <Fact term={c.status === "SUBMITTED" ? t("receipt.acceptBy") : t("cases.dueAt")}>{formatDate(c.dueAt, language)}</Fact>
        ) : null}
        {c.appealCode ? (
          <Fact term={t("cases.appealCase")} className="code">{c.appealCode}</Fact>
        ) : null}
        {c.appealOfCode ? (
          <Fact term={t("cases.appealOf")} className="code">{c.appealOfCode}</Fact>
        ) : null}
      </dl>

      <CaseContent description={c.description} locationText={c.locationText} decisionText={c.decisionText} denouncedText={c.denouncedText} />
      {c.kind === "COMPLAINT" || c.kind === "DENUNCIATION" ? <p><a href={`/cases/${c.code}/documents`}>{t("documents.nav")}</a></p> : null}

      {c.resolutionText ? (
        <section aria-labelledby="resolution-title" className="notice">
          <h2 id="resolution-title">{t("cases.resolution")}</h2>
          <p className="prewrap">{c.resolutionText}</p>
          {c.status === "RESOLVED" && c.appealDueAt ? <p>{t("cases.respondBy", { date: formatDate(c.appealDueAt, language) })}</p> : null}
        </section>
      ) : null}

      {can.provideInfo ? (
        <section aria-labelledby="info-title" className="action-panel">
          <h2 id="info-title">{t("cases.provideInfoHeading")}</h2>
          <Form method="post" encType="multipart/form-data">
            <FormErrors errors={errorsFor("provideInfo")?.error?.[""]} />
            <input type="hidden" name="intent" value="provideInfo" />
            <input type="hidden" name="version" value={c.version} />
            <div className="field">
              <label htmlFor="info-note">{t("cases.provideInfoLabel")}</label>
              <textarea id="info-note" name="note" rows={5} required defaultValue={String(errorsFor("provideInfo")?.initialValue?.note ?? "")} aria-describedby="info-note-errors" />
              <ErrorList id="info-note-errors" errors={errorsFor("provideInfo")?.error?.note} />
            </div>
            <div className="field">
              <label htmlFor="info-files">{t("file.files")}</label>
              <input id="info-files" name="files" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,.docx" />
              <ErrorList errors={actionData?.intent === "provideInfo" ? actionData.fileErrors : null} />
            </div>
            <button type="submit" className="button primary" disabled={busy}>
              {t("cases.provideInfoSubmit")}
            </button>
          </Form>
        </section>
      ) : null}

      {can.acceptResolution || can.appeal ? (
        <section aria-labelledby="respond-title" className="action-panel">
          <h2 id="respond-title">{t("cases.respondHeading")}</h2>
          {can.acceptResolution ? (
            <Form method="post">
              <FormErrors errors={errorsFor("acceptResolution")?.error?.[""]} />
              <input type="hidden" name="intent" value="acceptResolution" />
              <input type="hidden" name="version" value={c.version} />
              <button type="submit" className="button primary" disabled={busy}>
                {t("cases.acceptResolution")}
              </button>
            </Form>
          ) : null}
          {can.appeal ? (
            <Form method="post" className="stacked">
              <FormErrors errors={errorsFor("appeal")?.error?.[""]} />
              <input type="hidden" name="intent" value="appeal" />
              <input type="hidden" name="version" value={c.version} />
              <div className="field">
                <label htmlFor="appeal-note">{t("cases.appealReason")}</label>
                <p className="field-hint" id="appeal-hint">
                  {t("cases.appealHint")}
                </p>
                <textarea id="appeal-note" name="note" rows={4} required defaultValue={String(errorsFor("appeal")?.initialValue?.note ?? "")} aria-describedby="appeal-hint appeal-errors" />
                <ErrorList id="appeal-errors" errors={errorsFor("appeal")?.error?.note} />
              </div>
              <button type="submit" className="button" disabled={busy}>
                {t("cases.appeal")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {can.rate ? (
        <section aria-labelledby="rate-title" className="action-panel">
          <h2 id="rate-title">{t("cases.rateHeading")}</h2>
          <Form method="post">
            <FormErrors errors={errorsFor("rate")?.error?.[""]} />
            <input type="hidden" name="intent" value="rate" />
            <input type="hidden" name="version" value={c.version} />
            <fieldset className="rating" aria-describedby="rating-errors">
              <legend>{t("cases.rateLegend")}</legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n}>
                  <input type="radio" name="rating" value={n} required /> {t(`cases.rating${n}`)}
                </label>
              ))}
              <ErrorList id="rating-errors" errors={errorsFor("rate")?.error?.rating} />
            </fieldset>
            <div className="field">
              <label htmlFor="rate-note">{t("cases.rateComment")}</label>
              <textarea id="rate-note" name="note" rows={3} defaultValue={String(errorsFor("rate")?.initialValue?.note ?? "")} aria-describedby="rate-note-errors" />
              <ErrorList id="rate-note-errors" errors={errorsFor("rate")?.error?.note} />
            </div>
            <button type="submit" className="button primary" disabled={busy}>
              {t("cases.rateSubmit")}
            </button>
          </Form>
        </section>
      ) : null}
      {c.satisfaction ? <p>{t("cases.rated", { rating: c.satisfaction })}</p> : null}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("cases.timeline")}</h2>
        <Timeline events={timeline} />
      </section>

      {can.withdraw ? (
        <section aria-labelledby="withdraw-title" className="action-panel">
          <h2 id="withdraw-title">{t("cases.withdrawHeading")}</h2>
          <Form method="post">
            <FormErrors errors={errorsFor("withdraw")?.error?.[""]} />
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="version" value={c.version} />
            <div className="field">
              <label htmlFor="withdraw-note">{t("cases.withdrawReason")}</label>
              <textarea id="withdraw-note" name="note" rows={2} defaultValue={String(errorsFor("withdraw")?.initialValue?.note ?? "")} aria-describedby="withdraw-note-errors" />
              <ErrorList id="withdraw-note-errors" errors={errorsFor("withdraw")?.error?.note} />
            </div>
            <button type="submit" className="button" disabled={busy}>
              {t("cases.withdraw")}
            </button>
          </Form>
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
