import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors } from "~/components/forms";
import { PageHeader } from "~/components/kit";
import { requirePermission } from "~/modules/auth/guards.server";
import { audit } from "~/modules/audit/audit.server";
import { procedureByCode } from "~/modules/onestop/catalogue.server";
import { parsePaperLines, parseStepLines, procedureEditSchema } from "~/modules/onestop/catalogue-admin.server";
import { timeUnits } from "~/modules/onestop/constants";
import { db, write } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { referenceChanged } from "~/utils/reference-cache.server";
import { foldForSearch } from "~/utils/text";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** Edit one procedure: time, fee, result, basis and source, papers and steps as lines; version-checked, audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "procedure:manage");
  const p = await procedureByCode(params.code ?? "");
  if (!p) notFound();
  return {
    title: p.name,
    p: {
      ...p,
      papersText: p.papers.map((x) => `${x.required ? "* " : ""}${x.name}`).join("\n"),
      stepsText: p.steps.map((s) => `${s.kind} ${s.shareHours}${s.unit ? ` ${s.unit.code}` : ""}`).join("\n"),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "procedure:manage");
  const p = await db.procedure.findUnique({ where: { code: params.code ?? "" } });
  if (!p) notFound();
  const form = await readForm(request);
  // What was typed goes back with a refusal, so the page keeps it.
  const values = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string").map(([k, v]) => [k, v.slice(0, 10_000)]));
  const parsed = procedureEditSchema.safeParse(Object.fromEntries(form));
  const errors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const i of parsed.error.issues) (errors[String(i.path[0])] ??= []).push(i.message);
    return data({ errors, values }, { status: 400 });
  }
  const v = parsed.data;
  const steps = await parseStepLines(v.steps);
  if ("error" in steps) return data({ errors: { steps: [`${steps.error}${steps.params ? `?${new URLSearchParams(steps.params)}` : ""}`] }, values }, { status: 400 });
  const papers = parsePaperLines(v.papers);
  const saved = await write(async (tx) => {
    const { count } = await tx.procedure.updateMany({
      where: { id: p.id, version: v.version },
      data: {
        name: v.name,
        nameSearch: foldForSearch(`${p.code} ${v.name}`),
        timeUnit: v.timeUnit,
        timeAmount: v.timeAmount,
        feeText: v.feeText || null,
        resultText: v.resultText,
        legalBasis: v.legalBasis,
        source: v.source,
        active: v.active === "on",
        confirmed: v.confirmed === "on",
        onlineAllowed: v.onlineAllowed === "on",
        version: { increment: 1 },
      },
    });
    if (!count) return false;
    await referenceChanged(tx, "procedures");
    await tx.procedurePaper.deleteMany({ where: { procedureId: p.id } });
    await tx.procedurePaper.createMany({ data: papers.map((x, position) => ({ procedureId: p.id, position, ...x })) });
    await tx.procedureStep.deleteMany({ where: { procedureId: p.id } });
    await tx.procedureStep.createMany({ data: steps.steps.map((s, position) => ({ procedureId: p.id, position, ...s })) });
    await audit(tx, { actorId: user.id, action: "PROCEDURE_UPDATED", targetType: "Procedure", targetId: p.id, data: { code: p.code, timeUnit: v.timeUnit, timeAmount: v.timeAmount } });
    return true;
  });
  if (!saved) return data({ errors: { form: ["onestop.errors.conflict"] }, values }, { status: 409 });
  return redirectWithToast(`/admin/procedures/${p.code}`, { key: "onestop.admin.saved", type: "success" });
}

export default function EditProcedure() {
  const { p } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Record<string, string[] | undefined> = actionData?.errors ?? {};
  // After a refusal the form shows what was sent, not the saved procedure.
  const sent: Record<string, string> | null = actionData && "values" in actionData ? actionData.values : null;
  const { t } = useTranslation();
  const text = (name: string, label: string, value: string | null, area = false) => (
    <div className="field" data-invalid={errors[name] ? "" : undefined}>
      <label htmlFor={name}>{label}</label>
      {area ? <textarea id={name} name={name} rows={5} defaultValue={sent ? (sent[name] ?? "") : (value ?? "")} /> : <input id={name} name={name} defaultValue={sent ? (sent[name] ?? "") : (value ?? "")} />}
      <ErrorList errors={errors[name]} />
    </div>
  );
  const check = (name: "active" | "confirmed" | "onlineAllowed", label: string) => (
    <div className="field field-checkbox">
      <input id={name} name={name} type="checkbox" value="on" defaultChecked={sent ? sent[name] === "on" : p[name]} aria-describedby={`${name}-errors`} />
      <label htmlFor={name}>{label}</label>
      <ErrorList id={`${name}-errors`} errors={errors[name]} />
    </div>
  );
  return (
    <section aria-labelledby="edit-title">
      <PageHeader titleId="edit-title" title={p.name} subtitle={`${t("onestop.procedure.code")}: ${p.code}`} />
      <FormErrors errors={errors.form} />
      <Form method="post">
        <input type="hidden" name="version" value={p.version} />
        {text("name", t("onestop.procedure.name"), p.name)}
        <div className="field">
          <label htmlFor="timeUnit">{t("onestop.admin.timeUnit")}</label>
          <select id="timeUnit" name="timeUnit" defaultValue={sent?.timeUnit ?? p.timeUnit} aria-describedby="timeUnit-errors">
            {timeUnits.map((u) => (
              <option key={u} value={u}>{t(`onestop.admin.timeUnits.${u}`)}</option>
            ))}
          </select>
          <ErrorList id="timeUnit-errors" errors={errors.timeUnit} />
        </div>
        {text("timeAmount", t("onestop.admin.timeAmount"), String(p.timeAmount))}
        {text("feeText", t("onestop.procedure.fee"), p.feeText)}
        {text("resultText", t("onestop.procedure.result"), p.resultText)}
        {text("legalBasis", t("onestop.procedure.legalBasis"), p.legalBasis, true)}
        {text("source", t("onestop.procedure.source"), p.source, true)}
        {text("papers", t("onestop.admin.papersLines"), p.papersText, true)}
        {text("steps", t("onestop.admin.stepsLines"), p.stepsText, true)}
        {check("active", t("onestop.admin.active"))}
        {check("confirmed", t("onestop.admin.confirmed"))}
        {check("onlineAllowed", t("onestop.admin.onlineAllowed"))}
        <button type="submit" className="button primary">{t("onestop.admin.save")}</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
