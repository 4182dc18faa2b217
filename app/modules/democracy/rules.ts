/**
 * The grassroots democracy law's rules as data (the DemocracyRule table):
 * which share of the households adopts a matter, a meeting's quorum, posting
 * and answer periods. Pure: the caller loads the rows; this picks the row in
 * force and does the arithmetic. A share is compared in integers
 * (count × den against num × total), so "two thirds" is never a rounded 66.7 %.
 */
import { addDays, type DayType, type WorkCalendar } from "~/modules/deadlines/calendar";

/** The fields of Prisma's DemocracyRule the domain reads; a Prisma row is assignable to it. */
export type DemocracyRuleData = {
  id: string;
  code: string;
  kind: string;
  ratioNum: number | null;
  ratioDen: number | null;
  ratioStrict: boolean;
  days: number | null;
  dayType: string | null;
  secretBallot: boolean;
  onlineBallot: boolean;
  document: string;
  article: string;
  clause: string | null;
  source: string;
  confirmed: boolean;
  validFrom: Date | null;
  validTo: Date | null;
};

/** A share of the households: more than num/den (strict) or at least num/den. */
export type Share = { num: number; den: number; strict: boolean };

function validAt(rule: Pick<DemocracyRuleData, "validFrom" | "validTo">, at: number): boolean {
  return (rule.validFrom === null || rule.validFrom.getTime() <= at) && (rule.validTo === null || at < rule.validTo.getTime());
}

/** The row with this code in force at `at` (validFrom ≤ at < validTo); of several, the newest validFrom (the newer text). */
export function ruleInForce<R extends Pick<DemocracyRuleData, "code" | "validFrom" | "validTo">>(rules: readonly R[], code: string, at: Date): R | null {
  let best: R | null = null;
  for (const rule of rules) {
    if (rule.code !== code || !validAt(rule, at.getTime())) continue;
    if (!best || (rule.validFrom?.getTime() ?? -Infinity) > (best.validFrom?.getTime() ?? -Infinity)) best = rule;
  }
  return best;
}

/** The rows of a kind in force at `at`, one per code, in the order given. */
export function rulesOfKind<R extends Pick<DemocracyRuleData, "code" | "kind" | "validFrom" | "validTo">>(rules: readonly R[], kind: string, at: Date): R[] {
  const codes = [...new Set(rules.filter((r) => r.kind === kind).map((r) => r.code))];
  return codes.map((code) => ruleInForce(rules, code, at)).filter((r): r is R => r !== null);
}

/** The rule's share, or null when it states none (or states an impossible one). */
export function shareOf(rule: Pick<DemocracyRuleData, "ratioNum" | "ratioDen" | "ratioStrict">): Share | null {
  const { ratioNum: num, ratioDen: den } = rule;
  if (num === null || den === null || !Number.isInteger(num) || !Number.isInteger(den) || den <= 0 || num <= 0 || num > den) return null;
  return { num, den, strict: rule.ratioStrict };
}

/** Whether `count` of `total` households reach the share. No households: never. */
export function meetsShare(count: number, total: number, share: Share): boolean {
  if (total <= 0 || count < 0) return false;
  return share.strict ? count * share.den > share.num * total : count * share.den >= share.num * total;
}

/** The fewest households of `total` that reach the share (total + 1 when none can: an empty roll). */
export function householdsNeeded(total: number, share: Share): number {
  if (total <= 0) return 1;
  const product = share.num * total;
  // Integer arithmetic: floor(p / den) + 1 for "more than", ceil(p / den) for "at least".
  return share.strict ? Math.floor(product / share.den) + 1 : Math.floor((product + share.den - 1) / share.den);
}

/** The rule's day type; a corrupt value must not produce a date. */
export function ruleDays(rule: Pick<DemocracyRuleData, "code" | "days" | "dayType">): { days: number; dayType: DayType } {
  if (rule.days === null || !Number.isInteger(rule.days) || rule.days < 0) throw new RangeError(`Rule ${rule.code} has no period in days`);
  if (rule.dayType !== "WORKING" && rule.dayType !== "CALENDAR") throw new RangeError(`Rule ${rule.code}: unknown day type ${JSON.stringify(rule.dayType)}`);
  return { days: rule.days, dayType: rule.dayType };
}

/** The end of a period counted from `start` by the deadline engine (the first day not counted; holidays from the calendar). */
export function periodEnd(rule: Pick<DemocracyRuleData, "code" | "days" | "dayType">, cal: WorkCalendar, start: Date): Date {
  const { days, dayType } = ruleDays(rule);
  return addDays(start, days, dayType, cal);
}

/** What a page prints as the legal basis of a rule. */
export function citation(rule: Pick<DemocracyRuleData, "article" | "clause" | "document">): string {
  return [rule.article, rule.clause, rule.document].filter(Boolean).join(", ");
}
