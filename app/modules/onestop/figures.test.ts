import { describe, expect, test } from "vitest";
import { contributionsOf, dossierFiguresOf, mostReceived, sumsFromContributions, supplementContribution, type DossierForStats } from "./figures";

/** Local time in Asia/Ho_Chi_Minh; a due date is the end of its local day. */
const at = (local: string) => new Date(`${local}+07:00`);
const endOf = (day: string) => at(`${day}T23:59:59.999`);

const none: DossierForStats = { receivedAt: null, dueAt: null, resultAt: null, outcome: null, stoppedAt: null, intakeRefusedAt: null, apologyAt: null, ratedAt: null, rating: null };
const received = (day: string, due: string, more: Partial<DossierForStats> = {}): DossierForStats => ({ ...none, receivedAt: at(`${day}T09:00`), dueAt: endOf(due), ...more });

/**
 * A hand-built set, with every answer worked out by hand for November 2026
 * (see the comments). Letters name the dossiers in the expectations.
 */
const set: Record<string, DossierForStats> = {
  A: received("2026-10-20", "2026-10-27", { resultAt: at("2026-10-26T10:00"), outcome: "GRANTED" }), // finished before November
  B: received("2026-10-25", "2026-11-05", { resultAt: at("2026-11-05T10:00"), outcome: "GRANTED" }), // carried over, on time (due day)
  C: received("2026-10-28", "2026-11-04", { resultAt: at("2026-11-10T10:00"), outcome: "GRANTED", apologyAt: at("2026-11-03T09:00") }), // carried over, apologised, late
  D: received("2026-11-02", "2026-11-09", { resultAt: at("2026-11-06T10:00"), outcome: "GRANTED", ratedAt: at("2026-11-08T10:00"), rating: 5 }), // early, rated 5
  E: received("2026-11-03", "2026-11-10", { resultAt: at("2026-11-09T10:00"), outcome: "REFUSED", ratedAt: at("2026-11-12T10:00"), rating: 2 }), // refused, early, rated 2
  F: received("2026-11-10", "2026-11-17"), // open, overdue at the end of November
  G: received("2026-11-25", "2026-12-02"), // open, not yet due
  // Received at 00:30 local on 1 November (still 31 October in UTC): a November dossier.
  H: { ...received("2026-11-01", "2026-11-12"), receivedAt: new Date("2026-10-31T17:30:00Z"), stoppedAt: at("2026-11-07T10:00") }, // withdrawn before its due date
  I: received("2026-10-01", "2026-10-08"), // carried over, overdue for weeks
  J: { ...none, intakeRefusedAt: at("2026-11-15T10:00") }, // refused at the desk: never received
  K: received("2026-11-20", "2026-11-25", { stoppedAt: at("2026-11-28T10:00") }), // withdrawn after its due date
  L: received("2026-11-26", "2026-12-01", { resultAt: at("2026-12-05T10:00"), outcome: "GRANTED" }), // open at the end of November, late in December
};

function contributions() {
  return [
    ...Object.values(set).flatMap(contributionsOf),
    supplementContribution(at("2026-10-30T10:00")), // before the period
    supplementContribution(at("2026-11-04T10:00")),
  ];
}

describe("the one-stop figures on a hand-built set", () => {
  test("November 2026, read on 10 December", () => {
    const f = dossierFiguresOf(sumsFromContributions(contributions(), "2026-11-01", "2026-11-30", "2026-12-10"));
    expect(f).toEqual({
      carriedOver: 3, // B, C, I: received before November, not finished before it
      newReceived: 7, // D, E, F, G, H, K, L (H at 00:30 local on 1/11)
      received: 10,
      resolved: 4, // B, C, D, E
      resolvedEarly: 2, // D, E
      resolvedOnTime: 1, // B, on its due day
      resolvedLate: 1, // C: the apology's new date does not make it on time
      refused: 1, // E
      stopped: 2, // H, K
      inProgress: 4, // I, F, G, L
      inProgressOverdue: 2, // I (due 8/10), F (due 17/11)
      inProgressNotDue: 2, // G (due 2/12), L (due 1/12)
      refusedAtIntake: 1, // J
      supplementRequests: 1, // the one of 4/11
      apologies: 1, // C
      resolvedRate: 0.4,
      onTimeRate: 0.75,
      ratedCount: 2,
      averageRating: 3.5,
      satisfiedShare: 0.5,
    });
  });

  test("the year to date: nothing carried over, overdue as of today", () => {
    const f = dossierFiguresOf(sumsFromContributions(contributions(), "2026-01-01", "2026-12-31", "2026-12-10"));
    expect(f.carriedOver).toBe(0);
    expect(f.received).toBe(11); // all but J
    expect(f.resolved).toBe(6); // A, B, C, D, E, L
    expect(f.resolvedLate).toBe(2); // C, L
    expect(f.stopped).toBe(2);
    expect(f.inProgress).toBe(3); // F, G, I
    expect(f.inProgressOverdue).toBe(3); // G's due date (2/12) has passed by 10/12 too
  });

  test("carried over and in progress chain from one period to the next", () => {
    const c = contributions();
    const october = dossierFiguresOf(sumsFromContributions(c, "2026-10-01", "2026-10-31", "2026-12-10"));
    const november = dossierFiguresOf(sumsFromContributions(c, "2026-11-01", "2026-11-30", "2026-12-10"));
    expect(november.carriedOver).toBe(october.inProgress);
  });

  test("a dossier contributes nothing it did not do", () => {
    expect(contributionsOf(none)).toEqual([]);
    expect(contributionsOf(set.J!)).toEqual([{ day: "2026-11-15", tally: { refusedAtIntake: 1 } }]);
    // A rating outside 1–5 is not counted.
    expect(contributionsOf({ ...set.D!, rating: 9 }).some((x) => x.tally.ratedCount)).toBe(false);
  });
});

describe("mostReceived", () => {
  const row = (name: string, received: number, own = false) => ({ name, own, figures: { received } });
  const rows = [row("Xã Bản Mù", 3), row("Phường Tô Hiệu (own)", 1, true), row("Xã An Lạc", 9), row("Phường Chiềng Lề", 3), row("Xã Đông Hưng", 12)];

  test("the scope's own row first, then the most received, ties by name, cut to n", () => {
    const top = mostReceived(rows, false, 3);
    expect(top.rows.map((r) => r.name)).toEqual(["Phường Tô Hiệu (own)", "Xã Đông Hưng", "Xã An Lạc", "Phường Chiềng Lề"]);
    expect([top.shown, top.total]).toEqual([3, 4]);
  });

  test("all: every row in the same order", () => {
    const all = mostReceived(rows, true, 3);
    expect(all.rows.map((r) => r.name)).toEqual(["Phường Tô Hiệu (own)", "Xã Đông Hưng", "Xã An Lạc", "Phường Chiềng Lề", "Xã Bản Mù"]);
    expect([all.shown, all.total]).toEqual([4, 4]);
  });
});
