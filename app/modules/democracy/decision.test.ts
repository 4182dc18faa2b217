import { describe, expect, test } from "vitest";
import { checkMinutes, onlineAllowed, outcome, type Tally } from "./decision";
import type { Share } from "./rules";

const twoThirds: Share = { num: 2, den: 3, strict: false };
const overHalf: Share = { num: 1, den: 2, strict: true };

describe("the result of a household ballot: FOR counted against all the households on the roll", () => {
  test.each<[string, Tally, Share, string, number, number]>([
    ["7 of 10 for a contribution (two thirds)", { form: "BALLOT", electorate: 10, votesFor: 7, votesAgainst: 0 }, twoThirds, "ADOPTED", 7, 7],
    ["6 of 10 for a contribution: over half, short of two thirds", { form: "BALLOT", electorate: 10, votesFor: 6, votesAgainst: 0 }, twoThirds, "NOT_ADOPTED", 6, 7],
    ["6 of 10 for village rules (over half)", { form: "BALLOT", electorate: 10, votesFor: 6, votesAgainst: 4 }, overHalf, "ADOPTED", 10, 6],
    ["5 for, 1 against, 4 absent: absent households are not in favour", { form: "BALLOT", electorate: 10, votesFor: 5, votesAgainst: 1 }, overHalf, "NOT_ADOPTED", 6, 6],
    ["everyone voted, most against", { form: "BALLOT", electorate: 4, votesFor: 1, votesAgainst: 3 }, overHalf, "NOT_ADOPTED", 4, 3],
    ["an empty roll", { form: "BALLOT", electorate: 0, votesFor: 0, votesAgainst: 0 }, overHalf, "NOT_ADOPTED", 0, 1],
  ])("%s", (_name, tally, threshold, result, turnout, needed) => {
    const o = outcome(tally, threshold, null);
    expect(o).toEqual({ result, turnout, needed, quorumNeeded: null });
  });
});

describe("the result of a meeting of household representatives", () => {
  test.each<[string, Tally, string, number]>([
    ["5 of 10 represented: no quorum, whatever the vote", { form: "MEETING", electorate: 10, present: 5, votesFor: 5, votesAgainst: 0 }, "NO_QUORUM", 5],
    ["6 represented, 6 for", { form: "MEETING", electorate: 10, present: 6, votesFor: 6, votesAgainst: 0 }, "ADOPTED", 6],
    ["8 represented, 5 for: a majority of those present but not of all households", { form: "MEETING", electorate: 10, present: 8, votesFor: 5, votesAgainst: 3 }, "NOT_ADOPTED", 8],
  ])("%s", (_name, tally, result, turnout) => {
    expect(outcome(tally, overHalf, overHalf)).toEqual({ result, turnout, needed: 6, quorumNeeded: 6 });
  });

  test("a meeting without a quorum rule decides on the threshold alone", () => {
    expect(outcome({ form: "MEETING", electorate: 10, present: 3, votesFor: 3, votesAgainst: 0 }, { num: 1, den: 4, strict: false }, null).result).toBe("ADOPTED");
  });
});

describe("a meeting's minutes must add up", () => {
  test.each([
    [{ electorate: 10, present: 6, votesFor: 4, votesAgainst: 2 }, null],
    [{ electorate: 10, present: 6, votesFor: 5, votesAgainst: 2 }, "forAgainstOverPresent"],
    [{ electorate: 10, present: 11, votesFor: 5, votesAgainst: 2 }, "presentOverElectorate"],
    [{ electorate: 10, present: -1, votesFor: 0, votesAgainst: 0 }, "negative"],
    [{ electorate: 10, present: 2.5, votesFor: 0, votesAgainst: 0 }, "negative"],
  ] as const)("%o → %s", (m, problem) => {
    expect(checkMinutes(m)).toBe(problem);
  });
});

test("a ballot is cast online only where the rule allows it, and never at a meeting", () => {
  expect(onlineAllowed("BALLOT", { onlineBallot: true })).toBe(true);
  expect(onlineAllowed("BALLOT", { onlineBallot: false })).toBe(false);
  expect(onlineAllowed("MEETING", { onlineBallot: true })).toBe(false);
});
