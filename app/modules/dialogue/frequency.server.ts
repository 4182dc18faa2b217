import { db } from "~/utils/db.server";
import { localDate } from "../deadlines/calendar";
import { frequencyRows, periodsOf, rulesInForce, type FrequencyRule } from "./frequency";
import { monthRange } from "./time";

/**
 * The reception duty of a unit for a month, per rule of its level in force
 * that month: the head's rule checks each leader (reception days chaired and
 * held, and register entries they received themselves), the People's Council
 * standing committee's rule checks register entries made as that body. A
 * weekly rule is judged per ISO week (frequency.ts).
 */
export async function receptionCompliance(unitId: string, month: string, now = new Date()) {
  const range = monthRange(month);
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { levelId: true } });
  if (!range) return { rules: [] };
  const rules: FrequencyRule[] = rulesInForce(
    await db.receptionRule.findMany({
      where: { levelId: unit.levelId },
      orderBy: [{ host: "asc" }, { period: "asc" }],
      select: { id: true, host: true, period: true, minDays: true, legalBasis: true, confirmed: true, source: true, validFrom: true, validTo: true },
    }),
    range,
  );
  // Weeks may start in the month before and end in the month after.
  const periods = new Map(rules.map((r) => [r.id, periodsOf(r, month)]));
  const all = [...periods.values()].flat();
  const from = all.length ? all.reduce((a, p) => (p.from < a ? p.from : a), all[0]!.from) : month;
  const to = all.length ? all.reduce((a, p) => (p.to > a ? p.to : a), all[0]!.to) : month;
  const window = { gte: new Date(`${from}T00:00:00+07:00`), lt: new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000) };
  const [leaders, sessions, records] = await Promise.all([
    db.user.findMany({ where: { unitId, role: "LEADER", disabled: false }, select: { id: true, fullName: true, position: true }, orderBy: { fullName: "asc" }, take: 50 }),
    db.dialogueSession.findMany({ where: { unitId, kind: "RECEPTION_DAY", status: "HELD", startsAt: window }, select: { chairId: true, startsAt: true }, take: 2000 }),
    db.receptionRecord.findMany({ where: { unitId, receivedAt: window }, select: { receiverId: true, receivedAt: true, host: true }, take: 10_000 }),
  ]);
  const today = localDate(now);
  const headDays = (userId: string) =>
    new Set([
      ...sessions.filter((s) => s.chairId === userId).map((s) => localDate(s.startsAt)),
      ...records.filter((r) => r.receiverId === userId && r.host === "HEAD").map((r) => localDate(r.receivedAt)),
    ]);
  const councilDays = new Set(records.filter((r) => r.host === "PEOPLES_COUNCIL_STANDING").map((r) => localDate(r.receivedAt)));
  return {
    rules: rules.map((rule) => {
      const ps = periods.get(rule.id)!;
      const subjects = rule.host === "PEOPLES_COUNCIL_STANDING" ? [{ id: "PEOPLES_COUNCIL_STANDING", fullName: null as string | null, position: null as string | null }] : leaders;
      const rows = frequencyRows(subjects, (s) => (rule.host === "PEOPLES_COUNCIL_STANDING" ? councilDays : headDays(s.id)), ps, rule.minDays, today);
      return { rule, periods: ps, rows };
    }),
  };
}
