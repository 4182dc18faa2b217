import { describe, expect, test } from "vitest";
import { formatCaseCode, parseCaseCode } from "./codes";

describe("tracking codes", () => {
  test("unit, year and a six-digit sequence", () => {
    expect(formatCaseCode("SLA", 2026, 123)).toBe("SLA-2026-000123");
    expect(formatCaseCode("TOHIEU", 2027, 1)).toBe("TOHIEU-2027-000001");
  });

  test("a unit code with a hyphen still parses", () => {
    expect(parseCaseCode("tp-sonla-2026-000042")).toEqual({ code: "TP-SONLA-2026-000042", unitCode: "TP-SONLA", year: 2026, sequence: 42 });
  });

  test("beyond a million cases a year the sequence just grows", () => {
    expect(formatCaseCode("SLA", 2026, 1_234_567)).toBe("SLA-2026-1234567");
    expect(parseCaseCode("SLA-2026-1234567")?.sequence).toBe(1_234_567);
  });

  test.each(["", "SLA", "SLA-26-000001", "SLA-2026-12", "<script>-2026-000001", "SLA-2026-000001; drop", "x".repeat(40)])(
    "malformed %j is refused",
    (raw) => expect(parseCaseCode(raw)).toBeNull(),
  );

  test("round trip", () => {
    const code = formatCaseCode("CHIENGAN", 2026, 77);
    expect(parseCaseCode(` ${code.toLowerCase()} `)?.code).toBe(code);
  });
});
