import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { neutraliseFormula, toCsvFile } from "./csv.server";

describe("CSV cells cannot be formulas", () => {
  test.each([
    ["=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")", "'=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+84912345678", "'+84912345678"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["＝1+1", "'＝1+1"],
    ["Nguyễn Thị Lan", "Nguyễn Thị Lan"],
    ["a=b", "a=b"],
    ["", ""],
  ])("%j → %j", (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  test("a file: BOM, numbers kept as numbers, text neutralised and quoted", () => {
    const csv = toCsvFile([["Tên", "Số"], ['=HYPERLINK("x")', 12], ["a, \"b\"\nc", null]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parse(csv.slice(1))).toEqual([["Tên", "Số"], ['\'=HYPERLINK("x")', "12"], ['a, "b"\nc', ""]]);
    expect(csv).toContain(",12\n");
  });
});
