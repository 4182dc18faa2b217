import { describe, expect, test } from "vitest";
import { parseMinutesForm } from "./minutes-form";
import { sessionSchema } from "./schemas";
import { localMonth, monthRange, parseLocalDateTime, toLocalInput } from "./time";

describe("session times are Vietnamese wall-clock times", () => {
  test("a datetime-local value is read as UTC+7 and shown back the same", () => {
    expect(parseLocalDateTime("2026-12-01T08:00")?.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(parseLocalDateTime("2026-12-01T03:30")?.toISOString()).toBe("2026-11-30T20:30:00.000Z");
    expect(toLocalInput(new Date("2026-11-30T20:30:00Z"))).toBe("2026-12-01T03:30");
    expect(parseLocalDateTime("2026-02-31T08:00")).toBeNull();
    expect(parseLocalDateTime("01/12/2026 08:00")).toBeNull();
    expect(parseLocalDateTime("2026-12-01T24:00")).toBeNull();
  });

  test("months run from local midnight of the 1st", () => {
    expect(monthRange("2026-12")).toEqual({ from: new Date("2026-11-30T17:00:00Z"), to: new Date("2026-12-31T17:00:00Z") });
    expect(localMonth(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12");
    expect(monthRange("2026-13")).toBeNull();
  });
});

describe("the session form", () => {
  const base = { kind: "RECEPTION_DAY", title: "Tiếp công dân tháng 12", chairId: "c1", startsAt: "2026-12-01T08:00", endsAt: "2026-12-01T11:00", place: "Trụ sở UBND", capacity: "10" };
  const errorsOf = (value: Record<string, string>) => {
    const r = sessionSchema.safeParse(value);
    return r.success ? {} : r.error.flatten().fieldErrors;
  };

  test("a well-formed reception day passes", () => {
    expect(sessionSchema.safeParse(base).success).toBe(true);
  });

  test("an end before (or at) the start is refused on the end field", () => {
    expect(errorsOf({ ...base, endsAt: "2026-12-01T07:00" }).endsAt).toEqual(["dialogue.errors.endBeforeStart"]);
    expect(errorsOf({ ...base, endsAt: base.startsAt }).endsAt).toEqual(["dialogue.errors.endBeforeStart"]);
  });

  test("a place or a link is required; a reception day needs slots", () => {
    const { place: _p, ...noPlace } = base;
    expect(errorsOf(noPlace).place).toEqual(["dialogue.errors.placeOrLink"]);
    expect(errorsOf({ ...noPlace, link: "https://meet.example.vn/tohieu" }).place).toBeUndefined();
    expect(errorsOf({ ...base, capacity: "0" }).capacity).toEqual(["dialogue.errors.receptionCapacity"]);
    expect(errorsOf({ ...base, kind: "THEMATIC", capacity: "0" }).capacity).toBeUndefined();
  });
});

describe("the minutes form", () => {
  const form = (entries: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(entries)) fd.set(k, v);
    return fd;
  };

  test("a commitment is who, what and by when — all three or none", () => {
    const bad = parseMinutesForm(form({ version: "2", "conclusion-a": "Đồng ý sửa cống", "c-a-0-responsible": "Tổ dân phố 3" }), ["a"]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors["c-a-0-what"]).toEqual(["errors.required"]);
      expect(bad.errors["c-a-0-dueAt"]).toEqual(["errors.required"]);
      expect(bad.values.items[0]!.commitments[0]!.responsible).toBe("Tổ dân phố 3");
    }
    const good = parseMinutesForm(form({ version: "2", "conclusion-a": "Đồng ý sửa cống", "c-a-0-responsible": "Tổ dân phố 3", "c-a-0-what": "Nạo vét cống", "c-a-0-dueAt": "2026-12-15" }), ["a"]);
    expect(good.ok).toBe(true);
    if (good.ok) {
      expect(good.value.items[0]!.commitments).toEqual([{ responsible: "Tổ dân phố 3", what: "Nạo vét cống", dueAt: new Date("2026-12-15T16:59:59.999Z") }]);
    }
  });

  test("no version, or an over-long text, is refused with the message on its field", () => {
    const r = parseMinutesForm(form({ summary: "x".repeat(5001), "c-a-0-responsible": "A".repeat(201), "c-a-0-what": "B", "c-a-0-dueAt": "2026-12-15" }), ["a"]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[""]).toEqual(["dialogue.errors.conflict"]);
      expect(r.errors.summary).toEqual(["errors.tooLong?max=5000"]);
      expect(r.errors["c-a-0-responsible"]).toEqual(["errors.tooLong?max=200"]);
      expect(r.errors["c-a-0-what"]).toBeUndefined();
    }
  });

  test("an impossible due date is refused", () => {
    const r = parseMinutesForm(form({ version: "0", "c-a-0-responsible": "A", "c-a-0-what": "B", "c-a-0-dueAt": "2026-02-30" }), ["a"]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors["c-a-0-dueAt"]).toEqual(["errors.invalidDate"]);
  });
});
