import { describe, expect, test } from "vitest";
import { dayMs, daysPosted, isEarlyTakeDown, isPublic, minimumUntil, noticeState, postingStart } from "./posting";

const postedAt = new Date("2026-11-01T03:00:00Z");
const at = (days: number) => new Date(postedAt.getTime() + days * dayMs);
const n = (takenDownAfter: number | null, minDays = 30) => ({ postedAt, minDays, takenDownAt: takenDownAfter === null ? null : at(takenDownAfter) });

describe("posting period", () => {
  test("30 days run to the END of the 30th day after the posting day (Civil Code arts. 147–148), not to the same hour", () => {
    expect(dayMs).toBe(86_400_000);
    // Posted Sunday 1 November at 10:00: the 30th day is Tuesday 1 December, ending at 24:00 in Vietnam.
    expect(minimumUntil(n(null))!.toISOString()).toBe("2026-12-01T16:59:59.999Z");
    expect(minimumUntil(n(null, 45))!.toISOString()).toBe("2026-12-16T16:59:59.999Z");
  });

  test.each([
    // taken down after (days), minDays, early?
    [null, 30, false],
    [10, 30, true],
    [29.99, 30, true],
    [30, 30, true], // 10:00 on the 30th day: the day is not over
    [30.6, 30, false], // 00:24 on the 31st day
    [31, 30, false],
    [40, 45, true],
    [0, 30, false], // withdrawn at the very moment it went up: cancelled, not early
    [-1, 30, false], // withdrawn while scheduled
  ])("taken down after %s days of %s: early = %s", (after, minDays, early) => {
    expect(isEarlyTakeDown(n(after, minDays))).toBe(early);
  });

  test("a permanent notice, or one up until replaced, has no end: down early unless replaced", () => {
    for (const posting of ["PERMANENT", "UNTIL_REPLACED"]) {
      expect(minimumUntil({ postedAt, minDays: 30, posting })).toBeNull();
      expect(isEarlyTakeDown({ ...n(400), posting })).toBe(true);
      expect(isEarlyTakeDown({ ...n(400), posting, replaced: true })).toBe(false);
    }
  });

  test("a take-down set for later takes effect then", () => {
    expect(noticeState(n(20), at(10))).toBe("POSTED");
    expect(noticeState(n(20), at(20))).toBe("TAKEN_DOWN");
  });

  test.each([
    [n(null), at(-1), "SCHEDULED", false],
    [n(null), at(0), "POSTED", true],
    [n(null), at(100), "POSTED", true],
    [n(10), at(11), "TAKEN_DOWN", true],
    [n(-1), at(5), "CANCELLED", false],
  ] as const)("state and public visibility (%#)", (notice, now, state, visible) => {
    expect(noticeState(notice, now)).toBe(state);
    expect(isPublic(notice, now)).toBe(visible);
  });

  test("days posted count whole days, up to the take-down", () => {
    expect(daysPosted(n(null), at(0.5))).toBe(0);
    expect(daysPosted(n(null), at(12.9))).toBe(12);
    expect(daysPosted(n(10), at(50))).toBe(10);
  });
});

describe("postingStart", () => {
  const now = new Date("2026-11-26T18:30:00Z"); // 01:30 on 27 Nov in Vietnam
  test.each([
    [undefined, { ok: true, postedAt: now }],
    ["2026-11-27", { ok: true, postedAt: now }], // today in Vietnam, although still the 26th in UTC
    ["2026-11-28", { ok: true, postedAt: new Date("2026-11-27T17:00:00Z") }],
    ["2026-11-26", { ok: false, error: "past" }],
    ["2026-02-30", { ok: false, error: "invalid" }],
    ["27/11/2026", { ok: false, error: "invalid" }],
  ])("%s", (input, expected) => {
    expect(postingStart(input, now)).toEqual(expected);
  });
});

describe("who posts", () => {
  test("reception officers and leaders hold notice:post; handlers, mediators, admins and citizens do not", async () => {
    const { roles, roleHasPermission } = await import("../auth/roles");
    expect(roles.filter((r) => roleHasPermission(r, "notice:post"))).toEqual(["RECEPTION", "LEADER"]);
  });
});
