import { describe, expect, test } from "vitest";
import { makeCalendar } from "~/modules/deadlines/calendar";
import { announceBy, announcedInTime, conferenceYear, reportDueAt } from "./conference";
import { answeredOnTime, isRecommendationOverdue, planNoticeGiven, recommendationDueAt } from "./recommendations";

const cal = makeCalendar([
  { date: "2026-09-01", type: "HOLIDAY" },
  { date: "2026-09-02", type: "HOLIDAY" },
]);
const fifteenDays = { code: "ANSWER_INSPECTION", days: 15, dayType: "CALENDAR" };
const fiveWorkingDays = { code: "PLAN_NOTICE", days: 5, dayType: "WORKING" };

describe("the commune's answer to a board's recommendation", () => {
  // Sent Friday 2026-08-14: 15 calendar days → Sat 29/8, a rest day → Mon 31/8.
  const sentAt = new Date("2026-08-14T09:00:00+07:00");
  const dueAt = recommendationDueAt(fifteenDays, cal, sentAt);
  test("due by the end of the period's last working day", () => {
    expect(dueAt.toISOString()).toBe(new Date("2026-08-31T23:59:59.999+07:00").toISOString());
  });
  test.each([
    [new Date("2026-08-31T23:59:59.999+07:00"), true],
    [new Date("2026-09-01T00:00:00+07:00"), false],
  ])("answered at %s: on time %s", (at, onTime) => {
    expect(answeredOnTime(at, dueAt)).toBe(onTime);
  });
  test.each([
    ["SENT", new Date("2026-08-31T20:00:00+07:00"), false],
    ["SENT", new Date("2026-09-01T00:00:01+07:00"), true],
    ["ANSWERED", new Date("2026-12-01T00:00:00+07:00"), false], // answered late is late, not overdue
  ])("%s at %s: overdue %s", (status, now, overdue) => {
    expect(isRecommendationOverdue({ status, dueAt }, now)).toBe(overdue);
  });
});

describe("a board's plan goes to the commune five working days before the activity", () => {
  // Sent Thu 2026-08-27: working days Fri 28, Mon 31, (1–2/9 holidays), Thu 3, Fri 4, Mon 7 → the 5th is Mon 7/9.
  const sentAt = new Date("2026-08-27T15:00:00+07:00");
  test.each([
    ["2026-09-07T08:00:00+07:00", false],
    ["2026-09-08T00:00:00+07:00", true],
  ])("activity from %s: notice given %s", (from, given) => {
    expect(planNoticeGiven(fiveWorkingDays, cal, sentAt, new Date(from))).toBe(given);
  });
});

describe("the annual conference", () => {
  const startsAt = new Date("2026-12-20T08:00:00+07:00");
  test("announced at least seven days before", () => {
    expect(announceBy({ code: "CONFERENCE_NOTICE", days: 7, dayType: "CALENDAR" }, startsAt).toISOString()).toBe(new Date("2026-12-13T23:59:59.999+07:00").toISOString());
    expect(announcedInTime({ code: "CONFERENCE_NOTICE", days: 7, dayType: "CALENDAR" }, new Date("2026-12-13T10:00:00+07:00"), startsAt)).toBe(true);
    expect(announcedInTime({ code: "CONFERENCE_NOTICE", days: 7, dayType: "CALENDAR" }, new Date("2026-12-14T10:00:00+07:00"), startsAt)).toBe(false);
  });
  test("its report published within ten days (a period ending on a Wednesday)", () => {
    expect(reportDueAt({ code: "CONFERENCE_REPORT", days: 10, dayType: "CALENDAR" }, cal, startsAt).toISOString()).toBe(new Date("2026-12-30T23:59:59.999+07:00").toISOString());
  });
  test("it counts for the local year it is held in", () => {
    expect(conferenceYear(new Date("2026-12-31T18:00:00Z"))).toBe(2027); // 01:00 on 1/1/2027 in Vietnam
  });
});
