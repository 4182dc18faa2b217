import { addDays, type WorkCalendar } from "../deadlines/calendar";

/**
 * Grassroots mediation against its law (Luật Hòa giải ở cơ sở 35/2013/QH13),
 * with the figures from LegalRule rows (never constants here). Pure.
 * - art. 12 k.1: a team has 3 or more mediators, including a woman, and in an
 *   area with many ethnic-minority residents an ethnic-minority mediator.
 *   Checked as a WARNING the commune sees, never a block: the commune chair
 *   decides the team (k.2) and may be completing it.
 * - art. 20 k.2: mediation starts within 3 days of a mediator's assignment.
 */
export type MediationRules = { minMembers: number; minWomen: number; minEthnicMinority: number; startDays: number; startDayType: "CALENDAR" | "WORKING"; basis: Record<string, string> };

export type TeamWarning =
  | { code: "TOO_FEW_MEMBERS"; count: number; min: number; basis: string }
  | { code: "NO_WOMAN"; min: number; unrecorded: number; basis: string }
  | { code: "NO_ETHNIC_MINORITY"; min: number; unrecorded: number; basis: string };

export function teamWarnings(team: { ethnicArea: boolean }, members: readonly { gender: string | null; ethnicMinority: boolean | null }[], rules: MediationRules): TeamWarning[] {
  const out: TeamWarning[] = [];
  if (members.length < rules.minMembers) out.push({ code: "TOO_FEW_MEMBERS", count: members.length, min: rules.minMembers, basis: rules.basis.minMembers ?? "" });
  const women = members.filter((m) => m.gender === "FEMALE").length;
  if (women < rules.minWomen) out.push({ code: "NO_WOMAN", min: rules.minWomen, unrecorded: members.filter((m) => m.gender === null).length, basis: rules.basis.minWomen ?? "" });
  if (team.ethnicArea) {
    const ethnic = members.filter((m) => m.ethnicMinority === true).length;
    if (ethnic < rules.minEthnicMinority) out.push({ code: "NO_ETHNIC_MINORITY", min: rules.minEthnicMinority, unrecorded: members.filter((m) => m.ethnicMinority === null).length, basis: rules.basis.minEthnicMinority ?? "" });
  }
  return out;
}

/** The end of the last day on which the assigned mediator must start (the day of assignment not counted, Civil Code art. 147). */
export function startBy(assignedAt: Date, rules: Pick<MediationRules, "startDays" | "startDayType">, cal: WorkCalendar): Date {
  return addDays(assignedAt, rules.startDays, rules.startDayType, cal);
}

/**
 * Where a mediation stands against its start deadline: UNASSIGNED (no
 * mediator yet), STARTED / STARTED_LATE (a session was held), DUE (not yet
 * started, deadline ahead), OVERDUE. Closed mediations are not judged (null).
 */
export type StartState = "UNASSIGNED" | "STARTED" | "STARTED_LATE" | "DUE" | "OVERDUE";

export function startState(m: { status: string; assignedAt: Date | null; firstSessionAt: Date | null }, deadline: Date | null, now: Date): StartState | null {
  if (!m.assignedAt || !deadline) return m.status === "OPEN" && !m.firstSessionAt ? "UNASSIGNED" : null;
  if (m.firstSessionAt) return m.firstSessionAt.getTime() <= deadline.getTime() ? "STARTED" : "STARTED_LATE";
  if (m.status !== "OPEN") return null;
  return now.getTime() <= deadline.getTime() ? "DUE" : "OVERDUE";
}
