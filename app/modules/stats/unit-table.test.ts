import { describe, expect, test } from "vitest";
import { emptyTally, figuresOf } from "./figures";
import { readUnitTableQuery, topUnits, unitsNamed, unitTable, type UnitTableRow } from "./unit-table";

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

describe("the dashboard's top units and the full list's search", () => {
  test("the dashboard shows the units with most cases received, and counts the rest", () => {
    const top = topUnits(rows, 2);
    expect(names(top.rows)).toEqual(["Tô Hiệu", "Chiềng An"]);
    expect(top.withCases).toBe(5); // Ít Ong has nothing in the period; Mường La has only overdue cases, Bắc Yên is the scope's own row
    expect(top.total).toBe(6);
    // Fewer units than the limit: all of those with cases, in the same order as the full table's default.
    expect(names(topUnits(rows).rows)).toEqual(names(unitTable(rows, readUnitTableQuery(new URLSearchParams())).rows));
  });

  test.each([
    ["with diacritics", "Chiềng", ["Chiềng An", "Chiềng Cơi"]],
    ["without diacritics, any case", "CHIENG co", ["Chiềng Cơi"]],
    ["a part of the name, folded", "ong", ["Ít Ong", "Mường La"]],
    ["nothing typed: every unit", "  ", names(rows)],
    ["no match", "Hà Nội", []],
  ])("by name, %s", (_name, q, expected) => {
    expect(names(unitsNamed(rows, q))).toEqual(expected);
  });
});
