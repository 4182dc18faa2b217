import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { DataTable, FilterBar, FilterChoice, AppLink, PageHeader, ShowAllLink, type Column } from "~/components/kit";
import { StatsFilters } from "~/components/stats-filters";
import type { Language } from "~/i18n/config";
import { formatCount, formatDecimal, formatRate } from "~/modules/stats/format";
import { statsPage, unitOptions } from "~/modules/stats/page.server";
import { rankingSorts, type RankingSort } from "~/modules/stats/figures";
import { ranking } from "~/modules/stats/stats.server";
import { pageMeta } from "~/utils/meta";
import { loaderCaching, publicPageCachingFor } from "~/utils/page-cache.server";
import statsStyles from "~/styles/stats.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
/** Signed out, the same page for everyone: shared briefly (docs/decisions/022-public-page-cache.md). */
export const headers = loaderCaching;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: statsStyles }];

function isSort(value: string | null): value is RankingSort {
  return (rankingSorts as readonly string[]).includes(value ?? "");
}

/** The ranking shows this many units first (the best, in the chosen order); the rest on request (?all=1). */
const RANKING_SHOWN = 20;

/** Units side by side with their sample sizes; units with too few cases are not ranked. */
export async function loader({ request }: LoaderFunctionArgs) {
  const page = await statsPage(request);
  const { t, query, values, years } = page;
  const sortParam = new URL(request.url).searchParams.get("sort");
  const errors: Record<string, string> = query.ok ? {} : { ...query.errors };
  if (sortParam !== null && !isSort(sortParam)) errors.sort = "stats.errors.sort";
  const base = { title: t("stats.ranking.heading"), values, years, unitOptions: unitOptions(query.units) };
  if (!query.ok || Object.keys(errors).length) return data({ ...base, ok: false as const, errors }, { status: 400 });
  const sort: RankingSort = isSort(sortParam) ? sortParam : "onTime";
  const all = new URL(request.url).searchParams.get("all") === "1";
  const { rows, threshold } = await ranking(query.scope, query.units, query.period, sort);
  // Ranks over every unit, then only the first RANKING_SHOWN rows unless all are asked for; only the shown figures go to the browser.
  let rank = 0;
  const ranked = rows.map((r) => {
    const counts = sort === "onTime" ? r.onTimeRanked : sort === "satisfaction" ? r.satisfactionRanked : true;
    if (counts) rank += 1;
    return {
      code: r.unit.code,
      name: r.unit.name,
      rank: counts ? rank : null,
      received: r.figures.received,
      resolved: r.figures.resolved,
      // undefined: too few to rank on it (the sample is shown beside it); null: nothing to divide.
      onTimeRate: r.onTimeRanked ? r.figures.onTimeRate : undefined,
      overdue: r.overdue,
      averageRating: r.satisfactionRanked ? r.figures.averageRating : undefined,
      ratedCount: r.figures.ratedCount,
    };
  });
  return data(
    {
      ...base,
      ok: true as const,
      errors,
      sort,
      all,
      threshold,
      unit: query.scope.name,
      periodText: page.periodText,
      periodParams: Object.fromEntries(new URLSearchParams(page.linkParams)),
      total: ranked.length,
      rows: all ? ranked : ranked.slice(0, RANKING_SHOWN),
    },
    { headers: await publicPageCachingFor(request) },
  );
}

export default function Ranking() {
  const d = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const dashboardLink = (code: string) => (d.ok ? `/stats?${new URLSearchParams({ ...d.periodParams, unit: code })}` : "/stats");
  return (
    <section aria-labelledby="ranking-title">
      <PageHeader titleId="ranking-title" title={t("stats.ranking.heading")} />
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <StatsFilters
        action="/stats/ranking"
        units={d.unitOptions}
        values={d.values}
        errors={d.errors}
        years={d.years}
        hidden={d.ok ? { sort: d.sort } : {}}
      />
      {d.ok ? <RankingTable d={d} lang={lang} dashboardLink={dashboardLink} /> : null}
    </section>
  );
}

type Ok = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { ok: true }>;
type Row = Ok["rows"][number];

