import { createServerI18n } from "~/i18n/i18n.server";
import { ConflictError, db, isUniqueViolation, write, type Tx } from "~/utils/db.server";
import { audit } from "../audit/audit.server";
import { normalisePhone } from "../auth/schemas";
import { fileCase } from "../cases/filing.server";
import { notify } from "../notifications/notifications.server";
import type { DisputeType, FollowUpStatus, Outcome, PartyRole } from "./constants";
import { referableCaseStatuses } from "./constants";
import { calendarDaysBetween } from "./days";

export type PartyInput = { role: PartyRole; name: string; contact?: string | null; userId?: string | null };

export type MediationError =
  | "forbidden"
  | "not-found"
  | "conflict"
  | "not-open"
  | "not-agreed"
  | "no-session"
  | "terms-required"
  | "confirmations-missing"
  | "advice-required"
  | "bad-team"
  | "bad-mediator"
  | "bad-party"
  | "case-not-referable"
  | "already-referred"
  | "not-broken"
  | "already-a-case";

export type Result<T = object> = ({ ok: true } & T) | { ok: false; error: MediationError };

function localYear(now: Date): number {
  return Number(new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 4));
}

/** HG-TOHIEU-2026-0001: the commune's code, the year, a sequence per commune and year. */
async function nextMediationCode(tx: Tx, unitCode: string, now: Date): Promise<string> {
  const prefix = `HG-${unitCode}-${localYear(now)}-`;
  const last = await tx.mediation.findFirst({ where: { code: { startsWith: prefix } }, orderBy: { code: "desc" }, select: { code: true } });
  const seq = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(4, "0")}`;
}

type Opening = {
  teamId: string;
  openedVia: "MEDIATOR" | "REFERRAL" | "ONLINE";
  disputeType: DisputeType;
  description: string;
  parties: PartyInput[];
  mediatorIds: string[];
  actorId: string;
  caseId?: string | null;
  submissionToken?: string | null;
};

/**
 * Opens a mediation with its parties and assigned mediators, tells the team,
 * and writes the audit row — in the caller's transaction. The code's sequence
 * is read inside it; two openings racing for one number meet the unique index
 * and the loser retries (openWithRetry).
 */
async function createMediation(tx: Tx, o: Opening, now: Date) {
  const team = await tx.mediationTeam.findFirst({
    where: { id: o.teamId, active: true },
    select: { id: true, areaName: true, unit: { select: { code: true } }, members: { select: { userId: true } } },
  });
  if (!team) return null;
  const code = await nextMediationCode(tx, team.unit.code, now);
  const m = await tx.mediation.create({
    data: {
      code,
      teamId: team.id,
      openedVia: o.openedVia,
      caseId: o.caseId ?? null,
      disputeType: o.disputeType,
      description: o.description,
      openedAt: now,
      submissionToken: o.submissionToken ?? null,
      parties: { create: o.parties.map((p) => ({ role: p.role, name: p.name, contact: p.contact || null, userId: p.userId ?? null })) },
      mediators: { create: o.mediatorIds.map((userId) => ({ userId, assignedAt: now })) },
    },
    select: { id: true, code: true },
  });
  for (const member of team.members) {
    if (member.userId === o.actorId) continue;
    await notify(tx, { userId: member.userId }, "MEDIATION_NEW", { code: m.code, area: team.areaName }, { link: `/mediation/${m.code}` });
  }
  await audit(tx, { actorId: o.actorId, action: "MEDIATION_OPENED", targetType: "Mediation", targetId: m.id, data: { code: m.code, via: o.openedVia } });
  return m;
}

async function openWithRetry(fn: (tx: Tx) => Promise<{ id: string; code: string } | null>) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(fn);
    } catch (error) {
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}

/** The citizen account a party names by email or phone, if any. */
export async function findCitizenAccount(identifier: string | undefined | null) {
  const raw = identifier?.trim();
  if (!raw) return null;
  const phone = normalisePhone(raw);
  return db.user.findFirst({
    where: { role: "CITIZEN", disabled: false, ...(phone ? { phone } : { email: raw.toLowerCase() }) },
    select: { id: true, fullName: true },
  });
}

/** A mediator opens a mediation for their team: a party came to them. */
export async function openByMediator(
  actorId: string,
  input: Omit<Opening, "openedVia" | "actorId" | "caseId">,
  now = new Date(),
): Promise<Result<{ code: string; duplicate: boolean }>> {
  if (input.submissionToken) {
    const existing = await db.mediation.findUnique({ where: { submissionToken: input.submissionToken }, select: { code: true } });
    if (existing) return { ok: true, code: existing.code, duplicate: true };
  }
  const members = await db.mediationTeamMember.findMany({ where: { teamId: input.teamId }, select: { userId: true } });
  if (!members.some((m) => m.userId === actorId)) return { ok: false, error: "forbidden" };
  if (input.mediatorIds.some((id) => !members.some((m) => m.userId === id))) return { ok: false, error: "bad-mediator" };
  const mediatorIds = input.mediatorIds.length ? input.mediatorIds : [actorId];
  try {
    const m = await openWithRetry((tx) => createMediation(tx, { ...input, mediatorIds, openedVia: "MEDIATOR", actorId }, now));
    if (!m) return { ok: false, error: "bad-team" };
    return { ok: true, code: m.code, duplicate: false };
  } catch (error) {
    if (isUniqueViolation(error) && input.submissionToken) {
      const first = await db.mediation.findUnique({ where: { submissionToken: input.submissionToken }, select: { code: true } });
      if (first) return { ok: true, code: first.code, duplicate: true };
    }
    throw error;
  }
}

/** A party asks for mediation online; they are the applicant and the team assigns mediators later. */
export async function requestOnline(
  citizen: { id: string; fullName: string },
  input: { teamId: string; disputeType: DisputeType; description: string; applicantContact?: string | null; respondentName: string; respondentContact?: string | null; submissionToken: string },
  now = new Date(),
): Promise<Result<{ code: string; duplicate: boolean }>> {
  const existing = await db.mediation.findUnique({ where: { submissionToken: input.submissionToken }, select: { code: true } });
  if (existing) return { ok: true, code: existing.code, duplicate: true };
  try {
    const m = await openWithRetry((tx) =>
      createMediation(
        tx,
        {
          teamId: input.teamId,
          openedVia: "ONLINE",
          disputeType: input.disputeType,
          description: input.description,
          parties: [
            { role: "APPLICANT", name: citizen.fullName, contact: input.applicantContact, userId: citizen.id },
            { role: "RESPONDENT", name: input.respondentName, contact: input.respondentContact },
          ],
          mediatorIds: [],
          actorId: citizen.id,
          submissionToken: input.submissionToken,
        },
        now,
      ),
    );
    if (!m) return { ok: false, error: "bad-team" };
    return { ok: true, code: m.code, duplicate: false };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const first = await db.mediation.findUnique({ where: { submissionToken: input.submissionToken }, select: { code: true } });
      if (first) return { ok: true, code: first.code, duplicate: true };
    }
    throw error;
  }
}

/**
 * An official refers a citizen case to a mediation team of the case's own
 * unit. The case keeps its status and stays with its unit (it is still the
 * unit's to answer): a PUBLIC "referred to mediation" event goes on its
 * timeline, its version moves on (so a stale form on the case is refused),
 * and the outcome is posted there later. See docs/decisions/004.
 */
export async function referCase(
  official: { id: string },
  caseId: string,
  input: { version: number; teamId: string; disputeType: DisputeType; respondentName: string; respondentContact?: string | null },
  now = new Date(),
): Promise<Result<{ code: string }>> {
  const c = await db.case.findUnique({
    where: { id: caseId },
    select: { id: true, code: true, kind: true, status: true, unitId: true, version: true, description: true, citizenId: true, contactName: true, contactEmail: true, contactPhone: true, anonymous: true, citizen: { select: { fullName: true } } },
  });
  if (!c) return { ok: false, error: "not-found" };
  if (c.version !== input.version) return { ok: false, error: "conflict" };
  if (!(referableCaseStatuses as readonly string[]).includes(c.status) || c.kind === "DENUNCIATION" || c.anonymous) {
    return { ok: false, error: "case-not-referable" };
  }
  const team = await db.mediationTeam.findFirst({ where: { id: input.teamId, unitId: c.unitId, active: true }, select: { id: true, areaName: true } });
  if (!team) return { ok: false, error: "bad-team" };
  if (await db.mediation.findFirst({ where: { caseId: c.id, status: "OPEN" }, select: { id: true } })) return { ok: false, error: "already-referred" };
  const applicantName = c.contactName ?? c.citizen?.fullName ?? "—";
  const applicantContact = [c.contactPhone, c.contactEmail].filter(Boolean).join(", ") || null;
  try {
    const m = await openWithRetry(async (tx) => {
      const { count } = await tx.case.updateMany({ where: { id: c.id, version: input.version }, data: { version: { increment: 1 } } });
      if (count === 0) throw new ConflictError();
      const created = await createMediation(
        tx,
        {
          teamId: team.id,
          openedVia: "REFERRAL",
          disputeType: input.disputeType,
          description: c.description.slice(0, 5000),
          parties: [
            { role: "APPLICANT", name: applicantName, contact: applicantContact, userId: c.citizenId },
            { role: "RESPONDENT", name: input.respondentName, contact: input.respondentContact },
          ],
          mediatorIds: [],
          actorId: official.id,
          caseId: c.id,
        },
        now,
      );
      if (!created) throw new Error("team vanished");
      await tx.caseEvent.create({
        data: {
          caseId: c.id,
          type: "MEDIATION_REFERRED",
          fromStatus: c.status,
          toStatus: c.status,
          actorId: official.id,
          visibility: "PUBLIC",
          note: `${created.code} · ${team.areaName}`,
          data: JSON.stringify({ mediationCode: created.code }),
          createdAt: now,
        },
      });
      await notify(
        tx,
        { userId: c.citizenId, email: c.citizenId ? null : c.contactEmail },
        "MEDIATION_REFERRED",
        { code: c.code, mediation: created.code, area: team.areaName },
        { caseId: c.id, link: `/cases/${c.code}` },
      );
      return created;
    });
    if (!m) return { ok: false, error: "bad-team" };
    return { ok: true, code: m.code };
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, error: "conflict" };
    throw error;
  }
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadForWrite>>>;
async function loadForWrite(mediationId: string) {
  return db.mediation.findUnique({
    where: { id: mediationId },
    include: {
      parties: { select: { id: true, userId: true, name: true } },
      team: { select: { areaName: true, members: { select: { userId: true } } } },
      case: { select: { id: true, code: true, status: true, citizenId: true, contactEmail: true } },
      _count: { select: { sessions: true } },
      followUps: { orderBy: [{ checkedAt: "desc" }, { createdAt: "desc" }], take: 1, select: { status: true } },
      followUpCases: { select: { code: true }, take: 1 },
    },
  });
}

/**
 * Runs one change on a mediation for a member of its team: checks membership
 * (a mediator of another team is refused and nothing is written), then writes
 * the change, bumps the version the person saw and audits it, in one
 * transaction. A stale version is a clean "conflict".
 */
async function change(
  mediationId: string,
  actorId: string,
  version: number,
  check: (m: Loaded) => MediationError | null,
  apply: (tx: Tx, m: Loaded) => Promise<Record<string, unknown> | void>,
  action: string,
): Promise<Result> {
  const m = await loadForWrite(mediationId);
  if (!m) return { ok: false, error: "not-found" };
  if (!m.team.members.some((x) => x.userId === actorId)) return { ok: false, error: "forbidden" };
  if (m.version !== version) return { ok: false, error: "conflict" };
  const refusal = check(m);
  if (refusal) return { ok: false, error: refusal };
  try {
    await write(async (tx) => {
      const { count } = await tx.mediation.updateMany({ where: { id: m.id, version }, data: { version: { increment: 1 } } });
      if (count === 0) throw new ConflictError();
      const data = await apply(tx, m);
      await audit(tx, { actorId, action, targetType: "Mediation", targetId: m.id, data: { code: m.code, ...(data ?? {}) } });
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, error: "conflict" };
    throw error;
  }
}

const openOnly = (m: Loaded): MediationError | null => (m.status === "OPEN" ? null : "not-open");

export function assignMediators(mediationId: string, actorId: string, version: number, userIds: string[]) {
  return change(
    mediationId,
    actorId,
    version,
    (m) => openOnly(m) ?? (userIds.every((id) => m.team.members.some((x) => x.userId === id)) ? null : "bad-mediator"),
    async (tx, m) => {
      // A mediator kept keeps their assignment date: the 3-day start (art. 20 k.2) runs from it.
      const wanted = new Set(userIds);
      await tx.mediationMediator.deleteMany({ where: { mediationId: m.id, userId: { notIn: [...wanted] } } });
      const kept = new Set((await tx.mediationMediator.findMany({ where: { mediationId: m.id }, select: { userId: true } })).map((x) => x.userId));
      for (const userId of wanted) if (!kept.has(userId)) await tx.mediationMediator.create({ data: { mediationId: m.id, userId } });
      return { mediators: userIds.length };
    },
    "MEDIATION_ASSIGNED",
  );
}

export function recordSession(
  mediationId: string,
  actorId: string,
  version: number,
  s: { heldAt: Date; place: string; notes: string; presentPartyIds: string[] },
) {
  return change(
    mediationId,
    actorId,
    version,
    (m) => openOnly(m) ?? (s.presentPartyIds.every((id) => m.parties.some((p) => p.id === id)) ? null : "bad-party"),
    async (tx, m) => {
      const session = await tx.mediationSession.create({ data: { mediationId: m.id, heldAt: s.heldAt, place: s.place, notes: s.notes } });
      for (const p of m.parties) {
        await tx.mediationAttendance.create({ data: { sessionId: session.id, partyId: p.id, present: s.presentPartyIds.includes(p.id) } });
      }
      return { sessionId: session.id };
    },
    "MEDIATION_SESSION",
  );
}

export type OutcomeInput =
  | { status: "AGREED"; agreementTerms: string; executionTerms: string; confirmedPartyIds: string[] }
  | { status: "NOT_AGREED"; advice: string }
  | { status: "WITHDRAWN" };

/** What an outcome needs (pure): a session held (except a withdrawal), terms and every party's confirmation, or the advice. */
export function outcomeRefusal(
  m: { status: string; sessionCount: number; partyIds: string[] },
  o: OutcomeInput,
): MediationError | null {
  if (m.status !== "OPEN") return "not-open";
  if (o.status === "WITHDRAWN") return null;
  if (m.sessionCount === 0) return "no-session";
  if (o.status === "AGREED") {
    if (!o.agreementTerms.trim() || !o.executionTerms.trim()) return "terms-required";
    if (!m.partyIds.every((id) => o.confirmedPartyIds.includes(id))) return "confirmations-missing";
    return null;
  }
  return o.advice.trim() ? null : "advice-required";
}

/**
 * Records the outcome. A referred case gets it on its timeline as a PUBLIC
 * event (the case itself keeps its status: the official answers it as usual),
 * and parties with an account are told.
 */
export function recordOutcome(mediationId: string, actorId: string, version: number, o: OutcomeInput, now = new Date()) {
  return change(
    mediationId,
    actorId,
    version,
    (m) => outcomeRefusal({ status: m.status, sessionCount: m._count.sessions, partyIds: m.parties.map((p) => p.id) }, o),
    async (tx, m) => {
      await tx.mediation.update({
        where: { id: m.id },
        data: {
          status: o.status,
          outcomeAt: now,
          outcomeDays: calendarDaysBetween(m.openedAt, now),
          agreementTerms: o.status === "AGREED" ? o.agreementTerms : null,
          executionTerms: o.status === "AGREED" ? o.executionTerms : null,
          advice: o.status === "NOT_AGREED" ? o.advice : null,
        },
      });
      if (o.status === "AGREED") {
        await tx.mediationParty.updateMany({ where: { mediationId: m.id, id: { in: o.confirmedPartyIds } }, data: { confirmedAt: now } });
      }
      if (m.case) {
        await tx.case.update({ where: { id: m.case.id }, data: { version: { increment: 1 } } });
        await tx.caseEvent.create({
          data: {
            caseId: m.case.id,
            type: `MEDIATION_${o.status}`,
            fromStatus: m.case.status,
            toStatus: m.case.status,
            actorId,
            visibility: "PUBLIC",
            note: o.status === "AGREED" ? `${o.agreementTerms}\n${o.executionTerms}` : o.status === "NOT_AGREED" ? o.advice : null,
            data: JSON.stringify({ mediationCode: m.code }),
            createdAt: now,
          },
        });
      }
      const told = new Set<string>();
      for (const p of m.parties) {
        if (!p.userId || told.has(p.userId)) continue;
        told.add(p.userId);
        await notify(tx, { userId: p.userId }, "MEDIATION_OUTCOME", { code: m.code, outcome: o.status }, { link: `/mediation/mine/${m.code}` });
      }
      if (m.case && !m.case.citizenId && m.case.contactEmail) {
        await notify(tx, { email: m.case.contactEmail }, "MEDIATION_OUTCOME", { code: m.code, outcome: o.status }, { link: `/cases/${m.case.code}` });
      }
      return { outcome: o.status };
    },
    `MEDIATION_${o.status}`,
  );
}

/** The team checks later whether an agreement is kept. */
export function recordFollowUp(mediationId: string, actorId: string, version: number, f: { checkedAt: Date; status: FollowUpStatus; note?: string | null }) {
  return change(
    mediationId,
    actorId,
    version,
    (m) => (m.status === "AGREED" ? null : "not-agreed"),
    async (tx, m) => {
      await tx.mediationFollowUp.create({ data: { mediationId: m.id, checkedAt: f.checkedAt, status: f.status, note: f.note || null } });
      return { followUp: f.status };
    },
    "MEDIATION_FOLLOW_UP",
  );
}

/**
 * A broken agreement becomes a petition to the commune in one step. The case
 * is filed through the ordinary filing path with a token derived from the
 * mediation, so a double submit files one case; the link is then recorded.
 */
export async function turnIntoCase(mediationId: string, actorId: string, version: number, now = new Date()): Promise<Result<{ caseCode: string }>> {
  const m = await loadForWrite(mediationId);
  if (!m) return { ok: false, error: "not-found" };
  if (!m.team.members.some((x) => x.userId === actorId)) return { ok: false, error: "forbidden" };
  const linked = m.followUpCases[0];
  if (linked) return { ok: false, error: "already-a-case" };
  if (m.version !== version) return { ok: false, error: "conflict" };
  if (m.status !== "AGREED" || m.followUps[0]?.status !== "BROKEN") return { ok: false, error: "not-broken" };
  const [team, category, applicant] = await Promise.all([
    db.mediationTeam.findUniqueOrThrow({ where: { id: m.teamId }, select: { unitId: true } }),
    db.category.findFirst({ where: { code: m.disputeType === "LAND" ? "LAND" : "OTHER" }, select: { id: true } }),
    db.mediationParty.findFirst({ where: { mediationId: m.id, role: "APPLICANT" }, select: { name: true, userId: true } }),
  ]);
  if (!category) throw new Error("category OTHER missing");
  const t = createServerI18n("vi").t;
  const filed = await fileCase(
    {
      kind: "PETITION",
      title: t("mediation.brokenCase.title", { code: m.code }).slice(0, 200),
      description: t("mediation.brokenCase.description", { code: m.code, area: m.team.areaName, terms: m.agreementTerms ?? "", execution: m.executionTerms ?? "" }).slice(0, 10_000),
      categoryId: category.id,
      unitId: team.unitId,
      locationText: m.team.areaName,
      contactName: applicant?.name,
      submissionToken: `mediation-broken-${m.id}`,
    },
    { kind: "officer", officerId: actorId, channel: "IN_PERSON", citizenId: applicant?.userId ?? null },
    [],
    now,
  );
  if (!filed.ok) throw new Error(`filing a case from ${m.code} failed: ${JSON.stringify(filed.errors)}`);
  try {
    await write(async (tx) => {
      const { count } = await tx.mediation.updateMany({ where: { id: m.id, version }, data: { version: { increment: 1 } } });
      if (count === 0) throw new ConflictError();
      await tx.mediation.update({ where: { id: m.id }, data: { followUpCases: { connect: { id: filed.caseId } } } });
      await audit(tx, { actorId, action: "MEDIATION_TO_CASE", targetType: "Mediation", targetId: m.id, data: { code: m.code, caseCode: filed.code } });
    });
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, error: "conflict" };
    throw error;
  }
  return { ok: true, caseCode: filed.code };
}

export type { Outcome };
