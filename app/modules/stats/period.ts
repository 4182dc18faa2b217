/**
 * Reporting periods: a month, quarter, six months, year or custom range of
 * local dates (Asia/Ho_Chi_Minh), parsed from a query string with zod. The
 * dashboard, the reports and the API share this one parser, so a bad period
 * gets the same clear 400 everywhere.
 *
 * Beside the calendar periods are the periods of the reporting regime
 * (reporting-regime.ts: Circular 01/2024/TT-TTCP), which run from the 15th of
 * the month before to the 14th of the closing month: "Quý IV/2026" is
 * 15/9/2026–14/12/2026, the year 2026 is 15/12/2025–14/12/2026.
 */
import { z } from "zod";
import { addLocalDays, dayNumber, localDate } from "~/modules/deadlines/calendar";
import { regimeOn, type ReportingRegime } from "./reporting-regime";

export const calendarPeriodKinds = ["month", "quarter", "half", "year", "custom"] as const;
/** The regime's periods: quarter, first 6 months, first 9 months, year. */
export const regimePeriodKinds = ["report-quarter", "report-6m", "report-9m", "report-year"] as const;
export const periodKinds = [...calendarPeriodKinds, ...regimePeriodKinds] as const;
export type PeriodKind = (typeof periodKinds)[number];
export type RegimePeriodKind = (typeof regimePeriodKinds)[number];

export function isRegimePeriod(kind: PeriodKind): kind is RegimePeriodKind {
  return (regimePeriodKinds as readonly string[]).includes(kind);
}

export type Period = {
  kind: PeriodKind;
  /** First and last local dates, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  year: number;
  /** Month 1–12, quarter 1–4 (also of a regime quarter) or half 1–2 for those kinds. */
  part: number | null;
};

/** The earliest year figures go back to, and the longest custom range. */
export const FIRST_YEAR = 2000;
export const MAX_RANGE_DAYS = 3660;

function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const isoDate = z.string().refine(isCalendarDate, "stats.errors.date");

const int = (min: number, max: number, message: string) =>
  z
    .string()
    .regex(/^\d{1,4}$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);

/** The schema of the period part of a query string; `today` bounds the years accepted. */
export function periodSchema(today: string) {
  const thisYear = Number(today.slice(0, 4));
  return z
    .object({
      period: z.enum(periodKinds, { errorMap: () => ({ message: "stats.errors.period" }) }).default("year"),
      year: int(FIRST_YEAR, thisYear + 1, "stats.errors.year").optional(),
      month: int(1, 12, "stats.errors.month").optional(),
      quarter: int(1, 4, "stats.errors.quarter").optional(),
      half: int(1, 2, "stats.errors.half").optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
    })
    .superRefine((v, ctx) => {
      if (v.period !== "custom") return;
      if (!v.from) ctx.addIssue({ code: "custom", path: ["from"], message: "stats.errors.fromRequired" });
      if (!v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "stats.errors.toRequired" });
      if (!v.from || !v.to || !isCalendarDate(v.from) || !isCalendarDate(v.to)) return;
      if (v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "stats.errors.inverted" });
      else if (dayNumber(v.to) - dayNumber(v.from) + 1 > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: "stats.errors.tooLong" });
      if (Number(v.from.slice(0, 4)) < FIRST_YEAR) ctx.addIssue({ code: "custom", path: ["from"], message: "stats.errors.tooEarly" });
      if (Number(v.to.slice(0, 4)) > thisYear + 1) ctx.addIssue({ code: "custom", path: ["to"], message: "stats.errors.tooLate" });
    });
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): string {
  return addLocalDays(`${month === 12 ? year + 1 : year}-${pad(month === 12 ? 1 : month + 1)}-01`, -1);
}

function monthsRange(year: number, firstMonth: number, months: number) {
  return { from: `${year}-${pad(firstMonth)}-01`, to: lastDayOfMonth(year, firstMonth + months - 1) };
}

/**
 * A period from already-validated values; missing parts default to the one
 * containing `today` (this month, this quarter, this half, this year).
 */
export function resolvePeriod(v: z.infer<ReturnType<typeof periodSchema>>, today: string): Period {
  const todayYear = Number(today.slice(0, 4));
  const todayMonth = Number(today.slice(5, 7));
  if (isRegimePeriod(v.period)) {
    const current = regimePeriodContaining(v.period, today);
    const year = v.year ?? current.year;
    const part = v.period === "report-quarter" ? (v.quarter ?? current.part) : null;
    return regimePeriod(v.period, year, part);
  }
  const year = v.year ?? todayYear;
  switch (v.period) {
    case "custom":
      return { kind: "custom", from: v.from!, to: v.to!, year: Number(v.from!.slice(0, 4)), part: null };
    case "month": {
      const month = v.month ?? todayMonth;
      return { kind: "month", ...monthsRange(year, month, 1), year, part: month };
    }
    case "quarter": {
      const quarter = v.quarter ?? Math.ceil(todayMonth / 3);
      return { kind: "quarter", ...monthsRange(year, quarter * 3 - 2, 3), year, part: quarter };
    }
    case "half": {
      const half = v.half ?? (todayMonth <= 6 ? 1 : 2);
      return { kind: "half", ...monthsRange(year, half * 6 - 5, 6), year, part: half };
    }
    default:
      return { kind: "year", from: `${year}-01-01`, to: `${year}-12-31`, year, part: null };
  }
}

