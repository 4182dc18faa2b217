import type { ReactNode } from "react";

export type GridHeaderCell = { key: string; label: ReactNode; rowSpan?: number; colSpan?: number };

/**
 * A wide table of figures with a header of several levels (groups over their
 * columns) and a row of column numbers, as the statutory forms have. It always
 * scrolls inside its own focusable, named box (on a phone too: a form's grid
 * is read across columns, so cards would lose it); printed, it is full width.
 */
export function GridTable({
  caption,
  header,
  numbers,
  rows,
  total,
  id,
}: {
  caption: string;
  /** Header rows, top first; a cell spans rows and columns like a <th>. */
  header: GridHeaderCell[][];
  /** The row of column numbers under the header (first cell: the label column's). */
  numbers?: string[];
  rows: { key: string; label: ReactNode; cells: (number | string | null)[] }[];
  total?: { label: ReactNode; cells: (number | string | null)[] };
  id?: string;
}) {
  const figure = (v: number | string | null) => (v === null ? "" : v);
  return (
    <div className="table-scroll grid-table-box" role="region" aria-label={caption} tabIndex={0}>
      <table id={id} className="kit-table grid-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {header.map((cells, i) => (
            <tr key={i}>
              {cells.map((c) => (
                <th key={c.key} scope={c.colSpan && c.colSpan > 1 ? "colgroup" : "col"} rowSpan={c.rowSpan} colSpan={c.colSpan}>
                  {c.label}
                </th>
              ))}
            </tr>
          ))}
          {numbers ? (
            <tr className="grid-numbers">
              {numbers.map((n, i) => (
                <th key={i} scope="col">
                  {n}
                </th>
              ))}
            </tr>
          ) : null}
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {r.cells.map((v, i) => (
                <td key={i} className="num">
                  {figure(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr>
              <th scope="row">{total.label}</th>
              {total.cells.map((v, i) => (
                <td key={i} className="num">
                  {figure(v)}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
