/**
 * The statistical forms (biểu số liệu) as data: number, title, legal basis,
 * the column tree with the printed column numbers, and for each numbered
 * column the cell it shows (cells.ts), the columns it sums, or why the app
 * cannot know it yet. The page, the print view and the XLSX all render these
 * definitions; a changed form is a changed definition.
 *
 * Where a layout could not be read in the circular's annex itself it says so
 * (`basis.confirmed: false`, with the source that was used) — see
 * docs/reports.md. A column the app cannot fill is shown empty and listed
 * under the form with its reason, never estimated.
 */
import { cells, noFacts, type CellKey, type UnitFacts, type Window } from "./cells";

/** Why a column is empty: catalogue keys under reports.unknown. */
export type UnknownReason =
  | "signatories" // the number of people who signed a petition is not recorded
  | "resolvedBefore" // whether another body resolved the matter before is not recorded for petitions
  | "urging" // urging letters to other bodies are not recorded
  | "replies" // replies received about transferred petitions are not recorded
  | "verdict" // the verdict (right, wrong, partly right) is not recorded
  | "money" // sums and land recovered or returned are not recorded
  | "sanctions" // disciplinary and criminal follow-up is not recorded
  | "gender"; // mediators' gender is not recorded

export type Leaf = {
  no: number;
  /** Catalogue key under reports.col */
  label: string;
} & ({ cell: CellKey; formula?: string } | { sumOf: number[] } | { unknown: UnknownReason } | { note: true });

export type Group = { label: string; children: ColumnNode[] };
export type ColumnNode = Leaf | Group;

/**
 * Where a form comes from. `document` and `annex` are the texts' own names;
 * `source` and `note` record, for developers, where the layout was read. What a
 * user reads about it is in the catalogue (reports.basis.<form id>).
 */
export type FormBasis = {
  document: string;
  annex: string;
  /** Where the layout was read. */
  source: string;
  confirmed: boolean;
  note: string;
};

export type FormDefinition = {
  id: FormId;
  /** As printed in the form's corner: "Biểu số: 01/TCD". */
  number: string;
  /** Catalogue key under reports.forms.<id> (title, short). */
  basis: FormBasis;
  columns: ColumnNode[];
};

export const formIds = ["01-TCD", "02-XLD", "03-GQKN", "04-GQTC", "HGCS"] as const;
export type FormId = (typeof formIds)[number];

const isGroup = (n: ColumnNode): n is Group => "children" in n;

const regimeNote =
  "Numbered as in Thông tư 06/2025/TT-TTCP (01/TCD, 02/XLD, 03/GQKN, 04/GQTC, as listed by a tool that extracts that circular's annex); the circular's own annex was not read.";

function receptionGroup(prefix: "regular" | "head" | "delegated", first: number, withDays: boolean): ColumnNode[] {
  let n = first;
  const next = () => n++;
  const out: ColumnNode[] = [];
  if (withDays) out.push({ no: next(), label: "receptionDays", cell: `tcd.${prefix}.days` as CellKey });
  out.push({ no: next(), label: "visits", cell: `tcd.${prefix}.visits` as CellKey });
  out.push({ no: next(), label: "people", cell: `tcd.${prefix}.people` as CellKey });
  out.push({
    label: "matters",
    children: [
      { no: next(), label: "firstTime", cell: `tcd.${prefix}.firstTime` as CellKey },
      { no: next(), label: "repeated", cell: `tcd.${prefix}.repeated` as CellKey },
    ],
  });
  out.push({
    label: "groupVisits",
    children: [
      { no: next(), label: "groups", cell: `tcd.${prefix}.groups` as CellKey },
      { no: next(), label: "people", cell: `tcd.${prefix}.groupPeople` as CellKey },
      { no: next(), label: "firstTime", cell: `tcd.${prefix}.groupFirstTime` as CellKey },
      { no: next(), label: "repeated", cell: `tcd.${prefix}.groupRepeated` as CellKey },
    ],
  });
  return out;
}

