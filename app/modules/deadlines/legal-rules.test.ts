/**
 * One table per rule row of the seeded law (prisma/seed-data/legal-rules.ts)
 * on the seeded days off (prisma/seed-data/son-la.ts): each row's due dates
 * across weekends, Tết 2026 and the provisional Tết 2027, 30/4–1/5, 2/9 and
 * 24/11, remote units and extensions, for clocks started before and after
 * 1 July 2026. Every expected date is worked out by hand in its comment.
 */
import { describe, expect, test } from "vitest";
import { deadlineRules, LAW_136_IN_FORCE, procedureGrounds } from "../../../prisma/seed-data/legal-rules";
import { holidays } from "../../../prisma/seed-data/son-la";
import { ruleRow } from "~/test/rules";
import { groundsInForce } from "../cases/procedure";
import { endOfLocalDay, localDate, makeCalendar } from "./calendar";
import {
  acceptDueAt,
  appealWindowEnd,
  extendDueAt,
  filingLimit,
  forwardDueAt,
  pausedDaysBetween,
  periodEnd,
  pickRule,
  resolveDueAt,
  type Complexity,
} from "./rules";

const cal = makeCalendar(holidays);
/** 09:00 local on a date: the moment a clock starts in these tables. */
const nine = (date: string) => new Date(`${date}T09:00:00+07:00`);
const day = (d: Date | null | undefined) => (d ? localDate(d) : null);

