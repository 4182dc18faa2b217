import { audit } from "~/modules/audit/audit.server";
import { anonymiseText } from "~/modules/board/anonymise";
import type { CheckedFile } from "~/modules/files/files.server";
import { createServerI18n } from "~/i18n/i18n.server";
import { db, write } from "~/utils/db.server";
import { newestFirst } from "~/utils/keyset";
import { forbidden, notFound } from "~/utils/http.server";
import { formatDateTime } from "~/utils/dates";
import { mayManageDemocracy } from "./access.server";
import { consultationPhase, mayDoConsultation, publishReadiness, type ConsultationAction } from "./consultation-state";
import { attachDocuments, documentsOf, storeDocuments } from "./documents.server";
import { keysetPage, onceByToken } from "./once.server";
import type { FieldErrors, Result } from "./results";
import { postDemocracyNotice } from "./publish.server";
import { citation, ruleInForce } from "./rules";
import { loadDemocracyRules } from "./rules.server";

type Officer = { id: string; role: string; unitId: string | null };

export type OpenConsultationInput = { subject: string; title: string; description: string; opensAt: Date; closesAt: Date; submissionToken: string };

export async function openConsultation(officer: Officer, input: OpenConsultationInput, files: CheckedFile[], now = new Date()): Promise<Result<{ id: string }>> {
  if (!officer.unitId || !mayManageDemocracy(officer, officer.unitId)) forbidden();
  const unitId = officer.unitId;
  const already = await db.consultation.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true, unitId: true } });
  if (already) return already.unitId === unitId ? { ok: true, id: already.id } : forbidden();
  const rule = ruleInForce(await loadDemocracyRules(), input.subject, now);
  const errors: FieldErrors = {};
  if (!rule || rule.kind !== "CONSULT") errors.subject = ["errors.invalidChoice"];
  if (input.closesAt.getTime() <= input.opensAt.getTime()) errors.closesAt = ["democracy.errors.closesBeforeOpens"];
  if (input.closesAt.getTime() <= now.getTime()) errors.closesAt = ["democracy.errors.closesInPast"];
  if (!rule || Object.keys(errors).length) return { ok: false, errors };
  const stored = await storeDocuments(files);
  const id = await onceByToken(
    () =>
      write(async (tx) => {
        const c = await tx.consultation.create({
          data: { unitId, ruleId: rule.id, subject: rule.code, title: input.title, description: input.description, opensAt: input.opensAt, closesAt: input.closesAt, openedById: officer.id, submissionToken: input.submissionToken, createdAt: now },
          select: { id: true },
        });
        await attachDocuments(tx, { consultationId: c.id }, officer.id, input.submissionToken, stored);
        await audit(tx, { actorId: officer.id, action: "CONSULTATION_OPENED", targetType: "Consultation", targetId: c.id, data: { subject: rule.code } });
        return c.id;
      }),
    () => db.consultation.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true } }),
  );
  return { ok: true, id };
}

export const consultationPageSize = 20;
const listSelect = { id: true, title: true, subject: true, status: true, opensAt: true, closesAt: true, unit: { select: { code: true, name: true } } } as const;

function page<R extends { id: string; opensAt: Date }>(rows: R[]) {
  const { rows: consultations, nextCursor } = keysetPage(rows, consultationPageSize, (r) => r.opensAt);
  return { consultations, nextCursor };
}

async function consultationPage(where: { unitId?: string }, cursor: string | null | undefined) {
  const { after, ...order } = newestFirst("opensAt", cursor, consultationPageSize);
  return page(await db.consultation.findMany({ where: { ...where, ...after }, ...order, select: listSelect }));
}

export function unitConsultations(unitId: string, cursor: string | null) {
  return consultationPage({ unitId }, cursor);
}

export function publicConsultations(query: { unitId?: string | null; cursor?: string | null }) {
  return consultationPage(query.unitId ? { unitId: query.unitId } : {}, query.cursor);
}

const consultationSelect = {
  id: true,
  unitId: true,
  subject: true,
  title: true,
  description: true,
  opensAt: true,
  closesAt: true,
  status: true,
  publishedAt: true,
  noticeId: true,
  decisionRef: true,
  decisionText: true,
  decidedAt: true,
  version: true,
  unit: { select: { code: true, name: true } },
  rule: { select: { code: true, document: true, article: true, clause: true, source: true, confirmed: true, note: true } },
} as const;

/**
 * What anyone may see: the consultation, its documents, and — once the
 * commune has published its answers — the accepted comments, without their
 * authors' names (and any name, phone or email in them masked), under the
 * answer to their group. A signed-in resident also sees their own comments
 * and where moderation stands.
 */
