import { db } from "~/utils/db.server";
import { makeCalendar, type WorkCalendar } from "./calendar";
import type { DeadlineRuleData } from "./rules";

/** The rules and the holiday calendar, read from their (small) tables. */
export async function loadDeadlineContext(): Promise<{ rules: DeadlineRuleData[]; calendar: WorkCalendar }> {
  const [rules, holidays] = await Promise.all([db.deadlineRule.findMany(), db.holiday.findMany({ select: { date: true, type: true } })]);
  return { rules, calendar: makeCalendar(holidays) };
}
