import { randomInt } from "node:crypto";
import { audit } from "~/modules/audit/audit.server";
import type { CheckedFile } from "~/modules/files/files.server";
import { db, isUniqueViolation, write, type Tx } from "~/utils/db.server";
import { newestFirst } from "~/utils/keyset";
import { forbidden, notFound } from "~/utils/http.server";
import { mayManageDemocracy } from "./access.server";
import type { Choice, MatterForm } from "./constants";
import { checkMinutes, onlineAllowed, outcome, type MinutesProblem } from "./decision";
import { attachDocuments, documentsOf, storeDocuments } from "./documents.server";
import { mayDo, matterPhase, type MatterAction, type MatterFacts } from "./matter-state";
import { keysetPage, onceByToken } from "./once.server";
import { publishMatterResult } from "./publish.server";
import { ruleInForce, shareOf, type Share } from "./rules";
import { loadDemocracyRules } from "./rules.server";
import type { FieldErrors, Result } from "./results";
import { ballotBoxKey } from "./secrecy.server";

type Officer = { id: string; role: string; unitId: string | null };
type Resident = { id: string; identityVerified: boolean };

export type OpenMatterInput = {
  subject: string;
  title: string;
  description: string;
  form: MatterForm;
  /** null: every household of the commune. */
  areaId: string | null;
  opensAt: Date;
  closesAt: Date;
  meetingPlace?: string;
  /** Ask for a secret ballot where the rule does not already require one. */
  secret: boolean;
  /** Let verified residents vote online, where the rule allows it. */
  online: boolean;
  submissionToken: string;
};


function facts(m: { form: string; status: string; online: boolean; opensAt: Date; closesAt: Date; meetingPresent: number | null }): MatterFacts {
  return { form: m.form, status: m.status, online: m.online, opensAt: m.opensAt, closesAt: m.closesAt, minutesRecorded: m.meetingPresent !== null };
}

function refusal(action: MatterAction, m: Parameters<typeof facts>[0], now: Date): string | null {
  const r = mayDo(action, facts(m), now);
  return r.ok ? null : `democracy.refusals.${r.reason}`;
}

/**
 * Opens a matter with its documents and its roll: the active households of
 * the village (or of every village of the commune) at this moment. The rule in
 * force today fixes the threshold, the quorum and whether the ballot is secret
 * or may be cast online; they are copied onto the matter.
 */