function resolutionColumns(k: "kn" | "tc"): ColumnNode[] {
  const common: ColumnNode[] = [
    {
      label: k === "kn" ? "complaintsCompetent" : "denunciationsCompetent",
      children: [
        { no: 1, label: "total", sumOf: [2, 3] },
        { no: 2, label: "carriedOver", cell: `${k}.carried` as CellKey },
        { no: 3, label: "receivedIn", cell: `${k}.acceptedIn` as CellKey },
      ],
    },
    { no: 4, label: "mattersCompetent", cell: `${k}.matters` as CellKey },
    {
      label: "resolved",
      children: [
        { no: 5, label: "total", sumOf: [6, 7] },
        { no: 6, label: k === "kn" ? "withdrawnComplaint" : "withdrawnDenunciation", cell: `${k}.withdrawn` as CellKey },
        { no: 7, label: k === "kn" ? "byDecision" : "byConclusion", cell: `${k}.resolved` as CellKey },
      ],
    },
    {
      label: "verdict",
      children: [
        { no: 8, label: "right", unknown: "verdict" },
        { no: 9, label: "wrong", unknown: "verdict" },
        { no: 10, label: "partlyRight", unknown: "verdict" },
      ],
    },
  ];
  if (k === "kn") {
    return [
      ...common,
      {
        label: "instance",
        children: [
          { no: 11, label: "firstInstance", cell: "kn.firstInstance" },
          { no: 12, label: "secondInstance", cell: "kn.secondInstance" },
        ],
      },
      {
        label: "timeLimit",
        children: [
          { no: 13, label: "onTime", cell: "kn.onTime" },
          { no: 14, label: "late", cell: "kn.late" },
        ],
      },
      {
        label: "pending",
        children: [
          { no: 15, label: "total", cell: "kn.pending" },
          { no: 16, label: "pendingOverdue", cell: "kn.pendingOverdue" },
        ],
      },
      {
        label: "recoverToState",
        children: [
          { no: 17, label: "money", unknown: "money" },
          { no: 18, label: "land", unknown: "money" },
        ],
      },
      {
        label: "returnToCitizens",
        children: [
          { no: 19, label: "money", unknown: "money" },
          { no: 20, label: "land", unknown: "money" },
          { no: 21, label: "peopleRestored", unknown: "money" },
        ],
      },
      { no: 22, label: "notes", note: true },
    ];
  }
  return [
    ...common,
    {
      label: "timeLimit",
      children: [
        { no: 11, label: "onTime", cell: "tc.onTime" },
        { no: 12, label: "late", cell: "tc.late" },
      ],
    },
    {
      label: "pending",
      children: [
        { no: 13, label: "total", cell: "tc.pending" },
        { no: 14, label: "pendingOverdue", cell: "tc.pendingOverdue" },
      ],
    },
    {
      label: "recoverToState",
      children: [
        { no: 15, label: "money", unknown: "money" },
        { no: 16, label: "land", unknown: "money" },
      ],
    },
    { no: 17, label: "peopleSanctioned", unknown: "sanctions" },
    { no: 18, label: "toInvestigation", unknown: "sanctions" },
    { no: 19, label: "notes", note: true },
  ];
}

