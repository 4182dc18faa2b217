import { parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { FormErrors } from "~/components/forms";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { requireMediation } from "~/modules/mediation/access.server";
import { vnLocalDateTime, vnStartOfDay, vnToday } from "~/modules/mediation/days";
import { assignMediators, recordFollowUp, recordOutcome, recordSession, turnIntoCase, type MediationError } from "~/modules/mediation/mediations.server";
import { mediationActionSchema } from "~/modules/mediation/schemas";
import { mediationView } from "~/modules/mediation/view.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { Description, MediationActions, Parties, RecordLink, Sessions, FollowUps, Outcome } from "./__mediation-sections";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** Now in Vietnam as a datetime-local value. */
function vnNowLocal(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 16);
}

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { mediation, audience } = await requireMediation(user, params.code, ["team", "staff", "party"]);
  // A party has their own page, without the other parties' contacts.
  if (audience === "party") throw redirect(`/mediation/mine/${mediation.code}`);
  const [view, t] = await Promise.all([mediationView(mediation.id, audience, user.id), getT(request)]);
  return json({ title: `${view.code} · ${t("mediation.heading")}`, m: view, canEdit: audience === "team", now: vnNowLocal(), today: vnToday() });
}

const errorKey: Record<Exclude<MediationError, "forbidden">, string> = {
  conflict: "mediation.errors.conflict",
  "not-found": "errorPage.notFoundTitle",
  "not-open": "mediation.errors.notOpen",
  "not-agreed": "mediation.errors.notAgreed",
  "no-session": "mediation.errors.noSession",
  "terms-required": "mediation.errors.termsRequired",
  "confirmations-missing": "mediation.errors.confirmationsMissing",
  "advice-required": "mediation.errors.adviceRequired",
  "bad-team": "mediation.errors.badTeam",
  "bad-mediator": "mediation.errors.badMediator",
  "bad-party": "mediation.errors.badParty",
  "case-not-referable": "mediation.errors.caseNotReferable",
  "already-referred": "mediation.errors.alreadyReferred",
  "not-broken": "mediation.errors.notBroken",
  "already-a-case": "mediation.errors.alreadyACase",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // Only the team changes a mediation: a mediator of another team (or anyone else) is refused before anything is read from the form.
  const { mediation, audience } = await requireMediation(user, params.code, ["team", "staff"]);
  if (audience !== "team") forbidden();
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: mediationActionSchema });
  if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
  const v = submission.value;
  const id = mediation.id;
  let result: Awaited<ReturnType<typeof turnIntoCase>> | Awaited<ReturnType<typeof recordSession>>;
  switch (v.intent) {
    case "assign":
      result = await assignMediators(id, user.id, v.version, v.mediatorIds);
      break;
    case "session":
      result = await recordSession(id, user.id, v.version, { heldAt: vnLocalDateTime(v.heldAt), place: v.place, notes: v.notes, presentPartyIds: v.present });
      break;
    case "agree":
      result = await recordOutcome(id, user.id, v.version, { status: "AGREED", agreementTerms: v.agreementTerms, executionTerms: v.executionTerms, confirmedPartyIds: v.confirmed });
      break;
    case "notAgree":
      result = await recordOutcome(id, user.id, v.version, { status: "NOT_AGREED", advice: v.advice });
      break;
    case "withdraw":
      result = await recordOutcome(id, user.id, v.version, { status: "WITHDRAWN" });
      break;
    case "followUp":
      result = await recordFollowUp(id, user.id, v.version, { checkedAt: vnStartOfDay(v.checkedAt), status: v.status, note: v.note });
      break;
    case "toCase":
      result = await turnIntoCase(id, user.id, v.version);
      break;
  }
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    return json({ intent, result: submission.reply({ formErrors: [errorKey[result.error]] }) }, { status: result.error === "conflict" ? 409 : 400 });
  }
  const caseCode = "caseCode" in result ? result.caseCode : null;
  return redirectWithToast(`/mediation/${mediation.code}`, {
    key: `mediation.done.${v.intent}`,
    params: caseCode ? { code: caseCode } : {},
    type: "success",
  });
}

function panelShown(intent: string, m: { status: string; followUps: { status: string }[]; followUpCaseCode: string | null }): boolean {
  if (m.status === "OPEN") return ["session", "agree", "notAgree", "assign", "withdraw"].includes(intent);
  if (m.status === "AGREED") return intent === "followUp" || (intent === "toCase" && m.followUps.at(-1)?.status === "BROKEN" && !m.followUpCaseCode);
  return false;
}

export default function MediationPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { m, canEdit, now, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const r = (intent: string) => (actionData?.intent === intent ? actionData.result : null);
  return (
    <article aria-labelledby="mediation-title">
      <p className="code">{m.code}</p>
      <h1 id="mediation-title">
        {t("mediation.heading")}: {t(`mediation.types.${m.disputeType}`)} — {m.team.areaName}
      </h1>
      {/* Shown here only when the action's own form is gone (the mediation moved on): never twice. */}
      {actionData?.intent && actionData.result && "error" in actionData.result && !panelShown(actionData.intent, m) ? (
        <FormErrors errors={(actionData.result.error as Record<string, string[] | null> | undefined)?.[""]} />
      ) : null}
      <dl className="facts">
        <Fact term={t("mediation.status")}>{t(`mediation.statuses.${m.status}`)}</Fact>
        <Fact term={t("mediation.disputeType")}>{t(`mediation.types.${m.disputeType}`)}</Fact>
        <Fact term={t("mediation.team")}>
          {m.team.areaName}, {m.team.unit}
        </Fact>
        <Fact term={t("mediation.openedVia")}>{t(`mediation.via.${m.openedVia}`)}</Fact>
        <Fact term={t("mediation.openedAt")}>{formatDate(m.openedAt, language)}</Fact>
        <Fact term={t("mediation.outcomeAt")}>{m.outcomeAt ? formatDateTime(m.outcomeAt, language) : "—"}</Fact>
        {m.caseCode ? (
          <Fact term={t("mediation.case")} className="code">
            {/* The commune's staff go to the case; the team sees its code only (the desk is not theirs). */}
            {canEdit ? m.caseCode : <Link to={`/desk/cases/${m.caseCode}`}>{m.caseCode}</Link>}
          </Fact>
        ) : null}
        <Fact term={t("mediation.mediators")}>{m.mediators.length ? m.mediators.map((x) => x.fullName).join(", ") : t("mediation.noMediators")}</Fact>
      </dl>
      <RecordLink code={m.code} />
      {!canEdit ? <p className="notice">{t("mediation.page.readOnly")}</p> : null}

      <Description text={m.description} />

      <Parties parties={m.parties} showContacts />
      <Sessions sessions={m.sessions} parties={m.parties} />
      <Outcome m={m} />
      {m.status === "AGREED" ? <FollowUps m={m} /> : null}
      {canEdit ? <MediationActions m={m} now={now} today={today} r={r} /> : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
