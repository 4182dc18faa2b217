import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n/config";
import type { Figures } from "~/modules/stats/figures";
import { formatCount, formatDecimal, formatRate } from "~/modules/stats/format";

/** The headline figures as cards. */
export function StatCards({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const cards: [string, string, string | null][] = [
    ["received", formatCount(figures.received, lang), null],
    ["resolved", formatCount(figures.resolved, lang), null],
    ["inProgress", formatCount(figures.inProgress, lang), null],
    ["resolvedRate", formatRate(figures.resolvedRate, lang), null],
    ["onTimeRate", formatRate(figures.onTimeRate, lang), t("stats.values.ofResolved", { n: formatCount(figures.resolved, lang) })],
    ["averageDays", figures.averageDays === null ? "—" : t("stats.values.days", { n: formatDecimal(figures.averageDays, lang) }), null],
    [
      "averageRating",
      figures.averageRating === null ? "—" : t("stats.values.rating", { n: formatDecimal(figures.averageRating, lang) }),
      t("stats.values.ofRated", { n: formatCount(figures.ratedCount, lang) }),
    ],
    ["satisfiedShare", formatRate(figures.satisfiedShare, lang), t("stats.values.ofRated", { n: formatCount(figures.ratedCount, lang) })],
  ];
  return (
    <ul className="stat-cards">
      {cards.map(([key, value, note]) => (
        <li key={key} data-figure={key}>
          <span className="stat-label">{t(`stats.figures.${key}`)}</span>
          <span className="stat-value">{value}</span>
          {note ? <span className="stat-note">{note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export type FiguresRow = { key: string; label: ReactNode; figures: Figures; extra?: ReactNode[] };

/** A breakdown as a table: one row per kind / field / unit / month, the numbers as they are. */
export function FiguresTable({
  caption,
  firstColumn,
  rows,
  extraColumns = [],
  total,
}: {
  caption: string;
  firstColumn: string;
  rows: FiguresRow[];
  extraColumns?: string[];
  total?: Figures;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const cells = (f: Figures) => [
    formatCount(f.received, lang),
    formatCount(f.resolved, lang),
    formatCount(f.inProgress, lang),
    formatRate(f.resolvedRate, lang),
    formatRate(f.onTimeRate, lang),
    formatDecimal(f.averageDays, lang),
    formatDecimal(f.averageRating, lang),
    formatCount(f.ratedCount, lang),
  ];
  const headers = ["received", "resolved", "inProgress", "resolvedRate", "onTimeRate", "averageDays", "averageRating", "ratedCount"];
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            {headers.map((h) => (
              <th key={h} scope="col" className="num">
                {t(`stats.figures.${h}`)}
              </th>
            ))}
            {extraColumns.map((h) => (
              <th key={h} scope="col" className="num">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              {cells(row.figures).map((c, i) => (
                <td key={headers[i]} className="num" data-col={headers[i]}>
                  {c}
                </td>
              ))}
              {(row.extra ?? []).map((c, i) => (
                <td key={`x${i}`} className="num">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr data-row="total">
              <th scope="row">{t("stats.reports.total")}</th>
              {cells(total).map((c, i) => (
                <td key={headers[i]} className="num" data-col={headers[i]}>
                  {c}
                </td>
              ))}
              {extraColumns.map((h) => (
                <td key={h} />
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
