import { describe, expect, test } from "vitest";
import { afterCursorDesc, decodeCursor, encodeCursor } from "./keyset";

describe("keyset cursors", () => {
  test("round-trip", () => {
    const at = new Date("2026-11-27T03:00:00.000Z");
    const cursor = encodeCursor({ id: "cmabc1234567890", at });
    expect(decodeCursor(cursor)).toEqual({ at: at.toISOString(), id: "cmabc1234567890" });
  });

  test("garbage and tampered cursors are ignored, not errors", () => {
    expect(decodeCursor("not-base64!")).toBeNull();
    expect(decodeCursor(Buffer.from("yesterday|x").toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from("2026-01-01T00:00:00Z|a'; drop").toString("base64url"))).toBeNull();
    expect(decodeCursor("x".repeat(500))).toBeNull();
  });

  test("years past four digits (which JavaScript parses and databases refuse) are not cursors", () => {
    const forged = (at: string) => Buffer.from(`${at}|ckabcdefghij0123456789`).toString("base64url");
    expect(decodeCursor(forged("+275760-09-13T00:00:00.000Z"))).toBeNull();
    expect(decodeCursor(forged("-271821-04-20T00:00:00.000Z"))).toBeNull();
    expect(decodeCursor(forged("+010000-01-01T00:00:00.000Z"))).toBeNull();
    expect(decodeCursor(forged("2026-02-30T00:00:00.000Z"))).toBeNull();
    expect(decodeCursor(forged("2026"))).toBeNull();
    expect(decodeCursor(forged("2026-11-27T03:00:00.000Z"))).toEqual({ at: "2026-11-27T03:00:00.000Z", id: "ckabcdefghij0123456789" });
  });

  test("after a cursor: strictly older, ties broken by id", () => {
    const where = afterCursorDesc("submittedAt", { at: "2026-11-27T03:00:00.000Z", id: "m" });
    expect(where).toEqual({
      OR: [
        { submittedAt: { lt: new Date("2026-11-27T03:00:00.000Z") } },
        { submittedAt: new Date("2026-11-27T03:00:00.000Z"), id: { lt: "m" } },
      ],
    });
  });
});
