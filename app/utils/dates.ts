import { intlLocale, timeZone, type Language } from "~/i18n/config";

/**
 * Dates are shown in Asia/Ho_Chi_Minh whatever the server's or the phone's
 * clock zone, in Vietnamese order (27/11/2026) or English (27 Nov 2026).
 * Server and browser format alike, so hydration never disagrees.
 */
// Building an Intl.DateTimeFormat costs far more than using one (it was a tenth of an
// inbox page's CPU): one formatter per language and shape, made once.
/** A date as a loader hands it to a view: a Date (single fetch keeps it one) or, from a json() loader, its ISO string. */
export type DateValue = Date | string;

/** The ISO form of a date, for `<time dateTime>`. */
export function isoDateTime(value: DateValue): string {
  return typeof value === "string" ? value : value.toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[language] ?? intlLocale.vi, {
      timeZone,
      day: "2-digit",
      month: language === "vi" ? "2-digit" : "short",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hour12: false } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(value: Date | string | null | undefined, language: Language): string {
  if (!value) return "";
  return formatter(language, false).format(typeof value === "string" ? new Date(value) : value);
}

export function formatDateTime(value: Date | string | null | undefined, language: Language): string {
  if (!value) return "";
  return formatter(language, true).format(typeof value === "string" ? new Date(value) : value);
}

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale[language], options).format(value);
}

/** A calendar month "2026-11" as people write it: "11/2026", "Nov 2026". Anything else is returned as it is. */
export function formatMonth(month: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const [, year, mm] = match;
  if (language === "vi") return `${mm}/${year}`;
  return new Intl.DateTimeFormat(intlLocale.en, { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-15T00:00:00Z`));
}
