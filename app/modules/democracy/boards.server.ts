import { audit } from "~/modules/audit/audit.server";
import { parseIdentifier } from "~/modules/auth/schemas";
import { openStatuses } from "~/modules/cases/constants";
import type { CheckedFile } from "~/modules/files/files.server";
import { notify } from "~/modules/notifications/notifications.server";
import { addLocalDays, localDate, startOfLocalDay } from "~/modules/deadlines/calendar";
import { db, write } from "~/utils/db.server";
import { afterCursorDesc, decodeCursor, newestFirst } from "~/utils/keyset";
import { forbidden, notFound } from "~/utils/http.server";
import { mayAnswerBoards, mayManageDemocracy } from "./access.server";
import { answerRuleFor, type BoardKind, type MemberRole } from "./constants";
import { attachDocuments, documentsOf, storeDocuments } from "./documents.server";
import { answeredOnTime, isRecommendationOverdue, planNoticeGiven, recommendationDueAt } from "./recommendations";
import { keysetPage, onceByToken } from "./once.server";
import type { FieldErrors, Result } from "./results";
import { maxDeliveredDaysAgo } from "./constants";
import { ruleInForce } from "./rules";
import { democracyContext } from "./rules.server";

type Officer = { id: string; role: string; unitId: string | null };
type Member = { id: string };

