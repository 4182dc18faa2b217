import { describe, expect, test } from "vitest";
import { emptyTally, figuresOf } from "./figures";
import { readUnitTableQuery, unitTable, type UnitTableRow } from "./unit-table";

const row = (name: string, t: Partial<typeof emptyTally>, extra: Partial<UnitTableRow> = {}): UnitTableRow => ({
  code: name.toUpperCase(),
  name,
  figures: figuresOf({ ...emptyTally, ...t }),
  ...extra,
});

const rows = [
  row("Chiềng An", { received: 4, resolved: 2, resolvedOnTime: 1 }),
  row("Tô Hiệu", { received: 9, resolved: 3, resolvedOnTime: 3 }),
  row("Ít Ong", {}),
  row("Mường La", {}, { overdue: 2 }),
  row("Bắc Yên", {}, { own: true }),
  row("Chiềng Cơi", { received: 1 }),
];
const names = (r: UnitTableRow[]) => r.map((x) => x.name);

describe("the per-unit table", () => {
  test.each([
    ["default: units with cases, most received first", "", ["Tô Hiệu", "Chiềng An", "Chiềng Cơi", "Bắc Yên", "Mường La"], 1],
    ["all units", "units=all", ["Tô Hiệu", "Chiềng An", "Chiềng Cơi", "Bắc Yên", "Ít Ong", "Mường La"], 0],
    ["by name, A to Z", "usort=name", ["Bắc Yên", "Chiềng An", "Chiềng Cơi", "Mường La", "Tô Hiệu"], 1],
    ["by name, Z to A", "usort=name&udir=desc", ["Tô Hiệu", "Mường La", "Chiềng Cơi", "Chiềng An", "Bắc Yên"], 1],
    ["on-time rate: no rate goes last", "usort=onTimeRate", ["Tô Hiệu", "Chiềng An", "Bắc Yên", "Chiềng Cơi", "Mường La"], 1],
    ["on-time rate ascending: no rate still last", "usort=onTimeRate&udir=asc", ["Chiềng An", "Tô Hiệu", "Bắc Yên", "Chiềng Cơi", "Mường La"], 1],
    ["overdue now", "usort=overdue", ["Mường La", "Bắc Yên", "Chiềng An", "Chiềng Cơi", "Tô Hiệu"], 1],
    ["an unknown column is the default order", "usort=drop%20table&udir=sideways", ["Tô Hiệu", "Chiềng An", "Chiềng Cơi", "Bắc Yên", "Mường La"], 1],
  ])("%s", (_name, query, expected, hidden) => {
    const result = unitTable(rows, readUnitTableQuery(new URLSearchParams(query)));
    expect(names(result.rows)).toEqual(expected);
    expect(result.hidden).toBe(hidden);
  });
});
