import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { FilterBar, FilterCheck, FilterField, PageHeader } from "~/components/kit";
import { StatsFilters } from "~/components/stats-filters";
import { FiguresTable } from "~/components/stats-figures";
import type { Language } from "~/i18n/config";
import { tableFigures } from "~/modules/stats/figures";
import { formatCount } from "~/modules/stats/format";
import { statsPage, unitOptions } from "~/modules/stats/page.server";
import { dashboard } from "~/modules/stats/stats.server";
import { firstDir, readUnitTableQuery, unitsNamed, unitTable } from "~/modules/stats/unit-table";
import { pageMeta } from "~/utils/meta";
import { loaderCaching, publicPageCachingFor } from "~/utils/page-cache.server";
import statsStyles from "~/styles/stats.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
/** Signed out, the same page for everyone: shared briefly (docs/decisions/022-public-page-cache.md). */
export const headers = loaderCaching;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: statsStyles }];

/** The full list's own fields, besides the unit and period (StatsFilters) and the order (usort, udir). */
const listSchema = z.object({
  q: z.string().max(100, "stats.errors.search").default(""),
  level: z.string().max(32).default(""),
});

/**
 * Every unit under the chosen one, with its figures: the page the dashboard's
 * top ten links to. Found by name (with or without diacritics) or kind, sorted
 * by any column; units without cases in the period on request. Plain GET forms
 * and links: no JavaScript needed.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const page = await statsPage(request);
  const { t, query, values, years } = page;
  const params = new URL(request.url).searchParams;
  const list = listSchema.safeParse({ q: params.get("q") ?? undefined, level: params.get("level") ?? undefined });
  const errors: Record<string, string> = query.ok ? {} : { ...query.errors };
  if (!list.success) errors.q = "stats.errors.search";
  const search = list.success ? list.data : { q: "", level: "" };
  const base = { title: t("stats.units.heading"), values, years, unitOptions: unitOptions(query.units), search };
  if (!query.ok || !list.success) return data({ ...base, ok: false as const, errors, levels: [] as string[] }, { status: 400 });
  const { scope, units, period } = query;
  const figures = await dashboard(scope, units, period);
  const rows = figures.byUnit.map((u) => ({ code: u.unit.code, name: u.unit.name, level: u.unit.levelCode, own: u.unit.id === scope.id, figures: tableFigures(u.figures) }));
  const levels = [...new Set(rows.map((r) => r.level))];
  if (search.level && !levels.includes(search.level)) {
    return data({ ...base, ok: false as const, errors: { level: "stats.errors.level" }, levels }, { status: 400 });
  }
  const unitQuery = readUnitTableQuery(params);
  const matching = unitsNamed(search.level ? rows.filter((r) => r.level === search.level) : rows, search.q);
  const table = unitTable(matching, unitQuery);
  return data(
    {
      ...base,
      ok: true as const,
      errors,
      levels,
      unit: scope.name,
      periodText: page.periodText,
      linkParams: page.linkParams,
      unitQuery,
      total: rows.length,
      hidden: table.hidden,
      rows: table.rows.map(({ level: _level, ...r }) => r),
    },
    { headers: await publicPageCachingFor(request) },
  );
}

export default function UnitList() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const errorOf = (name: string) => (d.errors as Record<string, string | undefined>)[name] ?? null;
  return (
    <section aria-labelledby="units-title">
      <PageHeader titleId="units-title" title={t("stats.units.heading")} actions={<Link to={d.ok ? `/stats?${d.linkParams}` : "/stats"}>{t("stats.units.back")}</Link>} />
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <StatsFilters action="/stats/units" units={d.unitOptions} values={d.values} errors={d.errors} years={d.years} />
      <FilterBar label={t("stats.units.search")} action="/stats/units" submitLabel={t("stats.units.search")}>
        {d.ok ? Array.from(new URLSearchParams(d.linkParams), ([k, v]) => <input key={k} type="hidden" name={k} value={v} />) : null}
        <FilterField id="q" label={t("stats.units.name")} error={errorOf("q")}>
          <input id="q" name="q" type="search" defaultValue={d.search.q} aria-invalid={errorOf("q") ? true : undefined} aria-describedby={errorOf("q") ? "q-error" : undefined} />
        </FilterField>
        {d.levels.length > 1 || errorOf("level") ? (
          <FilterField id="level" label={t("stats.units.level")} error={errorOf("level")}>
            <select id="level" name="level" defaultValue={d.search.level} aria-invalid={errorOf("level") ? true : undefined} aria-describedby={errorOf("level") ? "level-error" : undefined}>
              <option value="">{t("stats.units.allLevels")}</option>
              {d.levels.map((l) => (
                <option key={l} value={l}>
                  {t(`levels.${l}`)}
                </option>
              ))}
            </select>
          </FilterField>
        ) : null}
        <FilterCheck id="units" value="all" label={t("stats.units.withoutCases")} defaultChecked={d.ok && d.unitQuery.all} />
      </FilterBar>
      {d.ok ? <Units d={d} /> : null}
    </section>
  );
}

type Ok = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { ok: true }>;

function Units({ d }: { d: Ok }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const periodParams = Object.fromEntries(new URLSearchParams(d.linkParams));
  // Sorting keeps the unit, the period and the search.
  const sortLink = (sort: string, dir: string) => {
    const params = new URLSearchParams({ ...periodParams, usort: sort, udir: dir });
    if (d.search.q) params.set("q", d.search.q);
    if (d.search.level) params.set("level", d.search.level);
    if (d.unitQuery.all) params.set("units", "all");
    return `/stats/units?${params}#units`;
  };
  return (
    <>
      <p>{t("stats.units.intro", { unit: d.unit, period: d.periodText })}</p>
      <p className="field-hint no-print" id="units" role="status">
        {t("stats.units.found", { shown: formatCount(d.rows.length, lang), total: formatCount(d.total, lang) })} {t("stats.units.sortHint")}
      </p>
      {d.rows.length === 0 && (d.search.q || d.search.level) ? (
        <p className="empty-state">{t("stats.units.noMatch")}</p>
      ) : (
        <FiguresTable
          caption={t("stats.ranking.caption", { period: d.periodText })}
          firstColumn={t("stats.charts.unit")}
          sort={{ key: d.unitQuery.sort, dir: d.unitQuery.dir, firstDir, href: sortLink }}
          rows={d.rows.map((u) => ({
            key: u.code,
            label: u.own ? t("stats.charts.ownCases", { unit: u.name }) : <Link to={`/stats?${new URLSearchParams({ ...periodParams, unit: u.code })}`}>{u.name}</Link>,
            figures: u.figures,
          }))}
        />
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
