import { describe, expect, test } from "vitest";
import { holidays } from "../../../prisma/seed-data/son-la";
import { ruleRow } from "~/test/rules";
import { endOfLocalDay, makeCalendar } from "./calendar";
import {
  acceptDueAt,
  currentDueAt,
  extendDueAt,
  extensionsAllowed,
  isOverdue,
  limitDays,
  pausedDaysBetween,
  pickRule,
  resolveDueAt,
  resolvedOnTime,
  ruleDayType,
  ruleOfClock,
  type DeadlineRuleData,
} from "./rules";

/**
 * The engine on rules made up for the test (the seeded law has its own
 * tables, one per row, in legal-rules.test.ts).
 */
const cal = makeCalendar(holidays);
const at = (iso: string) => new Date(iso);

type Row = DeadlineRuleData & { id: string };
const rule = ruleRow;

const rules: Row[] = [
  rule({ kind: "COMPLAINT", instance: 1, stage: "RESOLVE", days: 30, dayType: "CALENDAR", complexDays: 45, remoteDays: 45, remoteComplexDays: 60, legalBasis: "Luật Khiếu nại 2011, Điều 28" }),
  rule({ kind: "COMPLAINT", instance: 2, stage: "RESOLVE", days: 45, dayType: "CALENDAR", complexDays: 60, remoteDays: 60, remoteComplexDays: 70, legalBasis: "Luật Khiếu nại 2011, Điều 37" }),
  rule({ kind: "COMPLAINT", instance: 1, stage: "APPEAL", days: 30, dayType: "CALENDAR", remoteDays: 45 }),
  rule({ kind: "DENUNCIATION", stage: "ACCEPT", days: 7, dayType: "WORKING", complexDays: 10 }),
  rule({ kind: "FEEDBACK", stage: "ACCEPT", days: 5, dayType: "WORKING" }),
  rule({ kind: "FEEDBACK", stage: "RESOLVE", days: 15, dayType: "WORKING", maxExtensions: 1, extensionDays: 15, pauseOnNeedsInfo: true }),
  rule({ kind: "PETITION", stage: "RESOLVE", days: 15, dayType: "WORKING", maxExtensions: 1, extensionDays: 15, pauseOnNeedsInfo: true }),
];
const find = (kind: string, stage: string, instance = 0) => {
  const r = rules.find((x) => x.kind === kind && x.stage === stage && x.instance === instance);
  if (!r) throw new Error(`no rule ${kind} ${stage} ${instance}`);
  return r;
};
const complaintResolve = find("COMPLAINT", "RESOLVE", 1);
const feedbackResolve = find("FEEDBACK", "RESOLVE");

