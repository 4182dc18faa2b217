import { readForm } from "~/utils/form-data.server";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { ChoiceField, DecisionFields, DocumentList, Field, IntentForm, Period, PhaseBadge, ResultBadge, RuleBasis, Select, TextArea, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { ActionItem, ActionPanel, Badge, DataTable, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { cancelMatter, closeMatter, recordDecision, recordMinutes, recordPaperBallot, republishResult, staffMatter } from "~/modules/democracy/matters.server";
import { ruleInForce } from "~/modules/democracy/rules";
import { loadDemocracyRules } from "~/modules/democracy/rules.server";
import { matterActionSchema } from "~/modules/democracy/schemas";
import { formatDateTime } from "~/utils/dates";
import { badRequest, notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { requireDemocracyDesk } from "./__democracy.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
const idPattern = /^[a-z0-9]{10,40}$/i;

export const shouldRevalidate = revalidateAfterRefusal;

/** A matter for its commune's officers: the roll (keyset by household code), and the actions its state allows. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const id = params.id ?? "";
  const after = new URL(request.url).searchParams.get("after");
  if (after && after.length > 40) badRequest();
  const view = idPattern.test(id) ? await staffMatter(user, id, after) : null;
  if (!view) notFound();
  const [t, rules] = await Promise.all([getT(request), loadDemocracyRules()]);
  const now = new Date();
  return {
    title: view.matter.title,
    ...view,
    postingDays: ruleInForce(rules, "RESULT_POSTING", now)?.days ?? 30,
    recognitionDays: ruleInForce(rules, "RECOGNITION", now)?.days ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const id = params.id ?? "";
  if (!idPattern.test(id)) notFound();
  const values = Object.fromEntries(await readForm(request)) as Record<string, string>;
  const parsed = matterActionSchema.safeParse(values);
  if (!parsed.success) return data({ intent: values.intent, errors: parsed.error.flatten().fieldErrors as Record<string, string[]>, values }, { status: 400 });
  const v = parsed.data;
  const back = (key: string, extra: Record<string, string> = {}) => redirectWithToast(`/desk/democracy/matters/${id}`, { key, params: extra, type: "success" });
  const fail = (r: { ok: false; errors?: Record<string, string[]> } | { ok: false; conflict: true } | { ok: false; error: string }) =>
    data({ intent: v.intent, errors: "errors" in r && r.errors ? r.errors : { "": ["error" in r ? r.error : "democracy.refusals.conflict"] }, values }, { status: "conflict" in r ? 409 : 400 });
  switch (v.intent) {
    case "close": {
      const r = await closeMatter(user, id, v.version);
      if (!r.ok) return fail(r);
      const t = await getT(request);
      return back("democracy.desk.matter.closed", { result: t(`democracy.results.${r.result}`) });
    }
    case "republish":
      await republishResult(user, id);
      return back("democracy.desk.matter.republished");
    case "recordPaper": {
      const r = await recordPaperBallot(user, id, v.householdId, v.choice);
      return r.ok ? back("democracy.desk.matter.paperRecorded") : fail(r);
    }
    case "recordMinutes": {
      const r = await recordMinutes(user, id, v);
      return r.ok ? back("democracy.desk.matter.minutesRecorded") : fail(r);
    }
    case "recordDecision": {
      const r = await recordDecision(user, id, v);
      return r.ok ? back("democracy.desk.matter.decided") : fail(r);
    }
    case "cancel": {
      const r = await cancelMatter(user, id, v);
      return r.ok ? back("democracy.desk.matter.cancelled") : fail(r);
    }
  }
}

export default function DeskMatter() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { matter: m, phase, allowed, needs, documents, participation, roll, postingDays, recognitionDays } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const r = (intent: string) => resultFor(actionData, intent);
  const can = (a: string) => (allowed as string[]).includes(a);
  const share = (num: number, den: number, strict: boolean) => t(strict ? "democracy.share.moreThan" : "democracy.share.atLeast", { num, den });
  return (
    <article aria-labelledby="desk-matter-title">
      <p>
        <Link to="/desk/democracy">{t("democracy.desk.heading")}</Link> · <Link to={`/democracy/matters/${m.id}`}>{t("democracy.desk.publicPage")}</Link>
      </p>
      <PageHeader
        title={m.title}
        titleId="desk-matter-title"
        subtitle={m.area ? `${m.area.name}, ${m.unit.name}` : t("democracy.wholeCommune", { unit: m.unit.name })}
        badges={
          <>
            {m.result ? <ResultBadge result={m.result} /> : <PhaseBadge phase={phase} />}
            {m.secret ? <Badge tone="info">{t("democracy.secretBadge")}</Badge> : null}
            {m.online ? <Badge>{t("democracy.onlineBadge")}</Badge> : null}
          </>
        }
      />
      {allowed.length || (m.status !== "OPEN" && m.result && !m.noticeId) ? (
        <ActionPanel title={t("democracy.desk.matter.actions")}>
          {can("close") ? (
            <ActionItem id="close" label={t("democracy.desk.matter.close")} description={t("democracy.desk.matter.closeHint", { days: postingDays })} primary open={actionData?.intent === "close"}>
              <IntentForm intent="close" version={m.version} submit={t("democracy.desk.matter.close")} errors={r("close").errors} primary />
            </ActionItem>
          ) : null}
          {m.result && !m.noticeId ? (
            <ActionItem id="republish" label={t("democracy.desk.matter.republish")} primary>
              <IntentForm intent="republish" submit={t("democracy.desk.matter.republish")} errors={r("republish").errors} primary />
            </ActionItem>
          ) : null}
          {can("recordMinutes") ? (
            <ActionItem id="recordMinutes" label={t("democracy.desk.matter.recordMinutes")} primary={!can("close")} open={actionData?.intent === "recordMinutes"}>
              <IntentForm intent="recordMinutes" version={m.version} submit={t("democracy.desk.matter.recordMinutes")} errors={r("recordMinutes").errors}>
                {(["present", "votesFor", "votesAgainst"] as const).map((name) => (
                  <Field key={name} intent="recordMinutes" name={name} type="number" min={0} max={m.electorate} inputMode="numeric" required label={t(`democracy.desk.matter.${name}`)} errors={r("recordMinutes").errors[name]} defaultValue={r("recordMinutes").values[name] ?? String(m[name === "present" ? "meetingPresent" : name === "votesFor" ? "meetingFor" : "meetingAgainst"] ?? "")} />
                ))}
              </IntentForm>
            </ActionItem>
          ) : null}
          {can("recordPaper") ? (
            <ActionItem id="recordPaper" label={t("democracy.desk.matter.recordPaper")} description={t("democracy.desk.matter.recordPaperHint")} open={actionData?.intent === "recordPaper"}>
              <IntentForm intent="recordPaper" submit={t("democracy.desk.matter.recordPaper")} errors={r("recordPaper").errors}>
                <Select
                  intent="recordPaper"
                  name="householdId"
                  label={t("democracy.desk.matter.household")}
                  placeholder={t("file.choose")}
                  errors={r("recordPaper").errors.householdId}
                  defaultValue={r("recordPaper").values.householdId}
                  options={roll.households.map((h) => ({ value: h.id, label: `${h.code} — ${h.headName}${h.vote ? ` ✓` : ""}` }))}
                />
                <ChoiceField intent="recordPaper" legend={t("democracy.desk.matter.choice")} errors={r("recordPaper").errors.choice} />
              </IntentForm>
            </ActionItem>
          ) : null}
          {can("recordDecision") ? (
            <ActionItem id="recordDecision" label={t("democracy.desk.matter.recordDecision")} description={recognitionDays ? t("democracy.desk.matter.decisionHint", { days: recognitionDays }) : undefined} primary open={actionData?.intent === "recordDecision"}>
              <IntentForm intent="recordDecision" version={m.version} submit={t("democracy.desk.matter.recordDecision")} errors={r("recordDecision").errors} primary>
                <DecisionFields intent="recordDecision" result={r("recordDecision")} />
              </IntentForm>
            </ActionItem>
          ) : null}
          {can("cancel") ? (
            <ActionItem id="cancel" label={t("democracy.desk.matter.cancel")} tone="danger" open={actionData?.intent === "cancel"}>
              <IntentForm intent="cancel" version={m.version} submit={t("democracy.desk.matter.cancel")} errors={r("cancel").errors}>
                <TextArea intent="cancel" name="reason" label={t("democracy.desk.matter.reason")} required errors={r("cancel").errors.reason} defaultValue={r("cancel").values.reason} rows={2} />
              </IntentForm>
            </ActionItem>
          ) : null}
        </ActionPanel>
      ) : null}
      <dl className="facts">
        <Fact term={t("democracy.subject")}>{t(`democracy.subjects.${m.subject}`)}</Fact>
        <Fact term={t("democracy.form")}>{t(`democracy.forms.${m.form}`)}</Fact>
        <Fact term={t("democracy.period")}>
          <Period from={m.opensAt} to={m.closesAt} />
        </Fact>
        <Fact term={t("democracy.threshold")}>{t("democracy.thresholdValue", { share: share(m.thresholdNum, m.thresholdDen, m.thresholdStrict), needed: needs.needed, electorate: m.electorate })}</Fact>
        {m.quorumNum && m.quorumDen ? <Fact term={t("democracy.quorum")}>{t("democracy.quorumValue", { share: share(m.quorumNum, m.quorumDen, m.quorumStrict), needed: needs.quorumNeeded })}</Fact> : null}
        {m.form === "BALLOT" ? (
          <Fact term={t("democracy.participation")}>
            {t("democracy.participationValue", { voted: participation.total, electorate: m.electorate })} ({t("democracy.channels.ONLINE")} {participation.online} · {t("democracy.channels.PAPER")} {participation.paper})
          </Fact>
        ) : null}
        <Fact term={t("democracy.legalBasis")}>
          <RuleBasis rule={m.rule} showNote />
        </Fact>
      </dl>
      {m.result ? (
        <section aria-labelledby="result-title">
          <h2 id="result-title">{t("democracy.resultHeading")}</h2>
          <p>{t("democracy.resultCounts", { votesFor: m.votesFor, votesAgainst: m.votesAgainst, turnout: m.turnout, electorate: m.electorate })}</p>
          {m.noticeId ? (
            <p>
              <Link to={`/desk/notices/${m.noticeId}`}>{t("democracy.resultNotice")}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      {m.decisionText ? (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">{t("democracy.decisionHeading")}</h2>
          <p>
            {m.status === "CANCELLED" ? t("democracy.cancelledBecause", { reason: m.decisionText }) : <><strong>{m.decisionRef}</strong> · {formatDateTime(m.decidedAt, language)}</>}
          </p>
          {m.status !== "CANCELLED" ? <p className="prewrap">{m.decisionText}</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t("democracy.documents")}</h2>
        <DocumentList documents={documents} />
      </section>
      <section aria-labelledby="roll-title">
        <h2 id="roll-title">{t("democracy.desk.matter.roll", { count: m.electorate })}</h2>
        {m.secret ? <p className="field-hint">{t("democracy.secretHint")}</p> : null}
        <p>
          <a href={`/desk/democracy/matters/${m.id}/roll.csv`}>{t("democracy.desk.matter.export")}</a>
        </p>
        <DataTable
          caption={t("democracy.desk.matter.roll", { count: m.electorate })}
          rows={roll.households}
          rowKey={(h) => h.id}
          empty="—"
          columns={[
            { key: "code", header: t("democracy.desk.matter.household"), label: t("democracy.desk.matter.household"), primary: true, cell: (h) => h.code },
            { key: "head", header: t("democracy.desk.matter.head"), label: t("democracy.desk.matter.head"), cell: (h) => h.headName },
            { key: "took", header: t("democracy.desk.matter.took"), label: t("democracy.desk.matter.took"), cell: (h) => (h.vote ? `${t(`democracy.channels.${h.vote.channel}`)} · ${formatDateTime(h.vote.at, language)}` : t("democracy.desk.matter.notYet")) },
            ...(m.secret || m.form !== "BALLOT"
              ? []
              : [{ key: "choice", header: t("democracy.desk.matter.choice"), label: t("democracy.desk.matter.choice"), cell: (h: (typeof roll.households)[number]) => (h.choice ? t(`democracy.choices.${h.choice}`) : "—") }]),
          ]}
        />
        {roll.next ? (
          <p>
            <Link to={`?after=${encodeURIComponent(roll.next)}`} rel="next">
              {t("democracy.desk.matter.rollNext")}
            </Link>
          </p>
        ) : null}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
