import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { DataTable, FilterBar, FilterChoice, ShowAllLink, SummaryCards, type Column } from "~/components/kit";
import { StatsFilters } from "~/components/stats-filters";
import type { Language } from "~/i18n/config";
import { DASHBOARD_ROWS, mostReceived, type DossierFigures } from "~/modules/onestop/figures";
import { dossierStatsPage } from "~/modules/onestop/stats-page.server";
import { formatCount, formatDecimal, formatRate } from "~/modules/stats/format";
import { formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { loaderCaching, publicPageCachingFor } from "~/utils/page-cache.server";
import statsStyles from "~/styles/stats.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: statsStyles }];
export const headers = loaderCaching;

/** The public one-stop dashboard: no sign-in; a unit (with its subtree), a period, optionally a procedure or field. */
export async function loader({ request }: LoaderFunctionArgs) {
  const r = await dossierStatsPage(request);
  const { t, language, values, years, periodText, linkParams } = r.page;
  const en = language === "en";
  const base = {
    title: t("onestop.stats.heading"),
    values: { ...values, ...(r.procedureCode ? { procedure: r.procedureCode } : {}), ...(r.fieldCode ? { field: r.fieldCode } : {}) },
    years,
    unitOptions: r.unitOptions,
    procedures: r.procedures.map((p) => ({ value: p.code, label: en && p.nameEn ? p.nameEn : p.name })),
    fields: [...new Map(r.procedures.map((p) => [p.fieldCode, en && p.fieldNameEn ? p.fieldNameEn : p.fieldName])).entries()].map(([value, label]) => ({ value, label })),
  };
  if (!r.ok) return data({ ...base, ok: false as const, errors: r.errors }, { status: 400 });
  const filterParams = new URLSearchParams(linkParams);
  // The units and procedures that received most, the rest one link away (`allUnits=1`, `allProcedures=1`).
  const url = new URL(request.url);
  const all = { units: url.searchParams.get("allUnits") === "1", procedures: url.searchParams.get("allProcedures") === "1" };
  const byUnit = mostReceived(
    r.data.byUnit.map((u) => ({ code: u.unit.code, name: u.unit.name, own: u.own, figures: u.figures })),
    all.units,
  );
  const byProcedure = mostReceived(
    r.data.byProcedure.map((p) => ({ code: p.procedure.code, name: en && p.procedure.nameEn ? p.procedure.nameEn : p.procedure.name, figures: p.figures })),
    all.procedures,
  );
  if (r.procedureCode) filterParams.set("procedure", r.procedureCode);
  if (r.fieldCode) filterParams.set("field", r.fieldCode);
  // Made from the figures' last refresh, a watched setting in the shared cache's key: the same for
  // every signed-out visitor (docs/decisions/022-public-page-cache.md).
  return data(
    {
      ...base,
      ok: true as const,
      errors: {} as Record<string, string>,
      unit: { code: r.scope.code, name: r.scope.name },
      periodText,
      periodParams: Object.fromEntries(new URLSearchParams(linkParams)),
      apiParams: filterParams.toString(),
      total: r.data.total,
      byUnit,
      byProcedure,
      pageParams: filterParams.toString(),
      all,
      byField: r.data.byField.map((f) => ({ code: f.fieldCode, name: en && f.fieldNameEn ? f.fieldNameEn : f.fieldName, figures: f.figures })),
      trend: r.data.trend,
      refreshedAt: r.refreshedAt?.toISOString() ?? null,
    },
    { headers: await publicPageCachingFor(request) },
  );
}

type Row = { key: string; label: React.ReactNode; text: string; figures: DossierFigures };

/** The figures of many rows side by side: a grid that scrolls inside its box on a phone. */
function FiguresGrid({ id, caption, first, rows, lang }: { id?: string; caption: string; first: string; rows: Row[]; lang: Language }) {
  const { t } = useTranslation();
  const f = (k: keyof DossierFigures, rate = false): Column<Row> => ({
    key: k,
    label: t(`onestop.stats.figures.${k}`),
    header: t(`onestop.stats.figures.${k}`),
    numeric: true,
    cell: (r) => (rate ? formatRate(r.figures[k] as number | null, lang) : k === "averageRating" ? formatDecimal(r.figures[k] as number | null, lang) : formatCount(r.figures[k] as number, lang)),
  });
  const columns: Column<Row>[] = [
    { key: "name", label: first, header: first, primary: true, cell: (r) => r.label },
    f("carriedOver"),
    f("newReceived"),
    f("received"),
    f("resolvedEarly"),
    f("resolvedOnTime"),
    f("resolvedLate"),
    f("resolved"),
    f("inProgressNotDue"),
    f("inProgressOverdue"),
    f("refused"),
    f("supplementRequests"),
    f("resolvedRate", true),
    f("onTimeRate", true),
    f("averageRating"),
  ];
  return <DataTable id={id} caption={caption} captionVisible columns={columns} rows={rows} rowKey={(r) => r.key} empty={t("onestop.stats.none")} layout="scroll" />;
}

export default function DossierDashboard() {
  const d = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section aria-labelledby="dossier-stats-title">
      <h1 id="dossier-stats-title">{t("onestop.stats.heading")}</h1>
      <p className="lead">{t("onestop.stats.intro")}</p>
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <StatsFilters
        action="/stats/dossiers"
        units={d.unitOptions}
        values={d.values}
        errors={d.errors}
        years={d.years}
        hidden={Object.fromEntries(Object.entries(d.values).filter(([k]) => k === "procedure" || k === "field"))}
      />
      <FilterBar label={t("onestop.stats.filterLegend")} action="/stats/dossiers">
        {Object.entries(d.values)
          .filter(([k]) => k !== "procedure" && k !== "field")
          .map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
        <FilterChoice id="field" label={t("onestop.stats.field")} defaultValue={d.values.field ?? ""} options={d.fields} />
        <FilterChoice id="procedure" label={t("onestop.stats.procedure")} defaultValue={d.values.procedure ?? ""} options={d.procedures} />
      </FilterBar>
      {d.ok ? <Figures d={d} lang={lang} /> : null}
      <p>
        <Link to="/stats">{t("onestop.stats.casesLink")}</Link>
      </p>
    </section>
  );
}

type Ok = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { ok: true }>;

function Figures({ d, lang }: { d: Ok; lang: Language }) {
  const { t } = useTranslation();
  const total = d.total;
  const count = (n: number) => formatCount(n, lang);
  const unitLink = (code: string) => `/stats/dossiers?${new URLSearchParams({ ...d.periodParams, unit: code })}`;
  // A table cut to its first rows: how many of the others are left out, and the link to all of them.
  const cut = (table: { shown: number; total: number }) => table.shown < table.total;
  // The same page with one table's rows all shown (or cut to the first ten again), the other table as it is.
  const tableLink = (which: "units" | "procedures", allRows: boolean) => {
    const params = new URLSearchParams(d.pageParams);
    const shown = { ...d.all, [which]: allRows };
    if (shown.units) params.set("allUnits", "1");
    if (shown.procedures) params.set("allProcedures", "1");
    return `/stats/dossiers?${params}#${which}`;
  };
  const moreOrFewer = (which: "units" | "procedures", table: { shown: number; total: number }) =>
    cut(table) ? (
      <ShowAllLink href={tableLink(which, true)}>{t(`onestop.stats.${which}All`, { total: count(table.total) })}</ShowAllLink>
    ) : d.all[which] && table.total > DASHBOARD_ROWS ? (
      <ShowAllLink href={tableLink(which, false)}>{t(`onestop.stats.${which}Top`, { shown: count(DASHBOARD_ROWS) })}</ShowAllLink>
    ) : null;
  return (
    <>
      <h2 className="headline" id="dossier-headline">
        {t("onestop.stats.headline", {
          unit: d.unit.name,
          period: d.periodText,
          received: count(total.received),
          carriedOver: count(total.carriedOver),
          newReceived: count(total.newReceived),
          resolved: count(total.resolved),
          rate: formatRate(total.resolvedRate, lang),
          inProgress: count(total.inProgress),
        })}
      </h2>
      <SummaryCards
        label={t("onestop.stats.heading")}
        items={[
          { key: "received", label: t("onestop.stats.figures.received"), value: count(total.received), hint: `${t("onestop.stats.figures.carriedOver")} ${count(total.carriedOver)} · ${t("onestop.stats.figures.newReceived")} ${count(total.newReceived)}` },
          { key: "resolved", label: t("onestop.stats.figures.resolved"), value: count(total.resolved), hint: formatRate(total.resolvedRate, lang), tone: "ok" },
          { key: "early", label: t("onestop.stats.figures.resolvedEarly"), value: count(total.resolvedEarly) },
          { key: "ontime", label: t("onestop.stats.figures.resolvedOnTime"), value: count(total.resolvedOnTime) },
          { key: "late", label: t("onestop.stats.figures.resolvedLate"), value: count(total.resolvedLate), tone: total.resolvedLate ? "danger" : "neutral" },
          { key: "inprogress", label: t("onestop.stats.figures.inProgress"), value: count(total.inProgress), hint: `${t("onestop.stats.figures.inProgressNotDue")} ${count(total.inProgressNotDue)}` },
          { key: "overdue", label: t("onestop.stats.figures.inProgressOverdue"), value: count(total.inProgressOverdue), tone: total.inProgressOverdue ? "warn" : "neutral" },
          { key: "supplement", label: t("onestop.stats.figures.supplementRequests"), value: count(total.supplementRequests) },
          { key: "refused", label: t("onestop.stats.figures.refused"), value: count(total.refused), hint: `${t("onestop.stats.figures.refusedAtIntake")} ${count(total.refusedAtIntake)}` },
          { key: "apologies", label: t("onestop.stats.figures.apologies"), value: count(total.apologies) },
          { key: "ontimerate", label: t("onestop.stats.figures.onTimeRate"), value: formatRate(total.onTimeRate, lang) },
          { key: "satisfied", label: t("onestop.stats.figures.satisfiedShare"), value: formatRate(total.satisfiedShare, lang), hint: `${t("onestop.stats.figures.ratedCount")} ${count(total.ratedCount)}` },
        ]}
      />
      <p className="actions no-print">
        <a href={`/api/v1/dossiers/stats?${d.apiParams}`}>{t("onestop.stats.api")}</a>
      </p>
      <FiguresGrid
        id="units"
        caption={cut(d.byUnit) ? t("onestop.stats.unitsTopCaption", { shown: count(d.byUnit.shown) }) : t("onestop.stats.unitsCaption")}
        first={t("onestop.stats.unit")}
        lang={lang}
        rows={d.byUnit.rows.map((u) => ({ key: u.code, text: u.name, label: u.own ? t("onestop.stats.ownDossiers", { unit: u.name }) : <Link to={unitLink(u.code)}>{u.name}</Link>, figures: u.figures }))}
      />
      {moreOrFewer("units", d.byUnit)}
      <FiguresGrid caption={t("onestop.stats.byField")} first={t("onestop.stats.field")} lang={lang} rows={d.byField.map((f) => ({ key: f.code, text: f.name, label: f.name, figures: f.figures }))} />
      <FiguresGrid
        id="procedures"
        caption={cut(d.byProcedure) ? t("onestop.stats.proceduresTopCaption", { shown: count(d.byProcedure.shown) }) : t("onestop.stats.proceduresCaption")}
        first={t("onestop.stats.procedure")}
        lang={lang}
        rows={d.byProcedure.rows.map((p) => ({ key: p.code, text: p.name, label: `${p.name} (${p.code})`, figures: p.figures }))}
      />
      {moreOrFewer("procedures", d.byProcedure)}
      <DataTable
        caption={t("onestop.stats.trend")}
        captionVisible
        layout="scroll"
        rows={d.trend}
        rowKey={(m) => m.month}
        empty={t("onestop.stats.none")}
        columns={[
          { key: "month", label: t("onestop.stats.month"), header: t("onestop.stats.month"), primary: true, cell: (m) => `${m.month.slice(5)}/${m.month.slice(0, 4)}` },
          { key: "received", label: t("onestop.stats.figures.newReceived"), header: t("onestop.stats.figures.newReceived"), numeric: true, cell: (m) => count(m.received) },
          { key: "resolved", label: t("onestop.stats.figures.resolved"), header: t("onestop.stats.figures.resolved"), numeric: true, cell: (m) => count(m.resolved) },
          { key: "late", label: t("onestop.stats.figures.resolvedLate"), header: t("onestop.stats.figures.resolvedLate"), numeric: true, cell: (m) => count(m.resolvedLate) },
        ]}
      />
      <details className="definitions">
        <summary>{t("onestop.stats.definitions.heading")}</summary>
        <ul>
          {(["flow", "resolved", "inProgress", "rates"] as const).map((k) => (
            <li key={k}>{t(`onestop.stats.definitions.${k}`)}</li>
          ))}
        </ul>
      </details>
      <p className="muted">{d.refreshedAt ? t("onestop.stats.refreshedAt", { at: formatDateTime(d.refreshedAt, lang) }) : t("onestop.stats.notYet")}</p>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
