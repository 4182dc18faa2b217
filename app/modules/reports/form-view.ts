/**
 * The words around a form, shared by its page and its XLSX: the title, the
 * period line, the row names, the unfilled columns with their reasons and the
 * basis — from the catalogue, so both languages print the same form.
 */
import { forms, headerGrid, leavesOf, numberLabel, unknownColumns, type FormDefinition, type FormId, type FormRow } from "./forms";
import type { FormSheetText } from "./xlsx.server";

type T = (key: string, options?: Record<string, unknown>) => string;

export function formTitle(t: T, id: FormId) {
  return t(`reports.forms.${id}.title`);
}

/** The header rows for the page's GridTable. */
export function headerRows(t: T, def: FormDefinition) {
  const grid = headerGrid(def);
  const rows = Array.from({ length: grid.depth }, () => [] as { key: string; label: string; rowSpan?: number; colSpan?: number }[]);
  for (const c of [...grid.cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    rows[c.row]!.push({
      key: `${c.row}-${c.col}`,
      label: c.col === 0 ? t("reports.formPage.unit") : t(`reports.col.${c.label}`),
      rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
      colSpan: c.colSpan > 1 ? c.colSpan : undefined,
    });
  }
  return { rows, numbers: [t("reports.formPage.numberRow"), ...leavesOf(def.columns).map(numberLabel)] };
}

export function rowName(t: T, row: FormRow) {
  return row.own ? t("reports.formPage.ownRow", { unit: row.name }) : row.name;
}

export function unknownLines(t: T, def: FormDefinition) {
  return unknownColumns(def).map((c) => t("reports.formPage.unknownLine", { no: c.no, label: t(`reports.col.${c.label}`), reason: t(`reports.unknown.${c.reason}`) }));
}

/** The form's basis as printed: the texts, then where its layout comes from and whether it was checked. */
export function basisLine(t: T, def: FormDefinition) {
  const b = def.basis;
  const checked = b.confirmed ? t("reports.formPage.basisConfirmed") : t("reports.formPage.basisUnconfirmed");
  const numbering = def.id === "HGCS" ? "" : ` ${t("reports.basis.numbering")}`;
  return `${b.document} — ${b.annex}. ${checked} ${t(`reports.basis.${def.id}`)}${numbering}`;
}

export function sheetText(t: T, id: FormId, ctx: { unit: string; from: string; to: string }): FormSheetText {
  const def = forms[id];
  return {
    reportingUnit: ctx.unit.toUpperCase(),
    number: `Biểu số: ${def.number}`,
    title: formTitle(t, id),
    period: t("reports.formPage.period", { from: ctx.from, to: ctx.to }),
    attachedTo: t("reports.formPage.attachedTo", { unit: ctx.unit }),
    unitHeader: t("reports.formPage.unit"),
    numberRowLabel: t("reports.formPage.numberRow"),
    label: (key) => t(`reports.col.${key}`),
    rowName: (row) => rowName(t, row),
    totalLabel: t("reports.formPage.total"),
    unknownHeading: t("reports.formPage.unknownHeading"),
    unknownLines: unknownLines(t, def),
    basis: basisLine(t, def),
    place: t("reports.formPage.place"),
    preparer: t("reports.formPage.preparer"),
    preparerHint: t("reports.formPage.preparerHint"),
    head: t("reports.formPage.head"),
    headHint: t("reports.formPage.headHint"),
  };
}
