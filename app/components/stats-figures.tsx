import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import type { Language } from "~/i18n/config";
import { tableFigureKeys as figureKeys, type Figures, type TableFigures } from "~/modules/stats/figures";
import { formatCount, formatDecimal, formatRate } from "~/modules/stats/format";
import { DataTable, SummaryCards, type Column, type TableSort } from "./kit";

/** The headline figures as the kit's summary cards (two per row on a phone). */
export function StatCards({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const ofRated = t("stats.values.ofRated", { n: formatCount(figures.ratedCount, lang) });
  return (
    <SummaryCards
      label={t("stats.figures.heading")}
      items={[
        { key: "received", label: t("stats.figures.received"), value: formatCount(figures.received, lang) },
        { key: "resolved", label: t("stats.figures.resolved"), value: formatCount(figures.resolved, lang), tone: "ok" },
        { key: "inProgress", label: t("stats.figures.inProgress"), value: formatCount(figures.inProgress, lang) },
        { key: "resolvedRate", label: t("stats.figures.resolvedRate"), value: formatRate(figures.resolvedRate, lang) },
        {
          key: "onTimeRate",
          label: t("stats.figures.onTimeRate"),
          value: formatRate(figures.onTimeRate, lang),
          hint: t("stats.values.ofResolved", { n: formatCount(figures.resolved, lang) }),
        },
        {
          key: "averageDays",
          label: t("stats.figures.averageDays"),
          value: figures.averageDays === null ? "—" : t("stats.values.days", { n: formatDecimal(figures.averageDays, lang) }),
        },
        {
          key: "averageRating",
          label: t("stats.figures.averageRating"),
          value: figures.averageRating === null ? "—" : t("stats.values.rating", { n: formatDecimal(figures.averageRating, lang) }),
          hint: ofRated,
        },
        { key: "satisfiedShare", label: t("stats.figures.satisfiedShare"), value: formatRate(figures.satisfiedShare, lang), hint: ofRated },
      ]}
    />
  );
}

export type FiguresRow = { key: string; label: ReactNode; figures: TableFigures; extra?: ReactNode[] };

/**
 * A breakdown as a table: one row per kind / field / unit / month, the numbers
 * as they are. A grid of figures compared across columns, so on a phone it
 * scrolls inside its box with the row's name kept in view (the kit's "scroll"
 * layout); with `sort`, the column headers are links that reorder it.
 */
export function FiguresTable({
  caption,
  firstColumn,
  rows,
  extraColumns = [],
  total,
  sort,
}: {
  caption: string;
  firstColumn: string;
  rows: FiguresRow[];
  /** Extra figure columns after the standard ones: a key (for sorting and data-col) and a header. */
  extraColumns?: (string | { key: string; header: string })[];
  total?: TableFigures;
  sort?: TableSort;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const cell = (f: TableFigures, key: (typeof figureKeys)[number]) => {
    if (key === "resolvedRate" || key === "onTimeRate") return formatRate(f[key], lang);
    if (key === "averageDays" || key === "averageRating") return formatDecimal(f[key], lang);
    return formatCount(f[key], lang);
  };
  const extras = extraColumns.map((c, i) => (typeof c === "string" ? { key: `extra${i}`, header: c } : c));
  const columns: Column<FiguresRow>[] = [
    { key: "name", label: firstColumn, header: firstColumn, primary: true, sortable: true, cell: (r) => r.label },
    ...figureKeys.map((k) => ({
      key: k,
      label: t(`stats.figures.${k}`),
      header: t(`stats.figures.${k}`),
      numeric: true,
      sortable: true,
      cell: (r: FiguresRow) => cell(r.figures, k),
    })),
    ...extras.map((c, i) => ({ key: c.key, label: c.header, header: c.header, numeric: true, sortable: true, cell: (r: FiguresRow) => r.extra?.[i] ?? "" })),
  ];
  return (
    <DataTable
      caption={caption}
      layout="scroll"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      empty={t("stats.charts.empty")}
      sort={sort}
      footer={total ? [t("stats.reports.total"), ...figureKeys.map((k) => cell(total, k)), ...extras.map(() => "")] : undefined}
    />
  );
}