export async function openMatter(officer: Officer, input: OpenMatterInput, files: CheckedFile[], now = new Date()): Promise<Result<{ id: string }>> {
  if (!officer.unitId || !mayManageDemocracy(officer, officer.unitId)) forbidden();
  const unitId = officer.unitId;
  const already = await db.democracyMatter.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true, unitId: true } });
  if (already) return already.unitId === unitId ? { ok: true, id: already.id } : forbidden();

  const rules = await loadDemocracyRules();
  const rule = ruleInForce(rules, input.subject, now);
  const threshold = rule?.kind === "DECIDE" ? shareOf(rule) : null;
  if (!rule || !threshold) return { ok: false, errors: { subject: ["errors.invalidChoice"] } };
  const quorumRule = input.form === "MEETING" ? ruleInForce(rules, "MEETING_QUORUM", now) : null;
  const quorum = quorumRule ? shareOf(quorumRule) : null;
  const errors: FieldErrors = {};
  if (input.closesAt.getTime() <= input.opensAt.getTime()) errors.closesAt = ["democracy.errors.closesBeforeOpens"];
  if (input.closesAt.getTime() <= now.getTime()) errors.closesAt = ["democracy.errors.closesInPast"];
  if (input.form === "MEETING" && !input.meetingPlace) errors.meetingPlace = ["errors.required"];

  const areaFilter = input.areaId ? { areaId: input.areaId } : { area: { unitId, active: true } };
  if (input.areaId) {
    const area = await db.residentArea.findUnique({ where: { id: input.areaId }, select: { unitId: true, active: true } });
    if (!area || area.unitId !== unitId || !area.active) errors.areaId = ["errors.invalidChoice"];
  }
  const roll = await db.household.findMany({ where: { ...areaFilter, active: true }, select: { id: true } });
  if (!errors.areaId && roll.length === 0) errors.areaId = ["democracy.errors.emptyRoll"];
  if (Object.keys(errors).length) return { ok: false, errors };

  const secret = rule.secretBallot || input.secret;
  const online = onlineAllowed(input.form, rule) && input.online;
  const stored = await storeDocuments(files);
  const id = await onceByToken(
    () =>
      write(async (tx) => {
        const matter = await tx.democracyMatter.create({
          data: {
            unitId,
            areaId: input.areaId,
            ruleId: rule.id,
            subject: rule.code,
            title: input.title,
            description: input.description,
            form: input.form,
            secret,
            online,
            opensAt: input.opensAt,
            closesAt: input.closesAt,
            meetingPlace: input.form === "MEETING" ? (input.meetingPlace ?? null) : null,
            thresholdNum: threshold.num,
            thresholdDen: threshold.den,
            thresholdStrict: threshold.strict,
            quorumNum: quorum?.num ?? null,
            quorumDen: quorum?.den ?? null,
            quorumStrict: quorum?.strict ?? true,
            electorate: roll.length,
            openedById: officer.id,
            submissionToken: input.submissionToken,
            createdAt: now,
          },
          select: { id: true },
        });
        await tx.democracyElector.createMany({ data: roll.map((h) => ({ matterId: matter.id, householdId: h.id })) });
        await attachDocuments(tx, { matterId: matter.id }, officer.id, input.submissionToken, stored);
        await audit(tx, { actorId: officer.id, action: "MATTER_OPENED", targetType: "DemocracyMatter", targetId: matter.id, data: { subject: rule.code, form: input.form, secret, online, electorate: roll.length } });
        return matter.id;
      }),
    () => db.democracyMatter.findUnique({ where: { submissionToken: input.submissionToken }, select: { id: true } }),
  );
  return { ok: true, id };
}

export const matterPageSize = 20;

const listSelect = {
  id: true,
  title: true,
  subject: true,
  form: true,
  status: true,
  secret: true,
  opensAt: true,
  closesAt: true,
  electorate: true,
  result: true,
  votesFor: true,
  votesAgainst: true,
  turnout: true,
  unit: { select: { code: true, name: true } },
  area: { select: { name: true } },
} as const;

function page<R extends { id: string; opensAt: Date }>(rows: R[]) {
  const { rows: matters, nextCursor } = keysetPage(rows, matterPageSize, (r) => r.opensAt);
  return { matters, nextCursor };
}

async function matterPage(where: { unitId?: string; status?: { not: "CANCELLED" } }, cursor: string | null | undefined) {
  const { after, ...order } = newestFirst("opensAt", cursor, matterPageSize);
  return page(await db.democracyMatter.findMany({ where: { ...where, ...after }, ...order, select: listSelect }));
}

/** A commune's matters for its officers, newest first (keyset on unitId, opensAt, id). */
export function unitMatters(unitId: string, cursor: string | null) {
  return matterPage({ unitId }, cursor);
}

/** The public list: every matter that is not cancelled, by commune when asked. */
export function publicMatters(query: { unitId?: string | null; cursor?: string | null }) {
  return matterPage({ status: { not: "CANCELLED" }, ...(query.unitId ? { unitId: query.unitId } : {}) }, query.cursor);
}