describe("pickRule", () => {
  const exact = rule({ kind: "FEEDBACK", instance: 1, stage: "RESOLVE", days: 10, dayType: "WORKING" });
  // An amendment in force from 1 July 2026 (local midnight), replacing the default.
  const amendedFrom = at("2026-07-01T00:00:00+07:00");
  const old = { ...find("PETITION", "RESOLVE"), validTo: amendedFrom };
  const amended = rule({ kind: "PETITION", stage: "RESOLVE", days: 10, dayType: "WORKING", validFrom: amendedFrom });
  const withVariants = [...rules, exact, old, amended].filter((r) => r !== find("PETITION", "RESOLVE"));

  test.each([
    ["complaint 2nd instance gets its own rule", rules, "COMPLAINT", 2, "RESOLVE", "2026-03-02T03:00:00Z", find("COMPLAINT", "RESOLVE", 2).id, 45],
    ["complaint 1st instance", rules, "COMPLAINT", 1, "RESOLVE", "2026-03-02T03:00:00Z", complaintResolve.id, 30],
    ["instance 0 (any) matches instance 1", rules, "FEEDBACK", 1, "RESOLVE", "2026-03-02T03:00:00Z", feedbackResolve.id, 15],
    ["exact instance preferred over any", withVariants, "FEEDBACK", 1, "RESOLVE", "2026-03-02T03:00:00Z", exact.id, 10],
    ["other instance falls back to any", withVariants, "FEEDBACK", 2, "RESOLVE", "2026-03-02T03:00:00Z", feedbackResolve.id, 15],
    ["old text until the last instant", withVariants, "PETITION", 1, "RESOLVE", "2026-06-30T16:59:59.999Z", old.id, 15],
    ["amended text from validFrom (inclusive)", withVariants, "PETITION", 1, "RESOLVE", "2026-06-30T17:00:00Z", amended.id, 10],
  ])("%s", (_label, list, kind, instance, stage, when, expectedId, expectedDays) => {
    const picked = pickRule(list, { kind, instance, stage, at: at(when) });
    expect(picked?.id).toBe(expectedId);
    expect(picked?.days).toBe(expectedDays);
  });

  test.each([
    ["unknown kind", "GRIEVANCE", 1, "RESOLVE"],
    ["no such stage", "FEEDBACK", 1, "APPEAL"],
    ["appeal rule is for the 1st instance only", "COMPLAINT", 2, "APPEAL"],
  ])("%s → null", (_label, kind, instance, stage) => {
    expect(pickRule(rules, { kind, instance, stage, at: at("2026-03-02T03:00:00Z") })).toBeNull();
  });

  test("a rule that expired before `at` or starts after it is not used", () => {
    const expired = rule({ kind: "X", stage: "RESOLVE", days: 1, dayType: "WORKING", validTo: at("2026-01-01T00:00:00+07:00") });
    const future = rule({ kind: "X", stage: "RESOLVE", days: 2, dayType: "WORKING", validFrom: at("2027-01-01T00:00:00+07:00") });
    expect(pickRule([expired, future], { kind: "X", instance: 1, stage: "RESOLVE", at: at("2026-06-01T00:00:00Z") })).toBeNull();
  });

  test("with overlapping validity the newest text wins", () => {
    const a = rule({ kind: "X", stage: "RESOLVE", days: 1, dayType: "WORKING" });
    const b = rule({ kind: "X", stage: "RESOLVE", days: 2, dayType: "WORKING", validFrom: at("2026-01-01T00:00:00Z") });
    expect(pickRule([a, b], { kind: "X", instance: 1, stage: "RESOLVE", at: at("2026-06-01T00:00:00Z") })?.days).toBe(2);
    expect(pickRule([b, a], { kind: "X", instance: 1, stage: "RESOLVE", at: at("2026-06-01T00:00:00Z") })?.days).toBe(2);
  });
});

describe("limitDays", () => {
  const full = { days: 30, complexDays: 45, remoteDays: 45, remoteComplexDays: 60 };
  test.each([
    ["plain", full, false, false, 30],
    ["complex", full, true, false, 45],
    ["remote", full, false, true, 45],
    ["remote + complex", full, true, true, 60],
    ["remote + complex, no remoteComplexDays → complexDays", { days: 10, complexDays: 20, remoteDays: 15, remoteComplexDays: null }, true, true, 20],
    ["remote + complex, only remoteDays", { days: 10, complexDays: null, remoteDays: 15, remoteComplexDays: null }, true, true, 15],
    ["remote + complex, nothing else → days", { days: 10, complexDays: null, remoteDays: null, remoteComplexDays: null }, true, true, 10],
    ["remote, no remoteDays → days", { days: 10, complexDays: 20, remoteDays: null, remoteComplexDays: null }, false, true, 10],
    ["complex, no complexDays → days", { days: 10, complexDays: null, remoteDays: 15, remoteComplexDays: null }, true, false, 10],
  ])("%s → %i", (_label, r, complex, remote, expected) => {
    expect(limitDays(r, { complex, remote })).toBe(expected);
  });
});

