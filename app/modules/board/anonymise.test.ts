import { describe, expect, test } from "vitest";
import { anonymiseText, mask, publicCopy } from "./anonymise";

const lan = { names: ["Nguyễn Thị Lan"], emails: ["congdan@langnghe.local"], phones: ["+84912000001"] };

describe("anonymiseText", () => {
  test.each([
    ["Tôi là Nguyễn Thị Lan, ở tổ 3.", `Tôi là ${mask}, ở tổ 3.`],
    ["tôi là NGUYỄN THỊ LAN", `tôi là ${mask}`],
    ["Ky ten: Nguyen Thi Lan", `Ky ten: ${mask}`],
    ["Nguyễn  Thị\nLan đề nghị", `${mask} đề nghị`],
    // NFD text (combining marks) is masked too.
    ["Người gửi: Nguyễn Thị Lan".normalize("NFD"), `Người gửi: ${mask}`],
    ["Liên hệ congdan@langnghe.local hoặc 0912 000 001.", `Liên hệ ${mask} hoặc ${mask}.`],
    ["Gọi +84 912-000-001 nhé", `Gọi ${mask} nhé`],
    ["Số 912000001", `Số ${mask}`],
    // Anyone's email or phone, not only the citizen's.
    ["Hàng xóm: ban.hang@example.com, 0987.654.321", `Hàng xóm: ${mask}, ${mask}`],
  ])("%s", (input, expected) => {
    expect(anonymiseText(input, lan)).toBe(expected);
  });

  test("leaves ordinary text alone: decision numbers, dates, amounts, words inside other words", () => {
    const text = "Quyết định 123/QĐ-UBND ngày 01/11/2026, bồi thường 800 m², Nguyễn Thị Lanh không liên quan, năm 2026.";
    expect(anonymiseText(text, lan)).toBe(text);
  });

  test("a one-word short name is not masked (it would hide ordinary words)", () => {
    expect(anonymiseText("An toàn giao thông", { names: ["An"], emails: [], phones: [] })).toBe("An toàn giao thông");
  });

  test("the public copy's search text is folded and holds no personal data", () => {
    const copy = publicCopy(
      { title: "Đường hỏng — Nguyễn Thị Lan", description: "Đường vào bản Hài hỏng nặng. SĐT 0912000001.", resolutionText: "Phường đã sửa đường." },
      lan,
    );
    expect(copy.publicTitle).toBe(`Đường hỏng — ${mask}`);
    expect(copy.publicSearch).toContain("duong vao ban hai hong nang");
    expect(copy.publicSearch).not.toMatch(/lan|0912000001/);
  });
});
