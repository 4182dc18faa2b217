import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { BarChart, ColumnChart } from "~/components/charts";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { StatsFilters } from "~/components/stats-filters";
import { PageHeader, ShowAllLink } from "~/components/kit";
import { FiguresTable, StatCards } from "~/components/stats-figures";
import type { Language } from "~/i18n/config";
import { formatCount, formatRate } from "~/modules/stats/format";
import { DemocracyStatCards } from "~/components/democracy-stats";
import { democracyStats } from "~/modules/democracy/stats.server";
import { categoryNames, statsPage, unitOptions } from "~/modules/stats/page.server";
import { statsRefreshedAt } from "~/modules/stats/refresh.server";
import { dashboard } from "~/modules/stats/stats.server";
import { firstDir, readUnitTableQuery, unitTable } from "~/modules/stats/unit-table";
import { formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import statsStyles from "~/styles/stats.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: statsStyles }];

/** The public dashboard: no sign-in, a unit (with its subtree) and a period from the query string. */
export async function loader({ request }: LoaderFunctionArgs) {
  const page = await statsPage(request);
  const { t, language, query, values, years } = page;
  const base = { title: t("stats.heading"), values, years, unitOptions: unitOptions(query.units) };
  if (!query.ok) return json({ ...base, ok: false as const, errors: query.errors }, { status: 400 });
  const unitQuery = readUnitTableQuery(new URL(request.url).searchParams);
  const [data, categories, refreshedAt, democracy] = await Promise.all([
    dashboard(query.scope, query.units, query.period),
    categoryNames(language, t("stats.charts.noCategory")),
    statsRefreshedAt(),
    democracyStats(query.scope, query.units, query.period),
  ]);
  return json({
    ...base,
    ok: true as const,
    errors: {} as Record<string, string>,
    unit: { code: query.scope.code, name: query.scope.name },
    periodText: page.periodText,
    linkParams: page.linkParams,
    periodParams: Object.fromEntries(new URLSearchParams(page.linkParams)),
    data: {
      total: data.total,
      trend: data.trend,
      byKind: data.byKind,
      byCategory: data.byCategory.map((c) => ({ ...c, name: categories[c.key] ?? c.key })),
      // The 25 units with most cases for the chart; the table shows units with cases (or all), sorted.
      unitBars: [...data.byUnit]
        .filter((u) => u.figures.received > 0)
        .sort((a, b) => b.figures.received - a.figures.received)
        .slice(0, 25)
        .map((u) => ({ name: u.unit.name, own: u.unit.id === query.scope.id, received: u.figures.received })),
      byUnit: unitTable(
        data.byUnit.map((u) => ({ code: u.unit.code, name: u.unit.name, own: u.unit.id === query.scope.id, figures: u.figures })),
        unitQuery,
      ),
    },
    unitQuery,
    refreshedAt: refreshedAt?.toISOString() ?? null,
    democracy: democracy.total,
  });
}

export default function Dashboard() {
  const loaderData = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section aria-labelledby="stats-title">
      <PageHeader titleId="stats-title" title={t("stats.heading")} subtitle={t("stats.intro")} />
      {!loaderData.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <StatsFilters action="/stats" units={loaderData.unitOptions} values={loaderData.values} errors={loaderData.errors} years={loaderData.years} />
      {loaderData.ok ? <Figures data={loaderData} lang={lang} /> : null}
    </section>
  );
}

type Ok = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { ok: true }>;

function Figures({ data: d, lang }: { data: Ok; lang: Language }) {
  const { t } = useTranslation();
  const { total } = d.data;
  const unitLink = (code: string) => `/stats?${new URLSearchParams({ ...d.periodParams, unit: code })}`;
  // The per-unit table's links keep the unit and period, and say which rows and order.
  const tableLink = (q: { sort: string; dir: string; all: boolean }) => {
    const params = new URLSearchParams(d.linkParams);
    params.set("usort", q.sort);
    params.set("udir", q.dir);
    if (q.all) params.set("units", "all");
    return `/stats?${params}#units`;
  };
  const byUnit = d.data.byUnit;
  return (
    <>
      <h2 className="headline" id="headline">
        {t("stats.headline", {
          unit: d.unit.name,
          period: d.periodText,
          received: formatCount(total.received, lang),
          resolved: formatCount(total.resolved, lang),
          rate: formatRate(total.resolvedRate, lang),
          inProgress: formatCount(total.inProgress, lang),
        })}
      </h2>
      {total.declined + total.withdrawn > 0 ? (
        <p>{t("stats.headlineOther", { declined: formatCount(total.declined, lang), withdrawn: formatCount(total.withdrawn, lang) })}</p>
      ) : null}
      <StatCards figures={total} />
      <p className="actions no-print">
        <Link to={`/stats/ranking?${d.linkParams}`}>{t("stats.links.ranking")}</Link>
        <a href={`/api/v1/stats?${d.linkParams}`}>{t("stats.links.api")}</a>
        <Link to={`/stats/dossiers?${d.linkParams}`}>{t("onestop.catalogue.dashboard")}</Link>
      </p>

      <ColumnChart
        id="chart-trend"
        title={t("stats.charts.trend")}
        legend={[t("stats.figures.received"), t("stats.figures.resolved")]}
        columns={d.data.trend.map((m) => ({ label: m.month.slice(5) + "/" + m.month.slice(2, 4), a: m.received, b: m.resolved }))}
      >
        <FiguresTable
          caption={t("stats.charts.trend")}
          firstColumn={t("stats.charts.month")}
          rows={d.data.trend.map((m) => ({ key: m.month, label: `${m.month.slice(5)}/${m.month.slice(0, 4)}`, figures: m }))}
        />
      </ColumnChart>

      <BarChart
        id="chart-kind"
        title={t("stats.charts.byKind")}
        bars={d.data.byKind.map((k) => ({ label: t(`caseKind.${k.key}`), value: k.figures.received, display: formatCount(k.figures.received, lang) }))}
      >
        <FiguresTable
          caption={t("stats.charts.byKind")}
          firstColumn={t("stats.charts.kind")}
          rows={d.data.byKind.map((k) => ({ key: k.key, label: t(`caseKind.${k.key}`), figures: k.figures }))}
        />
      </BarChart>

      <BarChart
        id="chart-unit"
        title={t("stats.charts.byUnit")}
        bars={d.data.unitBars.map((u) => ({ label: u.own ? t("stats.charts.ownCases", { unit: u.name }) : u.name, value: u.received, display: formatCount(u.received, lang) }))}
      >
        <p className="field-hint no-print" id="units">
          {t("stats.units.sortHint")}
        </p>
        <FiguresTable
          caption={t("stats.charts.byUnit")}
          firstColumn={t("stats.charts.unit")}
          sort={{ key: d.unitQuery.sort, dir: d.unitQuery.dir, firstDir, href: (sort, dir) => tableLink({ sort, dir, all: d.unitQuery.all }) }}
          rows={byUnit.rows.map((u) => ({
            key: u.code,
            label: u.own ? t("stats.charts.ownCases", { unit: u.name }) : <Link to={unitLink(u.code)}>{u.name}</Link>,
            figures: u.figures,
          }))}
        />
        {byUnit.hidden > 0 ? (
          <ShowAllLink href={tableLink({ ...d.unitQuery, all: true })}>{t("stats.units.showAll", { hidden: formatCount(byUnit.hidden, lang) })}</ShowAllLink>
        ) : d.unitQuery.all ? (
          <ShowAllLink href={tableLink({ ...d.unitQuery, all: false })}>{t("stats.units.showWithCases")}</ShowAllLink>
        ) : null}
      </BarChart>

      <BarChart
        id="chart-category"
        title={t("stats.charts.byCategory")}
        bars={d.data.byCategory.map((c) => ({ label: c.name, value: c.figures.received, display: formatCount(c.figures.received, lang) }))}
      >
        <FiguresTable
          caption={t("stats.charts.byCategory")}
          firstColumn={t("stats.charts.category")}
          rows={d.data.byCategory.map((c) => ({ key: c.key || "none", label: c.name, figures: c.figures }))}
        />
      </BarChart>

      <details className="definitions">
        <summary>{t("stats.definitions.heading")}</summary>
        <ul>
          {(["cohort", "resolved", "inProgress", "resolvedRate", "onTimeRate", "averageDays", "satisfaction"] as const).map((k) => (
            <li key={k}>{t(`stats.definitions.${k}`)}</li>
          ))}
        </ul>
      </details>
      <p className="muted">{d.refreshedAt ? t("stats.refreshedAt", { at: formatDateTime(d.refreshedAt, lang) }) : t("stats.notYet")}</p>
      <DemocracyStatCards figures={d.democracy} linkParams={d.linkParams} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