export async function publicConsultation(id: string, viewerId: string | null, now = new Date()) {
  const c = await db.consultation.findUnique({ where: { id }, select: consultationSelect });
  if (!c) return null;
  const phase = consultationPhase(c, now);
  const published = phase === "PUBLISHED" || phase === "DECIDED";
  const [documents, groups, mine] = await Promise.all([
    documentsOf({ consultationId: id }),
    published
      ? db.consultationGroup.findMany({
          where: { consultationId: id },
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          select: {
            id: true,
            title: true,
            answer: true,
            comments: { where: { moderation: "ACCEPTED" }, orderBy: { createdAt: "asc" }, select: { id: true, body: true, author: { select: { fullName: true, email: true, phone: true } } } },
          },
        })
      : Promise.resolve([]),
    db.consultationComment.findMany({
      // No viewer: an impossible author, so the query type stays one shape.
      where: { consultationId: id, authorId: viewerId ?? "-" },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, moderation: true, createdAt: true },
    }),
  ]);
  const { version: _v, unitId: _u, ...facts } = c;
  return {
    ...facts,
    phase,
    documents,
    mine,
    groups: groups
      .filter((g) => g.comments.length)
      .map((g) => ({
        id: g.id,
        title: g.title,
        answer: g.answer,
        comments: g.comments.map((cm) => ({ id: cm.id, body: anonymiseText(cm.body, { names: [cm.author.fullName], emails: [cm.author.email], phones: [cm.author.phone] }) })),
      })),
  };
}

export type CommentResult = { ok: true; id: string } | { ok: false; error: string };

/** A signed-in resident comments while the consultation is open; the form token makes a double submit one comment. */
export async function addComment(user: { id: string; role: string }, consultationId: string, input: { body: string; submissionToken: string }, now = new Date()): Promise<CommentResult> {
  if (user.role !== "CITIZEN") forbidden();
  const c = await db.consultation.findUnique({ where: { id: consultationId }, select: { status: true, opensAt: true, closesAt: true } });
  if (!c) notFound();
  const allowed = mayDoConsultation("comment", c, now);
  if (!allowed.ok) return { ok: false, error: `democracy.refusals.${allowed.reason}` };
  const existing = await db.consultationComment.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true, authorId: true } });
  if (existing) return existing.authorId === user.id ? { ok: true, id: existing.id } : forbidden();
  const id = await onceByToken(
    () => write(async (tx) => (await tx.consultationComment.create({ data: { consultationId, authorId: user.id, body: input.body, submissionToken: input.submissionToken, createdAt: now }, select: { id: true } })).id),
    () => db.consultationComment.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true } }),
  );
  return { ok: true, id };
}

async function requireOfficerConsultation(officer: Officer, consultationId: string) {
  const c = await db.consultation.findUnique({ where: { id: consultationId }, select: consultationSelect });
  if (!c) notFound();
  if (!mayManageDemocracy(officer, c.unitId)) forbidden();
  return c;
}

