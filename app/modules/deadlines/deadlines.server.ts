import { db } from "~/utils/db.server";
import { makeCalendar } from "./calendar";

/** The rules and the holiday calendar, read from their (small) tables. */
export async function loadDeadlineContext() {
  const [rules, holidays] = await Promise.all([db.deadlineRule.findMany(), db.holiday.findMany({ select: { date: true, type: true } })]);
  return { rules, calendar: makeCalendar(holidays) };
}
