import type { Language } from "~/i18n/config";
import { db } from "~/utils/db.server";
import { userHasPermission } from "../auth/guards.server";
import type { SessionUser } from "../auth/session.server";
import { complexityOf, currentDueAt, extensionsAllowed, isOverdue, ruleOfClock } from "../deadlines/rules";
import { mayScheduleCaseDialogue } from "../dialogue/agenda";
import { referralPanel } from "../mediation/referral.server";
import { transferTargets } from "../units/units.server";
import { mayReveal, isSealed } from "./confidentiality.server";
import { isVerifier, stripIdentity, type Identity } from "./denouncer";
import { assignableHandlers } from "./handlers.server";
import { nextStep, orderedActions, primaryAction, staffActionOrder, type PageAction } from "./next-step";
import { groundsInForce, type GroundData } from "./procedure";
import { procedureFacts } from "./procedure.server";
import { currentInfoRequest, proposedReplyBy } from "./info-request.server";
import { caseTimeline } from "./timeline.server";
import { decide, type Actor } from "./workflow";
import type { requireCitizenCase, requireStaffCase } from "./access.server";

type StaffCase = Awaited<ReturnType<typeof requireStaffCase>>["case"];

const groundOption = (g: GroundData, language: Language) => ({
  code: g.code,
  label: language === "en" ? g.labelEn : g.labelVi,
  legalBasis: g.legalBasis,
  unconfirmed: g.basisStatus !== "CONFIRMED",
});

/** The rule row a clock runs on, as the page shows it: its citation, whether confirmed, its source. */
const ruleFact = (r: { legalBasis: string; basisStatus: string; sourceUrl: string | null } | null) =>
  r ? { legalBasis: r.legalBasis, unconfirmed: r.basisStatus !== "CONFIRMED", sourceUrl: r.sourceUrl } : null;

/**
 * Everything the staff case page shows, decided here and in the domain (the
 * route only renders): the actions the state machine allows this person, the
 * next step, the deadlines with their legal basis, the grounds in force, and
 * — for a denunciation's verifier — the file with the denouncer stripped out.
 */
export async function staffCaseView(user: SessionUser, c: StaffCase, actor: Actor, language: Language, now = new Date()) {
  const { state, context, dialogueSession } = await procedureFacts(c, now, undefined, { appeal: c.appeal });
  const sealed = isSealed(c);
  const verifier = isVerifier(actor, c);
  const identity: Identity = {
    names: [c.citizen?.fullName, c.contactName],
    emails: [c.citizen?.email, c.contactEmail],
    phones: [c.citizen?.phone, c.contactPhone],
  };
  const strip = (text: string | null) => (verifier && text ? stripIdentity(text, identity) : text);

  const [rawTimeline, handlers, units, mediation, hiddenFiles, infoRequest, replyByDefault] = await Promise.all([
    caseTimeline(c.id, "staff", { sealedCitizenId: sealed ? c.citizenId : null, hideIdentifying: verifier }),
    assignableHandlers(c.unitId),
    transferTargets(c.unitId),
    referralPanel(user, c),
    verifier ? db.attachment.count({ where: { caseId: c.id, identifying: true } }) : 0,
    currentInfoRequest(c),
    // The reply-by date the request form proposes, only when the form is offered.
    decide("requestInfo", actor, state, now).ok ? proposedReplyBy(now) : null,
  ]);
  const timeline = rawTimeline.map((e) => ({ ...e, note: strip(e.note) }));

  const transitions = staffActionOrder.filter((a) => decide(a, actor, state, now).ok);
  // A page action, not a transition: a complaint goes on a dialogue session's agenda (art. 30, 39).
  const mayScheduleDialogue = mayScheduleCaseDialogue(user, c);
  const allowed: PageAction[] = mayScheduleDialogue ? [...transitions, "scheduleDialogue"] : transitions;
  const dialogue = state.dialogue ?? "NONE";
  const primary = primaryAction(allowed, c, dialogue);

  const acceptRule = ruleOfClock(context.rules, { ruleId: c.acceptRuleId, kind: c.kind, instance: c.instance, stage: "ACCEPT", startedAt: c.receivedAt });
  const resolveRule = c.acceptedAt ? ruleOfClock(context.rules, { ruleId: c.resolveRuleId, kind: c.kind, instance: c.instance, stage: "RESOLVE", startedAt: c.acceptedAt }) : null;
  const complexity = complexityOf(c);
  const grounds = (action: "SUSPEND" | "END") => groundsInForce(context.grounds, { kind: c.kind, action, at: now }).map((g) => groundOption(g, language));
  const due = currentDueAt(c);

  return {
    title: `${c.code} · ${strip(c.title)}`,
    c: {
      id: c.id,
      code: c.code,
      kind: c.kind,
      channel: c.channel,
      status: c.status,
      instance: c.instance,
      title: strip(c.title) ?? "",
      description: strip(c.description) ?? "",
      locationText: c.locationText,
      decisionText: c.decisionText,
      learnedAt: c.learnedAt,
      denouncedText: c.denouncedText,
      unit: c.unit.name,
      category: c.category ? (language === "en" ? c.category.nameEn : c.category.nameVi) : null,
      assignee: c.assignee?.fullName ?? null,
      submittedAt: c.submittedAt,
      acceptDueAt: c.acceptDueAt,
      forwardDueAt: c.status === "SUBMITTED" ? c.forwardDueAt : null,
      dueAt: c.dueAt,
      currentDue: due,
      overdue: isOverdue(now, c.nextDueAt, c.status),
      pausedDays: c.pausedDays,
      pausedAt: c.pausedAt,
      extensionCount: c.extensionCount,
      extensionsAllowed: resolveRule ? extensionsAllowed(resolveRule, complexity) : 0,
      complexity,
      remoteArea: c.acceptedAt ? c.remoteArea : false,
      filingLimitAt: c.filingLimitAt,
      obstacleDays: c.obstacleDays,
      filedLate: !!c.filingLimitAt && c.submittedAt.getTime() > c.filingLimitAt.getTime(),
      resolutionText: c.resolutionText,
      resolutionProposedAt: c.resolutionProposedAt,
      withdrawalRequestedAt: c.withdrawalRequestedAt,
      satisfaction: c.satisfaction,
      version: c.version,
      appealCode: c.appeal?.code ?? null,
      appealOfCode: c.appealOf?.code ?? null,
      // An appeal: whether its first case has a decision the handling unit can open.
      firstDecision: !!c.appealOf?.resolved,
      // Sealed: a denouncer's identity is not in the page unless revealed (action below).
      citizen: sealed
        ? null
        : { name: c.anonymous ? null : (c.citizen?.fullName ?? c.contactName), email: c.contactEmail, phone: c.contactPhone, anonymous: c.anonymous },
    },
    rules: { accept: ruleFact(acceptRule), resolve: ruleFact(resolveRule) },
    dialogue: { gate: dialogue, session: dialogueSession },
    step: nextStep(c, dialogue),
    actions: orderedActions(allowed, primary),
    primary,
    grounds: { suspend: grounds("SUSPEND"), end: grounds("END") },
    sealed,
    verifier,
    hiddenFiles,
    canReveal: sealed && mayReveal(actor, { assigneeId: c.assigneeId, unitId: c.unitId, unitPath: c.unit.path }),
    canMarkFiles: sealed && !verifier,
    handlers,
    units,
    me: user.id,
    timeline,
    mediation,
    infoRequest: infoRequest ? { ...infoRequest, question: strip(infoRequest.question) } : null,
    replyByDefault,
  };
}
export type StaffCaseView = Awaited<ReturnType<typeof staffCaseView>>;