const matterSelect = {
  id: true,
  unitId: true,
  areaId: true,
  subject: true,
  title: true,
  description: true,
  form: true,
  secret: true,
  online: true,
  opensAt: true,
  closesAt: true,
  meetingPlace: true,
  thresholdNum: true,
  thresholdDen: true,
  thresholdStrict: true,
  quorumNum: true,
  quorumDen: true,
  quorumStrict: true,
  electorate: true,
  status: true,
  meetingPresent: true,
  meetingFor: true,
  meetingAgainst: true,
  result: true,
  votesFor: true,
  votesAgainst: true,
  turnout: true,
  closedAt: true,
  noticeId: true,
  decisionRef: true,
  decisionText: true,
  decidedAt: true,
  version: true,
  unit: { select: { code: true, name: true } },
  area: { select: { name: true, kind: true } },
  rule: { select: { code: true, document: true, article: true, clause: true, source: true, confirmed: true, note: true } },
} as const;

export type MatterView = NonNullable<Awaited<ReturnType<typeof loadMatter>>>;

async function loadMatter(id: string) {
  return db.democracyMatter.findUnique({ where: { id }, select: matterSelect });
}

function thresholdOf(m: Pick<MatterView, "thresholdNum" | "thresholdDen" | "thresholdStrict">): Share {
  return { num: m.thresholdNum, den: m.thresholdDen, strict: m.thresholdStrict };
}
function quorumOf(m: Pick<MatterView, "quorumNum" | "quorumDen" | "quorumStrict">): Share | null {
  return m.quorumNum && m.quorumDen ? { num: m.quorumNum, den: m.quorumDen, strict: m.quorumStrict } : null;
}

/** How many households have voted, and how (channel) — never a choice while the vote is open. */
async function participation(matterId: string) {
  const groups = await db.democracyVote.groupBy({ by: ["channel"], where: { matterId }, _count: { _all: true } });
  const by = Object.fromEntries(groups.map((g) => [g.channel, g._count._all])) as Record<string, number>;
  return { online: by.ONLINE ?? 0, paper: by.PAPER ?? 0, total: (by.ONLINE ?? 0) + (by.PAPER ?? 0) };
}

/**
 * What anyone may see of a matter: its facts, documents, legal basis and how
 * many households have taken part; the counts FOR and AGAINST only once the
 * result is computed (a running count would tell how the first household voted).
 */
export async function publicMatter(id: string, now = new Date()) {
  const m = await loadMatter(id);
  if (!m || m.status === "CANCELLED") return null;
  const [documents, taking] = await Promise.all([documentsOf({ matterId: id }), participation(id)]);
  const computed = m.result !== null;
  return {
    ...publicFacts(m),
    phase: matterPhase(m, now),
    documents,
    householdsVoted: m.form === "BALLOT" ? taking.total : null,
    ...needsOf(m),
    result: computed ? { result: m.result, votesFor: m.votesFor, votesAgainst: m.votesAgainst, turnout: m.turnout, present: m.meetingPresent } : null,
  };
}

/** Households FOR needed to adopt, and at a meeting for its quorum. */
function needsOf(m: MatterView) {
  const o = outcome(tallyOf(m, 0, 0), thresholdOf(m), quorumOf(m));
  return { needed: o.needed, quorumNeeded: o.quorumNeeded };
}

function publicFacts(m: MatterView) {
  const { version: _v, noticeId, meetingPresent: _p, meetingFor: _f, meetingAgainst: _a, votesFor: _vf, votesAgainst: _va, turnout: _t, result: _r, ...rest } = m;
  return { ...rest, noticeId };
}

function tallyOf(m: Pick<MatterView, "form" | "electorate" | "meetingPresent">, votesFor: number, votesAgainst: number) {
  return m.form === "MEETING"
    ? { form: "MEETING" as const, electorate: m.electorate, present: m.meetingPresent ?? 0, votesFor, votesAgainst }
    : { form: "BALLOT" as const, electorate: m.electorate, votesFor, votesAgainst };
}

/**
 * A signed-in resident's households on this matter's roll: whether each has
 * voted (and how, on an open ballot only), and whether they may vote for it now.
 */
