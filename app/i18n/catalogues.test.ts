import { describe, expect, test } from "vitest";
import { createServerI18n } from "./i18n.server";
import { en } from "./locales/en";
import { vi } from "./locales/vi";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}

describe("message catalogues", () => {
  test("English has exactly the Vietnamese keys, none empty", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    expect(keys(vi).filter((k) => !k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], vi))).toEqual([]);
  });

  test("a decline's notification names the statutory reason in the recipient's language", () => {
    const params = { unit: "Phường Tô Hiệu", code: "TOHIEU-2026-000001", note: "Đề nghị gửi Sở Xây dựng.", reasonCode: "NOT_COMPETENT" };
    expect(createServerI18n("vi").t("notify.CASE_DECLINED.body", params)).toBe(
      "Phường Tô Hiệu không thụ lý hồ sơ TOHIEU-2026-000001. Lý do: Không thuộc thẩm quyền giải quyết. Đề nghị gửi Sở Xây dựng.",
    );
    expect(createServerI18n("en").t("notify.CASE_DECLINED.body", params)).toContain("Reason: Not within this office's competence.");
  });
});
