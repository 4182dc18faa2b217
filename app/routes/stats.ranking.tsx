import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { StatsFilters } from "~/components/stats-filters";
import type { Language } from "~/i18n/config";
import { formatCount, formatDecimal, formatRate } from "~/modules/stats/format";
import { statsPage, unitOptions } from "~/modules/stats/page.server";
import { rankingSorts, type RankingSort } from "~/modules/stats/figures";
import { ranking } from "~/modules/stats/stats.server";
import { pageMeta } from "~/utils/meta";
import statsStyles from "~/styles/stats.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: statsStyles }];

function isSort(value: string | null): value is RankingSort {
  return (rankingSorts as readonly string[]).includes(value ?? "");
}

/** Units side by side with their sample sizes; units with too few cases are not ranked. */
export async function loader({ request }: LoaderFunctionArgs) {
  const page = await statsPage(request);
  const { t, query, values, years } = page;
  const sortParam = new URL(request.url).searchParams.get("sort");
  const errors: Record<string, string> = query.ok ? {} : { ...query.errors };
  if (sortParam !== null && !isSort(sortParam)) errors.sort = "stats.errors.sort";
  const base = { title: t("stats.ranking.heading"), values, years, unitOptions: unitOptions(query.units) };
  if (!query.ok || Object.keys(errors).length) return json({ ...base, ok: false as const, errors }, { status: 400 });
  const sort: RankingSort = isSort(sortParam) ? sortParam : "onTime";
  const { rows, threshold } = await ranking(query.scope, query.units, query.period, sort);
  return json({
    ...base,
    ok: true as const,
    errors,
    sort,
    threshold,
    unit: query.scope.name,
    periodText: page.periodText,
    periodParams: Object.fromEntries(new URLSearchParams(page.linkParams)),
    rows: rows.map((r) => ({
      code: r.unit.code,
      name: r.unit.name,
      figures: r.figures,
      overdue: r.overdue,
      onTimeRanked: r.onTimeRanked,
      satisfactionRanked: r.satisfactionRanked,
    })),
  });
}

export default function Ranking() {
  const d = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const dashboardLink = (code: string) => (d.ok ? `/stats?${new URLSearchParams({ ...d.periodParams, unit: code })}` : "/stats");
  let rank = 0;
  return (
    <section aria-labelledby="ranking-title">
      <h1 id="ranking-title">{t("stats.ranking.heading")}</h1>
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <StatsFilters
        action="/stats/ranking"
        units={d.unitOptions}
        values={d.values}
        errors={d.errors}
        years={d.years}
        hidden={d.ok ? { sort: d.sort } : {}}
      />
      {d.ok ? (
        <>
          <p>{t("stats.ranking.intro", { unit: d.unit, period: d.periodText })}</p>
          <p className="notice">{t("stats.ranking.threshold", { n: d.threshold })}</p>
          <Form method="get" action="/stats/ranking" className="filters no-print">
            {Object.entries(d.periodParams).map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
            <label htmlFor="sort">{t("stats.ranking.sortBy")}</label>
            <select id="sort" name="sort" defaultValue={d.sort}>
              {rankingSorts.map((s) => (
                <option key={s} value={s}>
                  {t(`stats.ranking.sorts.${s}`)}
                </option>
              ))}
            </select>
            <button type="submit" className="button">
              {t("stats.ranking.sort")}
            </button>
          </Form>
          <div className="table-scroll">
            <table className="data-table" id="ranking">
              <caption>{t("stats.ranking.caption", { period: d.periodText })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t("stats.ranking.rank")}
                  </th>
                  <th scope="col">{t("stats.charts.unit")}</th>
                  <th scope="col" className="num" aria-sort={d.sort === "received" ? "descending" : undefined}>
                    {t("stats.figures.received")}
                  </th>
                  <th scope="col" className="num">
                    {t("stats.figures.resolved")}
                  </th>
                  <th scope="col" className="num" aria-sort={d.sort === "onTime" ? "descending" : undefined}>
                    {t("stats.figures.onTimeRate")}
                  </th>
                  <th scope="col" className="num" aria-sort={d.sort === "overdue" ? "descending" : undefined}>
                    {t("stats.figures.overdue")}
                  </th>
                  <th scope="col" className="num" aria-sort={d.sort === "satisfaction" ? "descending" : undefined}>
                    {t("stats.figures.averageRating")}
                  </th>
                  <th scope="col" className="num">
                    {t("stats.figures.ratedCount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.rows.map((r) => {
                  const ranked = d.sort === "onTime" ? r.onTimeRanked : d.sort === "satisfaction" ? r.satisfactionRanked : true;
                  if (ranked) rank += 1;
                  return (
                    <tr key={r.code} data-row={r.code}>
                      <td className="num">{ranked ? rank : "—"}</td>
                      <th scope="row">
                        <Link to={dashboardLink(r.code)}>{r.name}</Link>
                      </th>
                      <td className="num" data-col="received">
                        {formatCount(r.figures.received, lang)}
                      </td>
                      <td className="num" data-col="resolved">
                        {formatCount(r.figures.resolved, lang)}
                      </td>
                      <td className="num" data-col="onTimeRate">
                        {r.onTimeRanked ? formatRate(r.figures.onTimeRate, lang) : <span className="too-few">{t("stats.ranking.tooFew")}</span>}
                      </td>
                      <td className="num" data-col="overdue">
                        {formatCount(r.overdue, lang)}
                      </td>
                      <td className="num" data-col="averageRating">
                        {r.satisfactionRanked ? formatDecimal(r.figures.averageRating, lang) : <span className="too-few">{t("stats.ranking.tooFew")}</span>}
                      </td>
                      <td className="num" data-col="ratedCount">
                        {formatCount(r.figures.ratedCount, lang)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
