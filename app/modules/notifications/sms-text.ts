/**
 * SMS text: one message of the GSM 7-bit alphabet (160 characters). A single
 * Vietnamese letter with its diacritics forces the whole message into UCS-2,
 * where one SMS holds 70 characters — so notices go without diacritics
 * ("Ho so TOHIEU-2026-000123 da duoc thu ly"), as Vietnamese SMS from
 * banks and public services do, and are cut to fit one message.
 */
export const smsLimit = 160;

/** The GSM 03.38 basic character set (what one 7-bit SMS can carry). */
const gsmBasic = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);

const replacements: [RegExp, string][] = [
  [/[\u2018\u2019\u201a\u2032`´]/g, "'"],
  [/[\u201c\u201d\u201e\u2033]/g, '"'],
  [/[\u2013\u2014\u2212]/g, "-"],
  [/\u2026/g, "..."],
  [/[\u00a0\u2009\u202f\t]/g, " "],
  [/[[{]/g, "("],
  [/[\]}]/g, ")"],
  [/[~^|\\€]/g, "-"],
];

/** Vietnamese (or any) text in the GSM basic alphabet: diacritics dropped (đ → d), the rest replaced or removed. */
export function toSmsAlphabet(text: string): string {
  let out = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  for (const [pattern, to] of replacements) out = out.replace(pattern, to);
  return [...out]
    .filter((ch) => gsmBasic.has(ch))
    .join("")
    .replace(/[ \n\r]+/g, " ")
    .trim();
}

/**
 * One SMS: "<sender>: <text> <link>", at most 160 GSM characters. A long text
 * is cut at a word with "..." so the link still fits; a link too long for
 * any text is left out (the text matters more).
 */
export function smsMessage({ sender, text, link }: { sender: string; text: string; link?: string | null }): string {
  const head = `${toSmsAlphabet(sender)}: `;
  const body = toSmsAlphabet(text);
  const tail = link ? ` ${toSmsAlphabet(link)}` : "";
  const fits = (s: string) => s.length <= smsLimit;
  if (fits(head + body + tail)) return head + body + tail;
  const room = smsLimit - head.length - tail.length - 3;
  if (room < 40) return fitText(head, body);
  return head + cutAtWord(body, room) + "..." + tail;
}

function fitText(head: string, body: string): string {
  return head.length + body.length <= smsLimit ? head + body : head + cutAtWord(body, smsLimit - head.length - 3) + "...";
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:-]+$/, "");
}
