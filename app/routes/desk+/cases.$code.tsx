import { parseWithZod } from "@conform-to/zod";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CaseContent, Fact } from "~/components/facts";
import { ErrorList, FormErrors } from "~/components/forms";
import { Timeline } from "~/components/timeline";
import type { Language } from "~/i18n/config";
import { getLanguage } from "~/i18n/i18n.server";
import { requirePermission, userHasPermission } from "~/modules/auth/guards.server";
import { requireStaffCase } from "~/modules/cases/access.server";
import { staffActionSchema } from "~/modules/cases/action-schemas";
import { isSealed, mayReveal, recordReveal } from "~/modules/cases/confidentiality.server";
import { isCaseStatus } from "~/modules/cases/constants";
import { fileProblemMessages, formProblemMessages, readFormWithEvidence } from "~/modules/cases/evidence.server";
import { caseTimeline } from "~/modules/cases/timeline.server";
import { applyTransition, type TransitionError } from "~/modules/cases/transitions.server";
import { decide, type CaseAction } from "~/modules/cases/workflow";
import { isOverdue } from "~/modules/deadlines/rules";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { clientAddress } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { ActionForm, DeclineReason, NoteField } from "./__case-actions";
import { handleReferral, referralPanel } from "~/modules/mediation/referral.server";
import { MediationReferral } from "./__mediation-referral";

export const meta: MetaFunction<typeof loader> = pageMeta;

const staffIntents = [
  "accept",
  "decline",
  "transfer",
  "requestInfo",
  "assign",
  "proposeResolution",
  "approveResolution",
  "returnResolution",
  "extend",
  "reply",
  "note",
] as const satisfies readonly CaseAction[];

