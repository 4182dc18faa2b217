import { describe, expect, test } from "vitest";
import { inspectXlsx, ref } from "~/test/xlsx-inspect";
import { forms, headerGrid, leavesOf, numberLabel, type FormRow } from "./forms";
import { formXlsx, type FormSheetText } from "./xlsx.server";

const text: FormSheetText = {
  reportingUnit: "UBND PHƯỜNG TÔ HIỆU",
  number: "Biểu số: 01/TCD",
  title: "Tổng hợp kết quả tiếp công dân",
  period: "Số liệu tính từ ngày 15/09/2026 đến ngày 14/12/2026",
  attachedTo: "(Kèm theo Báo cáo số … ngày … của …)",
  unitHeader: "Đơn vị",
  numberRowLabel: "MS",
  label: (k) => `L:${k}`,
  rowName: (r) => r.name,
  totalLabel: "Tổng",
  unknownHeading: "Không có số liệu",
  unknownLines: [],
  basis: "Căn cứ",
  place: "Sơn La, ngày … tháng … năm …",
  preparer: "NGƯỜI LẬP BIỂU",
  preparerHint: "(Ký, ghi rõ họ tên)",
  head: "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
  headHint: "(Ký tên, đóng dấu)",
};

describe("a form's XLSX keeps the form's layout", () => {
  test("01/TCD: merged header groups, the number row, figures and the signature block", async () => {
    const def = forms["01-TCD"];
    const values = Object.fromEntries(leavesOf(def.columns).map((l) => [l.no, l.no * 10]));
    const rows: FormRow[] = [{ key: "a", unitCode: "A", name: "Phường Tô Hiệu", own: true, values }];
    const file = await formXlsx(def, rows, values, text);
    const sheet = inspectXlsx(new Uint8Array(file));
    const grid = headerGrid(def);
    const top = 5; // title block rows above the header
    // Every group and every tall leaf is a merged range where the grid puts it.
    for (const c of grid.cells.filter((c) => c.rowSpan > 1 || c.colSpan > 1)) {
      expect(sheet.merges).toContain(`${ref(top + c.row, c.col)}:${ref(top + c.row + c.rowSpan - 1, c.col + c.colSpan - 1)}`);
    }
    expect(sheet.cells.get(ref(top, 4))).toBe("L:regularReception");
    // The number row: "MS", then each column's number or formula.
    const numberRow = top + grid.depth;
    expect(sheet.cells.get(ref(numberRow, 0))).toBe("MS");
    leavesOf(def.columns).forEach((l, i) => expect(sheet.cells.get(ref(numberRow, i + 1))).toBe(numberLabel(l)));
    expect(sheet.cells.get(ref(numberRow, 1))).toBe("1=4+13+22");
    // The unit's row and the total.
    expect(sheet.cells.get(ref(numberRow + 1, 0))).toBe("Phường Tô Hiệu");
    expect(sheet.cells.get(ref(numberRow + 1, 13))).toBe("130");
    expect(sheet.cells.get(ref(numberRow + 2, 0))).toBe("Tổng");
    const all = [...sheet.cells.values()];
    expect(all).toContain("Biểu số: 01/TCD");
    expect(all).toContain("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");
    expect(all).toContain("(Ký tên, đóng dấu)");
  });

  test("02/XLD: an unknown column is an empty cell, not a zero", async () => {
    const def = forms["02-XLD"];
    const values = { 1: 5, 2: null, 8: 3 };
    const file = await formXlsx(def, [], values, { ...text, unknownLines: ["2–7: không ghi nhận số người đứng tên đơn"] });
    const sheet = inspectXlsx(new Uint8Array(file));
    const totalRow = 5 + headerGrid(def).depth + 1;
    expect(sheet.cells.get(ref(totalRow, 1))).toBe("5");
    expect(sheet.cells.get(ref(totalRow, 2)) ?? "").toBe("");
    expect([...sheet.cells.values()]).toContain("2–7: không ghi nhận số người đứng tên đơn");
  });
});
