/**
 * The one-stop desk's scheduled work, each part under a database lease
 * (several app servers run it once): prompt the apology in time for dossiers
 * about to run late (art. 19 k.6), close dossiers whose supplement never came
 * (art. 19 k.5), and refresh the precomputed figures. Every prompt is sent
 * once per dossier and due date, however often the job runs.
 */
import { db, isUniqueViolation, write } from "~/utils/db.server";
import { localDate } from "../deadlines/calendar";
import { withLease, type LeaseOptions } from "../jobs/lease.server";
import { notify } from "../notifications/notifications.server";
import { loadOnestopContext } from "./context.server";
import { applyDossierAction } from "./dossiers.server";
import { refreshDossierStats } from "./refresh.server";
import { apologyDeadline, apologyPromptDue, supplementExpiresAt } from "./time";

const batch = 200;

/**
 * Dossiers still being processed whose due date is close (the rule's working
 * days), with no apology yet: the staff of the unit holding the current step
 * and the desk are told to send the apology with a new date before the
 * deadline — or to finish in time.
 */
export async function promptApologies(now = new Date()): Promise<number> {
  const { rules, calendar } = await loadOnestopContext();
  // Within a fortnight is more than any prompt lead; the exact test is apologyPromptDue.
  const soon = await db.dossier.findMany({
    where: { status: "PROCESSING", apologyAt: null, dueAt: { gte: now, lte: new Date(now.getTime() + 14 * 86_400_000) } },
    select: { id: true, code: true, dueAt: true, deskUnitId: true, currentStepUnitId: true, procedure: { select: { name: true } } },
    orderBy: { dueAt: "asc" },
    take: batch,
  });
  let prompted = 0;
  for (const d of soon) {
    if (!d.dueAt || !apologyPromptDue(now, d.dueAt, calendar, rules)) continue;
    const units = [...new Set([d.currentStepUnitId, d.deskUnitId].filter((u): u is string => !!u))];
    const staff = await db.user.findMany({ where: { unitId: { in: units }, role: { in: ["RECEPTION", "HANDLER", "LEADER"] }, disabled: false }, select: { id: true } });
    const params = { code: d.code ?? "", procedure: d.procedure.name, dueAt: localDate(d.dueAt), deadline: localDate(apologyDeadline(d.dueAt, rules)) };
    try {
      await write(async (tx) => {
        await tx.jobMark.create({ data: { key: `dossier-apology-prompt:${d.id}:${localDate(d.dueAt!)}` } });
        for (const s of staff) await notify(tx, { userId: s.id }, "DOSSIER_APOLOGY_DUE", params, { link: `/desk/dossiers/${d.id}` });
      });
      prompted++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return prompted;
}

/** Dossiers waiting for a supplement past the limit are closed by the system (a version-checked action). */
export async function closeUnsupplemented(now = new Date()): Promise<number> {
  const { rules, calendar } = await loadOnestopContext();
  const waiting = await db.dossier.findMany({
    where: { status: "NEEDS_SUPPLEMENT", supplementRequestedAt: { lt: new Date(now.getTime() - rules.supplementCloseDays * 86_400_000) } },
    select: { id: true, version: true, supplementRequestedAt: true },
    orderBy: { supplementRequestedAt: "asc" },
    take: batch,
  });
  let closed = 0;
  for (const d of waiting) {
    if (!d.supplementRequestedAt || now <= supplementExpiresAt(d.supplementRequestedAt, calendar, rules)) continue;
    const result = await applyDossierAction(d.id, { action: "close", version: d.version, actor: { kind: "system" } }, now);
    if (result.ok) closed++;
  }
  return closed;
}

/** One round of the one-stop jobs (called from the app's job loop and by `npm run jobs:onestop`). */
export async function runOnestopJobs(now = new Date(), lease: LeaseOptions = {}) {
  const maintenance = await withLease("onestop-maintenance", async () => ({
    prompted: await promptApologies(now),
    closed: await closeUnsupplemented(now),
  }), lease);
  const stats = await withLease("onestop-stats", () => refreshDossierStats(), lease);
  return { maintenance: maintenance.ran ? maintenance.result : null, stats: stats.ran ? stats.result : null };
}
