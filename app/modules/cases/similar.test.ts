import { describe, expect, test } from "vitest";
import { similarity, similarThreshold } from "./similar";

describe("similar cases", () => {
  test("the same matter typed without diacritics is similar", () => {
    expect(similarity("den duong to 3 bi hong", "Đèn đường tổ 3 bị hỏng từ hai tuần nay")).toBeGreaterThanOrEqual(similarThreshold);
  });

  test("a different matter is not", () => {
    expect(similarity("Rác thải tập kết sai nơi quy định", "Đèn đường tổ 3 bị hỏng")).toBeLessThan(similarThreshold);
  });

  test("common complaint words alone do not make two cases similar", () => {
    expect(similarity("Xin phản ánh kiến nghị", "Tôi xin phản ánh và kiến nghị")).toBe(0);
  });

  test("empty text is similar to nothing", () => {
    expect(similarity("", "Đèn đường")).toBe(0);
  });
});
