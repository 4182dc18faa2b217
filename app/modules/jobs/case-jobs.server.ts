import { getEnv } from "~/utils/env.server";
import { db } from "~/utils/db.server";
import { localDate } from "../deadlines/calendar";
import { sendQueuedEmails } from "../notifications/mailer.server";
import { sendQueuedSms } from "../notifications/sms.server";
import { notify } from "../notifications/notifications.server";
import { openStatuses } from "../cases/constants";
import { applyTransition } from "../cases/transitions.server";
import { refreshStats } from "~/modules/stats/refresh.server";
import { alertOverdueCommitments } from "../dialogue/minutes.server";
import { remindMediationStart } from "../mediation/compliance.server";
import { runOnestopJobs } from "../onestop/jobs.server";
import { once, withLease } from "./lease.server";

const dayMs = 24 * 60 * 60 * 1000;
/** Handlers are reminded this long before a deadline. */
export const reminderLeadMs = 3 * dayMs;
const batch = 200;

/**
 * Closes resolutions whose window to accept or appeal has passed. Each close
 * is an ordinary transition (version-checked), so a citizen accepting at the
 * same moment wins or loses cleanly, and running the job twice closes nothing twice.
 */
export async function autoCloseResolved(now = new Date()): Promise<number> {
  const due = await db.case.findMany({
    where: { status: "RESOLVED", appealDueAt: { lt: now } },
    select: { id: true, version: true },
    orderBy: { appealDueAt: "asc" },
    take: batch,
  });
  let closed = 0;
  for (const c of due) {
    const result = await applyTransition(c.id, { action: "autoClose", version: c.version, actor: { kind: "system" } }, now);
    if (result.ok) closed++;
  }
  return closed;
}

/**
 * Reminds the handler 3 days before a deadline, and alerts the handler and the
 * unit's leaders once it has passed — once per case and deadline (a new
 * deadline after an extension reminds again).
 */
export async function remindAndAlert(now = new Date()): Promise<{ reminded: number; alerted: number }> {
  const open = { status: { in: [...openStatuses] } };
  const soon = await db.case.findMany({
    where: { ...open, nextDueAt: { gt: now, lte: new Date(now.getTime() + reminderLeadMs) }, assigneeId: { not: null } },
    select: { id: true, code: true, nextDueAt: true, assigneeId: true },
    take: batch,
  });
  let reminded = 0;
  for (const c of soon) {
    const dueAt = localDate(c.nextDueAt!);
    const done = await once(`due-soon:${c.id}:${dueAt}`, (tx) =>
      notify(tx, { userId: c.assigneeId }, "CASE_DUE_SOON", { code: c.code, dueAt }, { caseId: c.id, link: `/desk/cases/${c.code}` }),
    );
    if (done) reminded++;
  }

  const overdue = await db.case.findMany({
    where: { ...open, nextDueAt: { lt: now } },
    select: { id: true, code: true, nextDueAt: true, assigneeId: true, unitId: true },
    orderBy: { nextDueAt: "asc" },
    take: batch,
  });
  let alerted = 0;
  for (const c of overdue) {
    const dueAt = localDate(c.nextDueAt!);
    const leaders = await db.user.findMany({ where: { unitId: c.unitId, role: "LEADER", disabled: false }, select: { id: true } });
    const recipients = [...new Set([c.assigneeId, ...leaders.map((l) => l.id)].filter((id): id is string => !!id))];
    const done = await once(`overdue:${c.id}:${dueAt}`, async (tx) => {
      for (const userId of recipients) {
        await notify(tx, { userId }, "CASE_OVERDUE", { code: c.code, dueAt }, { caseId: c.id, link: `/desk/cases/${c.code}` });
      }
    });
    if (done) alerted++;
  }
  return { reminded, alerted };
}

/** One round of every job, each under its lease (safe on several app servers at once). */
export async function runJobsOnce(now = new Date()) {
  const maintenance = await withLease("case-maintenance", 5 * 60_000, async () => ({
    closed: await autoCloseResolved(now),
    ...(await remindAndAlert(now)),
    commitmentsAlerted: await alertOverdueCommitments(now),
    mediationStart: await remindMediationStart(now),
  }));
  const emails = await withLease("send-emails", 2 * 60_000, () => sendQueuedEmails());
  const sms = await withLease("send-sms", 2 * 60_000, () => sendQueuedSms());
  // After the maintenance, so cases it closed are counted in this round.
  const stats = await withLease("stats-refresh", 10 * 60_000, () => refreshStats());
  const onestop = await runOnestopJobs(now);
  return {
    maintenance: maintenance.ran ? maintenance.result : null,
    emails: emails.ran ? emails.result : null,
    sms: sms.ran ? sms.result : null,
    stats: stats.ran ? stats.result : null,
    onestop,
  };
}

let timer: NodeJS.Timeout | undefined;

/** Started by server/index.js: a round every JOBS_INTERVAL_MS (30 s), never overlapping in one process. */
export function startJobs(intervalMs = getEnv().JOBS_INTERVAL_MS) {
  if (timer) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runJobsOnce();
    } catch (error) {
      console.error("jobs:", error);
    } finally {
      running = false;
    }
  };
  timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
}
