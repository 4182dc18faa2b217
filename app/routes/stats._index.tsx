import { data, redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
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
import { dashboard, memoised } from "~/modules/stats/stats.server";
import { tableFigures } from "~/modules/stats/figures";
import { topUnits } from "~/modules/stats/unit-table";
import { formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { loaderCaching, publicPageCachingFor } from "~/utils/page-cache.server";
import statsStyles from "~/styles/stats.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
/** Signed out, the same page for everyone: shared briefly (docs/decisions/022-public-page-cache.md). */
export const headers = loaderCaching;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: statsStyles }];

/** The public dashboard: no sign-in, a unit (with its subtree) and a period from the query string. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // The per-unit table's orders and "every unit" moved to their own page: old links land there.
  if (["usort", "udir", "units"].some((k) => url.searchParams.has(k))) throw redirect(`/stats/units${url.search}#units`);
  const page = await statsPage(request);
  const { t, language, query, values, years } = page;
  const base = { title: t("stats.heading"), values, years, unitOptions: unitOptions(query.units) };
  if (!query.ok) return data({ ...base, ok: false as const, errors: query.errors }, { status: 400 });
  const { scope, units, period } = query;
  const [figures, categories, refreshedAt, democracy] = await Promise.all([
    dashboard(scope, units, period),
    categoryNames(language, t("stats.charts.noCategory")),
    statsRefreshedAt(),
    // Live counts, read as often as the figures above are refreshed (memoised: 30 s, or the next refresh).
    memoised(`democracy|${scope.id}|${period.from}|${period.to}`, () => democracyStats(scope, units, period)),
  ]);
  // Only what the page shows goes to the browser (Remix sends loader data along for hydration).
  const top = topUnits(figures.byUnit.map((u) => ({ code: u.unit.code, name: u.unit.name, own: u.unit.id === scope.id, figures: tableFigures(u.figures) })));
  return data(
    {
      ...base,
      ok: true as const,
      errors: {} as Record<string, string>,
      unit: { code: scope.code, name: scope.name },
      periodText: page.periodText,
      linkParams: page.linkParams,
      data: {
        total: figures.total,
        trend: figures.trend.map((m) => ({ month: m.month, figures: tableFigures(m) })),
        byKind: figures.byKind.map((k) => ({ key: k.key, figures: tableFigures(k.figures) })),
        byCategory: figures.byCategory.map((c) => ({ key: c.key, name: categories[c.key] ?? c.key, figures: tableFigures(c.figures) })),
        units: top,
      },
      refreshedAt: refreshedAt?.toISOString() ?? null,
      democracy: democracy.total,
    },
    { headers: await publicPageCachingFor(request) },
  );
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
  const unitLink = (code: string) => `/stats?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(d.linkParams)), unit: code })}`;
  const unitName = (u: { name: string; own?: boolean }) => (u.own ? t("stats.charts.ownCases", { unit: u.name }) : u.name);
  const units = d.data.units;
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
        columns={d.data.trend.map((m) => ({ label: m.month.slice(5) + "/" + m.month.slice(2, 4), a: m.figures.received, b: m.figures.resolved }))}
      >
        <FiguresTable
          caption={t("stats.charts.trend")}
          firstColumn={t("stats.charts.month")}
          rows={d.data.trend.map((m) => ({ key: m.month, label: `${m.month.slice(5)}/${m.month.slice(0, 4)}`, figures: m.figures }))}
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
        bars={units.rows.map((u) => ({ label: unitName(u), value: u.figures.received, display: formatCount(u.figures.received, lang) }))}
      >
        <FiguresTable
          caption={units.rows.length < units.total ? t("stats.units.topCaption", { shown: formatCount(units.rows.length, lang) }) : t("stats.charts.byUnit")}
          firstColumn={t("stats.charts.unit")}
          rows={units.rows.map((u) => ({ key: u.code, label: u.own ? unitName(u) : <Link to={unitLink(u.code)}>{u.name}</Link>, figures: u.figures }))}
        />
        {units.rows.length < units.withCases ? (
          <p className="field-hint">{t("stats.charts.unitsShown", { shown: formatCount(units.rows.length, lang), total: formatCount(units.withCases, lang) })}</p>
        ) : null}
        {units.rows.length < units.total ? (
          <ShowAllLink href={`/stats/units?${d.linkParams}`}>{t("stats.units.seeAll", { total: formatCount(units.total, lang) })}</ShowAllLink>
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