export async function residentStanding(user: Resident, matterId: string, now = new Date()) {
  const m = await db.democracyMatter.findUnique({ where: { id: matterId }, select: { form: true, status: true, online: true, opensAt: true, closesAt: true, meetingPresent: true, secret: true } });
  if (!m) return null;
  const households = await db.householdVoter.findMany({
    where: { userId: user.id, household: { electorOf: { some: { matterId } } } },
    select: { household: { select: { id: true, code: true, headName: true, votes: { where: { matterId }, select: { channel: true, castAt: true, changedAt: true } } } } },
  });
  if (!households.length) return { onRoll: false as const };
  const ids = households.map((h) => h.household.id);
  const openChoices = m.secret
    ? []
    : await db.democracyBallot.findMany({ where: { matterId, householdId: { in: ids } }, select: { householdId: true, choice: true } });
  const mayVote = mayDo("vote", facts(m), now);
  return {
    onRoll: true as const,
    verified: user.identityVerified,
    canVote: mayVote.ok && user.identityVerified,
    refusal: mayVote.ok ? (user.identityVerified ? null : "democracy.refusals.notVerified") : `democracy.refusals.${mayVote.reason}`,
    households: households.map(({ household: h }) => ({
      id: h.id,
      code: h.code,
      headName: h.headName,
      vote: h.votes[0] ? { channel: h.votes[0].channel, at: h.votes[0].changedAt ?? h.votes[0].castAt } : null,
      // Only on an open ballot: the household's own choice.
      choice: m.secret ? null : (openChoices.find((b) => b.householdId === h.id)?.choice ?? null),
    })),
  };
}

export type VoteResult = { ok: true; changed: boolean } | { ok: false; error: string };

/**
 * One household, one vote — changeable until the close. The vote row is unique
 * per (matter, household): when two members of a household submit at the same
 * instant, one creates it and the other, refused by the unique index, retries
 * as a change of the same vote. The matter's row is locked first, so a vote
 * and the close never interleave (a ballot can never arrive after the count).
 */
