import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { DemocracyStatCards } from "~/components/democracy-stats";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { DataTable, PageHeader } from "~/components/kit";
import { StatsFilters } from "~/components/stats-filters";
import type { Language } from "~/i18n/config";
import { democracyStats } from "~/modules/democracy/stats.server";
import { formatCount, formatRate } from "~/modules/stats/format";
import { statsPage, unitOptions } from "~/modules/stats/page.server";
import { pageMeta } from "~/utils/meta";
import statsStyles from "~/styles/stats.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: statsStyles }];

/** Public: the grassroots democracy figures of a unit (with everything under it) and a period, by commune. */
export async function loader({ request }: LoaderFunctionArgs) {
  const page = await statsPage(request);
  const { t, query, values, years } = page;
  const base = { title: t("democracy.stats.heading"), values, years, unitOptions: unitOptions(query.units) };
  if (!query.ok) return data({ ...base, ok: false as const, errors: query.errors }, { status: 400 });
  const figures = await democracyStats(query.scope, query.units, query.period);
  return { ...base, ok: true as const, errors: {} as Record<string, string>, unit: query.scope.name, periodText: page.periodText, linkParams: page.linkParams, ...figures };
}

export default function DemocracyStats() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const d = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="democracy-stats-page">
      <p>
        <Link to="/stats">{t("stats.heading")}</Link>
      </p>
      <PageHeader title={t("democracy.stats.heading")} titleId="democracy-stats-page" subtitle={d.ok ? `${d.unit} · ${d.periodText}` : undefined} />
      <p>{t("democracy.stats.intro")}</p>
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <StatsFilters action="/stats/democracy" units={d.unitOptions} values={d.values} errors={d.errors} years={d.years} />
      {d.ok ? (
        <>
          <DemocracyStatCards figures={d.total} linkParams={d.linkParams} showLinks={false} />
          <p className="actions no-print">
            <a href={`/api/v1/democracy/stats?${d.linkParams}`}>{t("democracy.stats.api")}</a>
          </p>
          <DataTable
            caption={t("democracy.stats.byUnit")}
            captionVisible
            layout="scroll"
            rows={d.byUnit}
            rowKey={(u) => u.unit.code}
            empty={t("common.noResults")}
            columns={[
              { key: "unit", header: t("democracy.unit"), label: t("democracy.unit"), primary: true, cell: (u) => u.unit.name },
              { key: "decided", header: t("democracy.stats.mattersDecided"), label: t("democracy.stats.mattersDecided"), numeric: true, cell: (u) => formatCount(u.figures.mattersDecided, lang) },
              { key: "adopted", header: t("democracy.stats.adopted"), label: t("democracy.stats.adopted"), numeric: true, cell: (u) => formatCount(u.figures.adopted, lang) },
              { key: "turnout", header: t("democracy.stats.turnout"), label: t("democracy.stats.turnout"), numeric: true, cell: (u) => formatRate(u.figures.turnoutRate, lang) },
              { key: "consultations", header: t("democracy.stats.consultations"), label: t("democracy.stats.consultations"), numeric: true, cell: (u) => formatCount(u.figures.consultations, lang) },
              { key: "recs", header: t("democracy.stats.recommendations"), label: t("democracy.stats.recommendations"), numeric: true, cell: (u) => formatCount(u.figures.recommendations, lang) },
              { key: "onTime", header: t("democracy.stats.onTime"), label: t("democracy.stats.onTime"), numeric: true, cell: (u) => formatRate(u.figures.onTimeRate, lang) },
              { key: "overdue", header: t("democracy.stats.overdue"), label: t("democracy.stats.overdue"), numeric: true, cell: (u) => formatCount(u.figures.overdue, lang) },
            ]}
          />
          <p className="muted">{t("democracy.stats.definitions")}</p>
        </>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
