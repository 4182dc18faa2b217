import { describe, expect, test } from "vitest";
import { holidays } from "../../../prisma/seed-data/son-la";
import { endOfLocalDay, localDate, makeCalendar } from "./calendar";
import {
  acceptDueAt,
  currentDueAt,
  extendDueAt,
  isOverdue,
  limitDays,
  pickRule,
  resolveDueAt,
  resolvedOnTime,
  resumeAfterPause,
  ruleDayType,
  type DeadlineRuleData,
} from "./rules";

const cal = makeCalendar(holidays);
const at = (iso: string) => new Date(iso);

type Row = DeadlineRuleData & { id: string };
let seq = 0;
/** A rule as Prisma returns it (defaults filled, an id). */
function rule(r: Partial<DeadlineRuleData> & Pick<DeadlineRuleData, "kind" | "stage" | "days" | "dayType">): Row {
  return {
    id: `r${++seq}`,
    instance: 0,
    complexDays: null,
    remoteDays: null,
    remoteComplexDays: null,
    maxExtensions: 0,
    extensionDays: 0,
    pauseOnNeedsInfo: false,
    legalBasis: "",
    validFrom: null,
    validTo: null,
    ...r,
  };
}

// Copied from prisma/seed.ts `deadlineRules` (importing it would run the seeder).
const rules: Row[] = [
  rule({ kind: "COMPLAINT", instance: 1, stage: "ACCEPT", days: 10, dayType: "CALENDAR", legalBasis: "Luật Khiếu nại 2011, Điều 27" }),
  rule({ kind: "COMPLAINT", instance: 1, stage: "RESOLVE", days: 30, dayType: "CALENDAR", complexDays: 45, remoteDays: 45, remoteComplexDays: 60, legalBasis: "Luật Khiếu nại 2011, Điều 28" }),
  rule({ kind: "COMPLAINT", instance: 2, stage: "ACCEPT", days: 10, dayType: "CALENDAR", legalBasis: "Luật Khiếu nại 2011, Điều 36" }),
  rule({ kind: "COMPLAINT", instance: 2, stage: "RESOLVE", days: 45, dayType: "CALENDAR", complexDays: 60, remoteDays: 60, remoteComplexDays: 70, legalBasis: "Luật Khiếu nại 2011, Điều 37" }),
  rule({ kind: "COMPLAINT", instance: 1, stage: "APPEAL", days: 30, dayType: "CALENDAR", remoteDays: 45, legalBasis: "Luật Khiếu nại 2011, Điều 33" }),
  rule({ kind: "DENUNCIATION", instance: 0, stage: "ACCEPT", days: 7, dayType: "WORKING", complexDays: 10, legalBasis: "Luật Tố cáo 2018, Điều 24" }),
  rule({ kind: "DENUNCIATION", instance: 0, stage: "FORWARD", days: 5, dayType: "WORKING", legalBasis: "Luật Tố cáo 2018, Điều 24" }),
  rule({ kind: "DENUNCIATION", instance: 0, stage: "RESOLVE", days: 30, dayType: "CALENDAR", maxExtensions: 2, extensionDays: 30, legalBasis: "Luật Tố cáo 2018, Điều 30" }),
  rule({ kind: "FEEDBACK", instance: 0, stage: "ACCEPT", days: 5, dayType: "WORKING", legalBasis: "Quy chế" }),
  rule({ kind: "FEEDBACK", instance: 0, stage: "FORWARD", days: 5, dayType: "WORKING", legalBasis: "Quy chế" }),
  rule({ kind: "FEEDBACK", instance: 0, stage: "RESOLVE", days: 15, dayType: "WORKING", maxExtensions: 1, extensionDays: 15, pauseOnNeedsInfo: true, legalBasis: "Quy chế" }),
  rule({ kind: "PETITION", instance: 0, stage: "ACCEPT", days: 5, dayType: "WORKING", legalBasis: "Quy chế" }),
  rule({ kind: "PETITION", instance: 0, stage: "RESOLVE", days: 15, dayType: "WORKING", maxExtensions: 1, extensionDays: 15, pauseOnNeedsInfo: true, legalBasis: "Quy chế" }),
];
const find = (kind: string, stage: string, instance = 0) => {
  const r = rules.find((x) => x.kind === kind && x.stage === stage && x.instance === instance);
  if (!r) throw new Error(`no rule ${kind} ${stage} ${instance}`);
  return r;
};
const complaintResolve = find("COMPLAINT", "RESOLVE", 1);
const denunciationResolve = find("DENUNCIATION", "RESOLVE");
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

