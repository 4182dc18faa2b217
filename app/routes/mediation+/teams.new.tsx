import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors } from "~/components/forms";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import type { SessionUser } from "~/modules/auth/session.server";
import { mayManageTeamsOf } from "~/modules/mediation/access.server";
import { teamSchema } from "~/modules/mediation/schemas";
import { communeUnits, createTeam } from "~/modules/mediation/teams.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { Field, usePageForm } from "./__panels";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

async function unitsFor(user: SessionUser) {
  const units = await communeUnits();
  return units.filter((u) => mayManageTeamsOf(user, u));
}

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mediation:manage-teams");
  const [units, t] = await Promise.all([unitsFor(user), getT(request)]);
  return { title: t("mediation.teams.new"), units: units.map((u) => ({ id: u.id, name: u.name })), defaultUnitId: user.unitId };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mediation:manage-teams");
  const submission = parseWithZod(await readForm(request), { schema: teamSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const units = await unitsFor(user);
  // A commune's officer adds teams to their own commune only.
  if (!units.some((u) => u.id === submission.value.unitId)) {
    return data({ result: submission.reply({ fieldErrors: { unitId: ["mediation.teams.badUnit"] } }) }, { status: 400 });
  }
  const result = await createTeam(user.id, submission.value);
  if (!result.ok) return data({ result: submission.reply({ fieldErrors: { unitId: ["mediation.teams.badUnit"] } }) }, { status: 400 });
  return redirectWithToast(`/mediation/teams/${result.teamId}`, { key: "mediation.teams.created", params: { name: submission.value.areaName }, type: "success" });
}

export default function NewTeam() {
  const { t } = useTranslation();
  const { units, defaultUnitId } = useLoaderData<typeof loader>();
  const { result: r, form, submitting } = usePageForm();
  return (
    <section className="narrow" aria-labelledby="new-team-title">
      <h1 id="new-team-title">{t("mediation.teams.new")}</h1>
      <p className="field-hint">{t("mediation.teams.lawHint")}</p>
      <Form method="post" ref={form}>
        <FormErrors errors={r?.error?.[""]} />
        <div className="field">
          <label htmlFor="team-unitId">{t("mediation.teams.unit")}</label>
          <select id="team-unitId" name="unitId" required defaultValue={String(r?.initialValue?.unitId ?? (units.some((u) => u.id === defaultUnitId) ? defaultUnitId : ""))}>
            <option value="">{t("file.choose")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <ErrorList errors={r?.error?.unitId} />
        </div>
        <Field intent="team" name="areaName" label={t("mediation.teams.areaName")} result={r} />
        <button type="submit" className="button primary" disabled={submitting}>
          {t("common.create")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
