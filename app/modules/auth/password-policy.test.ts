import { describe, expect, test } from "vitest";
import { getCommonPasswords } from "./common-passwords.server";
import { checkPassword } from "./password-policy";

const common = getCommonPasswords();

describe("password policy", () => {
  test("at least 8 characters, counted as characters not bytes", () => {
    expect(checkPassword("abc", common)).toBe("too-short");
    expect(checkPassword("Đường lên bản", common)).toBeNull();
    expect(checkPassword("ốốốốốốố", common)).toBe("too-short");
  });

  test("no composition rules: a long lower-case phrase is fine", () => {
    expect(checkPassword("mua xuan tren nuong", common)).toBeNull();
  });

  test("common passwords are refused, whatever their case", () => {
    expect(common.size).toBeGreaterThan(10_000);
    expect(checkPassword("password1", common)).toBe("common");
    expect(checkPassword("PASSWORD1", common)).toBe("common");
    expect(checkPassword("12345678", common)).toBe("common");
    expect(checkPassword("matkhau123", common)).toBe("common");
    expect(checkPassword("anhyeuem", common)).toBe("common");
  });

  test("over 128 characters is refused", () => {
    expect(checkPassword("a".repeat(129), common)).toBe("too-long");
  });
});
