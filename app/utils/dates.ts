import { intlLocale, timeZone, type Language } from "~/i18n/config";

/**
 * Dates are shown in Asia/Ho_Chi_Minh whatever the server's or the phone's
 * clock zone, in Vietnamese order (27/11/2026) or English (27 Nov 2026).
 * Server and browser format alike, so hydration never disagrees.
 */
export function formatDate(value: Date | string | null | undefined, language: Language): string {
  if (!value) return "";
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale[language], {
    timeZone,
    day: "2-digit",
    month: language === "vi" ? "2-digit" : "short",
    year: "numeric",
  }).format(date);
}

export function formatDateTime(value: Date | string | null | undefined, language: Language): string {
  if (!value) return "";
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale[language], {
    timeZone,
    day: "2-digit",
    month: language === "vi" ? "2-digit" : "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
}

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale[language], options).format(value);
}