export async function unitBoards(unitId: string) {
  return db.supervisionBoard.findMany({
    where: { unitId },
    orderBy: [{ active: "desc" }, { kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      kind: true,
      name: true,
      project: true,
      active: true,
      members: { where: { until: null }, select: { role: true, user: { select: { id: true, fullName: true } } }, orderBy: { role: "asc" } },
      _count: { select: { recommendations: { where: { status: "SENT" } } } },
    },
  });
}

export async function createBoard(officer: Officer, input: { kind: BoardKind; name: string; project?: string }, now = new Date()): Promise<{ id: string }> {
  if (!officer.unitId || !mayManageDemocracy(officer, officer.unitId)) forbidden();
  const unitId = officer.unitId;
  return write(async (tx) => {
    const b = await tx.supervisionBoard.create({ data: { unitId, kind: input.kind, name: input.name, project: input.project ?? null, termFrom: now }, select: { id: true } });
    await audit(tx, { actorId: officer.id, action: "SUPERVISION_BOARD_CREATED", targetType: "SupervisionBoard", targetId: b.id, data: { kind: input.kind } });
    return b;
  });
}

async function officerBoard(officer: Officer, boardId: string) {
  const b = await db.supervisionBoard.findUnique({ where: { id: boardId }, select: { id: true, unitId: true, kind: true, name: true } });
  if (!b) notFound();
  if (!mayManageDemocracy(officer, b.unitId)) forbidden();
  return b;
}

/** Adds a resident (a citizen account, by email or phone) to a board with a role. */
export async function addMember(officer: Officer, boardId: string, input: { account: string; role: MemberRole }, now = new Date()): Promise<Result> {
  await officerBoard(officer, boardId);
  const id = parseIdentifier(input.account);
  const user = id ? await db.user.findFirst({ where: { ...id, role: "CITIZEN", disabled: false }, select: { id: true } }) : null;
  if (!user) return { ok: false, errors: { account: ["democracy.errors.noResident"] } };
  return write(async (tx) => {
    await tx.supervisionMember.upsert({
      where: { boardId_userId: { boardId, userId: user.id } },
      create: { boardId, userId: user.id, role: input.role, since: now },
      update: { role: input.role, until: null },
    });
    await audit(tx, { actorId: officer.id, action: "SUPERVISION_MEMBER_ADDED", targetType: "SupervisionBoard", targetId: boardId, data: { userId: user.id, role: input.role } });
    return { ok: true as const };
  });
}

export async function removeMember(officer: Officer, boardId: string, userId: string, now = new Date()): Promise<void> {
  await officerBoard(officer, boardId);
  await write(async (tx) => {
    await tx.supervisionMember.updateMany({ where: { boardId, userId, until: null }, data: { until: now } });
    await audit(tx, { actorId: officer.id, action: "SUPERVISION_MEMBER_REMOVED", targetType: "SupervisionBoard", targetId: boardId, data: { userId } });
  });
}

/** The boards a resident serves on now. */
export async function boardsOfMember(userId: string) {
  return db.supervisionMember.findMany({
    where: { userId, until: null, board: { active: true } },
    select: { role: true, board: { select: { id: true, kind: true, name: true, unit: { select: { name: true } } } } },
  });
}

/** A serving member's board, or 403: nobody else may act for it or see its supervision access. */
export async function requireMember(user: Member, boardId: string) {
  const membership = await db.supervisionMember.findUnique({
    where: { boardId_userId: { boardId, userId: user.id } },
    select: { role: true, until: true, board: { select: { id: true, unitId: true, kind: true, name: true, project: true, active: true, unit: { select: { name: true, code: true } } } } },
  });
  if (!membership || membership.until || !membership.board.active) forbidden();
  return { role: membership.role, board: membership.board };
}

const recommendationSelect = {
  id: true,
  title: true,
  findings: true,
  recommendation: true,
  sentAt: true,
  dueAt: true,
  status: true,
  answer: true,
  answeredAt: true,
  answeredOnTime: true,
  version: true,
  board: { select: { id: true, name: true, kind: true } },
} as const;

/** A board's page: members, plans, and its recommendations with the commune's answers (overdue derived). */
export async function boardView(boardId: string, now = new Date()) {
  const [members, plans, recommendations] = await Promise.all([
    db.supervisionMember.findMany({ where: { boardId, until: null }, orderBy: { role: "asc" }, select: { role: true, user: { select: { id: true, fullName: true } } } }),
    db.supervisionPlan.findMany({ where: { boardId }, orderBy: { activityFrom: "desc" }, take: 50, select: { id: true, title: true, content: true, activityFrom: true, activityTo: true, sentAt: true } }),
    db.supervisionRecommendation.findMany({ where: { boardId }, orderBy: [{ sentAt: "desc" }, { id: "desc" }], take: 100, select: recommendationSelect }),
  ]);
  return { members, plans, recommendations: recommendations.map((r) => ({ ...r, overdue: isRecommendationOverdue(r, now) })) };
}

/**
 * A supervision plan, sent to the commune's chair at least the PLAN_NOTICE
 * rule's working days before the activity (counted by the deadline engine).
 */
export async function sendPlan(member: Member, boardId: string, input: { title: string; content: string; activityFrom: string; activityTo: string }, now = new Date()): Promise<Result<{ id: string }>> {
  await requireMember(member, boardId);
  const { rules, calendar } = await democracyContext();
  const rule = ruleInForce(rules, "PLAN_NOTICE", now);
  const from = startOfLocalDay(input.activityFrom);
  const to = startOfLocalDay(input.activityTo);
  const errors: FieldErrors = {};
  if (to.getTime() < from.getTime()) errors.activityTo = ["democracy.errors.endBeforeStart"];
  if (rule && !planNoticeGiven(rule, calendar, now, from)) errors.activityFrom = [`democracy.errors.planNotice?days=${rule.days}`];
  if (Object.keys(errors).length) return { ok: false, errors };
  return write(async (tx) => {
    const p = await tx.supervisionPlan.create({
      data: { boardId, title: input.title, content: input.content, activityFrom: from, activityTo: to, sentAt: now, createdById: member.id },
      select: { id: true },
    });
    await audit(tx, { actorId: member.id, action: "SUPERVISION_PLAN_SENT", targetType: "SupervisionBoard", targetId: boardId, data: { planId: p.id } });
    return { ok: true as const, id: p.id };
  });
}

export type RecommendationInput = { title: string; findings: string; recommendation: string; deliveredOn?: string; submissionToken: string };

/**
 * A board sends findings and a recommendation to the commune. The commune's
 * deadline is counted from the day it reached the commune — today, or the day
 * a paper recommendation was delivered before being registered here (at most
 * `maxDeliveredDaysAgo` days back) — under the board kind's ANSWER rule in
 * force that day. The commune's leaders are told.
 */
export async function sendRecommendation(member: Member, boardId: string, input: RecommendationInput, files: CheckedFile[], now = new Date()): Promise<Result<{ id: string; dueAt: Date }>> {
  const { board } = await requireMember(member, boardId);
  const already = await db.supervisionRecommendation.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true, boardId: true, dueAt: true } });
  if (already) return already.boardId === boardId ? { ok: true, id: already.id, dueAt: already.dueAt } : forbidden();
  const today = localDate(now);
  if (input.deliveredOn && (input.deliveredOn > today || input.deliveredOn < addLocalDays(today, -maxDeliveredDaysAgo))) {
    return { ok: false, errors: { deliveredOn: [`democracy.errors.deliveredOn?days=${maxDeliveredDaysAgo}`] } };
  }
  const sentAt = input.deliveredOn && input.deliveredOn < today ? startOfLocalDay(input.deliveredOn) : now;
  const { rules, calendar } = await democracyContext();
  const rule = ruleInForce(rules, answerRuleFor[board.kind as BoardKind], sentAt);
  if (!rule) return { ok: false, errors: { "": ["democracy.errors.noRule"] } };
  const dueAt = recommendationDueAt(rule, calendar, sentAt);
  const stored = await storeDocuments(files);
  const id = await onceByToken(
    () =>
      write(async (tx) => {
        const r = await tx.supervisionRecommendation.create({
          data: {
            boardId,
            unitId: board.unitId,
            title: input.title,
            findings: input.findings,
            recommendation: input.recommendation,
            sentAt,
            sentById: member.id,
            ruleId: rule.id,
            dueAt,
            submissionToken: input.submissionToken,
            createdAt: now,
          },
          select: { id: true },
        });
        await attachDocuments(tx, { recommendationId: r.id }, member.id, input.submissionToken, stored);
        await audit(tx, { actorId: member.id, action: "RECOMMENDATION_SENT", targetType: "SupervisionRecommendation", targetId: r.id, data: { boardId, sentAt: sentAt.toISOString(), dueAt: dueAt.toISOString() } });
        const leaders = await tx.user.findMany({ where: { unitId: board.unitId, role: "LEADER", disabled: false }, select: { id: true } });
        for (const l of leaders) {
          await notify(tx, { userId: l.id }, "DEMOCRACY_RECOMMENDATION_SENT", { board: board.name, title: input.title }, { link: `/desk/democracy/recommendations/${r.id}` });
        }
        return r.id;
      }),
    () => db.supervisionRecommendation.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true } }),
  );
  // A double submit returns the first recommendation, with its own deadline.
  const saved = await db.supervisionRecommendation.findUniqueOrThrow({ where: { id }, select: { dueAt: true } });
  return { ok: true, id, dueAt: saved.dueAt };
}