export const forms: Record<FormId, FormDefinition> = {
  "01-TCD": {
    id: "01-TCD",
    number: "01/TCD",
    basis: {
      document: "Thông tư 01/2024/TT-TTCP; Thông tư 06/2025/TT-TTCP",
      annex: "Biểu số 01/TCD — Tổng hợp kết quả tiếp công dân thường xuyên, định kỳ và đột xuất",
      source:
        "Column tree and numbers (29 columns; 1=4+13+22, 2=5+14+23, 3=6+7+15+16+24+25) as implemented by a provincial inspectorate's reporting software for biểu 01/TCD (public code repository); the annex itself was not read.",
      confirmed: false,
      note: regimeNote,
    },
    columns: [
      { no: 1, label: "totalVisits", sumOf: [4, 13, 22] },
      { no: 2, label: "totalPeople", sumOf: [5, 14, 23] },
      { no: 3, label: "totalMatters", sumOf: [6, 7, 15, 16, 24, 25] },
      { label: "regularReception", children: receptionGroup("regular", 4, false) },
      {
        label: "headReception",
        children: [
          { label: "headReceives", children: receptionGroup("head", 12, true) },
          { label: "delegatedReceives", children: receptionGroup("delegated", 21, true) },
        ],
      },
    ],
  },
  "02-XLD": {
    id: "02-XLD",
    number: "02/XLD",
    basis: {
      document: "Thông tư 01/2024/TT-TTCP; Thông tư 06/2025/TT-TTCP",
      annex: "Biểu số 02/XLD — Tổng hợp kết quả tiếp nhận, xử lý đơn",
      source:
        "Column tree and numbers (27 columns; 1=2+…+7, 9=11+12+13=14+15+16+17=18+22, 18=19+20+21, 22=23+24+25) from the Thông tư 02/2021/TT-TTCP form 01/XLD as published on tailieu.vn; whether Thông tư 01/2024 or 06/2025 changed it was not read.",
      confirmed: false,
      note: regimeNote,
    },
    columns: [
      { no: 1, label: "totalPetitions", cell: "xld.total", formula: "1=2+3+...+7" },
      {
        label: "carriedOver",
        children: [
          { no: 2, label: "oneSignatory", unknown: "signatories" },
          { no: 3, label: "manySignatories", unknown: "signatories" },
          { no: 4, label: "otherPetitions", unknown: "signatories" },
        ],
      },
      {
        label: "receivedIn",
        children: [
          { no: 5, label: "oneSignatory", unknown: "signatories" },
          { no: 6, label: "manySignatories", unknown: "signatories" },
          { no: 7, label: "otherPetitions", unknown: "signatories" },
        ],
      },
      { no: 8, label: "processed", cell: "xld.processed" },
      {
        label: "fitToHandle",
        children: [
          { no: 9, label: "petitions", cell: "xld.fit", formula: "9=11+12+13=14+15+16+17=18+22" },
          { no: 10, label: "matters", cell: "xld.fitMatters" },
        ],
      },
      {
        label: "byContent",
        children: [
          { no: 11, label: "complaints", cell: "xld.fit.complaints" },
          { no: 12, label: "denunciations", cell: "xld.fit.denunciations" },
          { no: 13, label: "petitionsFeedback", cell: "xld.fit.petitions" },
        ],
      },
      {
        label: "byResolutionState",
        children: [
          {
            label: "resolvedBefore",
            children: [
              { no: 14, label: "firstTime", unknown: "resolvedBefore" },
              { no: 15, label: "repeated", unknown: "resolvedBefore" },
            ],
          },
          { no: 16, label: "beingResolved", unknown: "resolvedBefore" },
          { no: 17, label: "notResolved", unknown: "resolvedBefore" },
        ],
      },
      {
        label: "handlingResult",
        children: [
          {
            label: "withinCompetence",
            children: [
              { no: 18, label: "total", cell: "xld.competent", formula: "18=19+20+21" },
              { no: 19, label: "complaints", cell: "xld.competent.complaints" },
              { no: 20, label: "denunciations", cell: "xld.competent.denunciations" },
              { no: 21, label: "petitionsFeedback", cell: "xld.competent.petitions" },
            ],
          },
          {
            label: "outsideCompetence",
            children: [
              { no: 22, label: "total", cell: "xld.notCompetent", formula: "22=23+24+25" },
              { no: 23, label: "guided", cell: "xld.guided" },
              { no: 24, label: "forwarded", cell: "xld.transferred" },
              { no: 25, label: "urged", unknown: "urging" },
            ],
          },
        ],
      },
      { no: 26, label: "repliesReceived", unknown: "replies" },
      { no: 27, label: "notes", note: true },
    ],
  },
  "03-GQKN": {
    id: "03-GQKN",
    number: "03/GQKN",
    basis: {
      document: "Thông tư 01/2024/TT-TTCP; Thông tư 06/2025/TT-TTCP",
      annex: "Biểu số 03/GQKN — Tổng hợp kết quả giải quyết khiếu nại",
      source:
        "Not read. Built from the figures provincial reports publish for this form (petitions within competence carried over / received; matters; resolved by withdrawal or by decision; right, wrong, partly right; first or second instance; on time; recovered and returned) — e.g. thanhtra.com.vn (Hải Phòng), baolamdong.vn (2023). Column order and numbers are this app's.",
      confirmed: false,
      note: regimeNote,
    },
    columns: resolutionColumns("kn"),
  },
  "04-GQTC": {
    id: "04-GQTC",
    number: "04/GQTC",
    basis: {
      document: "Thông tư 01/2024/TT-TTCP; Thông tư 06/2025/TT-TTCP",
      annex: "Biểu số 04/GQTC — Tổng hợp kết quả giải quyết tố cáo",
      source:
        "Not read. Built from the figures provincial reports publish for this form (within competence; resolved; withdrawn; right, wrong, partly right; on time; recovered; people sanctioned; sent to investigation) — e.g. thanhtra.com.vn, baolamdong.vn. Column order and numbers are this app's.",
      confirmed: false,
      note: regimeNote,
    },
    columns: resolutionColumns("tc"),
  },
  HGCS: {
    id: "HGCS",
    number: "HGCS",
    basis: {
      document: "Luật Hòa giải ở cơ sở 35/2013/QH13; Thông tư 10/2017/TT-BTP (chỉ tiêu 0403 — số vụ việc hòa giải ở cơ sở)",
      annex: "Thống kê tổ hòa giải, hòa giải viên và kết quả hòa giải ở cơ sở",
      source:
        "The indicator's definitions (hòa giải thành: the parties agree; không thành: they do not; the kinds of matters) as quoted by thuvienphapluat.vn; the Ministry of Justice's statistical form itself (Thông tư 03/2019/TT-BTP or its successor) was not read. Column order and numbers are this app's.",
      confirmed: false,
      note: "Teams and mediators are counted as they are now, not as they were during the period.",
    },
    columns: [
      { no: 1, label: "teams", cell: "hg.teams" },
      {
        label: "mediators",
        children: [
          { no: 2, label: "total", cell: "hg.mediators" },
          { no: 3, label: "women", unknown: "gender" },
        ],
      },
      {
        label: "mediationMatters",
        children: [
          { no: 4, label: "total", sumOf: [5, 6] },
          { no: 5, label: "carriedOver", cell: "hg.carried" },
          { no: 6, label: "receivedIn", cell: "hg.openedIn" },
        ],
      },
      {
        label: "mediationResult",
        children: [
          { no: 7, label: "agreed", cell: "hg.agreed" },
          { no: 8, label: "notAgreed", cell: "hg.notAgreed" },
          { no: 9, label: "withdrawnMediation", cell: "hg.withdrawn" },
          { no: 10, label: "ongoing", cell: "hg.ongoing" },
        ],
      },
      {
        label: "disputeTypes",
        children: [
          { no: 11, label: "typeLand", cell: "hg.type.land" },
          { no: 12, label: "typeFamily", cell: "hg.type.family" },
          { no: 13, label: "typeNeighbourhood", cell: "hg.type.neighbourhood" },
          { no: 14, label: "typeCivilDebt", cell: "hg.type.civilDebt" },
          { no: 15, label: "typeOther", cell: "hg.type.other" },
        ],
      },
      { no: 16, label: "notes", note: true },
    ],
  },
};

