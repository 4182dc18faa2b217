import { describe, expect, test } from "vitest";
import { makeCalendar } from "../deadlines/calendar";
import { defaultReplyBy, fallbackInfoReplyDays, infoReplyDays, openInfoRequest } from "./info-request";

const cal = makeCalendar([]);

describe("the reply-by date of a request for information (the app's policy, not law)", () => {
  test.each([
    ["the seeded value", "10", 10],
    ["another value an administrator set", "5", 5],
    ["missing row", undefined, fallbackInfoReplyDays],
    ["not a number", "mười", fallbackInfoReplyDays],
    ["zero", "0", fallbackInfoReplyDays],
    ["too many", "365", fallbackInfoReplyDays],
  ] as const)("%s", (_name, value, expected) => {
    expect(infoReplyDays(value)).toBe(expected);
  });

  test.each([
    // Friday 27/11/2026, 10:00 in Vietnam: five working days skip the weekend.
    ["Friday + 5 working days", "2026-11-27T03:00:00Z", 5, "2026-12-04"],
    ["Friday + 10 working days", "2026-11-27T03:00:00Z", 10, "2026-12-11"],
    // 23:30 on Friday in Vietnam is still Friday (16:30 UTC).
    ["late on Friday, local time", "2026-11-27T16:30:00Z", 1, "2026-11-30"],
  ] as const)("%s", (_name, now, days, expected) => {
    expect(defaultReplyBy(new Date(now), days, cal)).toBe(expected);
  });
});

describe("the open request shown on the case pages", () => {
  const event = { note: "Gửi ảnh chụp cống", data: JSON.stringify({ replyBy: "2026-12-11" }), createdAt: new Date("2026-11-27T03:00:00Z") };
  test.each([
    ["waiting for the citizen", "NEEDS_INFO", event, { question: "Gửi ảnh chụp cống", replyBy: "2026-12-11" }],
    ["an older request without a date", "NEEDS_INFO", { ...event, data: null }, { question: "Gửi ảnh chụp cống", replyBy: null }],
    ["a malformed date is not shown", "NEEDS_INFO", { ...event, data: '{"replyBy":"11/12/2026"}' }, { replyBy: null }],
    ["an impossible date is not shown", "NEEDS_INFO", { ...event, data: '{"replyBy":"2026-02-30"}' }, { replyBy: null }],
    ["a date no calendar has is not shown", "NEEDS_INFO", { ...event, data: '{"replyBy":"9999-99-99"}' }, { replyBy: null }],
    ["answered already", "ACCEPTED", event, null],
    ["no request", "NEEDS_INFO", null, null],
  ] as const)("%s", (_name, status, e, expected) => {
    const open = openInfoRequest(status, e);
    if (expected === null) expect(open).toBeNull();
    else expect(open).toMatchObject(expected);
  });
});
