import { describe, expect, test } from "vitest";
import { smsLimit, smsMessage, toSmsAlphabet } from "./sms-text";

const gsm = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]*$/;

describe("SMS in Vietnamese without diacritics", () => {
  test.each([
    ["tones and hooks", "Phường Tô Hiệu đã thụ lý hồ sơ", "Phuong To Hieu da thu ly ho so"],
    ["đ and Đ", "Đề nghị đổi địa điểm", "De nghi doi dia diem"],
    ["typographic punctuation", "“Hạn” – 18/12…", '"Han" - 18/12...'],
    ["characters outside the alphabet", "Mức 5★ {tốt}", "Muc 5 (tot)"],
    ["line breaks and runs of spaces", "Dòng 1\n\n  Dòng 2", "Dong 1 Dong 2"],
  ])("%s", (_name, input, expected) => {
    expect(toSmsAlphabet(input)).toBe(expected);
    expect(toSmsAlphabet(input)).toMatch(gsm);
  });

  test("a short notice is sender, text and link", () => {
    expect(
      smsMessage({ sender: "Lắng Nghe", text: "Phường Tô Hiệu đã thụ lý hồ sơ TOHIEU-2026-000123. Hạn giải quyết: 18/12/2026.", link: "https://langnghe.sonla.gov.vn/cases/TOHIEU-2026-000123" }),
    ).toBe("Lang Nghe: Phuong To Hieu da thu ly ho so TOHIEU-2026-000123. Han giai quyet: 18/12/2026. https://langnghe.sonla.gov.vn/cases/TOHIEU-2026-000123");
  });

  test("a long text is cut at a word, the link kept, one SMS at most", () => {
    const text = "Sở Tài nguyên và Môi trường không thụ lý hồ sơ SLA-2026-000045. Lý do: Không thuộc thẩm quyền giải quyết. Đề nghị ông bà gửi đơn đến Ủy ban nhân dân xã nơi có đất để được xem xét theo quy định.";
    const link = "https://langnghe.sonla.gov.vn/cases/SLA-2026-000045";
    const sms = smsMessage({ sender: "Lắng Nghe", text, link });
    expect(sms.length).toBeLessThanOrEqual(smsLimit);
    expect(sms).toMatch(gsm);
    expect(sms.endsWith(`... ${link}`)).toBe(true);
    expect(sms.startsWith("Lang Nghe: So Tai nguyen va Moi truong khong thu ly ho so SLA-2026-000045.")).toBe(true);
  });

  test("a link too long to leave room for the text is left out", () => {
    const sms = smsMessage({ sender: "Lắng Nghe", text: "Hồ sơ X đã có kết quả giải quyết, mời ông bà xem.", link: `https://example.vn/${"a".repeat(140)}` });
    expect(sms).toBe("Lang Nghe: Ho so X da co ket qua giai quyet, moi ong ba xem.");
  });
});
