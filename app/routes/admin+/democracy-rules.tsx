import { readForm } from "~/utils/form-data.server";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { Field, IntentForm, Select, TextArea, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ActionItem, ActionPanel, Badge, PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { citation } from "~/modules/democracy/rules";
import { loadDemocracyRules, updateDemocracyRule } from "~/modules/democracy/rules.server";
import { ruleEditSchema } from "~/modules/democracy/schemas";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** An administrator corrects the grassroots democracy rules (figures, source, confirmed), audited. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:rules");
  const [t, rules] = await Promise.all([getT(request), loadDemocracyRules()]);
  return { title: t("democracy.rules.adminHeading"), rules };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:rules");
  const values = Object.fromEntries(await readForm(request)) as Record<string, string>;
  const key = `rule-${values.ruleId ?? ""}`;
  const flag = (name: string) => values[name] === "on";
  const parsed = ruleEditSchema.safeParse({
    ...values,
    dayType: values.dayType || undefined,
    note: values.note || undefined,
    ratioStrict: flag("ratioStrict"),
    secretBallot: flag("secretBallot"),
    onlineBallot: flag("onlineBallot"),
    confirmed: flag("confirmed"),
  });
  if (!parsed.success) return data({ intent: key, errors: parsed.error.flatten().fieldErrors as Record<string, string[]>, values }, { status: 400 });
  const ok = await updateDemocracyRule(admin.id, parsed.data);
  if (!ok) return data({ intent: key, errors: { "": ["errors.invalidChoice"] }, values }, { status: 400 });
  return redirectWithToast("/admin/democracy-rules", { key: "democracy.rules.saved", params: { code: values.code ?? "" }, type: "success" });
}

export default function DemocracyRulesAdmin() {
  const { t } = useTranslation();
  const { rules } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const check = (key: string, name: string, label: string, checked: boolean) => (
    <div className="field field-checkbox">
      <input type="checkbox" id={`${key}-${name}`} name={name} defaultChecked={checked} />
      <label htmlFor={`${key}-${name}`}>{label}</label>
    </div>
  );
  return (
    <section aria-labelledby="rules-admin-title">
      <PageHeader title={t("democracy.rules.adminHeading")} titleId="rules-admin-title" />
      <p>{t("democracy.rules.adminIntro")}</p>
      <ActionPanel title={t("democracy.rules.heading")}>
        {rules.map((r) => {
          const key = `rule-${r.id}`;
          const res = resultFor(actionData, key);
          const v = (name: string, fallback: unknown) => res.values[name] ?? (fallback === null || fallback === undefined ? "" : String(fallback));
          return (
            <ActionItem
              key={r.id}
              id={key}
              label={
                <>
                  {t(`democracy.subjects.${r.code}`)} {r.confirmed ? null : <Badge tone="warn">{t("democracy.unconfirmed")}</Badge>}
                </>
              }
              description={citation(r)}
              open={actionData?.intent === key}
            >
              <IntentForm intent="save" submit={t("democracy.rules.save")} errors={res.errors}>
                <input type="hidden" name="ruleId" value={r.id} />
                <input type="hidden" name="code" value={r.code} />
                <Field intent={key} name="ratioNum" type="number" min={1} max={100} label={t("democracy.rules.ratioNum")} errors={res.errors.ratioNum} defaultValue={v("ratioNum", r.ratioNum)} />
                <Field intent={key} name="ratioDen" type="number" min={1} max={100} label={t("democracy.rules.ratioDen")} errors={res.errors.ratioDen} defaultValue={v("ratioDen", r.ratioDen)} />
                {check(key, "ratioStrict", t("democracy.rules.ratioStrict"), r.ratioStrict)}
                <Field intent={key} name="days" type="number" min={0} max={365} label={t("democracy.rules.daysLabel")} errors={res.errors.days} defaultValue={v("days", r.days)} />
                <Select intent={key} name="dayType" label={t("democracy.rules.dayType")} placeholder="—" options={(["WORKING", "CALENDAR"] as const).map((d) => ({ value: d, label: t(`democracy.rules.dayTypes.${d}`) }))} errors={res.errors.dayType} defaultValue={v("dayType", r.dayType)} />
                {check(key, "secretBallot", t("democracy.rules.secret"), r.secretBallot)}
                {check(key, "onlineBallot", t("democracy.rules.online"), r.onlineBallot)}
                {check(key, "confirmed", t("democracy.rules.confirmed"), r.confirmed)}
                <TextArea intent={key} name="source" label={t("democracy.rules.source")} required rows={3} errors={res.errors.source} defaultValue={v("source", r.source)} />
                <TextArea intent={key} name="note" label={t("democracy.rules.note")} rows={3} errors={res.errors.note} defaultValue={v("note", r.note)} />
              </IntentForm>
            </ActionItem>
          );
        })}
      </ActionPanel>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
