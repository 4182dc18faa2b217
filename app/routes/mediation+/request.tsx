import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors, Honeypot } from "~/components/forms";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { requestOnline } from "~/modules/mediation/mediations.server";
import { requestMediationSchema } from "~/modules/mediation/schemas";
import { db } from "~/utils/db.server";
import { checkHoneypot } from "~/utils/honeypot.server";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { Field, usePageForm } from "./__panels";
import { DisputeTypeSelect, PartyFieldset } from "./__party-fields";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** Active teams grouped by commune, for a <select> with <optgroup>s (works without JavaScript). */
async function teamGroups() {
  const teams = await db.mediationTeam.findMany({
    where: { active: true, unit: { active: true } },
    orderBy: [{ unit: { name: "asc" } }, { areaName: "asc" }],
    take: 2000,
    select: { id: true, areaName: true, unit: { select: { name: true } } },
  });
  const groups = new Map<string, { id: string; areaName: string }[]>();
  for (const team of teams) groups.set(team.unit.name, [...(groups.get(team.unit.name) ?? []), { id: team.id, areaName: team.areaName }]);
  return [...groups.entries()].map(([unit, list]) => ({ unit, teams: list }));
}

export const shouldRevalidate = revalidateAfterRefusal;

/** A party asks for mediation online. Signed-in citizens only: they are the applicant and follow it under "My mediations". */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.role !== "CITIZEN") forbidden();
  const [groups, t] = await Promise.all([teamGroups(), getT(request)]);
  return { title: t("mediation.request.heading"), groups, contact: user.phone ?? user.email ?? "", submissionToken: randomBytes(18).toString("base64url") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  if (user.role !== "CITIZEN") forbidden();
  const formData = await readForm(request);
  checkHoneypot(formData);
  const submission = parseWithZod(formData, { schema: requestMediationSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await requestOnline({ id: user.id, fullName: user.fullName }, submission.value);
  if (!result.ok) return data({ result: submission.reply({ fieldErrors: { teamId: ["mediation.errors.badTeam"] } }) }, { status: 400 });
  return redirectWithToast(`/mediation/mine/${result.code}`, { key: "mediation.done.requested", params: { code: result.code }, type: "success" });
}

export default function RequestMediation() {
  const { t } = useTranslation();
  const { groups, contact, submissionToken } = useLoaderData<typeof loader>();
  const { result: r, form, value: v, submitting } = usePageForm();
  return (
    <section aria-labelledby="request-title" className="narrow-wide">
      <h1 id="request-title">{t("mediation.request.heading")}</h1>
      <p>{t("mediation.request.intro")}</p>
      {groups.length ? (
        <Form method="post" ref={form}>
          <FormErrors errors={r?.error?.[""]} />
          <Honeypot />
          <input type="hidden" name="submissionToken" value={submissionToken} />
          <div className="field">
            <label htmlFor="request-teamId">{t("mediation.team")}</label>
            <p id="request-team-hint" className="field-hint">
              {t("mediation.request.teamHint")}
            </p>
            <select id="request-teamId" name="teamId" required defaultValue={v("teamId")} aria-describedby="request-team-hint">
              <option value="">{t("file.choose")}</option>
              {groups.map((g) => (
                <optgroup key={g.unit} label={g.unit}>
                  {g.teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.areaName}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <ErrorList errors={r?.error?.teamId} />
          </div>
          <DisputeTypeSelect id="request-disputeType" defaultValue={v("disputeType")} errors={r?.error?.disputeType} />
          <Field intent="request" name="description" label={t("mediation.description")} result={r} textarea rows={5} />
          <Field intent="request" name="applicantContact" label={t("mediation.request.yourContact")} result={r} required={false} defaultValue={contact} />
          <PartyFieldset intent="request" party="respondent" legend={t("mediation.form.respondentLegend")} result={r} />
          <button type="submit" className="button primary" disabled={submitting}>
            {t("mediation.request.submit")}
          </button>
        </Form>
      ) : (
        <p className="notice">{t("mediation.request.noTeams")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
