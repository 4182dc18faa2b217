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

  test("one's own email or phone, in any usual form, is refused", () => {
    const me = { email: "nguyen.lan@example.vn", phone: "+84912345678" };
    expect(checkPassword("nguyen.lan@example.vn", common, me)).toBe("is-contact");
    expect(checkPassword("Nguyen.Lan@Example.VN", common, me)).toBe("is-contact");
    expect(checkPassword("nguyen.lan", common, me)).toBe("is-contact");
    expect(checkPassword("0912345678", common, me)).toBe("is-contact");
    expect(checkPassword("+84912345678", common, me)).toBe("is-contact");
    expect(checkPassword("0912 345 678", common, me)).toBe("is-contact");
    expect(checkPassword("84912345678", common, me)).toBe("is-contact");
    expect(checkPassword("nguyen.lan@example.vn!", common, me)).toBeNull();
    expect(checkPassword("0912345679", common, me)).toBeNull();
    expect(checkPassword("0912345678", common, {})).toBeNull();
  });

  test("over 128 characters is refused", () => {
    expect(checkPassword("a".repeat(129), common)).toBe("too-long");
  });
});
