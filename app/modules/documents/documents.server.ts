import { db } from "~/utils/db.server";
import { clientAddress, notFound } from "~/utils/http.server";
import type { SessionUser } from "../auth/session.server";
import { requireCitizenCase, requireFirstInstanceOfAppeal, requireStaffCase } from "../cases/access.server";
import { isSealed, mayReveal, recordReveal } from "../cases/confidentiality.server";
import type { Actor } from "../cases/workflow";
import { availableDocuments, composeDocument, type AvailableDocument, type CaseFacts, type CitizenOnDocument, type DialogueFacts, type DocumentEvent, type DocumentModel } from "./compose";
import { documentTemplates, isDocumentId, type DocumentId } from "./templates";

/**
 * The official documents of a case for whoever may read it: the citizen of the
 * case (their own, or one followed with code + secret; anything else is 404)
 * and the staff of its unit (another unit's staff: 403). Who is named follows
 * the confidentiality rule: a denouncer only on a document addressed to them,
 * and to staff only when they may reveal the identity — which is audited.
 */
type Reader = { kind: "citizen" } | { kind: "staff"; actor: Actor; userId: string; ip: string };

type LoadedCase = Awaited<ReturnType<typeof requireCitizenCase>>["case"];

async function caseFacts(c: LoadedCase | Awaited<ReturnType<typeof requireStaffCase>>["case"]): Promise<{ facts: CaseFacts; citizenName: string | null }> {
  const [unit, citizen, firstInstance] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: c.unitId }, select: { name: true, path: true, level: { select: { code: true } }, parent: { select: { name: true, level: { select: { code: true } } } } } }),
    c.citizenId ? db.user.findUnique({ where: { id: c.citizenId }, select: { fullName: true } }) : null,
    c.appealOfId ? db.case.findUnique({ where: { id: c.appealOfId }, select: { code: true } }) : null,
  ]);
  const rootId = unit.path.split("/").filter(Boolean)[0];
  const root = rootId ? await db.unit.findUnique({ where: { id: rootId }, select: { name: true } }) : null;
  return {
    facts: {
      code: c.code,
      title: c.title,
      description: c.description,
      kind: c.kind,
      instance: c.instance,
      submittedAt: c.submittedAt,
      acceptedAt: c.acceptedAt,
      dueAt: c.dueAt,
      decisionText: c.decisionText,
      denouncedText: c.denouncedText,
      declineReason: c.declineReason,
      resolutionText: c.resolutionText,
      firstInstanceCode: firstInstance?.code ?? null,
      unit: { name: unit.name, levelCode: unit.level.code },
      parent: unit.parent ? { name: unit.parent.name, levelCode: unit.parent.level.code } : null,
      place: (root?.name ?? unit.name).replace(/^(Tỉnh|Thành phố)\s+/, ""),
    },
    citizenName: c.anonymous ? null : (citizen?.fullName ?? c.contactName ?? null),
  };
}

async function caseEvents(caseId: string, reader: Reader): Promise<DocumentEvent[]> {
  const rows = await db.caseEvent.findMany({
    where: { caseId, ...(reader.kind === "citizen" ? { visibility: "PUBLIC" } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, type: true, createdAt: true, note: true, data: true, actor: { select: { fullName: true, role: true, position: true } } },
  });
  return rows.map((r) => ({ ...r, data: parseData(r.data) }));
}

function parseData(value: string | null): Record<string, unknown> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Held dialogue sessions with the case on their agenda: each gives the minutes (biên bản đối thoại). */
async function caseDialogues(caseId: string, citizenId: string | null): Promise<DialogueFacts[]> {
  const items = await db.sessionAgendaItem.findMany({
    where: { caseId, session: { status: "HELD" } },
    take: 20,
    select: {
      discussion: true,
      conclusion: true,
      session: {
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          place: true,
          link: true,
          chair: { select: { fullName: true, position: true } },
          createdBy: { select: { fullName: true } },
          participants: { orderBy: [{ role: "asc" }, { name: "asc" }], select: { name: true, role: true, organisation: true, attended: true, userId: true } },
        },
      },
    },
  });
  return items.map(({ session: s, discussion, conclusion }) => {
    const complainant = citizenId ? s.participants.find((p) => p.userId === citizenId) : undefined;
    return {
      sessionId: s.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      place: s.place ?? s.link ?? "",
      chair: s.chair.fullName,
      chairPosition: s.chair.position,
      secretary: s.createdBy.fullName,
      complainantAttended: complainant ? complainant.attended : null,
      discussion,
      conclusion,
      participants: s.participants.filter((p) => !citizenId || p.userId !== citizenId).map(({ userId: _u, ...p }) => p),
    };
  });
}

