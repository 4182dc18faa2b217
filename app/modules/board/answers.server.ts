import { textMatch } from "~/utils/search.server";
import { db, write, type Tx } from "~/utils/db.server";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { canAccessUnit } from "../auth/guards.server";
import { roleHasPermission } from "../auth/roles";
import { publicCopy } from "./anonymise";
import type { AnswersQuery } from "./schemas";

/**
 * Published answers: resolved feedback and petitions whose citizen agreed to
 * publication. The question and answer are copied, anonymised, into the
 * public* columns when the case is resolved; public pages and the API read
 * only those columns (never the citizen, contacts, location or attachments).
 */
export const answersPageSize = 20;

export function mayPublish(c: { kind: string; publishConsent: boolean }): boolean {
  return c.publishConsent && (c.kind === "FEEDBACK" || c.kind === "PETITION");
}

/**
 * The columns that publish a case, for applyTransition's update when the
 * resolution is approved: the anonymised copy (the citizen's name, emails and
 * phones masked) and the publication date.
 */
export async function publicationData(
  c: { title: string; description: string; resolutionText: string | null; citizenId: string | null; contactName: string | null; contactEmail: string | null; contactPhone: string | null },
  now: Date,
  client: Pick<Tx, "user"> = db,
) {
  const citizen = c.citizenId ? await client.user.findUnique({ where: { id: c.citizenId }, select: { fullName: true, email: true, phone: true } }) : null;
  const who = { names: [citizen?.fullName, c.contactName], emails: [citizen?.email, c.contactEmail], phones: [citizen?.phone, c.contactPhone] };
  return { publishedAt: now, ...publicCopy(c, who) };
}

/** Exactly what may leave the building. */
const publicSelect = {
  id: true,
  code: true,
  kind: true,
  publicTitle: true,
  publicQuestion: true,
  publicAnswer: true,
  submittedAt: true,
  resolvedAt: true,
  publishedAt: true,
  unit: { select: { code: true, name: true } },
  category: { select: { code: true, nameVi: true, nameEn: true } },
} as const;

type Row = {
  id: string;
  code: string;
  kind: string;
  publicTitle: string | null;
  publicQuestion: string | null;
  publicAnswer: string | null;
  submittedAt: Date;
  resolvedAt: Date | null;
  publishedAt: Date | null;
  unit: { code: string; name: string };
  category: { code: string; nameVi: string; nameEn: string } | null;
};

function shape(r: Row) {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    title: r.publicTitle ?? "",
    question: r.publicQuestion ?? "",
    answer: r.publicAnswer ?? "",
    submittedAt: r.submittedAt,
    resolvedAt: r.resolvedAt,
    publishedAt: r.publishedAt!,
    unit: r.unit,
    category: r.category,
  };
}
export type PublishedAnswer = ReturnType<typeof shape>;

export type AnswerFilter = Omit<AnswersQuery, "unit" | "category"> & { unitId?: string | null; categoryId?: string | null; limit?: number };

/** Newest first, keyset on the (publishedAt, id) index; search on the folded public text. */
export async function listPublishedAnswers(filter: AnswerFilter) {
  const size = filter.limit ?? answersPageSize;
  const where: Record<string, unknown> = { publishedAt: { not: null } };
  if (filter.kind) where.kind = filter.kind;
  if (filter.unitId) where.unitId = filter.unitId;
  if (filter.categoryId) where.categoryId = filter.categoryId;
  if (filter.q) Object.assign(where, await textMatch("casePublic", filter.q, { words: true }));
  const rows = await db.case.findMany({
    where: { AND: [where, afterCursorDesc("publishedAt", decodeCursor(filter.cursor))] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: size + 1,
    select: publicSelect,
  });
  const shown = rows.slice(0, size);
  const last = shown.at(-1);
  return {
    answers: shown.map(shape),
    nextCursor: rows.length > size && last?.publishedAt ? encodeCursor({ id: last.id, at: last.publishedAt }) : null,
  };
}

export async function publishedAnswer(code: string) {
  const row = await db.case.findFirst({ where: { code, publishedAt: { not: null } }, select: publicSelect });
  return row ? shape(row) : null;
}

/** Filters given by code in a URL, resolved to ids; null when a code is unknown (the caller answers 400). */
export async function resolveAnswerFilter(query: AnswersQuery): Promise<{ unitId: string | null; categoryId: string | null } | { unknown: "unit" | "category" }> {
  const [unit, category] = await Promise.all([
    query.unit ? db.unit.findUnique({ where: { code: query.unit }, select: { id: true } }) : null,
    query.category ? db.category.findUnique({ where: { code: query.category }, select: { id: true } }) : null,
  ]);
  if (query.unit && !unit) return { unknown: "unit" };
  if (query.category && !category) return { unknown: "category" };
  return { unitId: unit?.id ?? null, categoryId: category?.id ?? null };
}

/** One answer as the open-data API gives it (docs/api.md). */
export function answerJson(a: PublishedAnswer, origin: string) {
  return {
    code: a.code,
    kind: a.kind,
    title: a.title,
    question: a.question,
    answer: a.answer,
    unit: a.unit,
    category: a.category,
    submittedAt: a.submittedAt.toISOString(),
    resolvedAt: a.resolvedAt?.toISOString() ?? null,
    publishedAt: a.publishedAt.toISOString(),
    url: `${origin}/answers/${a.code}`,
  };
}

export type WithdrawResult = { ok: true } | { ok: false; error: "not-found" | "forbidden" | "conflict" };

/**
 * A leader of the unit (or above it) takes a published answer off the public
 * pages — the masking missed a name, the answer was wrong. The public copy is
 * erased, not just hidden; the case's timeline records who did it and why.
 */
export async function withdrawPublication(
  officer: { id: string; role: string; unitId: string | null; unit: { path: string } | null },
  code: string,
  reason: string,
  now = new Date(),
): Promise<WithdrawResult> {
  const c = await db.case.findFirst({ where: { code, publishedAt: { not: null } }, select: { id: true, version: true, status: true, unit: { select: { id: true, path: true } } } });
  if (!c) return { ok: false, error: "not-found" };
  if (!roleHasPermission(officer.role, "case:approve") || !canAccessUnit(officer, c.unit)) return { ok: false, error: "forbidden" };
  return write(async (tx) => {
    const { count } = await tx.case.updateMany({
      where: { id: c.id, version: c.version, publishedAt: { not: null } },
      data: { publishedAt: null, publicTitle: null, publicQuestion: null, publicAnswer: null, publicSearch: null, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const, error: "conflict" as const };
    await tx.caseEvent.create({
      data: { caseId: c.id, type: "PUBLICATION_WITHDRAWN", fromStatus: c.status, toStatus: c.status, actorId: officer.id, visibility: "PUBLIC", note: reason, createdAt: now },
    });
    return { ok: true as const };
  });
}

/** Whether this signed-in user may withdraw this published answer (to show them the way). */
export async function mayWithdraw(user: { role: string; unitId: string | null; unit: { path: string } | null } | null, code: string) {
  if (!user || !roleHasPermission(user.role, "case:approve")) return false;
  const c = await db.case.findFirst({ where: { code, publishedAt: { not: null } }, select: { unit: { select: { id: true, path: true } } } });
  return !!c && canAccessUnit(user, c.unit);
}
