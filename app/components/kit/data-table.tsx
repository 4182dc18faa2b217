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
  /** The column can be sorted by: its header becomes a link (see DataTable's `sort`). */
  sortable?: boolean;
};

/** The current order of a sortable table, and the address of another order (a plain GET link: no JavaScript). */
export type TableSort = {
  key: string;
  dir: "asc" | "desc";
  href: (key: string, dir: "asc" | "desc") => string;
  /** The first direction a column is sorted in when chosen (figures: largest first). */
  firstDir?: (key: string) => "asc" | "desc";
};

function SortHeader({ column, sort }: { column: { key: string; header: ReactNode }; sort: TableSort }) {
  const current = sort.key === column.key;
  const first = sort.firstDir?.(column.key) ?? "desc";
  const next = current ? (sort.dir === "asc" ? "desc" : "asc") : first;
  return (
    <a href={sort.href(column.key, next)} className="sort-link" rel="nofollow">
      {column.header}
      <span aria-hidden="true" className="sort-mark">
        {current ? (sort.dir === "asc" ? " ▲" : " ▼") : " ⇅"}
      </span>
    </a>
  );
}

/**
 * One responsive table for every list. Wide: an ordinary table. On a phone:
 * `layout="cards"` turns each row into a card whose values carry their column
 * label (from `label`, so no cell is ever an unlabelled ": 0"), and
 * `layout="scroll"` keeps the grid and scrolls it inside its own box (for
 * figures compared across columns), the first column staying in view. The
 * caption names the table for screen readers; `captionVisible` shows it.
 * Rows carry `data-row` (their key) and cells `data-col` (the column key), so
 * a test or a stylesheet can find a figure.
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
  sort,
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
  /** Makes the `sortable` columns' headers links to the other orders. */
  sort?: TableSort;
}) {
  if (!rows.length) return <p className="empty-state">{empty}</p>;
  // Worked out once per column, not per cell. A cell's label is what a phone card shows before its value;
  // a scrolling grid keeps its header row, so its cells do without (~25 bytes a cell of a long table).
  const cellAttrs = columns.map((c) => ({
    c,
    className: [c.numeric ? "num" : "", c.primary ? "cell-primary" : "", c.wideOnly ? "wide-only" : ""].filter(Boolean).join(" ") || undefined,
    label: layout === "cards" ? c.label : undefined,
  }));
  const table = (
    <table id={id} className={["kit-table", `kit-table-${layout}`, className].filter(Boolean).join(" ")}>
      <caption className={captionVisible ? "table-caption" : "visually-hidden"}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={[c.numeric ? "num" : "", c.wideOnly ? "wide-only" : "", c.primary ? "head-primary" : ""].filter(Boolean).join(" ") || undefined}
              aria-sort={sort && c.sortable && sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
            >
              {sort && c.sortable ? <SortHeader column={c} sort={sort} /> : c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const key = rowKey(row);
          return (
            <tr key={key} data-row={key}>
              {cellAttrs.map(({ c, className, label }) =>
                c.primary ? (
                  <th key={c.key} scope="row" className={className} data-label={label} data-col={c.key}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={className} data-label={label} data-col={c.key}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
      {footer ? (
        <tfoot>
          <tr data-row="total">
            {footer.map((cell, i) => {
              const c = columns[i];
              return c?.primary ? (
                <th key={c.key} scope="row" className="cell-primary" data-label={c.label} data-col={c.key}>
                  {cell}
                </th>
              ) : (
                <td key={c?.key ?? i} className={c?.numeric ? "num" : undefined} data-label={c?.label} data-col={c?.key}>
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

/** Under a table that shows only some rows (units with cases): the link to all of them. */
export function ShowAllLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="table-more">
      <a href={href} rel="nofollow">
        {children}
      </a>
    </p>
  );
}
