import { describe, expect, test } from "vitest";
import { minutesDatedAt, sessionRecordRefusal } from "./held";

const startsAt = new Date("2026-12-01T01:00:00Z"); // 08:00 in Vietnam
const endsAt = new Date("2026-12-01T04:00:00Z");
const at = (iso: string) => new Date(iso);

describe("minutes may be written once the session has begun", () => {
  test.each([
    ["nine days before", "SCHEDULED", "2026-11-22T01:00:00Z", "not-yet-held"],
    ["a minute before the start", "SCHEDULED", "2026-12-01T00:59:00Z", "not-yet-held"],
    ["at the start", "SCHEDULED", "2026-12-01T01:00:00Z", null],
    ["during the session", "SCHEDULED", "2026-12-01T02:30:00Z", null],
    ["the day after", "SCHEDULED", "2026-12-02T03:00:00Z", null],
    ["held, edited later", "HELD", "2026-12-05T03:00:00Z", null],
    ["cancelled, before its time", "CANCELLED", "2026-11-30T03:00:00Z", "cancelled"],
    ["cancelled, after its time", "CANCELLED", "2026-12-05T03:00:00Z", "cancelled"],
  ] as const)("%s (%s)", (_name, status, now, expected) => {
    expect(sessionRecordRefusal({ status, startsAt }, at(now))).toBe(expected);
  });
});

describe("the print's completion time", () => {
  test.each([
    ["not held: no date", "SCHEDULED", null, null],
    ["not held, minutes saved early by an older version: no date", "SCHEDULED", "2026-11-25T03:00:00Z", null],
    ["held: the time the minutes were saved", "HELD", "2026-12-01T04:30:00Z", "2026-12-01T04:30:00.000Z"],
    ["held, minutes saved before the start: the session's end", "HELD", "2026-11-25T03:00:00Z", endsAt.toISOString()],
    ["held without a save time: the session's end", "HELD", null, endsAt.toISOString()],
    ["cancelled: no date", "CANCELLED", null, null],
  ] as const)("%s", (_name, status, saved, expected) => {
    expect(minutesDatedAt({ status, startsAt, endsAt, minutesSavedAt: saved ? at(saved) : null })?.toISOString() ?? null).toBe(expected);
  });
});
