/**
 * Protecting a denouncer (Luật Tố cáo 2018 arts. 47–48; strengthened by Luật
 * 136/2025): before a denunciation goes to the people who verify it, what
 * identifies the denouncer is masked in its text, and the files flagged as
 * carrying their handwriting or signature are not shown to them. Pure.
 *
 * A small, honest version: the denouncer's full name (with or without
 * diacritics, any case or spacing), email and phone number (in any common
 * writing: 0912 000 001, +84912000001, 0912.000.001) are masked. A nickname, an
 * address or a description that points at the person is not recognised — the
 * receiving officer is told so and checks the file before assigning it.
 */
import { roleHasPermission } from "../auth/roles";
import type { Actor } from "./workflow";

export const MASK = "▇▇▇";

export type Identity = { names: (string | null | undefined)[]; emails: (string | null | undefined)[]; phones: (string | null | undefined)[] };

/**
 * Those who verify a denunciation: staff who handle cases but neither receive
 * them (reception) nor resolve them (a leader). They get the stripped file.
 */
export function isVerifier(actor: Actor, c: { kind: string }): boolean {
  if (c.kind !== "DENUNCIATION" || actor.kind !== "staff") return false;
  return roleHasPermission(actor.role, "case:handle") && !roleHasPermission(actor.role, "case:approve") && !roleHasPermission(actor.role, "case:triage");
}

/** Each character folded (lower case, no diacritics, đ → d) with the index of the character it came from. */
function foldWithIndex(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .toLowerCase();
    for (const c of f) {
      folded += c;
      at.push(i);
    }
    i += ch.length;
  }
  return { folded, at };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function foldedPattern(value: string): string | null {
  const words = foldWithIndex(value.trim()).folded.split(/\s+/).filter(Boolean);
  return words.length ? words.map(escape).join("\\s+") : null;
}

function phonePattern(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  const national = digits.startsWith("84") ? digits.slice(2) : digits.replace(/^0/, "");
  if (national.length < 8) return null;
  // Optional prefix (+84 / 84 / 0), then the digits with any spaces, dots or dashes between.
  return `(?:\\+?84|0)?[\\s.-]*${national.split("").join("[\\s.-]*")}`;
}

/** The text with every trace of the identity replaced by MASK. */
export function stripIdentity(text: string, identity: Identity): string {
  const patterns: string[] = [];
  for (const n of identity.names) if (n && n.trim().length >= 3) patterns.push(foldedPattern(n) ?? "");
  for (const e of identity.emails) if (e) patterns.push(escape(e.toLowerCase()));
  for (const p of identity.phones) if (p) patterns.push(phonePattern(p) ?? "");
  const alternatives = patterns.filter(Boolean);
  if (!alternatives.length || !text) return text;
  const { folded, at } = foldWithIndex(text);
  const re = new RegExp(alternatives.join("|"), "g");
  let out = "";
  let last = 0;
  for (const m of folded.matchAll(re)) {
    if (!m[0]) continue;
    const start = at[m.index!]!;
    const endFolded = m.index! + m[0].length - 1;
    // The end of the last original character of the match.
    const lastStart = at[endFolded]!;
    const end = lastStart + [...text.slice(lastStart)][0]!.length;
    if (start < last) continue;
    out += text.slice(last, start) + MASK;
    last = end;
  }
  return out + text.slice(last);
}