describe("acceptDueAt (from receipt)", () => {
  test.each([
    ["denunciation: 7 working days across Tết", "DENUNCIATION", 1, "2026-02-11T02:00:00Z", false, "2026-02-27"],
    ["denunciation verified at several places: 10 working days", "DENUNCIATION", 1, "2026-02-11T02:00:00Z", true, "2026-03-04"],
    ["feedback received 2026-02-12T18:00Z = 13 Feb local", "FEEDBACK", 1, "2026-02-12T18:00:00Z", false, "2026-02-27"],
    ["feedback received 12 Feb local", "FEEDBACK", 1, "2026-02-12T09:00:00Z", false, "2026-02-26"],
    ["complaint: 10 calendar days ending on Tết → 23 Feb", "COMPLAINT", 1, "2026-02-06T03:00:00Z", false, "2026-02-23"],
    ["2nd-instance complaint: 10 calendar days", "COMPLAINT", 2, "2026-03-02T03:00:00Z", false, "2026-03-12"],
  ])("%s", (_label, kind, instance, receivedAt, complex, expectedDate) => {
    const result = acceptDueAt(rules, cal, { kind, instance, receivedAt: at(receivedAt), complex });
    expect(result?.dueAt.toISOString()).toBe(endOfLocalDay(expectedDate).toISOString());
    expect(result?.rule.stage).toBe("ACCEPT");
  });

  test("no rule → null", () => {
    expect(acceptDueAt(rules, cal, { kind: "GRIEVANCE", instance: 1, receivedAt: at("2026-03-02T03:00:00Z") })).toBeNull();
  });
});

describe("resolveDueAt (from acceptance)", () => {
  test.each([
    ["feedback: 15 working days across 27/4 and 30/4–1/5", "FEEDBACK", 1, "2026-04-22T03:00:00Z", false, false, "2026-05-18"],
    ["petition: same rule shape", "PETITION", 1, "2026-04-22T03:00:00Z", false, false, "2026-05-18"],
    ["complaint: 30 calendar days ending on Sunday 5 Apr → Monday", "COMPLAINT", 1, "2026-03-06T03:00:00Z", false, false, "2026-04-06"],
    ["complaint: 30 calendar days ending on 30/4 → Monday 4 May", "COMPLAINT", 1, "2026-03-31T03:00:00Z", false, false, "2026-05-04"],
    ["complaint complex: 45", "COMPLAINT", 1, "2026-03-06T03:00:00Z", true, false, "2026-04-20"],
    ["complaint remote: 45", "COMPLAINT", 1, "2026-03-06T03:00:00Z", false, true, "2026-04-20"],
    ["complaint remote + complex: 60", "COMPLAINT", 1, "2026-03-06T03:00:00Z", true, true, "2026-05-05"],
    ["2nd-instance complaint: 45", "COMPLAINT", 2, "2026-03-06T03:00:00Z", false, false, "2026-04-20"],
    ["2nd-instance complaint complex: 60", "COMPLAINT", 2, "2026-03-06T03:00:00Z", true, false, "2026-05-05"],
    ["2nd-instance complaint remote + complex: 70", "COMPLAINT", 2, "2026-03-06T03:00:00Z", true, true, "2026-05-15"],
    ["denunciation: 30 calendar days", "DENUNCIATION", 1, "2026-03-02T03:00:00Z", false, false, "2026-04-01"],
  ])("%s", (_label, kind, instance, acceptedAt, complex, remote, expectedDate) => {
    const result = resolveDueAt(rules, cal, { kind, instance, acceptedAt: at(acceptedAt), complex, remote });
    expect(result?.dueAt.toISOString()).toBe(endOfLocalDay(expectedDate).toISOString());
    expect(result?.rule.stage).toBe("RESOLVE");
  });

  test("the remote complex complaint limit is 60 days, the 2nd-instance one 45", () => {
    const first = resolveDueAt(rules, cal, { kind: "COMPLAINT", instance: 1, acceptedAt: at("2026-03-06T03:00:00Z"), complex: true, remote: true });
    const second = resolveDueAt(rules, cal, { kind: "COMPLAINT", instance: 2, acceptedAt: at("2026-03-06T03:00:00Z"), complex: false, remote: false });
    expect(first && limitDays(first.rule, { complex: true, remote: true })).toBe(60);
    expect(second && limitDays(second.rule, { complex: false, remote: false })).toBe(45);
    expect(second?.rule.legalBasis).toContain("Điều 37");
  });
});

