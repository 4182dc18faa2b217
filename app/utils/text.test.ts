import { describe, expect, test } from "vitest";
import { compareVietnamese, foldForSearch } from "./text";

describe("foldForSearch", () => {
  test.each([
    ["Nguyễn Văn Đức", "nguyen van duc"],
    ["ĐƯỜNG   LÊN  bản", "duong len ban"],
    ["Phường Tô Hiệu", "phuong to hieu"],
    ["Xã Mường Bú", "xa muong bu"],
    ["khiếu nại đất đai", "khieu nai dat dai"],
  ])("%s → %s", (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  test("control characters fold to a space, so a search never sends a NUL to the database", () => {
    expect(foldForSearch("ab\u0000cd\u001b\u007fef\u0085")).toBe("ab cd ef");
    expect(foldForSearch("\u0000")).toBe("");
  });

  test("text typed with and without diacritics folds alike", () => {
    expect(foldForSearch("Ô nhiễm nước suối")).toBe(foldForSearch("o nhiem nuoc suoi"));
  });

  test("composed and decomposed Unicode fold alike", () => {
    const composed = "Tiếng Việt".normalize("NFC");
    const decomposed = "Tiếng Việt".normalize("NFD");
    expect(composed).not.toBe(decomposed);
    expect(foldForSearch(composed)).toBe(foldForSearch(decomposed));
  });
});

test("compareVietnamese orders names as localeCompare in Vietnamese does: accented letters beside their base, đ after d", () => {
  const names = ["Xã Ít Ong", "Phường Tô Hiệu", "Xã Chiềng Cơi", "Xã Mường Bú", "Xã Đoàn Kết", "Xã Dồm Cang", "Phường Chiềng An", "xã ẳng Nưa", "Xã Ảng Cang", "Sở Y tế"];
  const expected = [...names].sort((a, b) => a.localeCompare(b, "vi"));
  expect([...names].sort(compareVietnamese)).toEqual(expected);
  expect(expected.indexOf("Xã Đoàn Kết")).toBeGreaterThan(expected.indexOf("Xã Dồm Cang"));
});
