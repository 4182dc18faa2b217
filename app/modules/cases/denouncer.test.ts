import { describe, expect, test } from "vitest";
import { isVerifier, MASK, stripIdentity } from "./denouncer";

const identity = { names: ["Nguyễn Thị Lan"], emails: ["congdan@langnghe.local"], phones: ["+84912000001"] };

describe("stripIdentity", () => {
  test.each([
    ["the full name", "Tôi là Nguyễn Thị Lan, trú tại tổ 3.", `Tôi là ${MASK}, trú tại tổ 3.`],
    ["without diacritics, other case and spacing", "Người viết: NGUYEN  thi lan.", `Người viết: ${MASK}.`],
    ["the email", "Liên hệ congdan@langnghe.local để biết thêm.", `Liên hệ ${MASK} để biết thêm.`],
    ["the phone, national form with spaces", "Gọi 0912 000 001 giúp tôi.", `Gọi ${MASK} giúp tôi.`],
    ["the phone, international form", "SĐT +84912000001.", `SĐT ${MASK}.`],
    ["the phone with dots", "ĐT: 0912.000.001", `ĐT: ${MASK}`],
    ["several traces", "Nguyễn Thị Lan (0912000001)", `${MASK} (${MASK})`],
    ["someone else's name stays", "Ông Lò Văn A nhận tiền.", "Ông Lò Văn A nhận tiền."],
    ["a part of the name alone stays (too common to mask)", "Chị Lan ở tổ 3.", "Chị Lan ở tổ 3."],
    ["another number stays", "Số nhà 912, thửa 000001.", "Số nhà 912, thửa 000001."],
  ])("%s", (_label, text, expected) => {
    expect(stripIdentity(text, identity)).toBe(expected);
  });

  test("nothing to strip: the text as it is", () => {
    expect(stripIdentity("Nội dung", { names: [null], emails: [], phones: [undefined] })).toBe("Nội dung");
  });
});

describe("who verifies a denunciation", () => {
  const staff = (role: string) => ({ kind: "staff" as const, userId: "u", role, unitId: "w", unitPath: "/p/w/" });
  test.each([
    ["a handler verifies", "HANDLER", "DENUNCIATION", true],
    ["the leader resolves: the whole file", "LEADER", "DENUNCIATION", false],
    ["reception received it: the whole file", "RECEPTION", "DENUNCIATION", false],
    ["a complaint is not stripped", "HANDLER", "COMPLAINT", false],
  ])("%s", (_label, role, kind, expected) => {
    expect(isVerifier(staff(role), { kind })).toBe(expected);
  });
});
