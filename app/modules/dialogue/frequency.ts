import { addLocalDays, dayNumber, fromDayNumber, weekday } from "../deadlines/calendar";

/**
 * Who fell short of their reception duty, in which week or month (Law on
 * Citizen Reception 2013: a commune chair at least one day a WEEK, art. 15
 * k.2 d; province and agency heads one day a month, arts. 12 k.5 and 18 k.2;
 * the People's Council standing committee under Law 136/2025). Pure: the
 * days each subject received citizens are given; a weekly rule is checked per
 * ISO week (Monday to Sunday), never per month.
 */
export type ReceptionHost = "HEAD" | "PEOPLES_COUNCIL_STANDING";
export type FrequencyRule = {
  id: string;
  host: string;
  period: string;
  minDays: number;
  legalBasis: string;
  confirmed: boolean;
  source: string | null;
  validFrom: Date | null;
  validTo: Date | null;
};

/** A week or a month, as local dates (inclusive). */
export type Period = { key: string; kind: "WEEK" | "MONTH"; from: string; to: string };

/** The ISO week of a local date: the week (Monday–Sunday) belongs to the year of its Thursday. */
export function isoWeekOf(date: string): { year: number; week: number; monday: string } {
  const n = dayNumber(date);
  const monday = n - ((weekday(date) + 6) % 7);
  const thursday = fromDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const jan4 = `${year}-01-04`;
  const firstMonday = dayNumber(jan4) - ((weekday(jan4) + 6) % 7);
  return { year, week: Math.floor((monday - firstMonday) / 7) + 1, monday: fromDayNumber(monday) };
}

function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return fromDayNumber(dayNumber(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, "0")}-01`) - 1);
}

/**
 * The ISO weeks a month's view shows: those whose Thursday falls in the month
 * (the ISO rule that gives every week one year, applied to months), so each
 * week is checked once, in one month, even when it straddles two.
 */
export function weeksOfMonth(month: string): Period[] {
  const first = `${month}-01`;
  const last = lastDayOf(month);
  const out: Period[] = [];
  let monday = isoWeekOf(first).monday;
  while (monday <= last) {
    const thursday = addLocalDays(monday, 3);
    if (thursday.slice(0, 7) === month) {
      const w = isoWeekOf(monday);
      out.push({ key: `${w.year}-W${String(w.week).padStart(2, "0")}`, kind: "WEEK", from: monday, to: addLocalDays(monday, 6) });
    }
    monday = addLocalDays(monday, 7);
  }
  return out;
}

export function periodsOf(rule: Pick<FrequencyRule, "period">, month: string): Period[] {
  return rule.period === "WEEK" ? weeksOfMonth(month) : [{ key: month, kind: "MONTH", from: `${month}-01`, to: lastDayOf(month) }];
}

/** Rules in force at some time in the month (validFrom / validTo are instants). */
export function rulesInForce<R extends Pick<FrequencyRule, "validFrom" | "validTo">>(rules: readonly R[], range: { from: Date; to: Date }): R[] {
  return rules.filter((r) => (!r.validFrom || r.validFrom < range.to) && (!r.validTo || r.validTo >= range.from));
}

/** OK: met; SHORT: the period is over and fell short; OPEN: still running (not yet judged). */
export type CellState = "OK" | "SHORT" | "OPEN";
export type Cell = { period: Period; held: number; required: number; state: CellState };

export function judge(days: ReadonlySet<string>, period: Period, required: number, today: string): Cell {
  let held = 0;
  for (const d of days) if (d >= period.from && d <= period.to) held++;
  const state: CellState = held >= required ? "OK" : today > period.to ? "SHORT" : "OPEN";
  return { period, held, required, state };
}

/** One row per subject (a leader, or the standing committee as a body): a cell per period. */
export function frequencyRows<S extends { id: string }>(subjects: readonly S[], daysOf: (subject: S) => ReadonlySet<string>, periods: readonly Period[], minDays: number, today: string) {
  return subjects.map((subject) => {
    const cells = periods.map((p) => judge(daysOf(subject), p, minDays, today));
    return { subject, cells, short: cells.filter((c) => c.state === "SHORT").length };
  });
}
