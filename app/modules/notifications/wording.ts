import type { Language } from "~/i18n/config";
import { formatDate, formatDateTime, formatMonth } from "~/utils/dates";

/**
 * How a notification reads, wherever it is shown (the in-app list, an email,
 * an SMS). Its parameters are stored as data — a due date as "2026-12-18" —
 * and put in words here, in the reader's language: "18/12/2026", "11/2026".
 */
export function localiseParams(params: Record<string, string | number>, language: Language): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === "string" ? localiseValue(value, language) : value]));
}

function localiseValue(value: string, language: Language): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, language);
  if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(value, language);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return formatDateTime(value, language);
  return value;
}

/**
 * The catalogue key of a notification's body. A wording that gained a
 * parameter keeps its older words for the rows stored before (they lack it):
 * an information request written before the reply-by date was added reads
 * "… đề nghị: …", not "… trước ngày {{replyBy}}: …".
 */
const paramsAddedLater: Record<string, string> = { INFO_REQUESTED: "replyBy" };
export function bodyKey(type: string, params: Record<string, unknown>): string {
  const added = paramsAddedLater[type];
  return added && params[added] === undefined ? `notify.${type}.bodyBefore` : `notify.${type}.body`;
}

/** What the notification's link opens, in words ("Xem hồ sơ" only for a case): a catalogue key under notify.links. */
export function linkLabelKey(link: string): string {
  const path = link.split(/[?#]/)[0] ?? "";
  if (/^\/(desk\/)?cases\/[^/]+$/.test(path) || path === "/track") return "notify.links.case";
  if (/^\/calendar\//.test(path) || /^\/sessions\//.test(path) || /^\/desk\/sessions\//.test(path)) return "notify.links.session";
  if (/^\/mediation\//.test(path)) return "notify.links.mediation";
  if (/^\/(desk\/)?notices\//.test(path)) return "notify.links.notice";
  if (path === "/desk") return "notify.links.desk";
  return "notify.links.other";
}