async function castBallot(
  matterId: string,
  householdId: string,
  choice: Choice,
  by: { channel: "ONLINE" | "PAPER"; actorId: string; action: "vote" | "recordPaper" },
  now: Date,
): Promise<VoteResult> {
  const attempt = () =>
    write(async (tx) => {
      const m = await tx.democracyMatter.findUnique({ where: { id: matterId }, select: { id: true, form: true, status: true, online: true, opensAt: true, closesAt: true, meetingPresent: true, secret: true } });
      if (!m) return { ok: false as const, error: "not-found" };
      const refused = refusal(by.action, m, now);
      if (refused) return { ok: false as const, error: refused };
      // The roll first: a household not on it is refused before the matter is touched (a refusal writes nothing).
      const elector = await tx.democracyElector.findUnique({ where: { matterId_householdId: { matterId, householdId } }, select: { householdId: true } });
      if (!elector) return { ok: false as const, error: "democracy.refusals.notOnRoll" };
      const locked = await tx.democracyMatter.updateMany({ where: { id: matterId, status: "OPEN" }, data: { updatedAt: now } });
      if (locked.count === 0) return { ok: false as const, error: "democracy.refusals.finished" };
      const existing = await tx.democracyVote.findUnique({ where: { matterId_householdId: { matterId, householdId } }, select: { id: true } });
      const boxKey = m.secret ? ballotBoxKey(matterId, householdId) : null;
      if (existing) {
        await tx.democracyVote.update({ where: { id: existing.id }, data: { channel: by.channel, castById: by.actorId, changedAt: now, changes: { increment: 1 } } });
        await tx.democracyBallot.updateMany({ where: m.secret ? { boxKey } : { matterId, householdId }, data: { choice } });
      } else {
        await tx.democracyVote.create({ data: { matterId, householdId, channel: by.channel, castById: by.actorId, castAt: now } });
        await tx.democracyBallot.create({ data: m.secret ? { matterId, choice, boxKey } : { matterId, choice, householdId } });
      }
      // The audit names the household and the channel, never the choice: the ballot table holds that.
      await audit(tx, { actorId: by.actorId, action: by.channel === "ONLINE" ? "VOTE_CAST" : "PAPER_BALLOT_RECORDED", targetType: "DemocracyMatter", targetId: matterId, data: { householdId, changed: !!existing } });
      return { ok: true as const, changed: !!existing };
    });
  try {
    return await attempt();
  } catch (error) {
    // The other member's vote won the race to create the row: ours becomes a change of it.
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}

/** A verified resident votes online for a household they are a voter of. */
export async function castOnlineVote(user: Resident, matterId: string, householdId: string, choice: Choice, now = new Date()): Promise<VoteResult> {
  const voter = await db.householdVoter.findFirst({ where: { userId: user.id, householdId, household: { active: true } }, select: { id: true } });
  if (!voter) forbidden(); // not their household: refused before anything is read or written
  if (!user.identityVerified) return { ok: false, error: "democracy.refusals.notVerified" };
  return castBallot(matterId, householdId, choice, { channel: "ONLINE", actorId: user.id, action: "vote" }, now);
}

/** The commune records a household's paper ballot (the last record counts, as online). */
export async function recordPaperBallot(officer: Officer, matterId: string, householdId: string, choice: Choice, now = new Date()): Promise<VoteResult> {
  await requireOfficerMatter(officer, matterId);
  return castBallot(matterId, householdId, choice, { channel: "PAPER", actorId: officer.id, action: "recordPaper" }, now);
}

async function requireOfficerMatter(officer: Officer, matterId: string) {
  const m = await db.democracyMatter.findUnique({ where: { id: matterId }, select: { unitId: true } });
  if (!m) notFound();
  if (!mayManageDemocracy(officer, m.unitId)) forbidden();
  return m;
}

/** A meeting's minutes: households represented, for and against (checked to add up). */
export async function recordMinutes(
  officer: Officer,
  matterId: string,
  input: { present: number; votesFor: number; votesAgainst: number; version: number },
  now = new Date(),
): Promise<Result> {
  await requireOfficerMatter(officer, matterId);
  const m = await loadMatter(matterId);
  if (!m) notFound();
  const refused = refusal("recordMinutes", m, now);
  if (refused) return { ok: false, errors: { "": [refused] } };
  const problem: MinutesProblem | null = checkMinutes({ electorate: m.electorate, ...input });
  if (problem) return { ok: false, errors: { [problem === "presentOverElectorate" ? "present" : problem === "negative" ? "present" : "votesFor"]: [`democracy.errors.${problem}`] } };
  return write(async (tx) => {
    const { count } = await tx.democracyMatter.updateMany({
      where: { id: matterId, version: input.version, status: "OPEN" },
      data: { meetingPresent: input.present, meetingFor: input.votesFor, meetingAgainst: input.votesAgainst, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const, conflict: true as const };
    await audit(tx, { actorId: officer.id, action: "MEETING_MINUTES_RECORDED", targetType: "DemocracyMatter", targetId: matterId, data: input });
    return { ok: true as const };
  });
}

/**
 * Rewrites a secret matter's ballots in random order, under new random ids and
 * without their keys: after this, the database itself no longer knows whose
 * ballot is whose.
 */
async function sealBallotBox(tx: Tx, matterId: string) {
  const ballots = await tx.democracyBallot.findMany({ where: { matterId }, select: { choice: true } });
  const shuffled = ballots.map((b) => b.choice);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  await tx.democracyBallot.deleteMany({ where: { matterId } });
  if (shuffled.length) await tx.democracyBallot.createMany({ data: shuffled.map((choice) => ({ matterId, choice })) });
}

/**
 * Closes the vote: counts the ballots (or takes the meeting's minutes),
 * computes the result as the rules copied at opening say, seals a secret
 * ballot box, and publishes the result on the notice board for the posting
 * rule's period. The matter's version guards against two officers closing at once.
 */
export async function closeMatter(officer: Officer, matterId: string, version: number, now = new Date()): Promise<Result<{ result: string; noticeId: string | null }>> {
  await requireOfficerMatter(officer, matterId);
  const m = await loadMatter(matterId);
  if (!m) notFound();
  const refused = refusal("close", m, now);
  if (refused) return { ok: false, errors: { "": [refused] } };
  const closed = await write(async (tx) => {
    // Lock first: a vote in flight either committed before (and is counted) or is refused after.
    const { count } = await tx.democracyMatter.updateMany({ where: { id: matterId, version, status: "OPEN" }, data: { status: "CLOSED", version: { increment: 1 } } });
    if (count === 0) return null;
    let votesFor: number;
    let votesAgainst: number;
    if (m.form === "MEETING") {
      votesFor = m.meetingFor ?? 0;
      votesAgainst = m.meetingAgainst ?? 0;
    } else {
      const groups = await tx.democracyBallot.groupBy({ by: ["choice"], where: { matterId }, _count: { _all: true } });
      votesFor = groups.find((g) => g.choice === "FOR")?._count._all ?? 0;
      votesAgainst = groups.find((g) => g.choice === "AGAINST")?._count._all ?? 0;
      if (m.secret) await sealBallotBox(tx, matterId);
    }
    const o = outcome(tallyOf(m, votesFor, votesAgainst), thresholdOf(m), quorumOf(m));
    await tx.democracyMatter.update({ where: { id: matterId }, data: { result: o.result, votesFor, votesAgainst, turnout: o.turnout, closedAt: now } });
    await audit(tx, { actorId: officer.id, action: "MATTER_CLOSED", targetType: "DemocracyMatter", targetId: matterId, data: { result: o.result, votesFor, votesAgainst, turnout: o.turnout, electorate: m.electorate } });
    return o.result;
  });
  if (!closed) return { ok: false, conflict: true };
  const noticeId = await publishMatterResult(officer, matterId, now);
  return { ok: true, result: closed, noticeId };
}

/** Publishes a closed matter's result again if the notice could not be posted at the close (idempotent). */
export async function republishResult(officer: Officer, matterId: string, now = new Date()) {
  await requireOfficerMatter(officer, matterId);
  return publishMatterResult(officer, matterId, now);
}

/** Records the community's decision (its resolution or minutes, and for some matters the commune's recognition). */
export async function recordDecision(
  officer: Officer,
  matterId: string,
  input: { decisionRef: string; decisionText: string; version: number },
  now = new Date(),
): Promise<Result> {
  await requireOfficerMatter(officer, matterId);
  const m = await loadMatter(matterId);
  if (!m) notFound();
  const refused = refusal("recordDecision", m, now);
  if (refused) return { ok: false, errors: { "": [refused] } };
  return write(async (tx) => {
    const { count } = await tx.democracyMatter.updateMany({
      where: { id: matterId, version: input.version, status: "CLOSED" },
      data: { status: "DECIDED", decisionRef: input.decisionRef, decisionText: input.decisionText, decidedAt: now, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const, conflict: true as const };
    await audit(tx, { actorId: officer.id, action: "MATTER_DECISION_RECORDED", targetType: "DemocracyMatter", targetId: matterId, data: { decisionRef: input.decisionRef } });
    return { ok: true as const };
  });
}

/** Cancels an open matter, with the reason (kept in decisionText); its ballots are discarded with it. */
export async function cancelMatter(officer: Officer, matterId: string, input: { reason: string; version: number }, now = new Date()): Promise<Result> {
  await requireOfficerMatter(officer, matterId);
  const m = await loadMatter(matterId);
  if (!m) notFound();
  const refused = refusal("cancel", m, now);
  if (refused) return { ok: false, errors: { "": [refused] } };
  return write(async (tx) => {
    const { count } = await tx.democracyMatter.updateMany({
      where: { id: matterId, version: input.version, status: "OPEN" },
      data: { status: "CANCELLED", decisionText: input.reason, decidedAt: now, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const, conflict: true as const };
    await tx.democracyBallot.deleteMany({ where: { matterId } });
    await audit(tx, { actorId: officer.id, action: "MATTER_CANCELLED", targetType: "DemocracyMatter", targetId: matterId, reason: input.reason });
    return { ok: true as const };
  });
}

export const rollPageSize = 100;

/**
 * A matter for its commune's officers: the facts, the documents, and one page
 * of the roll with whether each household took part and how (online, paper).
 * On an open ballot the officers also see each household's choice (as at a
 * meeting's show of hands); on a secret ballot nothing links a household to a choice.
 */
export async function staffMatter(officer: Officer, matterId: string, after: string | null, now = new Date()) {
  const m = await loadMatter(matterId);
  if (!m) return null;
  if (!mayManageDemocracy(officer, m.unitId)) forbidden();
  const [documents, taking, roll] = await Promise.all([documentsOf({ matterId }), participation(matterId), rollPage(matterId, m.secret, after)]);
  return {
    matter: m,
    phase: matterPhase(m, now),
    allowed: (["close", "recordMinutes", "recordPaper", "recordDecision", "cancel"] as const).filter((a) => mayDo(a, facts(m), now).ok),
    needs: outcome(tallyOf(m, 0, 0), thresholdOf(m), quorumOf(m)),
    documents,
    participation: taking,
    roll,
  };
}

async function rollPage(matterId: string, secret: boolean, after: string | null) {
  const rows = await db.democracyElector.findMany({
    where: { matterId, ...(after ? { household: { code: { gt: after } } } : {}) },
    orderBy: { household: { code: "asc" } },
    take: rollPageSize + 1,
    select: { household: { select: { id: true, code: true, headName: true, votes: { where: { matterId }, select: { channel: true, castAt: true, changedAt: true } } } } },
  });
  const shown = rows.slice(0, rollPageSize);
  const ids = shown.map((r) => r.household.id);
  const choices = secret ? [] : await db.democracyBallot.findMany({ where: { matterId, householdId: { in: ids } }, select: { householdId: true, choice: true } });
  return {
    households: shown.map(({ household: h }) => ({
      id: h.id,
      code: h.code,
      headName: h.headName,
      vote: h.votes[0] ? { channel: h.votes[0].channel, at: h.votes[0].changedAt ?? h.votes[0].castAt } : null,
      choice: secret ? null : (choices.find((c) => c.householdId === h.id)?.choice ?? null),
    })),
    next: rows.length > rollPageSize ? (shown.at(-1)?.household.code ?? null) : null,
  };
}

/** The whole roll for the CSV export (a commune-wide roll is a few thousand rows): same columns as the page. */
export async function rollForExport(officer: Officer, matterId: string) {
  const m = await db.democracyMatter.findUnique({ where: { id: matterId }, select: { unitId: true, secret: true, title: true } });
  if (!m) return null;
  if (!mayManageDemocracy(officer, m.unitId)) forbidden();
  const rows = await db.democracyElector.findMany({
    where: { matterId },
    orderBy: { household: { code: "asc" } },
    select: { household: { select: { id: true, code: true, headName: true, votes: { where: { matterId }, select: { channel: true, castAt: true, changedAt: true } } } } },
  });
  const choices = m.secret ? [] : await db.democracyBallot.findMany({ where: { matterId, householdId: { not: null } }, select: { householdId: true, choice: true } });
  const choiceOf = new Map(choices.map((c) => [c.householdId, c.choice]));
  return {
    title: m.title,
    secret: m.secret,
    rows: rows.map(({ household: h }) => ({
      code: h.code,
      headName: h.headName,
      channel: h.votes[0]?.channel ?? null,
      at: h.votes[0] ? (h.votes[0].changedAt ?? h.votes[0].castAt) : null,
      choice: m.secret ? null : (choiceOf.get(h.id) ?? null),
    })),
  };
}
