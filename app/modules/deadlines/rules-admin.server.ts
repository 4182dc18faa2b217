import { db, isUniqueViolation, write } from "~/utils/db.server";
import { referenceChanged } from "~/utils/reference-cache.server";
import { audit } from "../audit/audit.server";
import { dayNumber, endOfLocalDay, localDate, startOfLocalDay } from "./calendar";
import type { AddRuleInput, RulesAdminInput } from "./admin-schemas";
import { citation } from "./legal-basis";

export type AdminResult = { ok: true; key: string; params?: Record<string, string> } | { ok: false; errors: Record<string, string[]> };

/** What /admin/rules shows: every rule row (in force, future, ended), the days off of a year, the grounds, the remote units. */
export async function rulesAdminData(year: number) {
  const [rules, holidays, grounds, units] = await Promise.all([
    db.deadlineRule.findMany({ orderBy: [{ kind: "asc" }, { stage: "asc" }, { instance: "asc" }, { validFrom: "asc" }] }),
    db.holiday.findMany({ where: { date: { startsWith: `${year}-` } }, orderBy: { date: "asc" } }),
    db.procedureGround.findMany({ orderBy: [{ kind: "asc" }, { action: "asc" }, { sortOrder: "asc" }, { validFrom: "asc" }] }),
    db.unit.findMany({ where: { active: true }, select: { id: true, name: true, remote: true }, orderBy: [{ remote: "desc" }, { name: "asc" }] }),
  ]);
  return { rules, holidays, grounds, units };
}

/** Applies one admin form; every change is audited in the same transaction. */
export async function applyRulesAdmin(actorId: string, input: RulesAdminInput, now = new Date()): Promise<AdminResult> {
  switch (input.intent) {
    case "addRule":
      return addRule(actorId, input, now);
    case "endRule": {
      const rule = await db.deadlineRule.findUnique({ where: { id: input.ruleId } });
      if (!rule) return { ok: false, errors: { "": ["errors.invalidChoice"] } };
      // Ends at the end of the last day: cases received up to then keep it; the past is never rewritten.
      const validTo = new Date(endOfLocalDay(input.lastDay).getTime() + 1);
      if (dayNumber(input.lastDay) < dayNumber(localDate(now))) return { ok: false, errors: { lastDay: ["rules.errors.notInPast"] } };
      if (rule.validFrom && validTo.getTime() <= rule.validFrom.getTime()) return { ok: false, errors: { lastDay: ["rules.errors.beforeStart"] } };
      await write(async (tx) => {
        await tx.deadlineRule.update({ where: { id: rule.id }, data: { validTo } });
        await referenceChanged(tx, "rules");
        await audit(tx, { actorId, action: "RULE_ENDED", targetType: "DeadlineRule", targetId: rule.id, data: { legalBasis: rule.legalBasis, from: rule.validTo?.toISOString() ?? null, to: validTo.toISOString() } });
      });
      return { ok: true, key: "rules.done.ended", params: { date: input.lastDay } };
    }
    case "ruleBasis": {
      const rule = await db.deadlineRule.findUnique({ where: { id: input.ruleId } });
      if (!rule) return { ok: false, errors: { "": ["errors.invalidChoice"] } };
      const data = { basisStatus: input.basisStatus, sourceUrl: input.sourceUrl ?? null, sourceNote: input.sourceNote ?? null };
      await write(async (tx) => {
        await tx.deadlineRule.update({ where: { id: rule.id }, data });
        await referenceChanged(tx, "rules");
        await audit(tx, { actorId, action: "RULE_BASIS_CHANGED", targetType: "DeadlineRule", targetId: rule.id, data: { before: { basisStatus: rule.basisStatus, sourceUrl: rule.sourceUrl }, after: data } });
      });
      return { ok: true, key: "rules.done.basis" };
    }
    case "holiday": {
      const data = { date: input.date, type: input.type, nameVi: input.nameVi, nameEn: input.nameEn, provisional: !!input.provisional, source: input.source ?? null };
      try {
        await write(async (tx) => {
          const before = input.holidayId ? await tx.holiday.findUnique({ where: { id: input.holidayId } }) : null;
          if (input.holidayId && !before) throw new NotFound();
          const saved = before ? await tx.holiday.update({ where: { id: before.id }, data }) : await tx.holiday.create({ data });
          await referenceChanged(tx, "rules");
          await audit(tx, { actorId, action: before ? "HOLIDAY_CHANGED" : "HOLIDAY_ADDED", targetType: "Holiday", targetId: saved.id, data: { before, after: data } });
        });
      } catch (error) {
        if (error instanceof NotFound) return { ok: false, errors: { "": ["errors.invalidChoice"] } };
        if (isUniqueViolation(error)) return { ok: false, errors: { date: ["rules.errors.dateTaken"] } };
        throw error;
      }
      return { ok: true, key: "rules.done.holiday", params: { date: input.date } };
    }
    case "deleteHoliday": {
      const removed = await write(async (tx) => {
        const before = await tx.holiday.findUnique({ where: { id: input.holidayId } });
        if (!before) return null;
        await tx.holiday.delete({ where: { id: before.id } });
        await referenceChanged(tx, "rules");
        await audit(tx, { actorId, action: "HOLIDAY_REMOVED", targetType: "Holiday", targetId: before.id, data: { before } });
        return before;
      });
      if (!removed) return { ok: false, errors: { "": ["errors.invalidChoice"] } };
      return { ok: true, key: "rules.done.holidayRemoved", params: { date: removed.date } };
    }
    case "unitRemote": {
      const unit = await db.unit.findFirst({ where: { id: input.unitId, active: true }, select: { id: true, name: true, remote: true } });
      if (!unit) return { ok: false, errors: { unitId: ["errors.invalidChoice"] } };
      const remote = !!input.remote;
      await write(async (tx) => {
        await tx.unit.update({ where: { id: unit.id }, data: { remote } });
        await audit(tx, { actorId, action: "UNIT_REMOTE_CHANGED", targetType: "Unit", targetId: unit.id, data: { before: unit.remote, after: remote } });
      });
      return { ok: true, key: remote ? "rules.done.remoteOn" : "rules.done.remoteOff", params: { unit: unit.name } };
    }
  }
}

