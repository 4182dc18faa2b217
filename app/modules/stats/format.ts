import { intlLocale, type Language } from "~/i18n/config";

/** Number formats for the figures (one Intl formatter per language and shape, made once). */
const cache = new Map<string, Intl.NumberFormat>();
function nf(language: Language, shape: "count" | "percent" | "decimal"): Intl.NumberFormat {
  const key = `${language}:${shape}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      shape === "percent" ? { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 } : shape === "decimal" ? { maximumFractionDigits: 1 } : {};
    f = new Intl.NumberFormat(intlLocale[language] ?? intlLocale.vi, options);
    cache.set(key, f);
  }
  return f;
}

export const formatCount = (n: number, language: Language) => nf(language, "count").format(n);
/** 0.938 → "93,8%" / "93.8%"; null (nothing to divide) → "—". */
export const formatRate = (r: number | null, language: Language) => (r === null ? "—" : nf(language, "percent").format(r));
export const formatDecimal = (n: number | null, language: Language) => (n === null ? "—" : nf(language, "decimal").format(n));

/** A local date "2026-03-15" shown as 15/03/2026 (vi) or 15 Mar 2026 (en), without time-zone shifts. */
export function formatLocalDate(date: string, language: Language): string {
  const [y, m, d] = date.split("-");
  if (language === "vi") return `${d}/${m}/${y}`;
  return new Intl.DateTimeFormat(intlLocale.en, { day: "2-digit", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}
