import { describe, expect, test } from "vitest";
import { loginSchema, normalisePhone, parseIdentifier, registerSchema, unitCodeSchema } from "./schemas";

describe("phone numbers", () => {
  test.each([
    ["0912345678", "+84912345678"],
    ["0912 345 678", "+84912345678"],
    ["+84 912-345-678", "+84912345678"],
    ["84912345678", "+84912345678"],
    ["02123852000", "+842123852000"], // Sơn La landline, 11 digits
  ])("%s → %s", (raw, normalised) => expect(normalisePhone(raw)).toBe(normalised));

  test.each(["12345", "091234567a", "+1 415 555 0100", ""])("%s is refused", (raw) => {
    expect(normalisePhone(raw)).toBeNull();
  });
});

describe("registration", () => {
  const valid = { fullName: "Lò Văn Hùng", email: "hung@example.vn", password: "suoi trong xanh", confirmPassword: "suoi trong xanh" };

  test("a valid registration passes, email lower-cased", () => {
    const result = registerSchema.safeParse({ ...valid, email: "Hung@Example.VN" });
    expect(result.success && result.data.email).toBe("hung@example.vn");
  });

  test("email or phone is required, and the message sits on the email field", () => {
    const result = registerSchema.safeParse({ ...valid, email: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.flatten().fieldErrors.email).toEqual(["errors.contactRequired"]);
  });

  test("a phone alone is enough", () => {
    expect(registerSchema.safeParse({ ...valid, email: undefined, phone: "0912345678" }).success).toBe(true);
  });

  test("mismatched passwords are refused on the confirmation field", () => {
    const errors = registerSchema.safeParse({ ...valid, confirmPassword: "something else" }).error?.flatten().fieldErrors;
    expect(errors?.confirmPassword).toEqual(["errors.passwordMismatch"]);
  });

  test("short password, malformed phone and an over-long name are refused on their fields", () => {
    const result = registerSchema.safeParse({
      fullName: "x".repeat(121),
      phone: "12ab",
      password: "short",
      confirmPassword: "other",
    });
    const errors = result.error?.flatten().fieldErrors;
    expect(errors?.fullName).toEqual(["errors.tooLong?max=120"]);
    expect(errors?.phone).toEqual(["errors.invalidPhone"]);
    expect(errors?.password).toEqual(["errors.passwordTooShort"]);
  });
});

describe("sign-in identifier", () => {
  test("email or phone in any usual form", () => {
    expect(parseIdentifier(" Hung@Example.vn ")).toEqual({ email: "hung@example.vn" });
    expect(parseIdentifier("0912 345 678")).toEqual({ phone: "+84912345678" });
    expect(parseIdentifier("hung")).toBeNull();
  });

  test("empty fields are required", () => {
    const errors = loginSchema.safeParse({ identifier: "  ", password: "" }).error?.flatten().fieldErrors;
    expect(errors?.identifier).toEqual(["errors.required"]);
    expect(errors?.password).toEqual(["errors.required"]);
  });
});

describe("unit codes", () => {
  test("upper-cased, ASCII only", () => {
    expect(unitCodeSchema.parse("tohieu")).toBe("TOHIEU");
    expect(unitCodeSchema.safeParse("TÔHIỆU").success).toBe(false);
    expect(unitCodeSchema.safeParse("A").success).toBe(false);
  });
});
