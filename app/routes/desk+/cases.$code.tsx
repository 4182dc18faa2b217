import { parseWithZod } from "@conform-to/zod";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { CaseHeader } from "~/components/case-header";
import { ActionPanel } from "~/components/kit";
import { Timeline } from "~/components/timeline";
import type { Language } from "~/i18n/config";
import { getLanguage } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { requireStaffCase } from "~/modules/cases/access.server";
import { staffActionSchema } from "~/modules/cases/action-schemas";
import { staffCaseView } from "~/modules/cases/case-view.server";
import { isSealed, mayReveal, recordReveal, setFileIdentifying } from "~/modules/cases/confidentiality.server";
import { fileProblemMessages, formProblemMessages, readFormWithEvidence } from "~/modules/cases/evidence.server";
import { applyTransition, type TransitionError } from "~/modules/cases/transitions.server";
import { handleReferral } from "~/modules/mediation/referral.server";
import { formatDate } from "~/utils/dates";
import { clientAddress } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { CaseActionForm } from "./__case-action-forms";
import { CaseContent, CaseFacts, SenderPanel } from "./__case-facts";
import { CaseMediations, MediationReferral } from "./__mediation-referral";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

async function load(request: Request, code: string | undefined) {
  const user = await requirePermission(request, "case:read:unit");
  const found = await requireStaffCase(user, code);
  return { user, ...found };
}

export const shouldRevalidate = revalidateAfterRefusal;

/** The staff case page: status, due date and the next step first; the actions the state allows, each opening its one form; then the timeline. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { case: c, actor, user } = await load(request, params.code);
  return staffCaseView(user, c, actor, await getLanguage(request));
}

/** Service refusals and where their message goes (a field, or the form as a whole). */
const errorMessage: Partial<Record<TransitionError, [field: string, key: string]>> = {
  conflict: ["", "cases.errors.conflict"],
  "same-unit": ["targetUnitId", "desk.case.errors.sameUnit"],
  "bad-target": ["targetUnitId", "errors.invalidChoice"],
  "bad-assignee": ["assigneeId", "errors.invalidChoice"],
  "no-extension-allowed": ["", "desk.case.errors.noExtension"],
  "max-extensions-reached": ["", "desk.case.errors.maxExtensions"],
  "needs-complex": ["", "procedure.errors.needsComplex"],
  "needs-especially-complex": ["", "procedure.errors.needsEspeciallyComplex"],
  "no-proposal": ["", "desk.case.errors.noProposal"],
  "proposal-pending": ["", "desk.case.errors.proposalPending"],
  "dialogue-required": ["", "procedure.errors.dialogueRequired"],
  "no-grounds": ["", "procedure.errors.noGrounds"],
  "no-withdrawal": ["", "cases.errors.notAllowed"],
  "bad-ground": ["groundCode", "procedure.errors.badGround"],
  "decision-required": ["decisionNo", "procedure.errors.decisionRequired"],
  "bad-decision-date": ["decisionDate", "procedure.errors.badDecisionDate"],
  "not-for-this-kind": ["", "procedure.errors.notForThisKind"],
  "note-required": ["note", "errors.required"],
  "reason-required": ["reasonCode", "errors.required"],
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

  if (intent === "fileIdentifying") {
    const done = await setFileIdentifying(actor, c, String(formData.get("attachmentId") ?? "").slice(0, 64), formData.get("identifying") === "on", clientAddress(request));
    if (!done) throw json({ message: "forbidden" }, { status: 403 });
    return redirectWithToast(`/desk/cases/${c.code}`, { key: "procedure.done.fileFlag", type: "success" });
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
    complexity: v.intent === "setComplexity" ? v.complexity : undefined,
    demandDiffers: v.intent === "recordVerification" ? v.demand === "differs" : undefined,
    groundCode: "groundCode" in v ? v.groundCode : null,
    decisionNo: "decisionNo" in v ? v.decisionNo : null,
    decisionDate: "decisionDate" in v ? v.decisionDate : null,
    replyBy: v.intent === "requestInfo" ? v.replyBy : null,
    files,
  });
  if (!result.ok) {
    if (result.error === "forbidden") throw json({ message: "forbidden" }, { status: 403 });
    const [field, message] = errorMessage[result.error] ?? ["", "cases.errors.notAllowed"];
    const reply = field ? submission.reply({ fieldErrors: { [field]: [message] } }) : submission.reply({ formErrors: [message] });
    return json({ intent, result: reply, identity: null }, { status: result.error === "conflict" ? 409 : 400 });
  }
  // A transferred case leaves this unit: go back to the inbox.
  const to = v.intent === "transfer" ? "/desk/cases" : `/desk/cases/${c.code}`;
  const done = ["setComplexity", "recordVerification", "suspend", "resume", "end", "continueResolution"].includes(v.intent) ? `procedure.done.${v.intent}` : `desk.case.done.${v.intent}`;
  return redirectWithToast(to, { key: done, params: { code: c.code }, type: "success" });
}

