import { data as withStatus, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { DataTable, AppLink, PageHeader, PrintButton, ShowAllLink, type Column } from "~/components/kit";
import { StatsFilters } from "~/components/stats-filters";
import { FiguresTable, StatCards } from "~/components/stats-figures";
import type { Language } from "~/i18n/config";
import { formatCount, formatRate } from "~/modules/stats/format";
import { leaderReport } from "~/modules/stats/report.server";
import { firstDir, readUnitTableQuery, unitTable } from "~/modules/stats/unit-table";
import { formatDate, formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import statsStyles from "~/styles/stats.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: statsStyles }];

/** A leader's report on their unit tree: figures, per unit and handler, overdue cases; CSV/XLSX; printable. */
export async function loader({ request }: LoaderFunctionArgs) {
  const report = await leaderReport(request);
  const { t, query, values, years, options } = report;
  const base = { title: t("stats.reports.heading"), values, years, unitOptions: options, printedAt: new Date().toISOString() };
  if (!query.ok || !report.data) return withStatus({ ...base, ok: false as const, errors: query.ok ? {} : query.errors }, { status: 400 });
  // The page lists the units with cases (all of them on request), sorted; the downloads always hold every unit.
  const unitQuery = readUnitTableQuery(new URL(request.url).searchParams);
  const { rows, ...data } = report.data;
  return {
    ...base,
    ok: true as const,
    errors: {} as Record<string, string>,
    unit: query.scope.name,
    scopeId: query.scope.id,
    periodText: report.periodText,
    linkParams: report.linkParams,
    unitQuery,
    units: unitTable(
      rows.map((r) => ({ ...r, own: r.code === data.total.code })),
      unitQuery,
    ),
    ...data,
  };
}

type Ok = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { ok: true }>;

export default function Reports() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="reports-title">
      <PageHeader titleId="reports-title" title={t("stats.reports.heading")} actions={d.ok ? <PrintButton /> : null} />
      <nav aria-label={t("reports.links.forms")} className="no-print">
        <ul className="inline-links">
          <li>
            <Link to="/desk/reports/forms">{t("reports.links.forms")}</Link>
          </li>
          <li>
            <Link to="/desk/registers/reception">{t("reports.links.registers")}</Link>
          </li>
          <li>
            <Link to="/desk/reports/national-export">{t("reports.links.nationalExport")}</Link>
          </li>
        </ul>
      </nav>
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <StatsFilters action="/desk/reports" units={d.unitOptions} values={d.values} errors={d.errors} years={d.years} />
      {d.ok ? <Report d={d} /> : null}
    </section>
  );
}

function Report({ d }: { d: Ok }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const tableLink = (q: { sort: string; dir: string; all: boolean }) => {
    const params = new URLSearchParams(d.linkParams);
    params.set("usort", q.sort);
    params.set("udir", q.dir);
    if (q.all) params.set("units", "all");
    return `/desk/reports?${params}#units`;
  };
  type Late = Ok["late"][number];
  const lateColumns: Column<Late>[] = [
    { key: "code", label: t("cases.code"), header: t("cases.code"), primary: true, cell: (c) => <AppLink to={`/desk/cases/${c.code}`} className="code">{c.code}</AppLink> },
    { key: "title", label: t("cases.title"), header: t("cases.title"), cell: (c) => c.title },
    { key: "kind", label: t("cases.kind"), header: t("cases.kind"), cell: (c) => t(`caseKind.${c.kind}`) },
    { key: "unit", label: t("cases.unit"), header: t("cases.unit"), cell: (c) => c.unit.name },
    { key: "assignee", label: t("inbox.assignee"), header: t("inbox.assignee"), cell: (c) => c.assignee?.fullName ?? t("stats.reports.unassigned") },
    { key: "due", label: t("stats.reports.dueAt"), header: t("stats.reports.dueAt"), cell: (c) => formatDate(c.nextDueAt, lang) },
  ];
  return (
    <>
      <p className="lead">{t("stats.reports.intro", { unit: d.unit, period: d.periodText })}</p>
      <h2 className="headline">
        {t("stats.headline", {
          unit: d.unit,
          period: d.periodText,
          received: formatCount(d.total.figures.received, lang),
          resolved: formatCount(d.total.figures.resolved, lang),
          rate: formatRate(d.total.figures.resolvedRate, lang),
          inProgress: formatCount(d.total.figures.inProgress, lang),
        })}
      </h2>
      <StatCards figures={d.total.figures} />
      <nav aria-label={t("stats.reports.exports")} className="actions no-print">
        <a className="button" href={`/desk/reports/export?format=csv&${d.linkParams}`} download>
          {t("stats.reports.exportCsv")}
        </a>
        <a className="button" href={`/desk/reports/export?format=xlsx&${d.linkParams}`} download>
          {t("stats.reports.exportXlsx")}
        </a>
      </nav>

      <h2 id="units">{t("stats.charts.byUnit")}</h2>
      <p className="field-hint no-print">{t("stats.units.sortHint")}</p>
      <FiguresTable
        caption={t("stats.charts.byUnit")}
        firstColumn={t("stats.charts.unit")}
        extraColumns={[{ key: "overdue", header: t("stats.figures.overdue") }]}
        sort={{ key: d.unitQuery.sort, dir: d.unitQuery.dir, firstDir, href: (sort, dir) => tableLink({ sort, dir, all: d.unitQuery.all }) }}
        rows={d.units.rows.map((r) => ({
          key: r.code,
          label: r.own ? t("stats.charts.ownCases", { unit: r.name }) : r.name,
          figures: r.figures,
          extra: [formatCount(r.overdue, lang)],
        }))}
        total={d.total.figures}
      />
      {d.units.hidden > 0 ? (
        <ShowAllLink href={tableLink({ ...d.unitQuery, all: true })}>{t("stats.units.showAll", { hidden: formatCount(d.units.hidden, lang) })}</ShowAllLink>
      ) : d.unitQuery.all ? (
        <ShowAllLink href={tableLink({ ...d.unitQuery, all: false })}>{t("stats.units.showWithCases")}</ShowAllLink>
      ) : null}

      <h2>{t("stats.charts.byKind")}</h2>
      <FiguresTable
        caption={t("stats.charts.byKind")}
        firstColumn={t("stats.charts.kind")}
        rows={d.byKind.map((k) => ({ key: k.key, label: t(`caseKind.${k.key}`), figures: k.figures }))}
      />

      <h2>{t("stats.reports.handlersHeading")}</h2>
      <FiguresTable
        caption={t("stats.reports.handlersHeading")}
        firstColumn={t("stats.reports.handler")}
        extraColumns={[t("stats.reports.openOverdue")]}
        rows={d.handlers.map((h) => ({
          key: h.handlerId ?? "none",
          label: h.name ?? t("stats.reports.unassigned"),
          figures: h.figures,
          extra: [formatCount(h.overdue, lang)],
        }))}
      />

      <h2 id="overdue-title">{t("stats.reports.overdueHeading")}</h2>
      <DataTable caption={t("stats.reports.overdueHeading")} columns={lateColumns} rows={d.late} rowKey={(c) => c.id} empty={t("stats.reports.overdueNone")} />
      {d.lateMore ? (
        <p className="no-print">
          <Link to="/desk/cases?due=overdue&sort=due">{t("stats.reports.overdueMore")}</Link>
        </p>
      ) : null}
      <p className="muted">{t("stats.reports.printedAt", { at: formatDateTime(d.printedAt, lang) })}</p>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