describe("acceptDueAt and resolveDueAt count from the clock's start, by the rule in force then", () => {
  test.each([
    ["denunciation: 7 working days across Tết", "DENUNCIATION", "2026-02-11T02:00:00Z", false, "2026-02-27"],
    ["denunciation verified at several places: 10 working days", "DENUNCIATION", "2026-02-11T02:00:00Z", true, "2026-03-04"],
    ["received 2026-02-12T18:00Z is 13 Feb local", "FEEDBACK", "2026-02-12T18:00:00Z", false, "2026-02-27"],
    ["received 12 Feb local", "FEEDBACK", "2026-02-12T09:00:00Z", false, "2026-02-26"],
  ])("%s", (_label, kind, receivedAt, complex, expectedDate) => {
    const result = acceptDueAt(rules, cal, { kind, instance: 1, receivedAt: at(receivedAt), complex });
    expect(result?.dueAt.toISOString()).toBe(endOfLocalDay(expectedDate).toISOString());
    expect(result?.rule.stage).toBe("ACCEPT");
  });

  test("no rule → null", () => {
    expect(acceptDueAt(rules, cal, { kind: "GRIEVANCE", instance: 1, receivedAt: at("2026-03-02T03:00:00Z") })).toBeNull();
    expect(resolveDueAt(rules, cal, { kind: "GRIEVANCE", instance: 1, acceptedAt: at("2026-03-02T03:00:00Z"), complex: false, remote: false })).toBeNull();
  });

  test("complaint: 30 calendar days ending on Sunday 5 Apr → Monday 6 Apr", () => {
    const result = resolveDueAt(rules, cal, { kind: "COMPLAINT", instance: 1, acceptedAt: at("2026-03-06T03:00:00Z"), complex: false, remote: false });
    expect(result?.dueAt.toISOString()).toBe(endOfLocalDay("2026-04-06").toISOString());
    expect(result?.rule.legalBasis).toContain("Điều 28");
  });
});

describe("ruleOfClock: a running case keeps the row it started with", () => {
  const old = rule({ kind: "PETITION", stage: "ACCEPT", days: 5, dayType: "WORKING", validTo: at("2026-06-30T17:00:00Z") });
  const newer = rule({ kind: "PETITION", stage: "ACCEPT", days: 3, dayType: "WORKING", validFrom: at("2026-06-30T17:00:00Z") });
  const list = [old, newer];
  test("the stored row wins, even once another is in force", () => {
    expect(ruleOfClock(list, { ruleId: old.id, kind: "PETITION", instance: 1, stage: "ACCEPT", startedAt: at("2026-08-01T00:00:00Z") })).toBe(old);
  });
  test("without a stored row (a case from before they were stored), the row in force when its clock started", () => {
    expect(ruleOfClock(list, { ruleId: null, kind: "PETITION", instance: 1, stage: "ACCEPT", startedAt: at("2026-06-01T00:00:00Z") })).toBe(old);
    expect(ruleOfClock(list, { ruleId: "gone", kind: "PETITION", instance: 1, stage: "ACCEPT", startedAt: at("2026-07-02T00:00:00Z") })).toBe(newer);
  });
});

describe("extensions by complexity", () => {
  const denunciation = rule({ kind: "DENUNCIATION", stage: "RESOLVE", days: 30, dayType: "CALENDAR", maxExtensions: 0, complexMaxExtensions: 1, especiallyComplexMaxExtensions: 2, extensionDays: 30 });
  test.each([
    ["plain case", denunciation, "NORMAL", 0],
    ["complex", denunciation, "COMPLEX", 1],
    ["especially complex", denunciation, "ESPECIALLY_COMPLEX", 2],
    ["feedback: one for any case (levels fall back)", feedbackResolve, "ESPECIALLY_COMPLEX", 1],
  ] as const)("%s → %i", (_label, r, complexity, expected) => {
    expect(extensionsAllowed(r, complexity)).toBe(expected);
  });

  // Feedback accepted 22 Apr 2026: due 18 May; one re-appointment of 15 working days → 8 Jun.
  const clock = { start: at("2026-04-22T03:00:00Z"), complex: false, remote: false };
  test.each([
    ["feedback, one re-appointment", feedbackResolve, 0, { ok: true, dueAt: endOfLocalDay("2026-06-08") }],
    ["feedback, a 2nd refused", feedbackResolve, 1, { ok: false, reason: "max-extensions-reached" }],
    ["complaint: no extension", complaintResolve, 0, { ok: false, reason: "no-extension-allowed" }],
  ])("%s", (_label, r, extensionCount, expected) => {
    expect(extendDueAt(r, cal, { clock, extensionCount, complexity: "NORMAL" })).toEqual(expected);
  });
});