export function isFormId(v: unknown): v is FormId {
  return typeof v === "string" && (formIds as readonly string[]).includes(v);
}

/** The numbered columns in order. */
export function leavesOf(columns: readonly ColumnNode[]): Leaf[] {
  return columns.flatMap((c) => (isGroup(c) ? leavesOf(c.children) : [c]));
}

/** How the number row names a column: "1=4+13+22" for a sum, the form's formula, or the number. */
export function numberLabel(leaf: Leaf): string {
  if ("sumOf" in leaf) return `${leaf.no}=${leaf.sumOf.join("+")}`;
  if ("cell" in leaf && leaf.formula) return leaf.formula;
  return String(leaf.no);
}

export type HeaderCell = { label: string; row: number; col: number; rowSpan: number; colSpan: number; leaf: Leaf | null };

/**
 * The header as a grid of merged cells (0-based rows and columns; column 0 is
 * the unit's name): each group spans its leaves, each leaf spans down to the
 * last header row. The number row comes after these `depth` rows.
 */
export function headerGrid(def: FormDefinition): { depth: number; cells: HeaderCell[]; width: number } {
  const depthOf = (n: ColumnNode): number => (isGroup(n) ? 1 + Math.max(...n.children.map(depthOf)) : 1);
  const depth = Math.max(...def.columns.map(depthOf));
  const width = leavesOf(def.columns).length;
  const out: HeaderCell[] = [{ label: "unit", row: 0, col: 0, rowSpan: depth, colSpan: 1, leaf: null }];
  let col = 1;
  const place = (n: ColumnNode, row: number) => {
    if (isGroup(n)) {
      const start = col;
      const span = leavesOf(n.children).length;
      out.push({ label: n.label, row, col: start, rowSpan: 1, colSpan: span, leaf: null });
      for (const child of n.children) place(child, row + 1);
    } else {
      out.push({ label: n.label, row, col, rowSpan: depth - row, colSpan: 1, leaf: n });
      col += 1;
    }
  };
  for (const n of def.columns) place(n, 0);
  return { depth, cells: out, width: width + 1 };
}

