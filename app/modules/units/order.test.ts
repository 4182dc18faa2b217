import { describe, expect, test } from "vitest";
import { sortUnits } from "./order";

describe("units in a list", () => {
  test("by level, then by name in Vietnamese order (accented letters in their place, not after Z)", () => {
    const units = [
      { name: "Xã Mường Bú", level: { rank: 3 } },
      { name: "Sở Xây dựng", level: { rank: 2 } },
      { name: "Xã Ít Ong", level: { rank: 3 } },
      { name: "Tỉnh Sơn La", level: { rank: 1 } },
      { name: "Phường Tô Hiệu", level: { rank: 3 } },
      { name: "Xã Chiềng Cơi", level: { rank: 3 } },
      { name: "Sở Giáo dục và Đào tạo", level: { rank: 2 } },
      { name: "Đặc khu Bắc Yên", level: { rank: 3 } },
    ];
    expect(sortUnits(units).map((u) => u.name)).toEqual([
      "Tỉnh Sơn La",
      "Sở Giáo dục và Đào tạo",
      "Sở Xây dựng",
      "Đặc khu Bắc Yên",
      "Phường Tô Hiệu",
      "Xã Chiềng Cơi",
      "Xã Ít Ong",
      "Xã Mường Bú",
    ]);
  });

  test("without levels, by name only", () => {
    expect(sortUnits([{ name: "Xã Ít Ong" }, { name: "Xã Chiềng Cơi" }]).map((u) => u.name)).toEqual(["Xã Chiềng Cơi", "Xã Ít Ong"]);
  });
});