describe("pausedDaysBetween", () => {
  test.each([
    ["feedback paused Mon → Thu: 3 working days", feedbackResolve, "info", "2026-05-04T03:00:00Z", "2026-05-07T08:00:00Z", 3],
    ["feedback paused Fri 24 Apr → Mon 4 May: holidays are not paused days (3)", feedbackResolve, "info", "2026-04-24T03:00:00Z", "2026-05-04T03:00:00Z", 3],
    ["paused and resumed the same day: 0", feedbackResolve, "info", "2026-05-04T01:00:00Z", "2026-05-04T09:00:00Z", 0],
    ["resume before pause (clock skew): 0", feedbackResolve, "info", "2026-05-07T03:00:00Z", "2026-05-04T03:00:00Z", 0],
    ["complaint: information requests do not stop the clock", complaintResolve, "info", "2026-03-10T03:00:00Z", "2026-03-20T03:00:00Z", 0],
    ["complaint: a suspension stops it, in calendar days", complaintResolve, "suspension", "2026-03-10T03:00:00Z", "2026-03-20T03:00:00Z", 10],
    ["a rule that does not stop for suspensions", { ...complaintResolve, pauseOnSuspension: false }, "suspension", "2026-03-10T03:00:00Z", "2026-03-20T03:00:00Z", 0],
  ] as const)("%s", (_label, r, reason, pausedAt, resumedAt, expected) => {
    expect(pausedDaysBetween(r, cal, { pausedAt: at(pausedAt), resumedAt: at(resumedAt), reason })).toBe(expected);
  });
});

describe("isOverdue: derived, open statuses only", () => {
  const due = endOfLocalDay("2026-05-18");
  const after = new Date(due.getTime() + 1);
  test.each([
    ["SUBMITTED", after, true],
    ["ACCEPTED", after, true],
    ["NEEDS_INFO", after, true],
    ["IN_PROGRESS", after, true],
    ["SUSPENDED", after, false],
    ["RESOLVED", after, false],
    ["CLOSED", after, false],
    ["APPEALED", after, false],
    ["DECLINED", after, false],
    ["WITHDRAWN", after, false],
    ["IN_PROGRESS", due, false],
    ["IN_PROGRESS", at("2026-05-10T03:00:00Z"), false],
  ])("%s at %s → %s", (status, now, expected) => {
    expect(isOverdue(now, due, status)).toBe(expected);
  });

  test("no due date → not overdue", () => {
    expect(isOverdue(at("2030-01-01T00:00:00Z"), null, "IN_PROGRESS")).toBe(false);
  });

  test.each([
    ["SUBMITTED", "accept"],
    ["ACCEPTED", "resolve"],
    ["IN_PROGRESS", "resolve"],
    ["SUSPENDED", "none"],
  ])("currentDueAt while %s is the %s due date", (status, which) => {
    const c = { status, acceptDueAt: endOfLocalDay("2026-03-09"), dueAt: endOfLocalDay("2026-04-06") };
    expect(currentDueAt(c)).toBe(which === "accept" ? c.acceptDueAt : which === "none" ? null : c.dueAt);
  });
});

describe("resolvedOnTime at the boundary", () => {
  const due = endOfLocalDay("2026-05-18");
  test.each([
    ["exactly at the due instant (23:59:59.999 local)", due, true],
    ["one millisecond later", new Date(due.getTime() + 1), false],
    ["next local midnight", at("2026-05-18T17:00:00Z"), false],
    ["late evening local of the due day", at("2026-05-18T16:30:00Z"), true],
    ["days early", at("2026-05-11T03:00:00Z"), true],
  ])("%s → %s", (_label, resolvedAt, expected) => {
    expect(resolvedOnTime(resolvedAt, due)).toBe(expected);
  });
});

test("a rule with an unknown day type is refused", () => {
  expect(() => ruleDayType({ dayType: "HOURS" })).toThrow(RangeError);
  expect(() => extendDueAt({ ...feedbackResolve, dayType: "HOURS" }, cal, { clock: { start: new Date(), complex: false, remote: false }, extensionCount: 0, complexity: "NORMAL" })).toThrow(RangeError);
});
