/**
 * What may be done with a matter residents decide, now — pure, table-tested
 * (matter-state.test.ts). Routes and services only ask `mayDo`; the action
 * panel renders only what it allows.
 *
 *   OPEN ──(ballot: period over / meeting: minutes recorded)── close ──▶ CLOSED ── recordDecision ──▶ DECIDED
 *     └── cancel ──▶ CANCELLED
 *
 * Online votes are taken from opensAt until closesAt and may be changed until
 * then (one household, one vote: the last choice counts). A paper ballot cast
 * in the period may still be entered after closesAt, until the result is
 * computed — ballots collected on the last evening are entered next morning.
 */
import type { MatterForm } from "./constants";

export type MatterFacts = {
  form: MatterForm | string;
  status: string;
  online: boolean;
  opensAt: Date;
  closesAt: Date;
  /** A meeting's minutes are recorded. */
  minutesRecorded: boolean;
};

/** UPCOMING: not open yet; VOTING: in the period; COUNTING: period over, result not computed. */
export type MatterPhase = "UPCOMING" | "VOTING" | "COUNTING" | "CLOSED" | "DECIDED" | "CANCELLED";

export function matterPhase(m: Pick<MatterFacts, "status" | "opensAt" | "closesAt">, now: Date): MatterPhase {
  if (m.status === "CANCELLED" || m.status === "CLOSED" || m.status === "DECIDED") return m.status;
  if (now.getTime() < m.opensAt.getTime()) return "UPCOMING";
  return now.getTime() < m.closesAt.getTime() ? "VOTING" : "COUNTING";
}

export const matterActions = ["vote", "recordPaper", "recordMinutes", "close", "recordDecision", "cancel"] as const;
export type MatterAction = (typeof matterActions)[number];

export type Refusal = "notOnline" | "notBallot" | "notMeeting" | "notOpenYet" | "periodOver" | "notOver" | "noMinutes" | "notClosed" | "finished";

export function mayDo(action: MatterAction, m: MatterFacts, now: Date): { ok: true } | { ok: false; reason: Refusal } {
  const phase = matterPhase(m, now);
  const open = phase === "UPCOMING" || phase === "VOTING" || phase === "COUNTING";
  const no = (reason: Refusal) => ({ ok: false as const, reason });
  switch (action) {
    case "vote":
      if (m.form !== "BALLOT") return no("notBallot");
      if (!m.online) return no("notOnline");
      if (phase === "UPCOMING") return no("notOpenYet");
      return phase === "VOTING" ? { ok: true } : no("periodOver");
    case "recordPaper":
      if (m.form !== "BALLOT") return no("notBallot");
      if (phase === "UPCOMING") return no("notOpenYet");
      return phase === "VOTING" || phase === "COUNTING" ? { ok: true } : no("finished");
    case "recordMinutes":
      if (m.form !== "MEETING") return no("notMeeting");
      if (phase === "UPCOMING") return no("notOpenYet");
      return open ? { ok: true } : no("finished");
    case "close":
      if (!open) return no("finished");
      if (m.form === "MEETING") return m.minutesRecorded ? { ok: true } : no("noMinutes");
      return phase === "COUNTING" ? { ok: true } : no("notOver");
    case "recordDecision":
      return phase === "CLOSED" ? { ok: true } : no(phase === "DECIDED" || phase === "CANCELLED" ? "finished" : "notClosed");
    case "cancel":
      return open ? { ok: true } : no("finished");
  }
}

/** The actions allowed now, the one the matter waits for first. */
export function allowedActions(m: MatterFacts, now: Date): MatterAction[] {
  const order: MatterAction[] = ["close", "recordMinutes", "recordPaper", "recordDecision", "cancel"];
  return order.filter((a) => mayDo(a, m, now).ok);
}