describe("extendDueAt", () => {
  // Denunciation accepted Mon 2 Mar 2026: due 1 Apr; +30 → 1 May (holiday) → Mon 4 May; +30 → 3 Jun.
  const d0 = endOfLocalDay("2026-04-01");
  const d1 = endOfLocalDay("2026-05-04");
  const d2 = endOfLocalDay("2026-06-03");
  // Feedback accepted 22 Apr 2026: due 18 May; one re-appointment of 15 working days → 8 Jun.
  const f0 = endOfLocalDay("2026-05-18");
  const f1 = endOfLocalDay("2026-06-08");

  test.each([
    ["denunciation, 1st extension", denunciationResolve, d0, 0, { ok: true, dueAt: d1 }],
    ["denunciation, 2nd extension", denunciationResolve, d1, 1, { ok: true, dueAt: d2 }],
    ["denunciation, 3rd refused", denunciationResolve, d2, 2, { ok: false, reason: "max-extensions-reached" }],
    ["feedback, one re-appointment", feedbackResolve, f0, 0, { ok: true, dueAt: f1 }],
    ["feedback, a 2nd refused", feedbackResolve, f1, 1, { ok: false, reason: "max-extensions-reached" }],
    ["complaint: no extension", complaintResolve, d0, 0, { ok: false, reason: "no-extension-allowed" }],
  ])("%s", (_label, r, currentDueAt, extensionCount, expected) => {
    expect(extendDueAt(r, cal, { currentDueAt, extensionCount })).toEqual(expected);
  });

  test("the chain matches resolveDueAt, and two extensions give 90 days at most", () => {
    const acceptedAt = at("2026-03-02T03:00:00Z");
    const due = resolveDueAt(rules, cal, { kind: "DENUNCIATION", instance: 1, acceptedAt, complex: true, remote: false });
    expect(due?.dueAt).toEqual(d0);
    // 2 Mar + 90 = 31 May (Sunday) → 1 Jun; the holiday roll-forward of the 1st extension adds 3 days.
    expect(localDate(d2)).toBe("2026-06-03");
  });
});

describe("resumeAfterPause", () => {
  const feedbackDue = endOfLocalDay("2026-05-18");
  test.each([
    ["feedback paused Mon → Thu: 3 working days", feedbackResolve, feedbackDue, "2026-05-04T03:00:00Z", "2026-05-07T08:00:00Z", "2026-05-21"],
    ["feedback paused Fri 24 Apr → Mon 4 May: holidays are not paused days (3)", feedbackResolve, feedbackDue, "2026-04-24T03:00:00Z", "2026-05-04T03:00:00Z", "2026-05-21"],
    ["feedback paused and resumed the same day: unchanged", feedbackResolve, feedbackDue, "2026-05-04T01:00:00Z", "2026-05-04T09:00:00Z", "2026-05-18"],
    ["feedback: resume before pause (clock skew) is unchanged", feedbackResolve, feedbackDue, "2026-05-07T03:00:00Z", "2026-05-04T03:00:00Z", "2026-05-18"],
    ["complaint: the clock does not stop", complaintResolve, endOfLocalDay("2026-04-06"), "2026-03-10T03:00:00Z", "2026-03-20T03:00:00Z", "2026-04-06"],
    ["denunciation: the clock does not stop", denunciationResolve, endOfLocalDay("2026-04-01"), "2026-03-10T03:00:00Z", "2026-03-20T03:00:00Z", "2026-04-01"],
    [
      "a CALENDAR rule that pauses: 5 calendar days, then rolled off Saturday",
      { dayType: "CALENDAR", pauseOnNeedsInfo: true },
      endOfLocalDay("2026-04-06"),
      "2026-03-10T03:00:00Z",
      "2026-03-15T03:00:00Z",
      "2026-04-13",
    ],
  ])("%s", (_label, r, dueAt, pausedAt, resumedAt, expectedDate) => {
    const result = resumeAfterPause(cal, r, { dueAt, pausedAt: at(pausedAt), resumedAt: at(resumedAt) });
    expect(result.toISOString()).toBe(endOfLocalDay(expectedDate).toISOString());
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
  ])("currentDueAt while %s is the %s due date", (status, which) => {
    const c = { status, acceptDueAt: endOfLocalDay("2026-03-09"), dueAt: endOfLocalDay("2026-04-06") };
    expect(currentDueAt(c)).toBe(which === "accept" ? c.acceptDueAt : c.dueAt);
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
  expect(() => extendDueAt({ dayType: "HOURS", maxExtensions: 1, extensionDays: 1 }, cal, { currentDueAt: new Date(), extensionCount: 0 })).toThrow(RangeError);
});