function RankingTable({ d, lang, dashboardLink }: { d: Ok; lang: Language; dashboardLink: (code: string) => string }) {
  const { t } = useTranslation();
  const rows = d.rows;
  const tooFew = <span className="too-few">{t("stats.ranking.tooFew")}</span>;
  const columns: Column<Row>[] = [
    { key: "name", label: t("stats.charts.unit"), header: t("stats.charts.unit"), primary: true, cell: (r) => <AppLink to={dashboardLink(r.code)}>{r.name}</AppLink> },
    { key: "rank", label: t("stats.ranking.rank"), header: t("stats.ranking.rank"), numeric: true, cell: (r) => r.rank ?? "—" },
    { key: "received", label: t("stats.figures.received"), header: t("stats.figures.received"), numeric: true, cell: (r) => formatCount(r.received, lang) },
    { key: "resolved", label: t("stats.figures.resolved"), header: t("stats.figures.resolved"), numeric: true, cell: (r) => formatCount(r.resolved, lang) },
    { key: "onTimeRate", label: t("stats.figures.onTimeRate"), header: t("stats.figures.onTimeRate"), numeric: true, cell: (r) => (r.onTimeRate === undefined ? tooFew : formatRate(r.onTimeRate, lang)) },
    { key: "overdue", label: t("stats.figures.overdue"), header: t("stats.figures.overdue"), numeric: true, cell: (r) => formatCount(r.overdue, lang) },
    {
      key: "averageRating",
      label: t("stats.figures.averageRating"),
      header: t("stats.figures.averageRating"),
      numeric: true,
      cell: (r) => (r.averageRating === undefined ? tooFew : formatDecimal(r.averageRating, lang)),
    },
    { key: "ratedCount", label: t("stats.figures.ratedCount"), header: t("stats.figures.ratedCount"), numeric: true, cell: (r) => formatCount(r.ratedCount, lang) },
  ];
  // Header links sort by the columns the ranking knows (RankingSort).
  const sortOf: Record<string, RankingSort> = { name: "name", received: "received", onTimeRate: "onTime", overdue: "overdue", averageRating: "satisfaction" };
  const columnOf = Object.fromEntries(Object.entries(sortOf).map(([col, sort]) => [sort, col]));
  return (
    <>
      <p>{t("stats.ranking.intro", { unit: d.unit, period: d.periodText })}</p>
      <p className="notice">{t("stats.ranking.threshold", { n: d.threshold })}</p>
      <FilterBar label={t("stats.ranking.sort")} action="/stats/ranking" submitLabel={t("stats.ranking.sort")}>
        {Object.entries(d.all ? { ...d.periodParams, all: "1" } : d.periodParams).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <FilterChoice
          id="sort"
          label={t("stats.ranking.sortBy")}
          defaultValue={d.sort}
          allLabel={null}
          options={rankingSorts.map((s) => ({ value: s, label: t(`stats.ranking.sorts.${s}`) }))}
        />
      </FilterBar>
      <DataTable
        id="ranking"
        caption={t("stats.ranking.caption", { period: d.periodText })}
        layout="scroll"
        columns={columns.map((c) => ({ ...c, sortable: c.key in sortOf }))}
        rows={rows}
        rowKey={(r) => r.code}
        empty={t("stats.charts.empty")}
        sort={{
          key: columnOf[d.sort] ?? "onTimeRate",
          dir: d.sort === "name" ? "asc" : "desc",
          // The ranking orders each measure one way (best first), so a header link always picks that order.
          firstDir: (key) => (key === "name" ? "asc" : "desc"),
          href: (key) => `/stats/ranking?${new URLSearchParams({ ...d.periodParams, sort: sortOf[key] ?? "onTime", ...(d.all ? { all: "1" } : {}) })}`,
        }}
      />
      {d.rows.length < d.total ? (
        <>
          <p className="field-hint">{t("stats.ranking.shown", { shown: formatCount(d.rows.length, lang), total: formatCount(d.total, lang) })}</p>
          <ShowAllLink href={`/stats/ranking?${new URLSearchParams({ ...d.periodParams, sort: d.sort, all: "1" })}#ranking`}>
            {t("stats.ranking.showAll", { total: formatCount(d.total, lang) })}
          </ShowAllLink>
        </>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