const closingMonth: Record<RegimePeriodKind, (part: number | null) => number> = {
  "report-quarter": (q) => (q ?? 4) * 3,
  "report-6m": () => 6,
  "report-9m": () => 9,
  "report-year": () => 12,
};
const lengthInMonths: Record<RegimePeriodKind, number> = { "report-quarter": 3, "report-6m": 6, "report-9m": 9, "report-year": 12 };

/**
 * A regime period: from the regime's start day (15) of the month before its
 * first month to its end day (14) of the closing month. The 6- and 9-month and
 * annual reports all start on 15 December of the year before.
 */
export function regimePeriod(kind: RegimePeriodKind, year: number, part: number | null, regime?: ReportingRegime): Period {
  const last = closingMonth[kind](part);
  const firstMonthBefore = last - lengthInMonths[kind]; // 0 = December of the year before
  const r = regime ?? regimeOn(`${year}-${pad(last)}-${pad(14)}`);
  const from = firstMonthBefore === 0 ? `${year - 1}-12-${pad(r.startDay)}` : `${year}-${pad(firstMonthBefore)}-${pad(r.startDay)}`;
  return { kind, from, to: `${year}-${pad(last)}-${pad(r.endDay)}`, year, part: kind === "report-quarter" ? (part ?? 4) : null };
}

/** The regime period of this kind that contains a local date (after the 14th of December: next year's). */
export function regimePeriodContaining(kind: RegimePeriodKind, day: string, regime?: ReportingRegime): Period {
  const r = regime ?? regimeOn(day);
  let year = Number(day.slice(0, 4));
  let month = Number(day.slice(5, 7));
  // From the start day on, a date belongs to the period of the next month.
  if (Number(day.slice(8, 10)) >= r.startDay) month += 1;
  if (month === 13) {
    month = 1;
    year += 1;
  }
  return regimePeriod(kind, year, kind === "report-quarter" ? Math.ceil(month / 3) : null, r);
}

/**
 * The schema of the day, built once: zod builds a schema's parts when it is
 * made, and building this one on every request was 2 % of the leader's
 * report's server time (a CPU profile at 1M cases).
 */
let built: { today: string; schema: ReturnType<typeof periodSchema> } | undefined;
function schemaFor(today: string) {
  if (built?.today !== today) built = { today, schema: periodSchema(today) };
  return built.schema;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; errors: Record<string, string> };

/** Parses the period from URL search params. Errors are catalogue keys by field. */
export function parsePeriod(params: URLSearchParams, now = new Date()): PeriodResult {
  const today = localDate(now);
  const raw: Record<string, string> = {};
  for (const key of ["period", "year", "month", "quarter", "half", "from", "to"]) {
    const value = params.get(key);
    if (value !== null && value !== "") raw[key] = value;
  }
  const parsed = schemaFor(today).safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "period")] ??= issue.message;
    return { ok: false, errors };
  }
  return { ok: true, period: resolvePeriod(parsed.data, today) };
}

/** The whole months inside a period, and the leftover days at either end. */
export function splitMonths(from: string, to: string): { months: string[]; dayRanges: [string, string][] } {
  const months: string[] = [];
  const dayRanges: [string, string][] = [];
  let cursor = from;
  while (cursor <= to) {
    const month = cursor.slice(0, 7);
    const monthEnd = lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const end = monthEnd < to ? monthEnd : to;
    if (cursor.endsWith("-01") && end === monthEnd) months.push(month);
    else dayRanges.push([cursor, end]);
    cursor = addLocalDays(end, 1);
  }
  return { months, dayRanges };
}

/** The months a period touches (for a trend chart), in order: "2026-01", "2026-02", … */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${pad(m)}`;
    out.push(key);
    if (key >= last) return out;
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
}

/** The query-string form of a period (links keep the user's choice). */
export function periodParams(p: Period): Record<string, string> {
  switch (p.kind) {
    case "custom":
      return { period: "custom", from: p.from, to: p.to };
    case "month":
      return { period: "month", year: String(p.year), month: String(p.part) };
    case "quarter":
      return { period: "quarter", year: String(p.year), quarter: String(p.part) };
    case "half":
      return { period: "half", year: String(p.year), half: String(p.part) };
    case "report-quarter":
      return { period: p.kind, year: String(p.year), quarter: String(p.part) };
    case "report-6m":
    case "report-9m":
    case "report-year":
      return { period: p.kind, year: String(p.year) };
    default:
      return { period: "year", year: String(p.year) };
  }
}