/** A recommendation for the commune's officers (or a member of its board): with its documents. */
export async function recommendationView(viewer: Officer, id: string, now = new Date()) {
  const r = await db.supervisionRecommendation.findUnique({ where: { id }, select: { ...recommendationSelect, unitId: true, boardId: true } });
  if (!r) return null;
  const isMember = !!(await db.supervisionMember.findFirst({ where: { boardId: r.boardId, userId: viewer.id, until: null }, select: { userId: true } }));
  if (!isMember && !mayManageDemocracy(viewer, r.unitId) && !mayAnswerBoards(viewer, r.unitId)) forbidden();
  return { ...r, overdue: isRecommendationOverdue(r, now), documents: await documentsOf({ recommendationId: id }), mayAnswer: mayAnswerBoards(viewer, r.unitId) && r.status === "SENT" };
}

/** The commune's leader answers; on time or late is fixed now, against the due date. The board's members are told. */
export async function answerRecommendation(leader: Officer, id: string, input: { answer: string; version: number }, now = new Date()): Promise<Result<{ onTime: boolean }>> {
  const r = await db.supervisionRecommendation.findUnique({ where: { id }, select: { unitId: true, boardId: true, dueAt: true, title: true, board: { select: { name: true } } } });
  if (!r) notFound();
  if (!mayAnswerBoards(leader, r.unitId)) forbidden();
  const onTime = answeredOnTime(now, r.dueAt);
  return write(async (tx) => {
    const { count } = await tx.supervisionRecommendation.updateMany({
      where: { id, version: input.version, status: "SENT" },
      data: { status: "ANSWERED", answer: input.answer, answeredById: leader.id, answeredAt: now, answeredOnTime: onTime, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const, conflict: true as const };
    await audit(tx, { actorId: leader.id, action: "RECOMMENDATION_ANSWERED", targetType: "SupervisionRecommendation", targetId: id, data: { onTime } });
    const members = await tx.supervisionMember.findMany({ where: { boardId: r.boardId, until: null }, select: { userId: true } });
    for (const m of members) {
      await notify(tx, { userId: m.userId }, "DEMOCRACY_RECOMMENDATION_ANSWERED", { board: r.board.name, title: r.title }, { link: `/democracy/boards/${r.boardId}` });
    }
    return { ok: true as const, onTime };
  });
}

/** Recommendations awaiting the commune's answer, earliest deadline first, for the leader's desk (index unitId, status, dueAt). */
export async function awaitingAnswer(unitIds: string[], now = new Date(), take = 10) {
  if (!unitIds.length) return { rows: [], overdue: 0, open: 0 };
  const where = { unitId: { in: unitIds }, status: "SENT" };
  const [rows, overdue, open] = await Promise.all([
    db.supervisionRecommendation.findMany({ where, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take, select: { id: true, title: true, sentAt: true, dueAt: true, status: true, board: { select: { name: true } } } }),
    db.supervisionRecommendation.count({ where: { ...where, dueAt: { lt: now } } }),
    db.supervisionRecommendation.count({ where }),
  ]);
  return { rows: rows.map((r) => ({ ...r, overdue: isRecommendationOverdue(r, now) })), overdue, open };
}

/** A commune's recommendations for its officers, newest first (keyset on unitId, sentAt). */
export async function unitRecommendations(unitId: string, cursor: string | null, now = new Date()) {
  const { after, ...order } = newestFirst("sentAt", cursor, 30);
  const rows = await db.supervisionRecommendation.findMany({ where: { unitId, ...after }, ...order, select: recommendationSelect });
  const page = keysetPage(rows, 30, (r) => r.sentAt);
  return { rows: page.rows.map((r) => ({ ...r, overdue: isRecommendationOverdue(r, now) })), nextCursor: page.nextCursor };
}

// ── the People's Inspection Board's read-only, audited access to the commune's cases ──

/**
 * The People's Inspection Board supervises how the commune settles complaints,
 * denunciations, petitions and feedback (Điều 38): its members may read the
 * commune's cases — the facts of their handling, never who sent them (nor a
 * denunciation's subject) — and every look is written to the audit log.
 * An investment-supervision board supervises its project, not the cases.
 */
async function requireInspectionMember(user: Member, boardId: string) {
  const m = await requireMember(user, boardId);
  if (m.board.kind !== "PEOPLES_INSPECTION") forbidden();
  return m;
}

export async function boardCases(user: Member, boardId: string, cursor: string | null, now = new Date()) {
  const { board } = await requireInspectionMember(user, boardId);
  const rows = await db.case.findMany({
    where: { unitId: board.unitId, ...afterCursorDesc("submittedAt", decodeCursor(cursor)) },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 31,
    select: { id: true, code: true, kind: true, status: true, title: true, submittedAt: true, nextDueAt: true, resolvedAt: true, resolvedOnTime: true },
  });
  await write((tx) => audit(tx, { actorId: user.id, action: "SUPERVISION_CASES_LISTED", targetType: "SupervisionBoard", targetId: boardId, data: { cursor: cursor ?? null } }));
  const page = keysetPage(rows, 30, (r) => r.submittedAt);
  return {
    board,
    cases: page.rows.map(({ id: _id, title, ...c }) => ({
      ...c,
      title: c.kind === "DENUNCIATION" ? null : title,
      overdue: !!c.nextDueAt && (openStatuses as readonly string[]).includes(c.status) && c.nextDueAt.getTime() < now.getTime(),
    })),
    nextCursor: page.nextCursor,
  };
}

export async function boardCase(user: Member, boardId: string, code: string, now = new Date()) {
  const { board } = await requireInspectionMember(user, boardId);
  const c = await db.case.findUnique({
    where: { code },
    select: {
      id: true,
      unitId: true,
      code: true,
      kind: true,
      status: true,
      channel: true,
      title: true,
      submittedAt: true,
      acceptedAt: true,
      acceptDueAt: true,
      dueAt: true,
      nextDueAt: true,
      extensionCount: true,
      resolvedAt: true,
      resolvedOnTime: true,
      closedAt: true,
      category: { select: { nameVi: true, nameEn: true } },
      events: { where: { visibility: "PUBLIC" }, orderBy: { createdAt: "asc" }, select: { id: true, type: true, createdAt: true } },
    },
  });
  // Another commune's case is as missing as a case that does not exist.
  if (!c || c.unitId !== board.unitId) notFound();
  await write((tx) => audit(tx, { actorId: user.id, action: "SUPERVISION_CASE_VIEWED", targetType: "Case", targetId: c.id, data: { boardId } }));
  const { id: _id, unitId: _u, title, ...rest } = c;
  return {
    board,
    case: {
      ...rest,
      title: c.kind === "DENUNCIATION" ? null : title,
      overdue: !!c.nextDueAt && (openStatuses as readonly string[]).includes(c.status) && c.nextDueAt.getTime() < now.getTime(),
    },
  };
}
