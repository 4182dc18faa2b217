import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { FilterBar, PageHeader } from "~/components/kit";
import { PeriodFields } from "~/components/period-fields";
import { UnitField } from "~/components/statutory-parts";
import { EXPORT_SCHEMA_VERSION } from "~/modules/reports/national-export";
import { exportScope } from "~/modules/reports/national-export.server";
import { periodParams } from "~/modules/stats/period";
import { unitOptions } from "~/modules/stats/page.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/**
 * The hand-off to the national database (docs/national-export.md): the cases of
 * a unit's tree submitted in a period, as JSON Lines in schema version 1.
 * Downloaded with a POST, so every export is written to the audit log.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { page, home, period } = await exportScope(request, new URL(request.url).searchParams);
  const { t, query } = page;
  const base = {
    title: t("reports.nationalExport.heading"),
    version: EXPORT_SCHEMA_VERSION,
    values: { ...page.values, period } as Record<string, string>,
    errors: query.ok ? {} : query.errors,
    years: page.years,
    unitOptions: unitOptions(query.units, home),
  };
  if (!query.ok) return data({ ...base, ok: false as const }, { status: 400 });
  return { ...base, ok: true as const, unit: query.scope.name, periodText: page.periodText, hidden: { unit: query.scope.code, ...periodParams(query.period) } };
}

export default function NationalExport() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="export-title">
      <PageHeader
        titleId="export-title"
        title={t("reports.nationalExport.heading")}
        subtitle={d.ok ? `${d.unit} · ${d.periodText}` : undefined}
        actions={
          d.ok ? (
            <Form method="post" action="/desk/reports/national-export.jsonl" reloadDocument>
              {Object.entries(d.hidden).map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
              <button type="submit" className="button primary">
                {t("reports.nationalExport.download")}
              </button>
            </Form>
          ) : undefined
        }
      />
      <p>{t("reports.nationalExport.intro", { version: d.version })}</p>
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <FilterBar label={t("reports.nationalExport.heading")} submitLabel={t("stats.filters.show")}>
        <UnitField options={d.unitOptions} value={d.values.unit ?? ""} error={d.errors.unit} />
        <PeriodFields values={d.values} errors={d.errors} years={d.years} />
      </FilterBar>
      <p className="field-hint">{t("reports.nationalExport.schema")}</p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
