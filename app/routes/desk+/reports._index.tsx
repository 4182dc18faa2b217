import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { StatsFilters } from "~/components/stats-filters";
import { FiguresTable, StatCards } from "~/components/stats-figures";
import type { Language } from "~/i18n/config";
import { formatCount, formatRate } from "~/modules/stats/format";
import { leaderReport } from "~/modules/stats/report.server";
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
  if (!query.ok || !report.data) return json({ ...base, ok: false as const, errors: query.ok ? {} : query.errors }, { status: 400 });
  return json({
    ...base,
    ok: true as const,
    errors: {} as Record<string, string>,
    unit: query.scope.name,
    scopeId: query.scope.id,
    periodText: report.periodText,
    linkParams: report.linkParams,
    ...report.data,
  });
}

export default function Reports() {
  const d = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">{t("stats.reports.heading")}</h1>
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
      {d.ok ? (
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
          <p className="print-hint no-print">{t("stats.reports.print")}</p>

          <h2>{t("stats.charts.byUnit")}</h2>
          <FiguresTable
            caption={t("stats.charts.byUnit")}
            firstColumn={t("stats.charts.unit")}
            extraColumns={[t("stats.figures.overdue")]}
            rows={d.rows.map((r) => ({
              key: r.code,
              label: r.code === d.total.code ? t("stats.charts.ownCases", { unit: r.name }) : r.name,
              figures: r.figures,
              extra: [formatCount(r.overdue, lang)],
            }))}
            total={d.total.figures}
          />

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
          {d.late.length ? (
            <div className="table-scroll">
              <table className="data-table" aria-labelledby="overdue-title">
                <thead>
                  <tr>
                    <th scope="col">{t("cases.code")}</th>
                    <th scope="col">{t("cases.title")}</th>
                    <th scope="col">{t("cases.kind")}</th>
                    <th scope="col">{t("cases.unit")}</th>
                    <th scope="col">{t("inbox.assignee")}</th>
                    <th scope="col">{t("stats.reports.dueAt")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.late.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link to={`/desk/cases/${c.code}`}>{c.code}</Link>
                      </td>
                      <td>{c.title}</td>
                      <td>{t(`caseKind.${c.kind}`)}</td>
                      <td>{c.unit.name}</td>
                      <td>{c.assignee?.fullName ?? t("stats.reports.unassigned")}</td>
                      <td>{formatDate(c.nextDueAt, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t("stats.reports.overdueNone")}</p>
          )}
          {d.late.length >= 50 ? (
            <p className="no-print">
              <Link to="/desk/cases?due=overdue&sort=due">{t("stats.reports.overdueMore")}</Link>
            </p>
          ) : null}
          <p className="muted">{t("stats.reports.printedAt", { at: formatDateTime(d.printedAt, lang) })}</p>
        </>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
