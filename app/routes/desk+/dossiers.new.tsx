import { randomBytes } from "node:crypto";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors } from "~/components/forms";
import { PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { normalisePhone } from "~/modules/auth/schemas";
import { communeOptions, listProcedures } from "~/modules/onestop/catalogue.server";
import { fileDossier } from "~/modules/onestop/dossiers.server";
import { bodyProblemMessage, readDossierForm } from "~/modules/onestop/files.server";
import { fileDossierSchema } from "~/modules/onestop/schemas";
import { db } from "~/utils/db.server";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** A desk officer records a dossier handed in at the counter or by post (any procedure of the province: art. 14 k.2). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "dossier:desk");
  if (!user.unitId) forbidden();
  const [t, procedures, communes] = await Promise.all([getT(request), listProcedures({}), communeOptions()]);
  return { title: t("onestop.file.intakeHeading"), procedures, communes, myUnitId: user.unitId, submissionToken: randomBytes(18).toString("base64url") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "dossier:desk");
  if (!user.unitId) forbidden();
  const { formData, bodyProblem } = await readDossierForm(request);
  const values = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const parsed = fileDossierSchema.safeParse(values);
  const errors: Record<string, string[]> = {};
  if (bodyProblem) errors.form = [bodyProblemMessage(bodyProblem)];
  if (!parsed.success) for (const i of parsed.error.issues) (errors[String(i.path[0])] ??= []).push(i.message);
  if (!parsed.success || bodyProblem) return data({ errors, values }, { status: 400 });
  const procedure = await db.procedure.findFirst({ where: { code: parsed.data.procedure, active: true }, select: { id: true } });
  if (!procedure) return data({ errors: { procedure: ["errors.invalidChoice"] }, values }, { status: 400 });
  let citizenId: string | null = null;
  if (parsed.data.citizen) {
    const c = parsed.data.citizen;
    const phone = /^\+?[0-9 .-]{8,15}$/.test(c) ? normalisePhone(c) : null;
    const found = await db.user.findFirst({ where: { role: "CITIZEN", disabled: false, OR: [{ email: c.toLowerCase() }, ...(phone ? [{ phone }] : [])] }, select: { id: true } });
    if (!found) return data({ errors: { citizen: ["onestop.errors.citizenNotFound"] }, values }, { status: 400 });
    citizenId = found.id;
  }
  const result = await fileDossier(
    { ...parsed.data, procedureId: procedure.id, unitId: parsed.data.unitId ?? user.unitId },
    { kind: "desk", officerId: user.id, deskUnitId: user.unitId, channel: parsed.data.channel ?? "IN_PERSON", citizenId },
    [],
  );
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  return redirectWithToast(`/desk/dossiers/${result.dossierId}`, { key: "onestop.file.recorded", type: "success" });
}

export default function Intake() {
  const { procedures, communes, myUnitId, submissionToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: Record<string, string[] | undefined> = actionData?.errors ?? {};
  const v = (name: string, fallback = "") => actionData?.values?.[name] ?? fallback;
  const text = (name: string, label: string, hint?: string, type = "text") => (
    <div className="field" data-invalid={errors[name] ? "" : undefined}>
      <label htmlFor={name}>{label}</label>
      {hint ? <p className="field-hint" id={`${name}-hint`}>{hint}</p> : null}
      <input id={name} name={name} type={type} defaultValue={v(name)} aria-describedby={[hint ? `${name}-hint` : "", `${name}-error`].join(" ").trim()} aria-invalid={errors[name] ? true : undefined} />
      <ErrorList id={`${name}-error`} errors={errors[name]} />
    </div>
  );
  return (
    <section aria-labelledby="intake-title">
      <PageHeader titleId="intake-title" title={t("onestop.file.intakeHeading")} subtitle={t("onestop.file.intakeIntro")} />
      <FormErrors errors={errors.form ?? (Object.keys(errors).length ? ["common.formHasErrors"] : null)} />
      <Form method="post" encType="multipart/form-data" reloadDocument>
        <input type="hidden" name="submissionToken" value={v("submissionToken", submissionToken)} />
        <div className="field" data-invalid={errors.procedure ? "" : undefined}>
          <label htmlFor="procedure">{t("onestop.file.procedure")}</label>
          <select id="procedure" name="procedure" defaultValue={v("procedure")} required aria-describedby="procedure-error">
            <option value="" />
            {procedures.map((p) => (
              <option key={p.id} value={p.code}>{`${p.name} (${p.code})`}</option>
            ))}
          </select>
          <ErrorList id="procedure-error" errors={errors.procedure} />
        </div>
        <div className="field" data-invalid={errors.unitId ? "" : undefined}>
          <label htmlFor="unitId">{t("onestop.file.unit")}</label>
          <p className="field-hint" id="unitId-hint">{t("onestop.file.unitHint")}</p>
          <select id="unitId" name="unitId" defaultValue={v("unitId", myUnitId ?? "")} aria-describedby="unitId-hint unitId-error">
            {communes.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
          <ErrorList id="unitId-error" errors={errors.unitId} />
        </div>
        <div className="field">
          <label htmlFor="channel">{t("onestop.file.channel")}</label>
          <select id="channel" name="channel" defaultValue={v("channel", "IN_PERSON")}>
            <option value="IN_PERSON">{t("onestop.channels.IN_PERSON")}</option>
            <option value="POST">{t("onestop.channels.POST")}</option>
          </select>
        </div>
        <fieldset>
          <legend>{t("onestop.file.applicant")}</legend>
          {text("citizen", t("onestop.file.citizenEmail"), t("onestop.file.citizenEmailHint"))}
          {text("applicantName", t("onestop.file.applicantName"))}
          {text("applicantPhone", t("onestop.file.applicantPhone"), undefined, "tel")}
          {text("applicantEmail", t("onestop.file.applicantEmail"), undefined, "email")}
          {text("applicantAddress", t("onestop.file.applicantAddress"))}
        </fieldset>
        <div className="field">
          <label htmlFor="details">{t("onestop.file.details")}</label>
          <textarea id="details" name="details" rows={3} defaultValue={v("details")} />
        </div>
        <button type="submit" className="button primary">{t("onestop.file.intakeSubmit")}</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
