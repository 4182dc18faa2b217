import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { FilterBar, FilterChoice, GridTable, PageHeader } from "~/components/kit";
import { PeriodFields } from "~/components/period-fields";
import { StatutorySignatures, UnitField } from "~/components/statutory-parts";
import { formatLocalDate } from "~/modules/stats/format";
import { basisLine, formTitle, headerRows, rowName, unknownLines } from "~/modules/reports/form-view";
import { formIds, leavesOf } from "~/modules/reports/forms";
import { formReport } from "~/modules/reports/forms.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/**
 * A leader's statistical forms (issue #17): choose a form, a unit of their
 * tree and a period (the regime's current quarter by default); the form as
 * the inspectorate's layout, downloadable as XLSX, printable with signatures.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const r = await formReport(request);
  const { t, language } = r;
  const base = {
    title: t("reports.formPage.heading"),
    values: r.values,
    errors: r.errors,
    years: r.years,
    unitOptions: r.options,
    formOptions: formIds.map((id) => ({ value: id, label: t(`reports.forms.${id}.short`) })),
  };
  if (!r.data) return data({ ...base, ok: false as const }, { status: 400 });
  const { def, rows, total, scope, period } = r.data;
  const leaves = leavesOf(def.columns);
  const date = (d: string) => formatLocalDate(d, language);
  const header = headerRows(t, def);
  return {
    ...base,
    ok: true as const,
    number: def.number,
    formTitle: formTitle(t, def.id),
    unit: scope.name,
    periodText: r.periodText,
    periodLine: t("reports.formPage.period", { from: date(period.from), to: date(period.to) }),
    attachedTo: t("reports.formPage.attachedTo", { unit: scope.name }),
    header: header.rows,
    numbers: header.numbers,
    rows: rows.map((row) => ({ key: row.key, label: rowName(t, row), cells: leaves.map((l) => row.values[l.no] ?? null) })),
    total: leaves.map((l) => total[l.no] ?? null),
    unknown: unknownLines(t, def),
    basis: basisLine(t, def),
    xlsxHref: `/desk/reports/forms.xlsx?${new URLSearchParams({ ...r.values, form: def.id }).toString()}`,
  };
}

export default function ReportForms() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="forms-title" className="print-landscape">
      <PageHeader
        titleId="forms-title"
        title={t("reports.formPage.heading")}
        subtitle={d.ok ? `${d.unit} · ${d.periodText}` : undefined}
        actions={
          d.ok ? (
            <a className="button primary" href={d.xlsxHref} download>
              {t("reports.formPage.exportXlsx")}
            </a>
          ) : undefined
        }
      />
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <FilterBar label={t("reports.formPage.heading")} submitLabel={t("reports.formPage.show")}>
        <FilterChoice id="form" label={t("reports.formPage.form")} defaultValue={d.values.form ?? "01-TCD"} options={d.formOptions} allLabel={null} />
        <UnitField options={d.unitOptions} value={d.values.unit ?? ""} error={d.errors.unit} />
        <PeriodFields values={d.values} errors={d.errors} years={d.years} />
      </FilterBar>
      {d.ok ? (
        <article className="statutory-form" aria-labelledby="form-title">
          <div className="form-masthead">
            <p className="form-unit">{d.unit.toUpperCase()}</p>
            <p className="form-number">{`Biểu số: ${d.number}`}</p>
          </div>
          <h2 id="form-title" className="form-title">
            {d.formTitle}
          </h2>
          <p className="form-period">{d.periodLine}</p>
          <p className="form-period">{d.attachedTo}</p>
          <p className="print-hint no-print">{t("reports.formPage.scrollHint")}</p>
          <GridTable
            id="statutory-form"
            caption={t("reports.formPage.caption", { number: d.number, title: d.formTitle, period: d.periodText })}
            header={d.header}
            numbers={d.numbers}
            rows={d.rows}
            total={{ label: t("reports.formPage.total"), cells: d.total }}
          />
          {d.unknown.length ? (
            <section aria-labelledby="unknown-title" className="form-notes">
              <h3 id="unknown-title">{t("reports.formPage.unknownHeading")}</h3>
              <ul>
                {d.unknown.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="basis-title" className="form-notes">
            <h3 id="basis-title">{t("reports.formPage.basisHeading")}</h3>
            <p>{d.basis}</p>
          </section>
          <StatutorySignatures />
          <p className="print-hint no-print">{t("reports.formPage.printHint")}</p>
        </article>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
