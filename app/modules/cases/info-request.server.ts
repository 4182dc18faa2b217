import { db } from "~/utils/db.server";
import { loadDeadlineContext } from "../deadlines/deadlines.server";
import { defaultReplyBy, infoReplyDays, infoReplyDaysSetting, openInfoRequest } from "./info-request";

/** The request for information the case waits on (question and reply-by date), or null. */
export async function currentInfoRequest(c: { id: string; status: string }) {
  if (c.status !== "NEEDS_INFO") return null;
  const event = await db.caseEvent.findFirst({
    where: { caseId: c.id, type: "INFO_REQUESTED" },
    orderBy: { createdAt: "desc" },
    select: { note: true, data: true, createdAt: true },
  });
  return openInfoRequest(c.status, event);
}

/** The reply-by date the official's form proposes, from the configured number of working days. */
export async function proposedReplyBy(now = new Date()): Promise<{ date: string; days: number }> {
  const [setting, { calendar }] = await Promise.all([db.setting.findUnique({ where: { key: infoReplyDaysSetting }, select: { value: true } }), loadDeadlineContext()]);
  const days = infoReplyDays(setting?.value);
  return { date: defaultReplyBy(now, days, calendar), days };
}
