import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, PageHeader, type Column } from "~/components/kit";
import { StatsFilters } from "~/components/stats-filters";
import type { Language } from "~/i18n/config";
import type { DossierFigures } from "~/modules/onestop/figures";
import { leaderDossierReport } from "~/modules/onestop/report.server";
import { formatCount, formatRate } from "~/modules/stats/format";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The leader's one-stop report: per unit of their tree and per procedure, with CSV and XLSX downloads. */
export async function loader({ request }: LoaderFunctionArgs) {
  const r = await leaderDossierReport(request);
  const base = { title: r.t("onestop.report.heading"), values: r.values, years: r.years, options: r.options, errors: r.query.ok ? {} : r.query.errors };
  if (!r.data || !r.query.ok) return data({ ...base, report: null }, { status: 400 });
  return {
    ...base,
    report: {
      unit: r.query.scope.name,
      period: r.periodText,
      linkParams: r.linkParams,
      total: r.data.total,
      byUnit: r.data.byUnit.map((u) => ({ key: u.unit.code, name: u.own ? r.t("onestop.stats.ownDossiers", { unit: u.unit.name }) : u.unit.name, figures: u.figures })),
      byProcedure: r.data.byProcedure.map((p) => ({ key: p.procedure.code, name: `${p.procedure.name} (${p.procedure.code})`, figures: p.figures })),
    },
  };
}

type Row = { key: string; name: string; figures: DossierFigures };

export default function DossierReport() {
  const d = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const col = (k: keyof DossierFigures, rate = false): Column<Row> => ({
    key: k,
    label: t(`onestop.stats.figures.${k}`),
    header: t(`onestop.stats.figures.${k}`),
    numeric: true,
    cell: (r) => (rate ? formatRate(r.figures[k] as number | null, lang) : formatCount(r.figures[k] as number, lang)),
  });
  const columns: Column<Row>[] = [
    { key: "name", label: t("onestop.stats.unit"), header: t("onestop.stats.unit"), primary: true, cell: (r) => r.name },
    col("received"),
    col("resolvedEarly"),
    col("resolvedOnTime"),
    col("resolvedLate"),
    col("inProgressNotDue"),
    col("inProgressOverdue"),
    col("apologies"),
    col("resolvedRate", true),
    col("onTimeRate", true),
  ];
  return (
    <section aria-labelledby="dossier-report-title">
      <PageHeader
        titleId="dossier-report-title"
        title={t("onestop.report.heading")}
        subtitle={d.report ? `${d.report.unit}, ${d.report.period}` : t("onestop.report.intro")}
        actions={
          d.report ? (
            <>
              <a className="button" href={`/desk/reports/dossiers/export?format=csv&${d.report.linkParams}`}>{t("onestop.report.csv")}</a>
              <a className="button" href={`/desk/reports/dossiers/export?format=xlsx&${d.report.linkParams}`}>{t("onestop.report.xlsx")}</a>
            </>
          ) : null
        }
      />
      <StatsFilters action="/desk/reports/dossiers" units={d.options} values={d.values} errors={d.errors} years={d.years} />
      {d.report ? (
        <>
          <DataTable caption={t("onestop.stats.byUnit")} captionVisible layout="scroll" columns={columns} rows={d.report.byUnit} rowKey={(r) => r.key} empty={t("onestop.stats.none")} />
          <DataTable
            caption={t("onestop.stats.byProcedure")}
            captionVisible
            layout="scroll"
            columns={[{ ...columns[0]!, label: t("onestop.stats.procedure"), header: t("onestop.stats.procedure") }, ...columns.slice(1)]}
            rows={d.report.byProcedure}
            rowKey={(r) => r.key}
            empty={t("onestop.stats.none")}
          />
        </>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
