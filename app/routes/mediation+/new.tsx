import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors } from "~/components/forms";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { findCitizenAccount, openByMediator } from "~/modules/mediation/mediations.server";
import { openMediationSchema } from "~/modules/mediation/schemas";
import { db } from "~/utils/db.server";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { Checkboxes, Field, usePageForm } from "./__panels";
import { DisputeTypeSelect, PartyFieldset } from "./__party-fields";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

async function myTeams(userId: string) {
  return db.mediationTeam.findMany({
    where: { active: true, members: { some: { userId } } },
    orderBy: { areaName: "asc" },
    select: { id: true, areaName: true, unit: { select: { name: true } }, members: { select: { user: { select: { id: true, fullName: true } } } } },
  });
}

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mediation:work");
  const [teams, t] = await Promise.all([myTeams(user.id), getT(request)]);
  const mediators = new Map<string, string>();
  for (const team of teams) for (const m of team.members) mediators.set(m.user.id, m.user.fullName);
  return {
    title: t("mediation.open"),
    teams: teams.map((x) => ({ id: x.id, label: `${x.areaName} — ${x.unit.name}` })),
    mediators: [...mediators.entries()].map(([id, fullName]) => ({ id, fullName })),
    submissionToken: randomBytes(18).toString("base64url"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mediation:work");
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: openMediationSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const v = submission.value;
  const [applicant, respondent] = await Promise.all([findCitizenAccount(v.applicantAccount), findCitizenAccount(v.respondentAccount)]);
  const fieldErrors: Record<string, string[]> = {};
  if (v.applicantAccount && !applicant) fieldErrors.applicantAccount = ["mediation.form.accountNotFound"];
  if (v.respondentAccount && !respondent) fieldErrors.respondentAccount = ["mediation.form.accountNotFound"];
  if (Object.keys(fieldErrors).length) return data({ result: submission.reply({ fieldErrors }) }, { status: 400 });
  const result = await openByMediator(user.id, {
    teamId: v.teamId,
    disputeType: v.disputeType,
    description: v.description,
    parties: [
      { role: "APPLICANT", name: v.applicantName, contact: v.applicantContact, userId: applicant?.id },
      { role: "RESPONDENT", name: v.respondentName, contact: v.respondentContact, userId: respondent?.id },
      ...(v.otherName ? [{ role: "OTHER" as const, name: v.otherName, contact: v.otherContact }] : []),
    ],
    mediatorIds: v.mediatorIds,
    submissionToken: v.submissionToken,
  });
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    const key = result.error === "bad-mediator" ? "mediation.errors.badMediator" : "mediation.errors.badTeam";
    return data({ result: submission.reply({ formErrors: [key] }) }, { status: 400 });
  }
  return redirectWithToast(`/mediation/${result.code}`, { key: "mediation.done.opened", params: { code: result.code }, type: "success" });
}

export default function OpenMediation() {
  const { t } = useTranslation();
  const { teams, mediators, submissionToken } = useLoaderData<typeof loader>();
  const { result: r, form, value: v, submitting } = usePageForm();
  if (!teams.length) {
    return (
      <section>
        <h1>{t("mediation.open")}</h1>
        <p className="notice">{t("mediation.form.noTeam")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="open-title" className="narrow-wide">
      <h1 id="open-title">{t("mediation.open")}</h1>
      <Form method="post" ref={form}>
        <FormErrors errors={r?.error?.[""]} />
        <input type="hidden" name="submissionToken" value={submissionToken} />
        <div className="field">
          <label htmlFor="open-teamId">{t("mediation.team")}</label>
          <select id="open-teamId" name="teamId" required defaultValue={v("teamId") || (teams.length === 1 ? teams[0]!.id : "")}>
            {teams.length > 1 ? <option value="">{t("file.choose")}</option> : null}
            {teams.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </select>
          <ErrorList errors={r?.error?.teamId} />
        </div>
        <DisputeTypeSelect id="open-disputeType" defaultValue={v("disputeType")} errors={r?.error?.disputeType} />
        <Field intent="open" name="description" label={t("mediation.description")} result={r} textarea rows={5} />
        <PartyFieldset intent="open" party="applicant" legend={t("mediation.form.applicantLegend")} result={r} account />
        <PartyFieldset intent="open" party="respondent" legend={t("mediation.form.respondentLegend")} result={r} account />
        <PartyFieldset intent="open" party="other" legend={t("mediation.form.otherLegend")} result={r} nameRequired={false} />
        <Checkboxes
          intent="open"
          name="mediatorIds"
          legend={t("mediation.form.mediatorsLegend")}
          hint={t("mediation.form.mediatorsHint")}
          options={mediators.map((m) => ({ value: m.id, label: m.fullName }))}
          checked={() => false}
          result={r}
        />
        <p className="field-hint">{t("mediation.form.accountHint")}</p>
        <button type="submit" className="button primary" disabled={submitting}>
          {t("mediation.form.submit")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
