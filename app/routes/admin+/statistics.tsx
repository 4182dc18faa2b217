import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { statsSettingsSchema } from "~/modules/stats/settings";
import { minSample, setMinSample } from "~/modules/stats/stats.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** The statistics settings: the "too few to rank" threshold of the public ranking. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:rules");
  const t = await getT(request);
  return { title: t("stats.settings.heading"), minSample: await minSample() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "admin:rules");
  const submission = parseWithZod(await readForm(request), { schema: statsSettingsSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await setMinSample(user.id, submission.value.minSample);
  return redirectWithToast("/admin/statistics", { key: "stats.settings.saved", params: { n: submission.value.minSample }, type: "success" });
}

export default function StatisticsSettings() {
  const { t } = useTranslation();
  const { minSample } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = (result?.error ?? {}) as Record<string, string[] | undefined>;
  const sent = (result?.initialValue ?? {}) as Record<string, string | undefined>;
  return (
    <section aria-labelledby="settings-title" className="narrow">
      <h1 id="settings-title">{t("stats.settings.heading")}</h1>
      <Form method="post">
        <div className="field">
          <label htmlFor="minSample">{t("stats.settings.minSample")}</label>
          <p id="minSample-hint" className="field-hint">
            {t("stats.settings.minSampleHint")}
          </p>
          <input
            id="minSample"
            name="minSample"
            inputMode="numeric"
            defaultValue={sent.minSample ?? String(minSample)}
            aria-invalid={errors.minSample ? true : undefined}
            aria-describedby={errors.minSample ? "minSample-hint minSample-errors" : "minSample-hint"}
            autoFocus={Boolean(errors.minSample)}
          />
          <ErrorList id="minSample-errors" errors={errors.minSample} />
        </div>
        <button type="submit" className="button primary">
          {t("common.save")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