/** A column's value for one set of facts: a number, or null when the app cannot know it. */
export type Values = Record<number, number | null>;

export function valuesOf(def: FormDefinition, facts: UnitFacts, w: Window): Values {
  const leaves = leavesOf(def.columns);
  const out: Values = {};
  for (const l of leaves) {
    if ("cell" in l) out[l.no] = cells[l.cell](facts, w);
    else if ("unknown" in l || "note" in l) out[l.no] = null;
  }
  for (const l of leaves) {
    if (!("sumOf" in l)) continue;
    const parts = l.sumOf.map((n) => out[n]);
    out[l.no] = parts.some((p) => p === null || p === undefined) ? null : parts.reduce<number>((a, b) => a + (b ?? 0), 0);
  }
  return out;
}

/** Values add up the unit tree: a known column is the sum of the rows; unknown stays unknown. */
export function addValues(rows: readonly Values[]): Values {
  const out: Values = {};
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      const no = Number(k);
      out[no] = v === null || out[no] === null ? null : (out[no] ?? 0) + v;
    }
  }
  return out;
}

/** The columns the app cannot fill, with their reasons (listed under the form). */
export function unknownColumns(def: FormDefinition): { no: number; label: string; reason: UnknownReason }[] {
  return leavesOf(def.columns).flatMap((l) => ("unknown" in l ? [{ no: l.no, label: l.label, reason: l.unknown }] : []));
}

export type UnitRow = { unitId: string; code: string; name: string; path: string; parentId: string | null };
export type FormRow = { key: string; unitCode: string | null; name: string; own: boolean; values: Values };

/**
 * The form's rows for a scope: the scope's own facts, then each unit directly
 * under it with its whole subtree, then the total (everything in the scope).
 */
export function formRows(def: FormDefinition, scope: UnitRow, units: readonly UnitRow[], factsByUnit: ReadonlyMap<string, UnitFacts>, w: Window): { rows: FormRow[]; total: Values } {
  const valuesByUnit = new Map<string, Values>();
  const inScope = units.filter((u) => u.path.startsWith(scope.path));
  for (const u of inScope) valuesByUnit.set(u.unitId, valuesOf(def, factsByUnit.get(u.unitId) ?? noFacts(), w));
  const subtree = (u: UnitRow) => addValues(inScope.filter((x) => x.path.startsWith(u.path)).map((x) => valuesByUnit.get(x.unitId)!));
  const rows: FormRow[] = [
    { key: scope.unitId, unitCode: scope.code, name: scope.name, own: true, values: valuesByUnit.get(scope.unitId)! },
    ...inScope.filter((u) => u.parentId === scope.unitId).map((u) => ({ key: u.unitId, unitCode: u.code, name: u.name, own: false, values: subtree(u) })),
  ];
  return { rows, total: subtree(scope) };
}
