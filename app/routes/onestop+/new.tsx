import { randomBytes } from "node:crypto";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors, Honeypot } from "~/components/forms";
import { PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { fileProblemMessages } from "~/modules/cases/evidence.server";
import { communeOptions, procedureByCode } from "~/modules/onestop/catalogue.server";
import { fileDossier } from "~/modules/onestop/dossiers.server";
import { bodyProblemMessage, keepDossierFiles, keptDossierFiles, readDossierForm } from "~/modules/onestop/files.server";
import { fileDossierSchema } from "~/modules/onestop/schemas";
import { checkHoneypot } from "~/utils/honeypot.server";
import { clientAddress, notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { limits, retryAfterHeaders, take, tooManyRequests } from "~/utils/rate-limit.server";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
/** The action's Retry-After (over the filing limit) reaches the browser with the page. */
export const headers = retryAfterHeaders;

async function loadProcedure(code: string | null) {
  const procedure = code ? await procedureByCode(code) : null;
  if (!procedure || !procedure.active || !procedure.onlineAllowed) notFound();
  return procedure;
}

export const shouldRevalidate = revalidateAfterRefusal;

/** Online filing by a signed-in citizen: the applicant's details, where it is decided, one file per paper. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "dossier:file");
  const procedure = await loadProcedure(new URL(request.url).searchParams.get("procedure"));
  const [t, communes] = await Promise.all([getT(request), procedure.level === "COMMUNE" ? communeOptions() : Promise.resolve([])]);
  return {
    title: t("onestop.file.heading", { name: procedure.name }),
    procedure: { code: procedure.code, name: procedure.name, level: procedure.level, agency: procedure.agencyUnit?.name ?? null, papers: procedure.papers.map((p) => ({ position: p.position, name: p.name, required: p.required })) },
    communes,
    defaults: { applicantName: user.fullName, applicantEmail: user.email ?? "", applicantPhone: user.phone ?? "" },
    submissionToken: randomBytes(18).toString("base64url"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "dossier:file");
  const { formData, files, problems, bodyProblem } = await readDossierForm(request);
  checkHoneypot(formData);
  const parsed = fileDossierSchema.safeParse(Object.fromEntries(formData));
  const values = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const token = values.submissionToken ?? "";
  const tokenOk = /^[A-Za-z0-9_-]{16,64}$/.test(token);
  const procedure = await loadProcedure(parsed.success ? parsed.data.procedure : (values.procedure ?? null));
  const fields = procedure.papers.map((p) => `paper-${p.position}`);
  // A file chosen again for a paper replaces the one kept for it; the others stay kept.
  const chosen = new Set(files.map((f) => f.field));
  const kept = tokenOk ? (await keptDossierFiles(token, fields)).filter((k) => !chosen.has(k.field)) : [];
  // Sent back: the files that came are kept under the form's token, so the citizen does not choose them again.
  const sendBack = async (errors: Record<string, string[]>) => {
    const notKept = tokenOk && files.length ? (await keepDossierFiles(token, files, clientAddress(request))).notKept : files.length;
    if (notKept) (errors.files ??= []).push("errors.filesNotKept");
    const keptNow = tokenOk ? await keptDossierFiles(token, fields) : [];
    return data({ errors, values, kept: keptNow.map((k) => ({ id: k.id, field: k.field, fileName: k.fileName })) }, { status: 400 });
  };
  // The case form's limit, on the same counter: every form sent from an address counts, cases and dossiers
  // alike; over it nothing is filed and the form comes back as it was sent (with the files kept before).
  const allowed = await take(`file:${clientAddress(request)}`, limits.filingPerAddress);
  if (!allowed.ok) {
    return data(
      { errors: { form: [`errors.tooManyRequests?minutes=${Math.ceil(allowed.retryAfter / 60)}`] } as Record<string, string[]>, values, kept: kept.map((k) => ({ id: k.id, field: k.field, fileName: k.fileName })) },
      tooManyRequests(allowed.retryAfter),
    );
  }
  const errors: Record<string, string[]> = {};
  if (!parsed.success) for (const i of parsed.error.issues) (errors[String(i.path[0])] ??= []).push(i.message);
  if (problems.length) errors.files = fileProblemMessages(problems);
  if (bodyProblem) errors.form = [bodyProblemMessage(bodyProblem)];
  if (!parsed.success || problems.length || bodyProblem) return sendBack(errors);
  const result = await fileDossier(
    { ...parsed.data, procedureId: procedure.id, unitId: parsed.data.unitId ?? null },
    { kind: "citizen", user: { id: user.id, fullName: user.fullName, email: user.email, phone: user.phone } },
    files,
    new Date(),
    kept,
  );
  if (!result.ok) return sendBack(result.errors);
  return redirectWithToast(`/onestop/mine/${result.dossierId}`, { key: "onestop.file.filed", type: "success" });
}

export default function FileDossier() {
  const { procedure, communes, defaults, submissionToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: Record<string, string[] | undefined> = actionData?.errors ?? {};
  const keptFor = (position: number) => actionData?.kept?.find((k) => k.field === `paper-${position}`);
  const v = (name: keyof typeof defaults | string) => actionData?.values?.[name] ?? (defaults as Record<string, string>)[name] ?? "";
  const field = (name: string, label: string, type = "text", hint?: string, required = false) => (
    <div className="field" data-invalid={errors[name] ? "" : undefined}>
      <label htmlFor={name}>{label}</label>
      {hint ? <p className="field-hint" id={`${name}-hint`}>{hint}</p> : null}
      <input id={name} name={name} type={type} defaultValue={v(name)} required={required} aria-invalid={errors[name] ? true : undefined} aria-describedby={[hint ? `${name}-hint` : "", errors[name] ? `${name}-error` : ""].join(" ").trim() || undefined} />
      <ErrorList id={`${name}-error`} errors={errors[name]} />
    </div>
  );
  return (
    <section aria-labelledby="file-title">
      <PageHeader titleId="file-title" title={t("onestop.file.heading", { name: procedure.name })} subtitle={`${t("onestop.procedure.code")}: ${procedure.code}`} />
      <FormErrors errors={errors.form ?? (Object.keys(errors).length ? ["common.formHasErrors"] : null)} />
      <Form method="post" encType="multipart/form-data" reloadDocument>
        <input type="hidden" name="procedure" value={procedure.code} />
        <input type="hidden" name="submissionToken" value={actionData?.values?.submissionToken ?? submissionToken} />
        <Honeypot />
        {procedure.level === "COMMUNE" ? (
          <div className="field" data-invalid={errors.unitId ? "" : undefined}>
            <label htmlFor="unitId">{t("onestop.file.unit")}</label>
            <p className="field-hint" id="unitId-hint">{t("onestop.file.unitHint")}</p>
            <select id="unitId" name="unitId" defaultValue={v("unitId")} aria-describedby="unitId-hint unitId-error" required>
              <option value="" />
              {communes.map((c) => (
                <option key={c.id} value={c.id}>{c.name}</option>
              ))}
            </select>
            <ErrorList id="unitId-error" errors={errors.unitId} />
          </div>
        ) : (
          <p>{`${t("onestop.procedure.agency")}: ${procedure.agency ?? ""}`}</p>
        )}
        <fieldset>
          <legend>{t("onestop.file.applicant")}</legend>
          {field("applicantName", t("onestop.file.applicantName"), "text", undefined, true)}
          {field("applicantEmail", t("onestop.file.applicantEmail"), "email")}
          {field("applicantPhone", t("onestop.file.applicantPhone"), "tel")}
          {field("applicantAddress", t("onestop.file.applicantAddress"))}
        </fieldset>
        <div className="field">
          <label htmlFor="details">{t("onestop.file.details")}</label>
          <p className="field-hint" id="details-hint">{t("onestop.file.detailsHint")}</p>
          <textarea id="details" name="details" rows={3} defaultValue={v("details")} aria-describedby="details-hint" />
          <ErrorList errors={errors.details} />
        </div>
        <fieldset>
          <legend>{t("onestop.file.papersLegend")}</legend>
          <p className="field-hint">{t("onestop.file.papersHint")}</p>
          {procedure.papers.map((p) => (
            <div className="field" key={p.position} data-invalid={errors[`paper-${p.position}`] ? "" : undefined}>
              <label htmlFor={`paper-${p.position}`}>
                {p.name} <span className="field-optional">({p.required ? t("onestop.procedure.required") : t("onestop.procedure.optional")})</span>
              </label>
              {keptFor(p.position) ? (
                <p className="field-hint" id={`paper-${p.position}-kept`}>
                  {t("onestop.file.kept", { name: keptFor(p.position)!.fileName })}
                </p>
              ) : null}
              <input
                // Remounted when a file is kept for it: no longer selected in the browser, so not sent twice.
                key={keptFor(p.position)?.id ?? "none"}
                id={`paper-${p.position}`}
                name={`paper-${p.position}`}
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,.docx"
                aria-describedby={[keptFor(p.position) ? `paper-${p.position}-kept` : "", `paper-${p.position}-error`].join(" ").trim()}
              />
              <ErrorList id={`paper-${p.position}-error`} errors={errors[`paper-${p.position}`]} />
            </div>
          ))}
          <ErrorList errors={errors.files} />
        </fieldset>
        <button type="submit" className="button primary">{t("onestop.file.submit")}</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
