import { db } from "~/utils/db.server";
import { loadDeadlineContext } from "../deadlines/deadlines.server";
import type { WorkCalendar } from "../deadlines/calendar";
import { rulesFromRows, type OnestopRules } from "./rules";

/** The one-stop rules (their rows) and the working-day calendar (the deadline engine's holidays). */
export async function loadOnestopContext(): Promise<{ rules: OnestopRules; calendar: WorkCalendar }> {
  const [rows, { calendar }] = await Promise.all([db.onestopRule.findMany({ select: { key: true, value: true } }), loadDeadlineContext()]);
  return { rules: rulesFromRows(rows), calendar };
}
