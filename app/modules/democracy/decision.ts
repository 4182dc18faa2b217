/**
 * The result of a matter residents decide — pure, table-tested (decision.test.ts).
 *
 * A matter is adopted when the households FOR it reach the rule's share of ALL
 * the households on the roll (Điều 21: "tổng số đại diện hộ gia đình"), not of
 * those who voted: a household that stays away counts as not in favour. A
 * meeting of household representatives may decide only when the households
 * represented reach the quorum (NĐ 59/2023 Điều 3); short of it, the result is
 * NO_QUORUM and the village puts the matter to a household ballot instead.
 */
import type { MatterForm, MatterResult } from "./constants";
import { householdsNeeded, meetsShare, type Share } from "./rules";

export type Tally =
  | { form: "BALLOT"; electorate: number; votesFor: number; votesAgainst: number }
  | { form: "MEETING"; electorate: number; present: number; votesFor: number; votesAgainst: number };

export type Outcome = {
  result: MatterResult;
  /** Households that took part: ballots cast, or represented at the meeting. */
  turnout: number;
  /** Households FOR needed to adopt. */
  needed: number;
  /** Households needed at the meeting for a quorum (meetings only). */
  quorumNeeded: number | null;
};

export function outcome(tally: Tally, threshold: Share, quorum: Share | null): Outcome {
  const needed = householdsNeeded(tally.electorate, threshold);
  if (tally.form === "MEETING") {
    const quorumNeeded = quorum ? householdsNeeded(tally.electorate, quorum) : null;
    if (quorum && !meetsShare(tally.present, tally.electorate, quorum)) {
      return { result: "NO_QUORUM", turnout: tally.present, needed, quorumNeeded };
    }
    return { result: meetsShare(tally.votesFor, tally.electorate, threshold) ? "ADOPTED" : "NOT_ADOPTED", turnout: tally.present, needed, quorumNeeded };
  }
  const turnout = tally.votesFor + tally.votesAgainst;
  return { result: meetsShare(tally.votesFor, tally.electorate, threshold) ? "ADOPTED" : "NOT_ADOPTED", turnout, needed, quorumNeeded: null };
}

export type MinutesProblem = "forAgainstOverPresent" | "presentOverElectorate" | "negative";

/** A meeting's minutes must add up: for + against ≤ households represented ≤ households on the roll. */
export function checkMinutes(m: { electorate: number; present: number; votesFor: number; votesAgainst: number }): MinutesProblem | null {
  if ([m.present, m.votesFor, m.votesAgainst].some((n) => !Number.isInteger(n) || n < 0)) return "negative";
  if (m.present > m.electorate) return "presentOverElectorate";
  if (m.votesFor + m.votesAgainst > m.present) return "forAgainstOverPresent";
  return null;
}

/** The form a rule allows: a household ballot may be cast online only where the rule says so. */
export function onlineAllowed(form: MatterForm, rule: { onlineBallot: boolean }): boolean {
  return form === "BALLOT" && rule.onlineBallot;
}