async function load(request: Request, code: string | undefined) {
  const user = await requirePermission(request, "case:read:unit");
  const found = await requireStaffCase(user, code);
  return { user, ...found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { case: c, actor, user } = await load(request, params.code);
  const sealed = isSealed(c);
  const [timeline, language, handlers, units, mediation] = await Promise.all([
    caseTimeline(c.id, "staff", { sealedCitizenId: sealed ? c.citizenId : null }),
    getLanguage(request),
    db.user.findMany({ where: { unitId: c.unitId, role: { in: ["HANDLER", "LEADER"] }, disabled: false }, select: { id: true, fullName: true }, orderBy: { fullName: "asc" } }),
    db.unit.findMany({ where: { active: true, NOT: { id: c.unitId } }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    referralPanel(user, c),
  ]);
  const state = {
    status: isCaseStatus(c.status) ? c.status : "SUBMITTED",
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
    hasAppeal: !!c.appeal,
  } as const;
  const can = Object.fromEntries(staffIntents.map((i) => [i, decide(i, actor, state).ok])) as Record<(typeof staffIntents)[number], boolean>;
  const now = new Date();
  return json({
    title: `${c.code} · ${c.title}`,
    c: {
      code: c.code,
      kind: c.kind,
      channel: c.channel,
      status: c.status,
      instance: c.instance,
      title: c.title,
      description: c.description,
      locationText: c.locationText,
      decisionText: c.decisionText,
      learnedAt: c.learnedAt,
      denouncedText: c.denouncedText,
      unit: c.unit.name,
      category: c.category ? (language === "en" ? c.category.nameEn : c.category.nameVi) : null,
      assignee: c.assignee?.fullName ?? null,
      submittedAt: c.submittedAt,
      acceptDueAt: c.acceptDueAt,
      dueAt: c.dueAt,
      overdue: isOverdue(now, c.nextDueAt, c.status),
      extensionCount: c.extensionCount,
      resolutionText: c.resolutionText,
      resolutionProposedAt: c.resolutionProposedAt,
      satisfaction: c.satisfaction,
      version: c.version,
      appealCode: c.appeal?.code ?? null,
      appealOfCode: c.appealOf?.code ?? null,
      // Sealed: a denouncer's identity is not in the page unless revealed (action below).
      citizen: sealed
        ? null
        : { name: c.anonymous ? null : (c.citizen?.fullName ?? c.contactName), email: c.contactEmail, phone: c.contactPhone, anonymous: c.anonymous },
    },
    sealed,
    canReveal: sealed && mayReveal(actor, { assigneeId: c.assigneeId, unitId: c.unitId, unitPath: c.unit.path }),
    can,
    // Law on Complaints 2011, art. 30: a dialogue when the demand and the verification differ.
    canScheduleDialogue: c.kind === "COMPLAINT" && ["ACCEPTED", "IN_PROGRESS"].includes(c.status) && userHasPermission(user, "session:manage"),
    handlers,
    units,
    me: user.id,
    timeline,
    mediation,
  });
}

const errorMessage: Partial<Record<TransitionError, string>> = {
  conflict: "cases.errors.conflict",
  forbidden: "errorPage.forbiddenTitle",
  "same-unit": "desk.case.errors.sameUnit",
  "bad-target": "errors.invalidChoice",
  "bad-assignee": "errors.invalidChoice",
  "no-extension-allowed": "desk.case.errors.noExtension",
  "max-extensions-reached": "desk.case.errors.maxExtensions",
  "no-proposal": "desk.case.errors.noProposal",
  "proposal-pending": "desk.case.errors.proposalPending",
  "note-required": "errors.required",
  "reason-required": "errors.required",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { case: c, actor, user } = await load(request, params.code);
  const { formData, files, problems } = await readFormWithEvidence(request);
  const intent = String(formData.get("intent") ?? "");
  if (intent === "referMediation") return handleReferral(user, c, formData);

  if (intent === "reveal") {
    const reason = String(formData.get("reason") ?? "").trim().slice(0, 1000);
    if (!isSealed(c) || !mayReveal(actor, { assigneeId: c.assigneeId, unitId: c.unitId, unitPath: c.unit.path })) {
      throw json({ message: "forbidden" }, { status: 403 });
    }
    if (!reason) return json({ intent, result: { error: { reason: ["errors.required"] } }, identity: null }, { status: 400 });
    await recordReveal(user.id, c.id, reason, clientAddress(request));
    return json({
      intent,
      result: null,
      identity: { name: c.citizen?.fullName ?? c.contactName, email: c.contactEmail ?? c.citizen?.email ?? null, phone: c.contactPhone ?? c.citizen?.phone ?? null },
    });
  }

  const submission = parseWithZod(formData, { schema: staffActionSchema });
  if (submission.status !== "success") return json({ intent, result: submission.reply({ formErrors: formProblemMessages(problems) }), identity: null }, { status: 400 });
  const fileErrors = fileProblemMessages(problems);
  if (fileErrors.length) return json({ intent, result: submission.reply({ formErrors: fileErrors }), identity: null }, { status: 400 });
  const v = submission.value;
  const result = await applyTransition(c.id, {
    action: v.intent,
    version: v.version,
    actor,
    note: "note" in v ? v.note : null,
    reasonCode: v.intent === "decline" ? v.reasonCode : null,
    targetUnitId: v.intent === "transfer" ? v.targetUnitId : null,
    assigneeId: v.intent === "assign" ? v.assigneeId : null,
    complex: v.intent === "accept" ? !!v.complex : undefined,
    files,
  });
  if (!result.ok) {
    if (result.error === "forbidden") throw json({ message: "forbidden" }, { status: 403 });
    const message = errorMessage[result.error] ?? "cases.errors.notAllowed";
    return json({ intent, result: submission.reply({ formErrors: [message] }), identity: null }, { status: result.error === "conflict" ? 409 : 400 });
  }
  // A transferred case leaves this unit: go back to the inbox.
  const to = v.intent === "transfer" ? "/desk/cases" : `/desk/cases/${c.code}`;
  return redirectWithToast(to, { key: `desk.case.done.${v.intent}`, params: { code: c.code }, type: "success" });
}

export default function StaffCasePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { c, can, canScheduleDialogue, handlers, units, sealed, canReveal, me, timeline, mediation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  type Result = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null;
  const r = (intent: string): Result => (actionData?.intent === intent ? (actionData.result as Result) : null);
  const identity = actionData?.identity ?? null;

  return (
    <article aria-labelledby="case-title">
      <p className="code">{c.code}</p>
      <h1 id="case-title">{c.title}</h1>
      {/* Shown here only when the action's own form is gone (the case moved on): never twice. */}
      {actionData?.intent && actionData.intent !== "reveal" && actionData.intent !== "referMediation" && !(can as Record<string, boolean>)[actionData.intent] && actionData.result && "error" in actionData.result ? (
        <FormErrors errors={(actionData.result.error as Record<string, string[] | null> | undefined)?.[""]} />
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("cases.status")}</dt>
          <dd>
            {t(`caseStatus.${c.status}`)}
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
        <Fact term={t("desk.case.channel")}>{t(`channels.${c.channel}`)}</Fact>
        <Fact term={t("cases.unit")}>{c.unit}</Fact>
        <Fact term={t("file.category")}>{c.category ?? "—"}</Fact>
        <Fact term={t("inbox.assignee")}>{c.assignee ?? "—"}</Fact>
        <Fact term={t("cases.submittedAt")}>{formatDateTime(c.submittedAt, language)}</Fact>
        <Fact term={t("receipt.acceptBy")}>{formatDate(c.acceptDueAt, language)}</Fact>
        <div>
          <dt>{t("cases.dueAt")}</dt>
          <dd>
            {formatDate(c.dueAt, language) || "—"}
            {c.extensionCount ? ` (${t("desk.case.extensions", { count: c.extensionCount })})` : ""}
          </dd>
        </div>
        {c.appealCode ? (
          <Fact term={t("cases.appealCase")} className="code">{c.appealCode}</Fact>
        ) : null}
        {c.appealOfCode ? (
          <Fact term={t("cases.appealOf")} className="code">{c.appealOfCode}</Fact>
        ) : null}
      </dl>

      <section aria-labelledby="citizen-title">
        <h2 id="citizen-title">{t("desk.case.citizen")}</h2>
        {sealed ? (
          identity ? (
            <dl className="facts" role="status">
              <Fact term={t("auth.fullName")}>{identity.name ?? "—"}</Fact>
              <Fact term={t("auth.email")}>{identity.email ?? "—"}</Fact>
              <Fact term={t("auth.phone")}>{identity.phone ?? "—"}</Fact>
            </dl>
          ) : (
            <>
              <p className="notice">{t("desk.case.sealed")}</p>
              {canReveal ? (
                <Form method="post" encType="multipart/form-data" className="action-panel">
                  <input type="hidden" name="intent" value="reveal" />
                  <div className="field">
                    <label htmlFor="reveal-reason">{t("desk.case.revealReason")}</label>
                    <textarea id="reveal-reason" name="reason" rows={2} required aria-describedby="reveal-errors" />
                    <ErrorList id="reveal-errors" errors={actionData?.intent === "reveal" ? (actionData.result?.error as Record<string, string[]> | undefined)?.reason : null} />
                  </div>
                  <button type="submit" className="button">
                    {t("desk.case.reveal")}
                  </button>
                </Form>
              ) : null}
            </>
          )
        ) : c.citizen?.anonymous ? (
          <p>{t("desk.case.anonymous")}</p>
        ) : (
          <dl className="facts">
            <Fact term={t("auth.fullName")}>{c.citizen?.name ?? "—"}</Fact>
            <Fact term={t("auth.email")}>{c.citizen?.email ?? "—"}</Fact>
            <Fact term={t("auth.phone")}>{c.citizen?.phone ?? "—"}</Fact>
          </dl>
        )}
      </section>

      <CaseContent description={c.description} locationText={c.locationText} decisionText={c.decisionText} denouncedText={c.denouncedText} extra={c.learnedAt ? <p>{t("file.learnedAt")}: {formatDate(c.learnedAt, language)}</p> : null} />
      {c.kind === "COMPLAINT" || c.kind === "DENUNCIATION" ? <p><Link to={`/desk/cases/${c.code}/documents`}>{t("documents.nav")}</Link></p> : null}

      {c.resolutionText ? (
        <section className="notice" aria-labelledby="resolution-title">
          <h2 id="resolution-title">{c.resolutionProposedAt ? t("desk.case.proposal") : t("cases.resolution")}</h2>
          <p className="prewrap">{c.resolutionText}</p>
        </section>
      ) : null}

      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t("desk.case.actions")}</h2>
        {canScheduleDialogue ? (
          <p className="actions">
            <Link to={`/desk/sessions/new?case=${c.code}`} className="button">
              {t("dialogue.form.scheduleDialogue")}
            </Link>
          </p>
        ) : null}
        {can.accept ? (
          <ActionForm intent="accept" version={c.version} title={t("desk.case.accept")} submit={t("desk.case.accept")} result={r("accept")} primary>
            <div className="field field-checkbox">
              <input id="accept-complex" type="checkbox" name="complex" value="on" />
              <label htmlFor="accept-complex">{t("desk.case.complex")}</label>
            </div>
          </ActionForm>
        ) : null}
        {can.assign ? (
          <ActionForm intent="assign" version={c.version} title={t("desk.case.assign")} submit={t("desk.case.assign")} result={r("assign")}>
            <div className="field">
              <label htmlFor="assign-to">{t("inbox.assignee")}</label>
              <select id="assign-to" name="assigneeId" required defaultValue="">
                <option value="">{t("file.choose")}</option>
                {handlers.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.fullName}
                    {h.id === me ? ` (${t("desk.case.me")})` : ""}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
        ) : null}
        {can.requestInfo ? (
          <ActionForm intent="requestInfo" version={c.version} title={t("desk.case.requestInfo")} submit={t("desk.case.requestInfo")} result={r("requestInfo")}>
            <NoteField intent="requestInfo" label={t("desk.case.requestInfoLabel")} result={r("requestInfo")} />
          </ActionForm>
        ) : null}
        {can.proposeResolution ? (
          <ActionForm intent="proposeResolution" version={c.version} title={t("desk.case.propose")} submit={t("desk.case.propose")} result={r("proposeResolution")} withFiles primary>
            <NoteField intent="proposeResolution" label={t("desk.case.proposeLabel")} result={r("proposeResolution")} rows={6} />
          </ActionForm>
        ) : null}
        {can.approveResolution && c.resolutionProposedAt ? (
          <>
            <ActionForm intent="approveResolution" version={c.version} title={t("desk.case.approve")} submit={t("desk.case.approve")} result={r("approveResolution")} primary />
            <ActionForm intent="returnResolution" version={c.version} title={t("desk.case.return")} submit={t("desk.case.return")} result={r("returnResolution")}>
              <NoteField intent="returnResolution" label={t("desk.case.returnLabel")} result={r("returnResolution")} />
            </ActionForm>
          </>
        ) : null}
        {can.extend ? (
          <ActionForm intent="extend" version={c.version} title={t("desk.case.extend")} submit={t("desk.case.extend")} result={r("extend")}>
            <NoteField intent="extend" label={t("desk.case.extendLabel")} result={r("extend")} />
          </ActionForm>
        ) : null}
        {can.reply ? (
          <ActionForm intent="reply" version={c.version} title={t("desk.case.reply")} submit={t("desk.case.reply")} result={r("reply")} withFiles>
            <NoteField intent="reply" label={t("desk.case.replyLabel")} result={r("reply")} />
          </ActionForm>
        ) : null}
        {can.note ? (
          <ActionForm intent="note" version={c.version} title={t("desk.case.note")} submit={t("desk.case.note")} result={r("note")} withFiles>
            <NoteField intent="note" label={t("desk.case.noteLabel")} result={r("note")} />
          </ActionForm>
        ) : null}
        {can.transfer ? (
          <ActionForm intent="transfer" version={c.version} title={t("desk.case.transfer")} submit={t("desk.case.transfer")} result={r("transfer")}>
            <div className="field">
              <label htmlFor="transfer-unit">{t("desk.case.transferTo")}</label>
              <select id="transfer-unit" name="targetUnitId" required defaultValue={String(r("transfer")?.initialValue?.targetUnitId ?? "")} aria-describedby="transfer-unit-errors">
                <option value="">{t("file.choose")}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
              <ErrorList id="transfer-unit-errors" errors={r("transfer")?.error?.targetUnitId} />
            </div>
            <NoteField intent="transfer" label={t("desk.case.transferLabel")} result={r("transfer")} />
          </ActionForm>
        ) : null}
        {can.decline ? (
          <ActionForm intent="decline" version={c.version} title={t("desk.case.decline")} submit={t("desk.case.decline")} result={r("decline")}>
            <DeclineReason result={r("decline")} />
            <NoteField intent="decline" label={t("desk.case.declineLabel")} result={r("decline")} />
          </ActionForm>
        ) : null}
        <MediationReferral panel={mediation} version={c.version} result={r("referMediation")} />
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("cases.timeline")}</h2>
        <Timeline events={timeline} />
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
