import { describe, expect, test } from "vitest";
import { safeRedirectPath } from "./redirect";

describe("redirects after sign-in stay on this site", () => {
  test.each([
    ["/cases", "/cases"],
    ["/desk/cases?status=SUBMITTED&q=đèn", "/desk/cases?status=SUBMITTED&q=%C4%91%C3%A8n"],
    ["/cases/TOHIEU-2026-000001#timeline", "/cases/TOHIEU-2026-000001#timeline"],
    ["/hồ-sơ", "/h%E1%BB%93-s%C6%A1"],
  ])("%s → %s", (to, expected) => {
    expect(safeRedirectPath(to, "/home")).toBe(expected);
  });

  test.each([
    "//evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example/",
    "/\\evil.example/",
    "/\\\\evil.example/",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
    `/${"a".repeat(3000)}`,
  ])("%j is refused", (to) => {
    expect(safeRedirectPath(to, "/home")).toBe("/home");
  });

  test("CR/LF and non-ASCII never reach the header unencoded", () => {
    for (const to of ["/cases\r\nSet-Cookie: a=b", "/cases\u2028x", "/tìm kiếm"]) {
      const out = safeRedirectPath(to, "/home");
      expect(out).toMatch(/^\/[\x21-\x7e]*$/);
    }
  });

  test("not a string: the fallback", () => {
    expect(safeRedirectPath(null, "/home")).toBe("/home");
    expect(safeRedirectPath(undefined, "/home")).toBe("/home");
  });
});
