import { addDays, type DayType, type WorkCalendar } from "../deadlines/calendar";

/**
 * How long a notice stays posted and how soon it must go up, from its
 * category's NoticeRule row (Law on Implementing Democracy at Grassroots
 * 10/2022, art. 13 k.2: 30 consecutive days, or posted permanently and updated
 * when it changes; art. 12 k.3: within 5 working days of the decision). Pure.
 */
export const postingKinds = ["DAYS", "PERMANENT", "UNTIL_REPLACED"] as const;
export type PostingKind = (typeof postingKinds)[number];

export type NoticeRuleData = {
  category: string;
  posting: string;
  minDays: number | null;
  publishWithinDays: number;
  publishDayType: string;
  document: string;
  article: string;
  confirmed: boolean;
  validFrom: Date | null;
  validTo: Date | null;
};

export function postingKindOf(value: string | null | undefined): PostingKind {
  return value === "PERMANENT" || value === "UNTIL_REPLACED" ? value : "DAYS";
}

/** The category's rule in force at `at` (the latest that started), or null. */
export function noticeRuleFor<R extends NoticeRuleData>(rules: readonly R[], category: string, at: Date): R | null {
  const inForce = rules.filter((r) => r.category === category && (!r.validFrom || r.validFrom <= at) && (!r.validTo || r.validTo >= at));
  return inForce.sort((a, b) => (a.validFrom?.getTime() ?? 0) - (b.validFrom?.getTime() ?? 0)).at(-1) ?? null;
}

/**
 * The end of the minimum posting period: N consecutive days counted from the
 * day after posting, ending at the END of the Nth day — and, that day being a
 * day off, at the end of the next working day (Civil Code 2015, arts. 147–148).
 * A permanent notice, or one up until replaced, has no end.
 */
export function postingEnd(n: { postedAt: Date; minDays: number; posting?: string | null }, cal: WorkCalendar): Date | null {
  if (postingKindOf(n.posting) !== "DAYS") return null;
  return addDays(n.postedAt, n.minDays, "CALENDAR", cal);
}

/** The last moment to post a decision's notice: N working days after the decision (art. 12 k.3). */
export function publishDeadline(decisionAt: Date, rule: Pick<NoticeRuleData, "publishWithinDays" | "publishDayType">, cal: WorkCalendar): Date {
  return addDays(decisionAt, rule.publishWithinDays, (rule.publishDayType === "CALENDAR" ? "CALENDAR" : "WORKING") as DayType, cal);
}

export function isLatePosting(n: { postedAt: Date; publishBy: Date | null }): boolean {
  return !!n.publishBy && n.postedAt.getTime() > n.publishBy.getTime();
}
