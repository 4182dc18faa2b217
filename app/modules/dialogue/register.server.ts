import { receptionSearchText, representativeNames } from "~/modules/reports/registers";
import { db, isUniqueViolation, write } from "~/utils/db.server";
import { isCalendarMonth } from "~/utils/form-fields";
import { localMonth, monthRange } from "./time";

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
      peopleCount: true,
      classification: true,
      matter: true,
      handling: true,
      host: true,
      receiver: { select: { fullName: true } },
      case: { select: { code: true, kind: true } },
      session: { select: { id: true, title: true } },
    },
  });
}

export type ReceptionInput = {
  receivedAt: Date;
  receiverId: string;
  visitorName: string;
  visitorContact?: string;
  visitorIdNumber?: string;
  visitorAddress?: string;
  peopleCount: number;
  representatives?: string;
  classification: string;
  receptionKind: string;
  repeatVisit: boolean;
  resolvedBefore?: string;
  handlingMode: string;
  matter: string;
  handling: string;
  /** Who received: the unit's head or the People's Council standing committee (Law 136/2025/QH15). */
  host?: "HEAD" | "PEOPLES_COUNCIL_STANDING";
  submissionToken?: string;
};

/**
 * An ad hoc reception (not at a scheduled session), with the register's
 * columns. The receiving official must be staff of the unit; a head's
 * reception (HEAD) must be received by a leader.
 */
export async function addReception(unitId: string, input: ReceptionInput): Promise<{ ok: true } | { ok: false; errors: Record<string, string[]> }> {
  const receiver = await db.user.findUnique({ where: { id: input.receiverId }, select: { unitId: true, role: true } });
  if (!receiver || receiver.unitId !== unitId || !["LEADER", "RECEPTION", "HANDLER"].includes(receiver.role)) {
    return { ok: false as const, errors: { receiverId: ["errors.invalidChoice"] } };
  }
  if (input.receptionKind === "HEAD" && receiver.role !== "LEADER") {
    return { ok: false as const, errors: { receptionKind: ["reports.reception.errors.headMustBeLeader"] } };
  }
  const representatives = representativeNames(input.representatives);
  try {
    await write((tx) =>
      tx.receptionRecord.create({
        data: {
          unitId,
          receivedAt: input.receivedAt,
          receiverId: input.receiverId,
          visitorName: input.visitorName,
          visitorContact: input.visitorContact ?? null,
          visitorIdNumber: input.visitorIdNumber ?? null,
          visitorAddress: input.visitorAddress ?? null,
          peopleCount: input.peopleCount,
          representatives: representatives.length ? representatives.join("\n") : null,
          representativeCount: representatives.length,
          classification: input.classification,
          receptionKind: input.receptionKind,
          repeatVisit: input.repeatVisit,
          resolvedBefore: input.resolvedBefore ?? null,
          handlingMode: input.handlingMode,
          matter: input.matter,
          handling: input.handling,
          host: input.host ?? "HEAD",
          searchText: receptionSearchText({ ...input, representatives: representatives.join(" ") }),
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
  return db.receptionRule.findMany({ include: { level: { select: { code: true, nameVi: true, nameEn: true, rank: true } } }, orderBy: [{ level: { rank: "asc" } }, { host: "asc" }] });
}

export async function updateReceptionRule(id: string, data: { period: "WEEK" | "MONTH"; minDays: number; legalBasis: string }) {
  const done = await write((tx) => tx.receptionRule.updateMany({ where: { id }, data }));
  return done.count === 1;
}
