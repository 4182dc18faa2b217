import { foldForSearch } from "~/utils/text";

/**
 * Anonymises a published question and answer: the citizen's own name, emails
 * and phone numbers are masked wherever they appear (with or without
 * diacritics, in any case, with any spacing), and so is anything shaped like
 * an email address or a Vietnamese phone number, whoever's it is. Pure.
 */
export const mask = "***";

export type Identity = { names: (string | null | undefined)[]; emails: (string | null | undefined)[]; phones: (string | null | undefined)[] };

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 0912 345 678, 0912.345.678, +84 912 345 678, (+84) 912-345-678, 0212 3852 123 (landline)
const phonePattern = /(?:\(?\+?84\)?|\b0)(?:[\s.-]?\d){8,10}\b/g;

function foldChar(c: string): string {
  // A combining mark folds to "" and so is skipped; everything else to one (rarely two) characters.
  return /\s/.test(c) ? " " : foldForSearch(c);
}

/** Masks every occurrence of `name` (at least two words, or one word of 4+ letters) on word boundaries, ignoring diacritics and case. */
function maskName(text: string, name: string): string {
  const words = foldForSearch(name).split(" ").filter(Boolean);
  if (!words.length || (words.length === 1 && words[0]!.length < 4)) return text;
  // Fold character by character, remembering where each folded character came from.
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]!);
    for (const ch of f) {
      folded += ch;
      origin.push(i);
    }
  }
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join(" +")}(?![\\p{L}\\p{N}])`, "gu");
  const spans: [number, number][] = [];
  for (const m of folded.matchAll(pattern)) {
    const start = origin[m.index]!;
    const end = origin[m.index + m[0].length - 1]! + 1;
    spans.push([start, end]);
  }
  let out = text;
  for (const [start, end] of spans.reverse()) out = out.slice(0, start) + mask + out.slice(end);
  return out;
}

/** The national digits of a phone number (+84912000001 → 912000001), for matching however it is written. */
function nationalDigits(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.startsWith("84")) return digits.slice(2);
  if (digits.startsWith("0")) return digits.slice(1);
  return digits;
}

function maskPhone(text: string, phone: string): string {
  const digits = nationalDigits(phone);
  if (digits.length < 8) return text;
  const body = digits.split("").join("[\\s.-]?");
  return text.replace(new RegExp(`(?:\\(?\\+?84\\)?[\\s.-]?|0)?${body}(?!\\d)`, "g"), mask);
}

export function anonymiseText(text: string, who: Identity): string {
  let out = text.normalize("NFC");
  for (const email of who.emails) if (email) out = out.split(email).join(mask);
  out = out.replace(emailPattern, mask);
  for (const phone of who.phones) if (phone) out = maskPhone(out, phone);
  out = out.replace(phonePattern, mask);
  // Longest names first, so "Nguyễn Thị Lan" is masked whole before a shorter variant.
  const names = [...new Set(who.names.filter((n): n is string => !!n?.trim()).map((n) => n.trim()))].sort((a, b) => b.length - a.length);
  for (const name of names) out = maskName(out, name);
  return out;
}

/** The public copy of a case's question and answer, and its folded search text. */
export function publicCopy(c: { title: string; description: string; resolutionText: string | null }, who: Identity) {
  const publicTitle = anonymiseText(c.title, who);
  const publicQuestion = anonymiseText(c.description, who);
  const publicAnswer = anonymiseText(c.resolutionText ?? "", who);
  return { publicTitle, publicQuestion, publicAnswer, publicSearch: foldForSearch(`${publicTitle} ${publicQuestion} ${publicAnswer}`) };
}
