import { loadDeadlineContext } from "~/modules/deadlines/deadlines.server";
import { audit } from "~/modules/audit/audit.server";
import { db, write } from "~/utils/db.server";
import type { RuleEdit } from "./schemas";
import { ruleInForce, rulesOfKind, type DemocracyRuleData } from "./rules";

/** Every rule row (a few dozen): read whole, ordered as the law lists them. */
export async function loadDemocracyRules(): Promise<(DemocracyRuleData & { note: string | null; sortOrder: number })[]> {
  return db.democracyRule.findMany({ orderBy: [{ sortOrder: "asc" }, { validFrom: "asc" }] });
}

/** The rules and the holiday calendar (for periods counted by the deadline engine). */
export async function democracyContext() {
  const [rules, { calendar }] = await Promise.all([loadDemocracyRules(), loadDeadlineContext()]);
  return { rules, calendar };
}

export type RuleRow = Awaited<ReturnType<typeof loadDemocracyRules>>[number];

/** The rule in force, or an error a page can show (an administrator removed or ended it). */
export function requireRule(rules: readonly RuleRow[], code: string, at: Date): RuleRow {
  const rule = ruleInForce(rules, code, at);
  if (!rule) throw new Error(`No democracy rule ${code} in force at ${at.toISOString()}`);
  return rule;
}

export function subjectRules(rules: readonly RuleRow[], kind: "DECIDE" | "CONSULT", at: Date) {
  return rulesOfKind(rules, kind, at);
}

/**
 * An administrator corrects a rule row: its figures, whether it is confirmed,
 * its source and note — audited with the values before and after. Matters
 * already open keep the figures they copied.
 */
export async function updateDemocracyRule(adminId: string, edit: RuleEdit): Promise<boolean> {
  return write(async (tx) => {
    const before = await tx.democracyRule.findUnique({ where: { id: edit.ruleId } });
    if (!before) return false;
    const data = {
      ratioNum: edit.ratioNum ?? null,
      ratioDen: edit.ratioDen ?? null,
      ratioStrict: !!edit.ratioStrict,
      days: edit.days ?? null,
      dayType: edit.days !== undefined ? (edit.dayType ?? null) : null,
      secretBallot: !!edit.secretBallot,
      onlineBallot: !!edit.onlineBallot,
      confirmed: !!edit.confirmed,
      source: edit.source,
      note: edit.note ?? null,
    };
    await tx.democracyRule.update({ where: { id: edit.ruleId }, data });
    const was = Object.fromEntries(Object.keys(data).map((k) => [k, before[k as keyof typeof before]]));
    await audit(tx, { actorId: adminId, action: "DEMOCRACY_RULE_CHANGED", targetType: "DemocracyRule", targetId: edit.ruleId, data: { code: before.code, before: was, after: data } });
    return true;
  });
}