class NotFound extends Error {}

/**
 * A new rule row in force from a date (today or later). With `endCurrent`, the
 * row in force then for the same kind, instance and stage ends the day before:
 * cases whose clock started earlier keep it (they store their rule rows).
 */
async function addRule(actorId: string, input: AddRuleInput, now: Date): Promise<AdminResult> {
  if (dayNumber(input.validFrom) < dayNumber(localDate(now))) return { ok: false, errors: { validFrom: ["rules.errors.notInPast"] } };
  const errors: Record<string, string[]> = {};
  if (input.stage === "APPEAL" && input.instance !== 1) errors.instance = ["rules.errors.appealFirstInstance"];
  if ((input.complexMaxExtensions || input.especiallyComplexMaxExtensions || input.maxExtensions) && !input.extensionDays) errors.extensionDays = ["rules.errors.extensionDays"];
  if (Object.keys(errors).length) return { ok: false, errors };
  const validFrom = startOfLocalDay(input.validFrom);
  const basis = { basisDocument: input.basisDocument, basisArticle: input.basisArticle ?? "", basisClause: input.basisClause ?? null };
  const created = await write(async (tx) => {
    const current = input.endCurrent
      ? await tx.deadlineRule.findMany({
          where: {
            kind: input.kind,
            instance: input.instance,
            stage: input.stage,
            OR: [{ validFrom: null }, { validFrom: { lt: validFrom } }],
            AND: [{ OR: [{ validTo: null }, { validTo: { gt: validFrom } }] }],
          },
        })
      : [];
    for (const old of current) {
      await tx.deadlineRule.update({ where: { id: old.id }, data: { validTo: validFrom } });
      await audit(tx, { actorId, action: "RULE_ENDED", targetType: "DeadlineRule", targetId: old.id, data: { legalBasis: old.legalBasis, to: validFrom.toISOString() } });
    }
    await referenceChanged(tx, "rules");
    const rule = await tx.deadlineRule.create({
      data: {
        kind: input.kind,
        instance: input.instance,
        stage: input.stage,
        days: input.days,
        dayType: input.dayType,
        complexDays: input.complexDays ?? null,
        remoteDays: input.remoteDays ?? null,
        remoteComplexDays: input.remoteComplexDays ?? null,
        maxExtensions: input.maxExtensions,
        complexMaxExtensions: input.complexMaxExtensions ?? null,
        especiallyComplexMaxExtensions: input.especiallyComplexMaxExtensions ?? null,
        extensionDays: input.extensionDays,
        pauseOnNeedsInfo: !!input.pauseOnNeedsInfo,
        pauseOnSuspension: !!input.pauseOnSuspension,
        dialogue: input.dialogue,
        ...basis,
        legalBasis: citation(basis),
        sourceUrl: input.sourceUrl ?? null,
        sourceNote: input.sourceNote ?? null,
        basisStatus: input.basisStatus,
        validFrom,
      },
    });
    await audit(tx, { actorId, action: "RULE_ADDED", targetType: "DeadlineRule", targetId: rule.id, data: { kind: rule.kind, stage: rule.stage, instance: rule.instance, days: rule.days, dayType: rule.dayType, validFrom: input.validFrom, ended: current.map((c) => c.id) } });
    return rule;
  });
  return { ok: true, key: "rules.done.added", params: { date: input.validFrom, basis: created.legalBasis } };
}
