import { db } from "~/utils/db.server";
import { cachedReference } from "~/utils/reference-cache.server";
import { makeCalendar } from "./calendar";

/**
 * The rules and the holiday calendar, read from their (small) tables, kept in
 * memory until an administrator changes them (rules-admin.server.ts marks
 * "rules" changed in the same transaction): a case page needs them on every
 * request.
 */
export function loadDeadlineContext() {
  return cachedReference("rules", "deadline-context", async () => {
    const [rules, holidays] = await Promise.all([db.deadlineRule.findMany(), db.holiday.findMany({ select: { date: true, type: true } })]);
    return { rules, calendar: makeCalendar(holidays) };
  });
}