/** The seed rows as Prisma returns them (every column present). */
const rules = deadlineRules.map((r) => ruleRow(r));
const grounds = procedureGrounds.map((g) => ({ sourceUrl: null, validFrom: null, validTo: null, ...g }));
const row = (id: string) => {
  const r = rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

test("every rule row has a legal basis, a status, and either is confirmed or says what was not read", () => {
  for (const r of deadlineRules) {
    expect(r.legalBasis, r.id).toBeTruthy();
    expect(["CONFIRMED", "UNCONFIRMED"], r.id).toContain(r.basisStatus);
    if (r.basisStatus === "UNCONFIRMED") expect(r.sourceNote, r.id).toBeTruthy();
  }
});

test("the 2027 Tết and the day next to 2/9/2027 are provisional; 2026's days are not", () => {
  const provisional = holidays.filter((h) => h.provisional).map((h) => h.date);
  expect(provisional).toEqual(["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-09-03"]);
  expect(holidays.filter((h) => h.date.startsWith("2026")).every((h) => !h.provisional && h.source)).toBe(true);
});

describe("complaint acceptance: 10 working days until 30/6/2026 (rule-kn-accept-2020), 7 from 1/7/2026 (rule-kn-accept-2026)", () => {
  test.each([
    // Thu 5/2 → 6, 9, 10, 11, 12, 13 (6), Tết 14–22, then 23, 24, 25, 26 (10). The old 10 calendar days said 23/2.
    ["received before Tết 2026", "2026-02-05", 1, "rule-kn-accept-2020", "2026-02-26"],
    ["second instance, the same row", "2026-02-05", 2, "rule-kn-accept-2020", "2026-02-26"],
    // Tue 28/4 → 29 (1), 30/4–1/5 off, weekend, 4–8/5 (6), 11–14/5 (10).
    ["received before 30/4–1/5", "2026-04-28", 1, "rule-kn-accept-2020", "2026-05-14"],
    // Tue 30/6, the last day of the old text: 1–3/7 (3), 6–10/7 (8), 13–14/7 (10).
    ["received on 30/6/2026: the old row, though its days run in July", "2026-06-30", 1, "rule-kn-accept-2020", "2026-07-14"],
    // Wed 1/7 → 2, 3, 6, 7, 8, 9, 10 (7).
    ["received on 1/7/2026: the new row", "2026-07-01", 1, "rule-kn-accept-2026", "2026-07-10"],
    // Thu 27/8 → Fri 28 (1); 31/8, 1/9, 2/9 off; 3, 4, 7, 8, 9, 10/9 (7).
    ["received before 2/9 (31/8 swapped off)", "2026-08-27", 1, "rule-kn-accept-2026", "2026-09-10"],
    // Fri 20/11 → 23 (1); Tue 24/11 off; 25, 26, 27, 30/11, 1/12, 2/12 (7).
    ["received before 24/11", "2026-11-20", 2, "rule-kn-accept-2026", "2026-12-02"],
    // Wed 3/2/2027 → Thu 4 (1); 5–11/2 provisional Tết; 12, 15, 16, 17, 18, 19/2 (7).
    ["received before Tết 2027 (provisional)", "2027-02-03", 1, "rule-kn-accept-2026", "2027-02-19"],
  ])("%s", (_label, received, instance, ruleId, expected) => {
    const due = acceptDueAt(rules, cal, { kind: "COMPLAINT", instance, receivedAt: nine(received) });
    expect(due?.rule.id).toBe(ruleId);
    expect(day(due?.dueAt)).toBe(expected);
  });
});

describe("first-instance complaint resolution: 30 days, complex 45, remote 45, remote complex 60 (rule-kn1-resolve-2011 / -2026)", () => {
  test.each([
    // Mon 19/1 + 30 = Wed 18/2, Tết → the next working day, Mon 23/2.
    ["ends in Tết 2026", "2026-01-19", false, false, "rule-kn1-resolve-2011", "2026-02-23"],
    // Mon 19/1 + 45 = Thu 5/3.
    ["remote", "2026-01-19", false, true, "rule-kn1-resolve-2011", "2026-03-05"],
    // Wed 18/3 + 45 = Sat 2/5 → Mon 4/5.
    ["complex, ends on a weekend after 30/4–1/5", "2026-03-18", true, false, "rule-kn1-resolve-2011", "2026-05-04"],
    // Wed 1/4 + 60 = Sun 31/5 → Mon 1/6.
    ["remote and complex", "2026-04-01", true, true, "rule-kn1-resolve-2011", "2026-06-01"],
    // Fri 3/7 + 30 = Sun 2/8 → Mon 3/8.
    ["accepted after 1/7/2026: the new row", "2026-07-03", false, false, "rule-kn1-resolve-2026", "2026-08-03"],
    // Mon 3/8 + 30 = Wed 2/9 → Thu 3/9.
    ["ends on 2/9", "2026-08-03", false, false, "rule-kn1-resolve-2026", "2026-09-03"],
    // Fri 25/9 + 60 = Tue 24/11 → Wed 25/11.
    ["remote and complex, ends on 24/11", "2026-09-25", true, true, "rule-kn1-resolve-2026", "2026-11-25"],
    // Tue 22/12 + 45 = Fri 5/2/2027, provisional Tết to 11/2 → Fri 12/2.
    ["remote, ends in Tết 2027 (provisional)", "2026-12-22", false, true, "rule-kn1-resolve-2026", "2027-02-12"],
  ])("%s", (_label, accepted, complex, remote, ruleId, expected) => {
    const due = resolveDueAt(rules, cal, { kind: "COMPLAINT", instance: 1, acceptedAt: nine(accepted), complex, remote });
    expect(due?.rule.id).toBe(ruleId);
    expect(day(due?.dueAt)).toBe(expected);
  });

  test("first instance waits for a dialogue when demand and verification differ; the second always", () => {
    expect([row("rule-kn1-resolve-2011").dialogue, row("rule-kn1-resolve-2026").dialogue]).toEqual(["WHEN_DIFFERS", "WHEN_DIFFERS"]);
    expect([row("rule-kn2-resolve-2011").dialogue, row("rule-kn2-resolve-2026").dialogue]).toEqual(["ALWAYS", "ALWAYS"]);
  });

  test("no extension of a complaint: the complex limit is the longer time", () => {
    const r = row("rule-kn1-resolve-2026");
    expect(extendDueAt(r, cal, { clock: { start: nine("2026-07-03"), complex: true, remote: false }, extensionCount: 0, complexity: "COMPLEX" })).toEqual({
      ok: false,
      reason: "no-extension-allowed",
    });
  });

  test("suspended 13/7 → resumed 27/7: 14 days do not count (Nghị định 155/2026, Điều 28b)", () => {
    const r = row("rule-kn1-resolve-2026");
    const stopped = pausedDaysBetween(r, cal, { pausedAt: nine("2026-07-13"), resumedAt: nine("2026-07-27"), reason: "suspension" });
    expect(stopped).toBe(14);
    // Fri 3/7 + 30 + 14 = Sun 16/8 → Mon 17/8 (instead of 3/8).
    expect(day(periodEnd(r, cal, { start: nine("2026-07-03"), complex: false, remote: false, pausedDays: stopped }))).toBe("2026-08-17");
    // A request for information does not stop a complaint's clock.
    expect(pausedDaysBetween(r, cal, { pausedAt: nine("2026-07-13"), resumedAt: nine("2026-07-27"), reason: "info" })).toBe(0);
  });
});

describe("second-instance complaint resolution: 45 days, complex 60, remote 60, remote complex 70 (rule-kn2-resolve-2011 / -2026)", () => {
  test.each([
    // Mon 16/3 + 45 = Thu 30/4; 30/4–1/5 off, weekend → Mon 4/5.
    ["ends on 30/4", "2026-03-16", false, false, "rule-kn2-resolve-2011", "2026-05-04"],
    // Wed 1/4 + 70 = Wed 10/6.
    ["remote and complex", "2026-04-01", true, true, "rule-kn2-resolve-2011", "2026-06-10"],
    // Fri 17/7 + 45 = Mon 31/8 (swapped off), 1/9, 2/9 off → Thu 3/9.
    ["ends on the 31/8 swap day", "2026-07-17", false, false, "rule-kn2-resolve-2026", "2026-09-03"],
    // Fri 25/9 + 60 = Tue 24/11 → Wed 25/11.
    ["complex, ends on 24/11", "2026-09-25", true, false, "rule-kn2-resolve-2026", "2026-11-25"],
    ["remote, the same 60 days", "2026-09-25", false, true, "rule-kn2-resolve-2026", "2026-11-25"],
    // Mon 30/11 + 70 = Mon 8/2/2027, provisional Tết → Fri 12/2.
    ["remote and complex, ends in Tết 2027 (provisional)", "2026-11-30", true, true, "rule-kn2-resolve-2026", "2027-02-12"],
  ])("%s", (_label, accepted, complex, remote, ruleId, expected) => {
    const due = resolveDueAt(rules, cal, { kind: "COMPLAINT", instance: 2, acceptedAt: nine(accepted), complex, remote });
    expect(due?.rule.id).toBe(ruleId);
    expect(day(due?.dueAt)).toBe(expected);
  });
});

describe("second complaint window: 30 days, remote 45, from the decision or from the unresolved deadline (rule-kn1-appeal)", () => {
  const r = row("rule-kn1-appeal");
  test.each([
    // Fri 31/7 + 30 = Sun 30/8; 31/8, 1/9, 2/9 off → Thu 3/9.
    ["decision on 31/7/2026", "2026-07-31", false, "2026-09-03"],
    // Deadline Mon 11/1/2027 + 30 = Wed 10/2, provisional Tết → Fri 12/2.
    ["deadline passed 11/1/2027, ends in Tết 2027 (provisional)", "2027-01-11", false, "2027-02-12"],
    // Thu 31/12/2026 + 45 = Sun 14/2/2027 → Mon 15/2.
    ["remote", "2026-12-31", true, "2027-02-15"],
  ])("%s", (_label, from, remote, expected) => {
    expect(day(appealWindowEnd(r, cal, { from: endOfLocalDay(from), remote }))).toBe(expected);
  });
  test("there is no second complaint after a second instance", () => {
    expect(pickRule(rules, { kind: "COMPLAINT", instance: 2, stage: "APPEAL", at: nine("2026-08-01") })).toBeNull();
  });
});

describe("the 90-day limit to complain, rolled forward off a day off and lengthened by obstacle days (rule-kn-file)", () => {
  const r = row("rule-kn-file");
  test.each([
    // Sat 1/8 + 90 = Fri 30/10.
    ["learned 1/8/2026", "2026-08-01", 0, "2026-10-30"],
    // Mon 1/6 + 90 = Sun 30/8 → 31/8, 1/9, 2/9 off → Thu 3/9.
    ["ends on a Sunday before the 2/9 days off", "2026-06-01", 0, "2026-09-03"],
    // Mon 1/6 + 90 + 10 = Wed 9/9.
    ["ten days in hospital are not counted", "2026-06-01", 10, "2026-09-09"],
    // Wed 26/8 + 90 = Tue 24/11 → Wed 25/11.
    ["ends on 24/11", "2026-08-26", 0, "2026-11-25"],
  ])("%s", (_label, learned, obstacleDays, expected) => {
    expect(day(filingLimit(r, cal, { learnedAt: new Date(`${learned}T00:00:00+07:00`), obstacleDays }))).toBe(expected);
  });
});

describe("forwarding a case the unit is not competent for: 5 working days (rule-tc-forward, rule-kn-forward)", () => {
  test.each([
    // Fri 20/11 → 23 (1); 24/11 off; 25, 26, 27, 30 (5).
    ["denunciation received before 24/11", "DENUNCIATION", "2026-11-20", "rule-tc-forward", "2026-11-30"],
    // Fri 28/8 → 31/8, 1/9, 2/9 off; 3, 4, 7, 8, 9/9 (5).
    ["complaint received before 2/9", "COMPLAINT", "2026-08-28", "rule-kn-forward", "2026-09-09"],
    // Thu 12/2 → Fri 13 (1); Tết; 23, 24, 25, 26 (5).
    ["feedback received before Tết 2026", "FEEDBACK", "2026-02-12", "rule-feedback-forward", "2026-02-26"],
  ])("%s", (_label, kind, received, ruleId, expected) => {
    const due = forwardDueAt(rules, cal, { kind, instance: 1, receivedAt: nine(received) });
    expect(due?.rule.id).toBe(ruleId);
    expect(day(due?.dueAt)).toBe(expected);
  });
});

describe("denunciation acceptance: 7 working days, 10 when verified at several places (rule-tc-accept)", () => {
  test.each([
    // Tue 10/2 → 11, 12, 13 (3); Tết; 23, 24, 25, 26 (7); then 27/2, 2/3, 3/3 (10).
    ["received before Tết 2026", "2026-02-10", false, "2026-02-26"],
    ["several places", "2026-02-10", true, "2026-03-03"],
    // Fri 28/8 → 31/8–2/9 off; 3, 4, 7, 8, 9, 10, 11/9 (7).
    ["received before 2/9", "2026-08-28", false, "2026-09-11"],
  ])("%s", (_label, received, severalPlaces, expected) => {
    const due = acceptDueAt(rules, cal, { kind: "DENUNCIATION", instance: 0, receivedAt: nine(received), complex: severalPlaces });
    expect(due?.rule.id).toBe("rule-tc-accept");
    expect(day(due?.dueAt)).toBe(expected);
  });
});

describe("denunciation resolution: 30 days; +30 once if complex, twice if especially complex (rule-tc-resolve)", () => {
  const r = row("rule-tc-resolve");
  const clock = (start: string, extensions = 0) => ({ start: nine(start), complex: true, remote: false, extensions });
  test.each([
    // Mon 2/3 + 30 = Wed 1/4.
    ["accepted 2/3/2026", "2026-03-02", 0, "2026-04-01"],
    // + 60 = Fri 1/5 (off) → weekend → Mon 4/5.
    ["one extension: 60 days end on 1/5", "2026-03-02", 1, "2026-05-04"],
    // + 90 = Sun 31/5 → Mon 1/6: 90 days at most, rolled forward once.
    ["two extensions: 90 days", "2026-03-02", 2, "2026-06-01"],
    // Mon 3/8 + 30 = Wed 2/9 → Thu 3/9; + 60 = Fri 2/10.
    ["accepted 3/8/2026, ends on 2/9", "2026-08-03", 0, "2026-09-03"],
    ["accepted 3/8/2026, one extension", "2026-08-03", 1, "2026-10-02"],
  ])("%s", (_label, start, extensions, expected) => {
    expect(day(periodEnd(r, cal, clock(start, extensions)))).toBe(expected);
  });

  test.each<[string, Complexity, number, ReturnType<typeof extendDueAt>]>([
    ["not complex: refused, would need complex", "NORMAL", 0, { ok: false, reason: "needs-complex" }],
    ["complex: one extension", "COMPLEX", 0, { ok: true, dueAt: endOfLocalDay("2026-05-04") }],
    ["complex, a second: refused unless especially complex", "COMPLEX", 1, { ok: false, reason: "needs-especially-complex" }],
    ["especially complex: the second", "ESPECIALLY_COMPLEX", 1, { ok: true, dueAt: endOfLocalDay("2026-06-01") }],
    ["especially complex, a third: refused", "ESPECIALLY_COMPLEX", 2, { ok: false, reason: "max-extensions-reached" }],
  ])("%s", (_label, complexity, extensionCount, expected) => {
    expect(extendDueAt(r, cal, { clock: clock("2026-03-02"), extensionCount, complexity })).toEqual(expected);
  });
});

describe("feedback and petitions: the unit's 15 working days, one re-appointment, the clock stops while the citizen is asked (rule-feedback-*, rule-petition-*)", () => {
  const r = row("rule-feedback-resolve");
  test.each([
    // Wed 22/4 → 23, 24 (2); 27/4 off (Giỗ Tổ in lieu); 28, 29 (4); 30/4–1/5 off; 4–8/5 (9); 11–15/5 (14); 18/5 (15).
    ["accepted before the April days off", "2026-04-22", 0, 0, "2026-05-18"],
    // … one re-appointment of 15 more: 19/5 … 8/6 (30).
    ["re-appointed once", "2026-04-22", 0, 1, "2026-06-08"],
    // … asked for information Mon 4/5, answered Thu 7/5: 3 working days → Thu 21/5.
    ["3 working days waiting for the citizen", "2026-04-22", 3, 0, "2026-05-21"],
    // Fri 20/11 → 23 (1); 24/11 off; 25–27 (4); 30/11–4/12 (9); 7–11/12 (14); 14/12 (15).
    ["accepted before 24/11", "2026-11-20", 0, 0, "2026-12-14"],
  ])("%s", (_label, start, pausedDays, extensions, expected) => {
    expect(day(periodEnd(r, cal, { start: nine(start), complex: false, remote: true, pausedDays, extensions }))).toBe(expected);
  });

  test("a waiting time over the April days off counts only working days", () => {
    expect(pausedDaysBetween(r, cal, { pausedAt: nine("2026-04-24"), resumedAt: nine("2026-05-04"), reason: "info" })).toBe(3);
    expect(pausedDaysBetween(r, cal, { pausedAt: nine("2026-05-04"), resumedAt: nine("2026-05-07"), reason: "info" })).toBe(3);
  });

  test.each([
    // Wed 31/12/2025 → 1/1 and the swapped 2/1 off, weekend; 5–9/1 (5).
    ["petition received on New Year's Eve", "2025-12-31", "2026-01-09"],
    // Thu 8/1 → Fri 9 (1), Sat 10/1 worked in exchange (2), 12, 13, 14 (5).
    ["the make-up Saturday 10/1/2026 counts", "2026-01-08", "2026-01-14"],
  ])("%s", (_label, received, expected) => {
    const due = acceptDueAt(rules, cal, { kind: "PETITION", instance: 1, receivedAt: nine(received) });
    expect(due?.rule.id).toBe("rule-petition-accept");
    expect(day(due?.dueAt)).toBe(expected);
  });
});

describe("procedural grounds in force", () => {
  test("a complaint could be suspended only from 1/7/2026 (new Điều 11a); a denunciation always (Luật Tố cáo Điều 34)", () => {
    const before = new Date(LAW_136_IN_FORCE.getTime() - 1);
    expect(groundsInForce(grounds, { kind: "COMPLAINT", action: "SUSPEND", at: before })).toEqual([]);
    expect(groundsInForce(grounds, { kind: "COMPLAINT", action: "SUSPEND", at: LAW_136_IN_FORCE }).map((g) => g.code)).toEqual(["KN_OBSTACLE", "KN_AWAIT_OTHER"]);
    expect(groundsInForce(grounds, { kind: "DENUNCIATION", action: "SUSPEND", at: before }).map((g) => g.code)).toEqual(["TC_AWAIT_OTHER", "TC_AWAIT_EXPERTISE"]);
    expect(groundsInForce(grounds, { kind: "COMPLAINT", action: "END", at: before }).map((g) => g.code)).toEqual(["KN_WITHDRAWN"]);
  });

  test("what withdrawing a complaint means changed on 1/7/2026, one text at a time", () => {
    const at = (d: Date) => groundsInForce(grounds, { kind: "COMPLAINT", action: "WITHDRAW", at: d }).map((g) => g.id);
    expect(at(new Date(LAW_136_IN_FORCE.getTime() - 1))).toEqual(["ground-kn-withdraw-2011"]);
    expect(at(LAW_136_IN_FORCE)).toEqual(["ground-kn-withdraw"]);
  });
});