export default function StaffCasePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const view = useLoaderData<typeof loader>();
  const { c, step, actions } = view;
  const actionData = useActionData<typeof action>();
  const resultFor = (intent: string) => (actionData?.intent === intent ? actionData.result : null);
  const errorWithoutForm = actionData?.intent && !(actions as string[]).includes(actionData.intent) && actionData.result && "error" in actionData.result;

  return (
    <article aria-labelledby="case-title">
      <CaseHeader c={c} due={c.currentDue} dueTerm={t("procedure.currentDue")} />
      {/* Shown here only when the action's own form is gone (the case moved on): never twice. */}
      {errorWithoutForm ? <FormErrors errors={(actionData.result?.error as Record<string, string[] | null> | undefined)?.[""]} /> : null}
      <p className="notice next-step" role="note">
        <strong>{t("procedure.nextStep")}: </strong>
        {t(`procedure.waits.${step.key}`, { date: formatDate(step.date, language) })}
      </p>

      {actions.length ? (
        <ActionPanel title={t("desk.case.actions")}>
          {actions.map((a) => (
            <CaseActionForm key={a} action={a} view={view} result={resultFor(a)} />
          ))}
          <MediationReferral panel={view.mediation} version={c.version} result={resultFor("referMediation")} />
        </ActionPanel>
      ) : null}

      {c.resolutionText ? (
        <section className="notice" aria-labelledby="resolution-title">
          <h2 id="resolution-title">{c.resolutionProposedAt ? t("desk.case.proposal") : t("cases.resolution")}</h2>
          <p className="prewrap">{c.resolutionText}</p>
        </section>
      ) : null}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("cases.timeline")}</h2>
        {view.hiddenFiles ? <p className="muted">{t("procedure.denouncer.hiddenFiles", { count: view.hiddenFiles })}</p> : null}
        <Timeline
          events={view.timeline}
          fileAction={
            view.canMarkFiles
              ? (file) => (
                  <Form method="post" encType="multipart/form-data" className="inline-form">
                    <input type="hidden" name="intent" value="fileIdentifying" />
                    <input type="hidden" name="attachmentId" value={file.id} />
                    <label>
                      <input type="checkbox" name="identifying" defaultChecked={file.identifying} /> {t("procedure.denouncer.identifying")}
                    </label>{" "}
                    <button type="submit" className="button small">
                      {t("common.save")}
                    </button>
                  </Form>
                )
              : undefined
          }
        />
      </section>

      <CaseContent description={c.description} locationText={c.locationText} decisionText={c.decisionText} denouncedText={c.denouncedText} extra={c.learnedAt ? <p>{t("file.learnedAt")}: {formatDate(c.learnedAt, language)}</p> : null} />
      {c.kind === "COMPLAINT" || c.kind === "DENUNCIATION" ? <p><Link to={`/desk/cases/${c.code}/documents`}>{t("documents.nav")}</Link></p> : null}
      <CaseFacts c={c} rules={view.rules} dialogue={view.dialogue} infoRequest={view.infoRequest} />
      <SenderPanel
        sealed={view.sealed}
        verifier={view.verifier}
        citizen={c.citizen}
        identity={actionData?.identity ?? null}
        canReveal={view.canReveal}
        revealErrors={actionData?.intent === "reveal" ? (actionData.result?.error as Record<string, string[]> | undefined)?.reason : null}
      />
      <CaseMediations panel={view.mediation} />
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
