/**
 * A statistical form as an XLSX sheet in the form's layout: the reporting
 * unit and the form's number, the title and period, the header with its
 * merged group cells, the row of column numbers ("1=4+13+22", "2", …), a row
 * per unit and the total, the columns the app could not fill, and the
 * signature block. write-excel-file writes merged cells (columnSpan /
 * rowSpan), so no second spreadsheet library is needed.
 */
import writeXlsxFile, { type SheetData } from "write-excel-file/node";
import { headerGrid, leavesOf, numberLabel, type FormDefinition, type FormRow, type Values } from "./forms";

type Cell = {
  value?: string | number;
  type?: typeof String | typeof Number;
  columnSpan?: number;
  rowSpan?: number;
  fontWeight?: "bold";
  fontStyle?: "italic";
  align?: "left" | "center" | "right";
  alignVertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  borderStyle?: "thin";
  height?: number;
} | null;

export type FormSheetText = {
  reportingUnit: string;
  number: string;
  title: string;
  period: string;
  attachedTo: string;
  unitHeader: string;
  numberRowLabel: string;
  label: (key: string) => string;
  rowName: (row: FormRow) => string;
  totalLabel: string;
  unknownHeading: string;
  unknownLines: string[];
  basis: string;
  place: string;
  preparer: string;
  preparerHint: string;
  head: string;
  headHint: string;
};

const text = (value: string, extra: Partial<NonNullable<Cell>> = {}): Cell => ({ value, type: String, ...extra });

/** The sheet's rows (exported for tests of the layout without unzipping). */
export function formSheetRows(def: FormDefinition, rows: readonly FormRow[], total: Values, x: FormSheetText): Cell[][] {
  const grid = headerGrid(def);
  const width = grid.width;
  const blankRow = (): Cell[] => Array.from({ length: width }, () => null);
  const spanRow = (value: string, extra: Partial<NonNullable<Cell>> = {}): Cell[] => {
    const r = blankRow();
    r[0] = text(value, { columnSpan: width, wrap: true, ...extra });
    return r;
  };
  const half = Math.max(1, Math.floor(width / 2));
  const twoSides = (left: string, right: string, extra: Partial<NonNullable<Cell>> = {}): Cell[] => {
    const r = blankRow();
    r[0] = text(left, { columnSpan: half, align: "center", wrap: true, ...extra });
    r[half] = text(right, { columnSpan: width - half, align: "center", wrap: true, ...extra });
    return r;
  };

  const out: Cell[][] = [];
  out.push(twoSides(x.reportingUnit, x.number, { fontWeight: "bold" }));
  out.push(spanRow(x.title.toUpperCase(), { fontWeight: "bold", align: "center" }));
  out.push(spanRow(x.period, { align: "center", fontStyle: "italic" }));
  out.push(spanRow(x.attachedTo, { align: "center", fontStyle: "italic" }));
  out.push(blankRow());

  const header: Cell[][] = Array.from({ length: grid.depth }, blankRow);
  const border = { borderStyle: "thin" as const, align: "center" as const, alignVertical: "center" as const, wrap: true, fontWeight: "bold" as const };
  for (const c of grid.cells) {
    header[c.row]![c.col] = text(c.col === 0 ? x.unitHeader : x.label(c.label), {
      ...border,
      ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
      ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    });
  }
  out.push(...header);
  const leaves = leavesOf(def.columns);
  out.push([text(x.numberRowLabel, border), ...leaves.map((l) => text(numberLabel(l), border))]);

  const figure = (v: number | null | undefined): Cell =>
    v === null || v === undefined ? text("", { borderStyle: "thin" }) : { value: v, type: Number, borderStyle: "thin", align: "right" };
  for (const row of rows) out.push([text(x.rowName(row), { borderStyle: "thin", wrap: true }), ...leaves.map((l) => figure(row.values[l.no]))]);
  out.push([text(x.totalLabel, { borderStyle: "thin", fontWeight: "bold" }), ...leaves.map((l) => ({ ...figure(total[l.no]), fontWeight: "bold" as const }))]);

  out.push(blankRow());
  if (x.unknownLines.length) {
    out.push(spanRow(x.unknownHeading, { fontWeight: "bold" }));
    for (const line of x.unknownLines) out.push(spanRow(line));
  }
  out.push(spanRow(x.basis, { fontStyle: "italic" }));
  out.push(blankRow());
  out.push(twoSides("", x.place, { fontStyle: "italic" }));
  out.push(twoSides(x.preparer, x.head, { fontWeight: "bold" }));
  out.push(twoSides(x.preparerHint, x.headHint, { fontStyle: "italic" }));
  return out;
}

export async function formXlsx(def: FormDefinition, rows: readonly FormRow[], total: Values, x: FormSheetText): Promise<Buffer> {
  const data = formSheetRows(def, rows, total, x);
  const width = headerGrid(def).width;
  const columns = [{ width: 28 }, ...Array.from({ length: width - 1 }, () => ({ width: 9 }))];
  // Nulls are the cells a merged cell covers.
  const sheet = def.number.replace(/[\\/?*[\]:]/g, "-").slice(0, 31);
  return writeXlsxFile(data as unknown as SheetData, { sheet, columns, orientation: "landscape" }, { fontFamily: "Times New Roman", fontSize: 11 }).toBuffer();
}
