import { expect, test } from "vitest";
import { democracyFigures } from "./figures";

/**
 * A hand-built commune year, the answers worked out by hand:
 * - five matters closed: two adopted (10 households, 7 took part; 20, 16),
 *   one short of its threshold (10, 6), one meeting without a quorum (8, 3),
 *   and one still open (no result: not counted);
 *   rolls 10 + 20 + 10 + 8 = 48 households, 7 + 16 + 6 + 3 = 32 took part → 32/48 = 2/3.
 * - three consultations closed: two answered (5 and 2 comments published), one not yet
 *   (its 4 accepted comments are not published).
 * - five recommendations: answered on time, answered late, answered on time,
 *   unanswered past due (overdue), unanswered not yet due → due = 3 answered + 1 overdue,
 *   on time 2 → 2/4 = 50 %.
 */
const now = new Date("2026-12-15T12:00:00+07:00");
const matters = [
  { result: "ADOPTED", electorate: 10, turnout: 7 },
  { result: "ADOPTED", electorate: 20, turnout: 16 },
  { result: "NOT_ADOPTED", electorate: 10, turnout: 6 },
  { result: "NO_QUORUM", electorate: 8, turnout: 3 },
  { result: null, electorate: 30, turnout: null },
];
const consultations = [
  { status: "PUBLISHED", acceptedComments: 5 },
  { status: "DECIDED", acceptedComments: 2 },
  { status: "OPEN", acceptedComments: 4 },
];
const recommendations = [
  { status: "ANSWERED", dueAt: new Date("2026-11-01T23:59:59.999+07:00"), answeredOnTime: true },
  { status: "ANSWERED", dueAt: new Date("2026-11-05T23:59:59.999+07:00"), answeredOnTime: false },
  { status: "ANSWERED", dueAt: new Date("2026-12-20T23:59:59.999+07:00"), answeredOnTime: true },
  { status: "SENT", dueAt: new Date("2026-12-10T23:59:59.999+07:00"), answeredOnTime: null },
  { status: "SENT", dueAt: new Date("2026-12-31T23:59:59.999+07:00"), answeredOnTime: null },
];

test("the figures of a hand-built year", () => {
  expect(democracyFigures({ matters, consultations, recommendations }, now)).toEqual({
    mattersDecided: 4,
    adopted: 2,
    notAdopted: 2,
    householdsOnRolls: 48,
    householdsTakingPart: 32,
    turnoutRate: 32 / 48,
    consultations: 3,
    consultationsAnswered: 2,
    publishedComments: 7,
    recommendations: 5,
    answered: 3,
    answeredOnTime: 2,
    overdue: 1,
    onTimeRate: 0.5,
  });
});

test("overdue is as of `now`: the same recommendations a month earlier owe nothing yet", () => {
  const earlier = democracyFigures({ matters: [], consultations: [], recommendations: recommendations.filter((r) => r.status === "SENT") }, new Date("2026-11-15T00:00:00+07:00"));
  expect(earlier.overdue).toBe(0);
  expect(earlier.onTimeRate).toBeNull();
});

test("an empty period has no rates, not zeros", () => {
  const f = democracyFigures({ matters: [], consultations: [], recommendations: [] }, now);
  expect(f.turnoutRate).toBeNull();
  expect(f.onTimeRate).toBeNull();
  expect(f.mattersDecided).toBe(0);
});
