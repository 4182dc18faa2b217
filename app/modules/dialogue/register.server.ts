import { toCsvFile } from "~/utils/csv.server";
import { db, isUniqueViolation, write } from "~/utils/db.server";
import { localDate } from "../deadlines/calendar";
import { localMonth, monthRange, requiredDays } from "./time";
import { isCalendarMonth } from "~/utils/form-fields";

/** The reception register of a unit for a month, oldest first (index unitId, receivedAt). */
export async function registerEntries(unitId: string, month: string, take = 1000) {
  const range = monthRange(month);
  if (!range) return [];
  return db.receptionRecord.findMany({
    where: { unitId, receivedAt: { gte: range.from, lt: range.to } },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      receivedAt: true,
      visitorName: true,
      visitorContact: true,
      matter: true,
      handling: true,
      receiver: { select: { fullName: true } },
      case: { select: { code: true } },
      session: { select: { id: true, title: true } },
    },
  });
}

export type RegisterEntry = Awaited<ReturnType<typeof registerEntries>>[number];

/** The register as CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese correctly; names and matters typed by citizens cannot be formulas). */
export function registerCsv(entries: RegisterEntry[], headers: string[], formatWhen: (d: Date) => string): string {
  const rows = entries.map((e, i) => [
    String(i + 1),
    formatWhen(e.receivedAt),
    e.receiver.fullName,
    e.visitorName,
    e.visitorContact ?? "",
    e.matter,
    e.handling,
    e.case?.code ?? "",
  ]);
  return toCsvFile([headers, ...rows]);
}

/** An ad hoc reception (not at a scheduled session). */
export async function addReception(unitId: string, input: { receivedAt: Date; receiverId: string; visitorName: string; visitorContact?: string; matter: string; handling: string; submissionToken?: string }) {
  const receiver = await db.user.findUnique({ where: { id: input.receiverId }, select: { unitId: true, role: true } });
  if (!receiver || receiver.unitId !== unitId || !["LEADER", "RECEPTION", "HANDLER"].includes(receiver.role)) {
    return { ok: false as const, errors: { receiverId: ["errors.invalidChoice"] } };
  }
  try {
    await write((tx) =>
      tx.receptionRecord.create({
        data: {
          unitId,
          receivedAt: input.receivedAt,
          receiverId: input.receiverId,
          visitorName: input.visitorName,
          visitorContact: input.visitorContact ?? null,
          matter: input.matter,
          handling: input.handling,
          submissionToken: input.submissionToken ?? null,
        },
      }),
    );
  } catch (error) {
    // The same form sent twice: the first entry stands.
    if (!(input.submissionToken && isUniqueViolation(error))) throw error;
  }
  return { ok: true as const };
}

/**
 * Held versus required, per leader of the unit, for a month: the days on
 * which the leader chaired a reception day that was held, or received
 * citizens ad hoc (register), against the rule of the unit's level.
 */
export async function receptionFrequency(unitId: string, month: string) {
  const range = monthRange(month);
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { levelId: true } });
  const rule = await db.receptionRule.findFirst({ where: { levelId: unit.levelId }, select: { period: true, minDays: true, legalBasis: true } });
  const leaders = await db.user.findMany({ where: { unitId, role: "LEADER", disabled: false }, select: { id: true, fullName: true, position: true }, orderBy: { fullName: "asc" } });
  if (!range) return { rule, required: 0, leaders: [] };
  const [sessions, records] = await Promise.all([
    db.dialogueSession.findMany({
      where: { unitId, kind: "RECEPTION_DAY", status: "HELD", startsAt: { gte: range.from, lt: range.to } },
      select: { chairId: true, startsAt: true },
      take: 1000,
    }),
    db.receptionRecord.findMany({ where: { unitId, receivedAt: { gte: range.from, lt: range.to } }, select: { receiverId: true, receivedAt: true }, take: 5000 }),
  ]);
  const required = rule ? requiredDays(rule, month) : 0;
  return {
    rule,
    required,
    leaders: leaders.map((l) => {
      const days = new Set([
        ...sessions.filter((s) => s.chairId === l.id).map((s) => localDate(s.startsAt)),
        ...records.filter((r) => r.receiverId === l.id).map((r) => localDate(r.receivedAt)),
      ]);
      return { id: l.id, fullName: l.fullName, position: l.position, held: days.size, required, short: days.size < required };
    }),
  };
}

export function currentMonth(now = new Date()) {
  return localMonth(now);
}

/** The `month` of a register page's address (YYYY-MM), or the current month when absent or malformed. */
export function monthOf(request: Request) {
  const m = new URL(request.url).searchParams.get("month");
  return m && isCalendarMonth(m) ? m : currentMonth();
}

/** Reception rules per unit level (admin). */
export async function receptionRules() {
  return db.receptionRule.findMany({ include: { level: { select: { code: true, nameVi: true, nameEn: true, rank: true } } }, orderBy: { level: { rank: "asc" } } });
}

export async function updateReceptionRule(id: string, data: { period: "WEEK" | "MONTH"; minDays: number; legalBasis: string }) {
  const done = await write((tx) => tx.receptionRule.updateMany({ where: { id }, data }));
  return done.count === 1;
}
