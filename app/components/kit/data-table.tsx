import type { ReactNode } from "react";

export type Column<Row> = {
  key: string;
  header: ReactNode;
  /** The column header as plain text, for the label a phone shows before each value. */
  label: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
  /** The row's title on a phone card (e.g. a code or a name): shown first, bold, without a label. */
  primary?: boolean;
  /** Hidden on a phone card (still in the wide table), for secondary columns. */
  wideOnly?: boolean;
};

/**
 * One responsive table for every list. Wide: an ordinary table. On a phone:
 * `layout="cards"` turns each row into a card whose values carry their column
 * label (from `label`, so no cell is ever an unlabelled ": 0"), and
 * `layout="scroll"` keeps the grid and scrolls it inside its own box (for
 * figures compared across columns). The caption names the table for screen
 * readers; `captionVisible` shows it.
 */
export function DataTable<Row>({
  caption,
  captionVisible,
  columns,
  rows,
  rowKey,
  empty,
  layout = "cards",
  footer,
  id,
  className,
}: {
  caption: ReactNode;
  captionVisible?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  layout?: "cards" | "scroll";
  /** A totals row (cells in column order). */
  footer?: ReactNode[];
  id?: string;
  className?: string;
}) {
  if (!rows.length) return <p className="empty-state">{empty}</p>;
  const table = (
    <table id={id} className={["kit-table", `kit-table-${layout}`, className].filter(Boolean).join(" ")}>
      <caption className={captionVisible ? "table-caption" : "visually-hidden"}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => {
              const cls = [c.numeric ? "num" : "", c.primary ? "cell-primary" : "", c.wideOnly ? "wide-only" : ""].filter(Boolean).join(" ");
              return c.primary ? (
                <th key={c.key} scope="row" className={cls || undefined} data-label={c.label}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} className={cls || undefined} data-label={c.label}>
                  {c.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer ? (
        <tfoot>
          <tr>
            {footer.map((cell, i) => {
              const c = columns[i];
              return (
                <td key={c?.key ?? i} className={c?.numeric ? "num" : undefined} data-label={c?.label}>
                  {cell}
                </td>
              );
            })}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
  // A scrolling region must be focusable and named so keyboard users can scroll it.
  return layout === "scroll" ? (
    <div className="table-scroll" role="region" aria-label={typeof caption === "string" ? caption : undefined} tabIndex={0}>
      {table}
    </div>
  ) : (
    table
  );
}
