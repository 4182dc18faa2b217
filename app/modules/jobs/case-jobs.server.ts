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
import { deleteExpiredCodes } from "../auth/verification-codes.server";
import { expirePendingFiles } from "../cases/evidence.server";
import { remindMediationStart } from "../mediation/compliance.server";
import { runOnestopJobs } from "../onestop/jobs.server";
import { deleteSpentRateLimits } from "~/utils/rate-limit.server";
import { once, releaseLeases, withLease, type LeaseOptions } from "./lease.server";

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
export async function runJobsOnce(now = new Date(), lease: LeaseOptions = {}) {
  const maintenance = await withLease("case-maintenance", async () => ({
    closed: await autoCloseResolved(now),
    ...(await remindAndAlert(now)),
    commitmentsAlerted: await alertOverdueCommitments(now),
    mediationStart: await remindMediationStart(now),
  }), lease);
  const emails = await withLease("send-emails", () => sendQueuedEmails(), lease);
  const sms = await withLease("send-sms", () => sendQueuedSms(), lease);
  // After the maintenance, so cases it closed are counted in this round.
  const stats = await withLease("stats-refresh", () => refreshStats(), lease);
  // Uploads kept for forms never sent again, spent one-time codes (docs/security.md), spent rate-limit counters.
  const housekeeping = await withLease("housekeeping", async () => ({
    pendingFilesDeleted: await expirePendingFiles(now),
    codesDeleted: await deleteExpiredCodes(now),
    rateLimitsDeleted: await deleteSpentRateLimits(now),
  }), lease);
  const onestop = await runOnestopJobs(now, lease);
  return {
    maintenance: maintenance.ran ? maintenance.result : null,
    emails: emails.ran ? emails.result : null,
    sms: sms.ran ? sms.result : null,
    stats: stats.ran ? stats.result : null,
    housekeeping: housekeeping.ran ? housekeeping.result : null,
    onestop,
  };
}

let timer: NodeJS.Timeout | undefined;
let current: Promise<void> | null = null;
let stopped = false;

/** Started by server/index.js: a round every JOBS_INTERVAL_MS (30 s), never overlapping in one process. */
export function startJobs(intervalMs = getEnv().JOBS_INTERVAL_MS) {
  if (timer) return;
  stopped = false;
  const tick = async () => {
    if (current || stopped) return;
    current = runJobsOnce()
      .then(() => undefined)
      .catch((error) => console.error("jobs:", error))
      .finally(() => {
        current = null;
      });
    await current;
  };
  timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
}

/**
 * Stops the rounds (server shutdown): no new round starts, the one running
 * gets `waitMs` to finish, and any lease this server still holds is released
 * so another server takes the job at once instead of after the lease expires.
 */
export async function stopJobs(waitMs = 5_000): Promise<void> {
  stopped = true;
  if (timer) clearInterval(timer);
  timer = undefined;
  if (current) {
    let wait: NodeJS.Timeout | undefined;
    await Promise.race([current, new Promise<void>((resolve) => (wait = setTimeout(resolve, waitMs)))]);
    clearTimeout(wait);
  }
  await releaseLeases();
}