/** A second-instance case as its first case shows it: the unit handling it, and the date that matters now. */
export async function appealSummary(code: string) {
  const a = await db.case.findUnique({ where: { code }, select: { code: true, acceptedAt: true, acceptDueAt: true, dueAt: true, unit: { select: { name: true } } } });
  if (!a) return null;
  return { code: a.code, unit: a.unit.name, dueAt: a.acceptedAt ? a.dueAt : a.acceptDueAt, accepted: !!a.acceptedAt };
}

const citizenActionOrder = ["provideInfo", "acceptResolution", "appeal", "rate", "withdraw"] as const;
export type CitizenAction = (typeof citizenActionOrder)[number];

type CitizenCase = Awaited<ReturnType<typeof requireCitizenCase>>["case"];

/**
 * The citizen's case page: the status, the date that matters, what happens
 * next, the actions the state machine allows them (a second complaint also
 * when the first-instance deadline passed with no decision), what withdrawing
 * would mean, and the public timeline.
 */
export async function citizenCaseView(c: CitizenCase, actor: Actor, language: Language, now = new Date()) {
  const [{ state, context, appealCode }, timeline, appealOf, infoRequest] = await Promise.all([
    procedureFacts(c, now),
    caseTimeline(c.id, "citizen"),
    c.appealOfId ? db.case.findUnique({ where: { id: c.appealOfId }, select: { code: true } }) : null,
    currentInfoRequest(c),
  ]);
  // Who handles the appeal and by when (the citizen's own second case).
  const appeal = appealCode ? await appealSummary(appealCode) : null;
  const actions = citizenActionOrder.filter((a) => decide(a, actor, state, now).ok);
  const consequence = groundsInForce(context.grounds, { kind: c.kind, action: "WITHDRAW", at: now })[0];
  const due = currentDueAt(c);
  const resolved = c.status === "RESOLVED" || c.status === "CLOSED" || c.status === "APPEALED";
  return {
    title: `${c.code} · ${c.title}`,
    c: {
      code: c.code,
      kind: c.kind,
      status: c.status,
      instance: c.instance,
      title: c.title,
      description: c.description,
      locationText: c.locationText,
      decisionText: c.decisionText,
      denouncedText: c.denouncedText,
      unit: c.unit.name,
      category: c.category ? (language === "en" ? c.category.nameEn : c.category.nameVi) : null,
      submittedAt: c.submittedAt,
      dueAt: due,
      overdue: isOverdue(now, due, c.status),
      pausedAt: c.status === "SUSPENDED" ? c.pausedAt : null,
      withdrawalRequestedAt: c.withdrawalRequestedAt,
      resolutionText: resolved && c.resolutionText ? c.resolutionText : null,
      // After a decision: the window to accept or appeal; before one, past the deadline: the window for a second complaint (art. 33).
      appealDueAt: state.appealDueAt,
      unresolvedDueAt: !resolved && actions.includes("appeal") ? c.dueAt : null,
      satisfaction: c.satisfaction,
      version: c.version,
      appealCode,
      appealOfCode: appealOf?.code ?? null,
    },
    step: nextStep(c, state.dialogue ?? "NONE"),
    withdrawConsequence: consequence ? (language === "en" ? consequence.labelEn : consequence.labelVi) : null,
    timeline,
    actions,
    infoRequest,
    appeal,
  };
}