/** For the commune's officers: every comment with its moderation and group, the groups and their answers, and what publication still waits for. */
export async function staffConsultation(officer: Officer, consultationId: string, now = new Date()) {
  const c = await requireOfficerConsultation(officer, consultationId);
  const [documents, comments, groups] = await Promise.all([
    documentsOf({ consultationId }),
    db.consultationComment.findMany({
      where: { consultationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 1000,
      select: { id: true, body: true, moderation: true, rejectReason: true, groupId: true, createdAt: true },
    }),
    db.consultationGroup.findMany({ where: { consultationId }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { id: true, title: true, answer: true } }),
  ]);
  const readiness = publishReadiness(comments, groups);
  const allowed = (["moderate", "group", "publish", "decide"] as ConsultationAction[]).filter((a) => mayDoConsultation(a, c, now, readiness).ok);
  return { consultation: c, phase: consultationPhase(c, now), documents, comments, groups, readiness, allowed };
}

function refuse(action: ConsultationAction, c: { status: string; opensAt: Date; closesAt: Date }, now: Date): string | null {
  const r = mayDoConsultation(action, c, now);
  return r.ok ? null : `democracy.refusals.${r.reason}`;
}

export async function moderateComment(
  officer: Officer,
  consultationId: string,
  input: { commentId: string; decision: "ACCEPTED" | "REJECTED"; reason?: string; groupId?: string | null },
  now = new Date(),
): Promise<Result> {
  const c = await requireOfficerConsultation(officer, consultationId);
  const refused = refuse("moderate", c, now);
  if (refused) return { ok: false, errors: { "": [refused] } };
  if (input.decision === "REJECTED" && !input.reason) return { ok: false, errors: { reason: ["errors.required"] } };
  if (input.groupId && !(await db.consultationGroup.findFirst({ where: { id: input.groupId, consultationId }, select: { id: true } }))) {
    return { ok: false, errors: { groupId: ["errors.invalidChoice"] } };
  }
  return write(async (tx) => {
    const { count } = await tx.consultationComment.updateMany({
      where: { id: input.commentId, consultationId },
      data: {
        moderation: input.decision,
        rejectReason: input.decision === "REJECTED" ? (input.reason ?? null) : null,
        groupId: input.decision === "ACCEPTED" ? (input.groupId ?? null) : null,
        moderatedById: officer.id,
        moderatedAt: now,
      },
    });
    if (count === 0) notFound();
    await audit(tx, { actorId: officer.id, action: `COMMENT_${input.decision}`, targetType: "ConsultationComment", targetId: input.commentId, reason: input.reason ?? null });
    return { ok: true as const };
  });
}

/** A new group of comments on one point, or the commune's answer to a group. */
export async function saveGroup(officer: Officer, consultationId: string, input: { groupId?: string; title: string; answer?: string }, now = new Date()): Promise<Result<{ id: string }>> {
  const c = await requireOfficerConsultation(officer, consultationId);
  const refused = refuse("group", c, now);
  if (refused) return { ok: false, errors: { "": [refused] } };
  return write(async (tx) => {
    if (input.groupId) {
      const { count } = await tx.consultationGroup.updateMany({ where: { id: input.groupId, consultationId }, data: { title: input.title, answer: input.answer?.trim() || null } });
      if (count === 0) notFound();
      await audit(tx, { actorId: officer.id, action: "CONSULTATION_GROUP_ANSWERED", targetType: "Consultation", targetId: consultationId, data: { groupId: input.groupId } });
      return { ok: true as const, id: input.groupId };
    }
    const count = await tx.consultationGroup.count({ where: { consultationId } });
    const g = await tx.consultationGroup.create({ data: { consultationId, title: input.title, answer: input.answer?.trim() || null, sortOrder: count }, select: { id: true } });
    return { ok: true as const, id: g.id };
  });
}

/**
 * Publishes the commune's answers after the close: every comment moderated,
 * every accepted one in a group, every such group answered. The answers go on
 * the notice board (the CONSULTATION category) and the comments become public.
 */
export async function publishAnswers(officer: Officer, consultationId: string, version: number, now = new Date()): Promise<Result<{ noticeId: string | null }>> {
  const view = await staffConsultation(officer, consultationId, now);
  const allowed = mayDoConsultation("publish", view.consultation, now, view.readiness);
  if (!allowed.ok) return { ok: false, errors: { "": [`democracy.refusals.${allowed.reason}`] } };
  const done = await write(async (tx) => {
    const { count } = await tx.consultation.updateMany({ where: { id: consultationId, version, status: "OPEN" }, data: { status: "PUBLISHED", publishedAt: now, version: { increment: 1 } } });
    if (count === 0) return false;
    await audit(tx, { actorId: officer.id, action: "CONSULTATION_ANSWERS_PUBLISHED", targetType: "Consultation", targetId: consultationId });
    return true;
  });
  if (!done) return { ok: false, conflict: true };
  return { ok: true, noticeId: await publishConsultationNotice(officer, consultationId, now) };
}

export async function publishConsultationNotice(officer: Officer, consultationId: string, now = new Date()): Promise<string | null> {
  const c = await db.consultation.findUnique({ where: { id: consultationId }, include: { unit: { select: { name: true } }, rule: true } });
  if (!c || c.status === "OPEN") return null;
  if (c.noticeId) return c.noticeId;
  const groups = await db.consultationGroup.findMany({
    where: { consultationId, comments: { some: { moderation: "ACCEPTED" } } },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { title: true, answer: true, _count: { select: { comments: { where: { moderation: "ACCEPTED" } } } } },
  });
  const { t } = createServerI18n("vi");
  const body = [
    t("democracy.notice.consultationLead", { unit: c.unit.name, title: c.title, from: formatDateTime(c.opensAt, "vi"), to: formatDateTime(c.closesAt, "vi") }),
    t("democracy.notice.consultationCount", { comments: groups.reduce((s, g) => s + g._count.comments, 0), groups: groups.length }),
    ...groups.map((g, i) => t("democracy.notice.consultationGroup", { n: i + 1, title: g.title, count: g._count.comments, answer: g.answer ?? "" })),
    t("democracy.notice.basis", { basis: citation(c.rule) }),
  ].join("\n\n");
  const noticeId = await postDemocracyNotice(officer, { category: "CONSULTATION", title: t("democracy.notice.consultationTitle", { title: c.title }), body, token: `democracy-consult-${c.id}` }, now);
  if (noticeId) await write((tx) => tx.consultation.update({ where: { id: c.id }, data: { noticeId } }));
  return noticeId;
}

/** The commune's final decision on the consulted matter, linked to the consultation. */
export async function recordConsultationDecision(officer: Officer, consultationId: string, input: { decisionRef: string; decisionText: string; version: number }, now = new Date()): Promise<Result> {
  const c = await requireOfficerConsultation(officer, consultationId);
  const refused = refuse("decide", c, now);
  if (refused) return { ok: false, errors: { "": [refused] } };
  return write(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: { id: consultationId, version: input.version, status: "PUBLISHED" },
      data: { status: "DECIDED", decisionRef: input.decisionRef, decisionText: input.decisionText, decidedAt: now, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const, conflict: true as const };
    await audit(tx, { actorId: officer.id, action: "CONSULTATION_DECIDED", targetType: "Consultation", targetId: consultationId, data: { decisionRef: input.decisionRef } });
    return { ok: true as const };
  });
}
