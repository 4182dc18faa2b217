import { createServerI18n } from "~/i18n/i18n.server";
import { audit } from "~/modules/audit/audit.server";
import { createSession, type StaffUser } from "~/modules/dialogue/sessions.server";
import type { SessionInput } from "~/modules/dialogue/schemas";
import { parseLocalDateTime } from "~/modules/dialogue/time";
import { formatDateTime } from "~/utils/dates";
import { db, write } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { mayManageDemocracy } from "./access.server";
import { announceBy, announcedInTime, conferenceAgenda, conferenceYear, reportDueAt } from "./conference";
import { conferenceSessionKind } from "./constants";
import { postDemocracyNotice } from "./publish.server";
import type { Result } from "./results";
import { citation, ruleInForce } from "./rules";
import { democracyContext } from "./rules.server";

type Officer = StaffUser;

/**
 * Schedules the annual dialogue conference as a dialogue session (kind
 * ANNUAL_CONFERENCE) — so the existing session pages handle its invitations,
 * attendance and minutes — with the statutory agenda, announced at least the
 * CONFERENCE_NOTICE rule's days ahead, and its report due CONFERENCE_REPORT's
 * days after.
 */
export async function scheduleConference(officer: Officer, input: Omit<SessionInput, "kind">, now = new Date()): Promise<Result<{ sessionId: string }>> {
  if (!officer.unitId || !mayManageDemocracy(officer, officer.unitId)) forbidden();
  const unitId = officer.unitId;
  const { rules, calendar } = await democracyContext();
  const startsAt = parseLocalDateTime(input.startsAt);
  const notice = ruleInForce(rules, "CONFERENCE_NOTICE", now);
  const report = ruleInForce(rules, "CONFERENCE_REPORT", now);
  if (!startsAt || !notice || !report) return { ok: false, errors: { startsAt: ["errors.invalidDate"] } };
  if (!announcedInTime(notice, now, startsAt)) return { ok: false, errors: { startsAt: [`democracy.errors.conferenceNotice?days=${notice.days}`] } };
  const created = await createSession(officer, { ...input, kind: conferenceSessionKind, isPublic: true, capacity: input.capacity ?? 0 }, now);
  if (!created.ok) return { ok: false, errors: created.errors };
  const sessionId = created.id;
  const { t } = createServerI18n("vi");
  await write(async (tx) => {
    if (await tx.democracyConference.findUnique({ where: { sessionId }, select: { id: true } })) return; // a double submit
    for (const [i, item] of conferenceAgenda.entries()) {
      await tx.sessionAgendaItem.create({ data: { sessionId, title: t(`democracy.conference.agenda.${item}`), sortOrder: i } });
    }
    await tx.democracyConference.create({
      data: { sessionId, unitId, year: conferenceYear(startsAt), announceBy: announceBy(notice, startsAt), reportDueAt: reportDueAt(report, calendar, startsAt), createdAt: now },
    });
    await audit(tx, { actorId: officer.id, action: "CONFERENCE_SCHEDULED", targetType: "DialogueSession", targetId: sessionId });
  });
  return { ok: true, sessionId };
}

/** A commune's conferences, newest first, with their session and whether the report is out (and was on time). */
export async function unitConferences(unitId: string) {
  const conferences = await db.democracyConference.findMany({ where: { unitId }, orderBy: { year: "desc" }, take: 20 });
  const sessions = await db.dialogueSession.findMany({
    where: { id: { in: conferences.map((c) => c.sessionId) } },
    select: { id: true, title: true, startsAt: true, status: true, place: true, minutesSavedAt: true },
  });
  return conferences.map((c) => ({ ...c, session: sessions.find((s) => s.id === c.sessionId) ?? null }));
}

export async function conferenceForOfficer(officer: Officer, sessionId: string, now = new Date()) {
  const c = await db.democracyConference.findUnique({ where: { sessionId } });
  if (!c) return null;
  if (!mayManageDemocracy(officer, c.unitId)) forbidden();
  const session = await db.dialogueSession.findUnique({
    where: { id: sessionId },
    select: { id: true, title: true, startsAt: true, endsAt: true, place: true, link: true, status: true, minutesSummary: true, minutesSavedAt: true, chair: { select: { fullName: true, position: true } }, agenda: { orderBy: { sortOrder: "asc" }, select: { title: true, conclusion: true } } },
  });
  if (!session) return null;
  const { rules } = await democracyContext();
  return {
    conference: c,
    session,
    mayPublish: session.status === "HELD" && !!session.minutesSummary && !c.reportNoticeId,
    reportLate: c.reportedAt ? c.reportedAt.getTime() > c.reportDueAt.getTime() : now.getTime() > c.reportDueAt.getTime(),
    rules: ["CONFERENCE_YEARLY", "CONFERENCE_NOTICE", "CONFERENCE_REPORT"].map((code) => ruleInForce(rules, code, c.createdAt)).filter((r) => r !== null),
  };
}

/** Publishes the conference's report (its minutes) on the notice board. Only once it has been held and minuted. */
export async function publishConferenceReport(officer: Officer, sessionId: string, now = new Date()): Promise<Result<{ noticeId: string | null }>> {
  const view = await conferenceForOfficer(officer, sessionId, now);
  if (!view) notFound();
  if (view.conference.reportNoticeId) return { ok: true, noticeId: view.conference.reportNoticeId };
  if (!view.mayPublish) return { ok: false, errors: { "": ["democracy.refusals.notHeld"] } };
  const { t } = createServerI18n("vi");
  const rule = view.rules.find((r) => r.code === "CONFERENCE_REPORT");
  const s = view.session;
  const body = [
    t("democracy.notice.conferenceLead", { title: s.title, at: formatDateTime(s.startsAt, "vi"), place: s.place ?? s.link ?? "", chair: s.chair.fullName }),
    s.minutesSummary ?? "",
    ...s.agenda.filter((a) => a.conclusion).map((a) => `${a.title}: ${a.conclusion}`),
    rule ? t("democracy.notice.basis", { basis: citation(rule) }) : null,
  ]
    .filter(Boolean)
    .join("\n\n");
  const noticeId = await postDemocracyNotice(officer, { category: "OTHER", title: t("democracy.notice.conferenceTitle", { title: s.title }), body, token: `democracy-conference-${sessionId}` }, now);
  if (noticeId) {
    await write(async (tx) => {
      await tx.democracyConference.update({ where: { sessionId }, data: { reportNoticeId: noticeId, reportedAt: now } });
      await audit(tx, { actorId: officer.id, action: "CONFERENCE_REPORT_PUBLISHED", targetType: "DialogueSession", targetId: sessionId, data: { onTime: now.getTime() <= view.conference.reportDueAt.getTime() } });
    });
  }
  return { ok: true, noticeId };
}
