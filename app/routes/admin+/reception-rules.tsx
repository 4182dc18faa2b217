import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors } from "~/components/forms";
import { Badge } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { receptionRules, updateReceptionRule } from "~/modules/dialogue/register.server";
import { receptionRuleSchema } from "~/modules/dialogue/schemas";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** How often leaders of each unit level must receive citizens: data with its legal basis, editable. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:rules");
  const t = await getT(request);
  return { title: t("dialogue.rules.heading"), rules: await receptionRules() };
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "admin:rules");
  const submission = parseWithZod(await readForm(request), { schema: receptionRuleSchema });
  if (submission.status !== "success") return data({ ruleId: String(submission.payload.ruleId ?? ""), result: submission.reply() }, { status: 400 });
  const { ruleId, ...rule } = submission.value;
  const ok = await updateReceptionRule(ruleId, rule);
  if (!ok) return data({ ruleId: submission.value.ruleId, result: submission.reply({ formErrors: ["errors.invalidChoice"] }) }, { status: 400 });
  return redirectWithToast("/admin/reception-rules", { key: "dialogue.done.rule", type: "success" });
}

export default function ReceptionRules() {
  const { t, i18n } = useTranslation();
  const { rules } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="rules-title">
      <h1 id="rules-title">{t("dialogue.rules.heading")}</h1>
      <p>{t("dialogue.rules.intro")}</p>
      {rules.map((r) => {
        const result = actionData?.ruleId === r.id ? actionData.result : null;
        const errors = (result?.error ?? {}) as Record<string, string[] | undefined>;
        const initial = (result?.initialValue ?? {}) as Record<string, string | undefined>;
        const level = i18n.language === "en" ? r.level.nameEn : r.level.nameVi;
        return (
          <section key={r.id} className="action-panel" aria-labelledby={`rule-${r.id}`}>
            <h2 id={`rule-${r.id}`}>
              {level} — {t(`receptionDuty.hosts.${r.host === "PEOPLES_COUNCIL_STANDING" ? "PEOPLES_COUNCIL_STANDING" : "HEAD"}`)}
            </h2>
            <p className="field-hint">
              {r.confirmed ? null : <Badge tone="warn">{t("receptionDuty.unconfirmed")}</Badge>} {r.source ? `${t("receptionDuty.source")}: ${r.source}` : null}
            </p>
            <Form method="post">
              <FormErrors errors={errors[""]} />
              <input type="hidden" name="ruleId" value={r.id} />
              <div className="field">
                <label htmlFor={`period-${r.id}`}>{t("dialogue.rules.period")}</label>
                <select id={`period-${r.id}`} name="period" defaultValue={initial.period ?? r.period} aria-describedby={`period-${r.id}-errors`}>
                  <option value="WEEK">{t("dialogue.rules.WEEK")}</option>
                  <option value="MONTH">{t("dialogue.rules.MONTH")}</option>
                </select>
                <ErrorList id={`period-${r.id}-errors`} errors={errors.period} />
              </div>
              <div className="field">
                <label htmlFor={`min-${r.id}`}>{t("dialogue.rules.minDays")}</label>
                <input id={`min-${r.id}`} name="minDays" type="number" min={0} max={31} defaultValue={initial.minDays ?? r.minDays} aria-describedby={`min-${r.id}-errors`} />
                <ErrorList id={`min-${r.id}-errors`} errors={errors.minDays} />
              </div>
              <div className="field">
                <label htmlFor={`basis-${r.id}`}>{t("dialogue.rules.legalBasis")}</label>
                <input id={`basis-${r.id}`} name="legalBasis" defaultValue={initial.legalBasis ?? r.legalBasis} aria-describedby={`basis-${r.id}-errors`} />
                <ErrorList id={`basis-${r.id}-errors`} errors={errors.legalBasis} />
              </div>
              <button type="submit" className="button">
                {t("common.save")}
              </button>
            </Form>
          </section>
        );
      })}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
