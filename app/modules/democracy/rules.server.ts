import { loadDeadlineContext } from "~/modules/deadlines/deadlines.server";
import { db } from "~/utils/db.server";
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