async function load(c: LoadedCase | Awaited<ReturnType<typeof requireStaffCase>>["case"], reader: Reader) {
  const [{ facts, citizenName }, events, dialogues] = await Promise.all([caseFacts(c), caseEvents(c.id, reader), caseDialogues(c.id, c.citizenId)]);
  return { facts, citizenName, events, dialogues, available: availableDocuments(facts, events, dialogues) };
}

export type DocumentListItem = AvailableDocument & { form: string; confirmed: boolean; heading: string; subheading: string };

function listItems(available: AvailableDocument[], facts: CaseFacts): DocumentListItem[] {
  return available.map((a) => {
    const doc = composeDocument(a.id, facts, null, {});
    return { ...a, form: documentTemplates[a.id].versions.map((v) => v.form).at(-1) ?? "", confirmed: doc.form.confirmed, heading: doc.heading, subheading: doc.subheading.replace(/ của …+/, "") };
  });
}

/** The case's documents for its citizen. */
export async function citizenDocumentList(request: Request, code: string | undefined) {
  const { case: c } = await requireCitizenCase(request, code);
  const { facts, available } = await load(c, { kind: "citizen" });
  return { code: c.code, title: c.title, documents: listItems(available, facts) };
}

/** The case's documents for the staff of its unit. */
export async function staffDocumentList(user: SessionUser, code: string | undefined) {
  const { case: c, actor } = await requireStaffCase(user, code);
  // Listing names nobody: no reveal, nothing audited.
  const { facts, available } = await load(c, { kind: "staff", actor, userId: user.id, ip: "" });
  return { code: c.code, title: c.title, documents: listItems(available, facts) };
}

async function compose(c: LoadedCase | Awaited<ReturnType<typeof requireStaffCase>>["case"], reader: Reader, id: string | undefined, source: string | undefined): Promise<{ doc: DocumentModel; code: string }> {
  if (!isDocumentId(id) || !source) notFound();
  const { facts, citizenName, events, dialogues, available } = await load(c, reader);
  // A document whose event has not happened on this case is not offered — nor served.
  if (!available.some((a) => a.id === id && a.source === source)) notFound();
  const template = documentTemplates[id as DocumentId];
  const citizen = await whoIsNamed(c, reader, template.audience, citizenName, id as DocumentId);
  const event = events.find((e) => e.id === source);
  const dialogue = dialogues.find((d) => d.sessionId === source);
  // A resumption cites the suspension it ends: the latest one before it.
  const suspension = event?.type === "RESUMED" ? ([...events].reverse().find((e) => e.type === "SUSPENDED" && e.createdAt <= event.createdAt) ?? null) : null;
  return { doc: composeDocument(id as DocumentId, facts, citizen, { event, dialogue, suspension }), code: c.code };
}

async function whoIsNamed(
  c: { id: string; kind: string; assigneeId: string | null; unitId: string },
  reader: Reader,
  audience: "ADDRESSEE" | "OTHERS",
  name: string | null,
  id: DocumentId,
): Promise<CitizenOnDocument> {
  if (!name) return null;
  if (!isSealed(c)) return { name };
  if (audience === "OTHERS") return "SEALED";
  if (reader.kind === "citizen") return { name };
  const unit = await db.unit.findUniqueOrThrow({ where: { id: c.unitId }, select: { path: true } });
  if (!mayReveal(reader.actor, { assigneeId: c.assigneeId, unitId: c.unitId, unitPath: unit.path })) return "SEALED";
  // Printing a document that names the denouncer reveals them: written to the audit log first.
  await recordReveal(reader.userId, c.id, `Văn bản ${id}`, reader.ip);
  return { name };
}

export async function citizenDocument(request: Request, params: { code?: string; template?: string; source?: string }) {
  const { case: c } = await requireCitizenCase(request, params.code);
  return compose(c, { kind: "citizen" }, params.template, params.source);
}

export async function staffDocument(request: Request, user: SessionUser, params: { code?: string; template?: string; source?: string }) {
  const { case: c, actor } = await requireStaffCase(user, params.code);
  return compose(c, { kind: "staff", actor, userId: user.id, ip: clientAddress(request) }, params.template, params.source);
}

/**
 * The first-instance decision of an appealed complaint, for the staff handling
 * the appeal (the appeal case's unit): the decision only, composed from the
 * first case's own events; nothing else of the first case is served here.
 */
export async function firstInstanceDecision(request: Request, user: SessionUser, appealCode: string | undefined) {
  const { first, actor } = await requireFirstInstanceOfAppeal(user, appealCode);
  const reader: Reader = { kind: "staff", actor, userId: user.id, ip: clientAddress(request) };
  const { available } = await load(first as LoadedCase, reader);
  const decision = [...available].reverse().find((a) => a.id === "complaint-decision-first");
  if (!decision) notFound();
  return compose(first as LoadedCase, reader, decision.id, decision.source);
}
