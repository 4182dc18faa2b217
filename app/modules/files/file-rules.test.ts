import { describe, expect, test } from "vitest";
import { isAllowedMime, maxFileBytes, safeFileName } from "./file-rules";

describe("attachment rules", () => {
  test("10 MB is 10 × 1024 × 1024 bytes", () => {
    expect(maxFileBytes).toBe(10_485_760);
  });

  test("only PDF, JPEG, PNG and DOCX", () => {
    expect(isAllowedMime("application/pdf")).toBe(true);
    expect(isAllowedMime("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe(true);
    expect(isAllowedMime("application/x-msdownload")).toBe(false);
    expect(isAllowedMime("application/zip")).toBe(false);
    expect(isAllowedMime(undefined)).toBe(false);
  });

  test.each([
    ["../../etc/passwd", "passwd"],
    ["..\\..\\windows\\system32\\evil.pdf", "evil.pdf"],
    ["ảnh hiện trường.jpg", "ảnh hiện trường.jpg"],
    ["...hidden.pdf", "hidden.pdf"],
    ["a\u0000b\nc.pdf", "abc.pdf"],
    ["", "file.bin"],
    ["../", "file.bin"],
    ['<script>alert(1)</script>.png', "script.png"], // "/" is a path separator: only the last part remains
  ])("%j → %j", (raw, safe) => expect(safeFileName(raw)).toBe(safe));

  test("long names keep their end (the extension)", () => {
    const name = safeFileName(`${"x".repeat(300)}.pdf`);
    expect(name).toHaveLength(120);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});
