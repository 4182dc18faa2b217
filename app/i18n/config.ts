export const supportedLanguages = ["vi", "en"] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = "vi";
export const languageCookieName = "lng";
/** Dates are always shown in the province's time zone, whatever the device says. */
export const timeZone = "Asia/Ho_Chi_Minh";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl formatting. */
export const intlLocale: Record<Language, string> = { vi: "vi-VN", en: "en-GB" };
