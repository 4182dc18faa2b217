import { db } from "~/utils/db.server";
import { loadDeadlineContext } from "../deadlines/deadlines.server";
import { localDate, type WorkCalendar } from "../deadlines/calendar";
import { once } from "../jobs/lease.server";
import { notify } from "../notifications/notifications.server";
import { startBy, startState, teamWarnings, type MediationRules } from "./compliance";

/** The mediation figures in force at `at`, from LegalRule rows (seeded with their article; an admin may add a later row). */
export async function mediationRules(at = new Date()): Promise<MediationRules> {
  const rows = await db.legalRule.findMany({
    where: { code: { startsWith: "MEDIATION_" }, OR: [{ validFrom: null }, { validFrom: { lte: at } }], AND: [{ OR: [{ validTo: null }, { validTo: { gte: at } }] }] },
    orderBy: [{ validFrom: "asc" }],
  });
  // The latest row in force wins for each code.
  const by = new Map(rows.map((r) => [r.code, r]));
  const need = (code: string) => {
    const r = by.get(code);
    if (!r) throw new Error(`legal rule ${code} missing`);
    return r;
  };
  const cite = (code: string) => {
    const r = need(code);
    return `${r.document}, Điều ${r.article}${r.clause ? ` k.${r.clause}` : ""}${r.confirmed ? "" : " (chưa xác nhận)"}`;
  };
  const start = need("MEDIATION_START_DAYS");
  return {
    minMembers: need("MEDIATION_TEAM_MIN_MEMBERS").value,
    minWomen: need("MEDIATION_TEAM_MIN_WOMEN").value,
    minEthnicMinority: need("MEDIATION_TEAM_MIN_ETHNIC_MINORITY").value,
    startDays: start.value,
    startDayType: start.dayType === "WORKING" ? "WORKING" : "CALENDAR",
    basis: {
      minMembers: cite("MEDIATION_TEAM_MIN_MEMBERS"),
      minWomen: cite("MEDIATION_TEAM_MIN_WOMEN"),
      minEthnicMinority: cite("MEDIATION_TEAM_MIN_ETHNIC_MINORITY"),
      startDays: cite("MEDIATION_START_DAYS"),
    },
  };
}

/** What the commune sees when it saves (or opens) a team: the composition warnings of art. 12. */
export async function teamCompliance(teamId: string) {
  const [team, rules] = await Promise.all([
    db.mediationTeam.findUniqueOrThrow({ where: { id: teamId }, select: { ethnicArea: true, members: { select: { gender: true, ethnicMinority: true } } } }),
    mediationRules(),
  ]);
  return teamWarnings(team, team.members, rules);
}

type StartRow = { status: string; mediators: { assignedAt: Date }[]; sessions: { heldAt: Date }[] };

/** Each mediation's start deadline (from its first mediator's assignment) and where it stands. */
export async function withStartDeadlines<R extends StartRow>(rows: readonly R[], now = new Date()) {
  const [rules, { calendar }] = await Promise.all([mediationRules(now), loadDeadlineContext()]);
  return rows.map((row) => startFacts(row, rules, calendar, now));
}

function startFacts<R extends StartRow>(row: R, rules: MediationRules, cal: WorkCalendar, now: Date) {
  const assignedAt = row.mediators[0]?.assignedAt ?? null;
  const deadline = assignedAt ? startBy(assignedAt, rules, cal) : null;
  return { ...row, startBy: deadline, startState: startState({ status: row.status, assignedAt, firstSessionAt: row.sessions[0]?.heldAt ?? null }, deadline, now) };
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Reminds assigned mediators that mediation must start within 3 days of
 * their assignment (art. 20 k.2): on the last day, and once the deadline has
 * passed (then the team's leader too). Each reminder once per mediation and
 * assignment, however often the job runs (JobMark); run under the
 * maintenance lease, so one app server sends it.
 */
export async function remindMediationStart(now = new Date()): Promise<{ due: number; overdue: number }> {
  const rules = await mediationRules(now);
  const { calendar } = await loadDeadlineContext();
  // Assigned at most (days + a margin for days off) ago and not started: the window a deadline can fall in.
  const oldest = new Date(now.getTime() - (rules.startDays + 45) * dayMs);
  const assignments = await db.mediationMediator.findMany({
    where: { assignedAt: { gte: oldest, lte: now }, mediation: { status: "OPEN", sessions: { none: {} } } },
    orderBy: { assignedAt: "asc" },
    take: 500,
    select: {
      userId: true,
      assignedAt: true,
      mediation: { select: { id: true, code: true, team: { select: { areaName: true, members: { where: { isLeader: true }, select: { userId: true } } } } } },
    },
  });
  let due = 0;
  let overdue = 0;
  for (const a of assignments) {
    const deadline = startBy(a.assignedAt, rules, calendar);
    const params = { code: a.mediation.code, dueAt: localDate(deadline), area: a.mediation.team.areaName };
    const link = `/mediation/${a.mediation.code}`;
    const mark = `${a.mediation.id}:${a.userId}:${a.assignedAt.toISOString()}`;
    if (now.getTime() > deadline.getTime()) {
      const leaders = a.mediation.team.members.map((m) => m.userId).filter((id) => id !== a.userId);
      if (await once(`mediation-start-overdue:${mark}`, async (tx) => {
        for (const userId of [a.userId, ...leaders]) await notify(tx, { userId }, "MEDIATION_START_OVERDUE", params, { link });
      })) overdue++;
    } else if (localDate(now) === localDate(deadline)) {
      if (await once(`mediation-start-due:${mark}`, (tx) => notify(tx, { userId: a.userId }, "MEDIATION_START_DUE", params, { link }))) due++;
    }
  }
  return { due, overdue };
}
