/**
 * Reads the household register a commune keeps (CSV, one row per person who
 * may vote for a household) into households — pure, table-tested.
 *
 *   ma_ho,chu_ho,nguoi_bieu_quyet,lien_he
 *   TDP3-001,Lò Văn Pánh,Lò Văn Pánh,0912 345 678
 *   TDP3-001,Lò Văn Pánh,Lò Thị Xuân,xuan@example.vn
 *   TDP3-002,Cà Thị Hoa,,
 *
 * Column names may be Vietnamese (with or without diacritics) or English
 * (household_code, head, voter, contact). A row without a voter makes the head
 * the household's voter. The contact (a phone in any usual form, or an email)
 * is how the voter's account is found, to vote online once verified.
 */
import { parse } from "csv-parse/sync";
import { parseIdentifier } from "~/modules/auth/schemas";
import { foldForSearch } from "~/utils/text";

export type RegisterVoter = { name: string; contact: { email: string } | { phone: string } | null };
export type RegisterHousehold = { code: string; headName: string; voters: RegisterVoter[] };
export type RegisterProblem = { line: number; problem: "missingCode" | "missingHead" | "headMismatch" | "badContact" | "badCode" | "tooLong" };
export type ParsedRegister =
  | { ok: true; households: RegisterHousehold[]; problems: RegisterProblem[] }
  | { ok: false; error: "unreadable" | "noHeader" | "empty" | "tooMany" };

/** A commune keeps a few thousand households; more in one file is a mistake, not a village. */
export const maxRegisterRows = 5000;

const columns = {
  code: ["ma ho", "ma_ho", "ma ho gia dinh", "household code", "household_code", "code"],
  head: ["chu ho", "chu_ho", "ho ten chu ho", "head", "head of household", "head_name"],
  voter: ["nguoi bieu quyet", "nguoi_bieu_quyet", "thanh vien", "thanh_vien", "voter", "voter_name", "member"],
  contact: ["lien he", "lien_he", "dien thoai hoac email", "contact", "voter_contact", "phone or email"],
} as const;

function columnOf(header: string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(foldForSearch(h).replace(/\s+/g, " ")));
}

const codePattern = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,39}$/u;

export function parseRegister(text: string): ParsedRegister {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    return { ok: false, error: "unreadable" };
  }
  const [header, ...body] = rows;
  if (!header) return { ok: false, error: "empty" };
  const at = { code: columnOf(header, columns.code), head: columnOf(header, columns.head), voter: columnOf(header, columns.voter), contact: columnOf(header, columns.contact) };
  if (at.code < 0 || at.head < 0) return { ok: false, error: "noHeader" };
  if (!body.length) return { ok: false, error: "empty" };
  if (body.length > maxRegisterRows) return { ok: false, error: "tooMany" };

  const byCode = new Map<string, RegisterHousehold>();
  const problems: RegisterProblem[] = [];
  body.forEach((row, i) => {
    const line = i + 2; // the header is line 1
    const cell = (c: number) => (c >= 0 ? (row[c] ?? "").trim() : "");
    const code = cell(at.code);
    const headName = cell(at.head).replace(/\s+/g, " ");
    if (!code) return problems.push({ line, problem: "missingCode" });
    if (!codePattern.test(code)) return problems.push({ line, problem: "badCode" });
    if (!headName) return problems.push({ line, problem: "missingHead" });
    const voterName = cell(at.voter).replace(/\s+/g, " ") || headName;
    if (headName.length > 120 || voterName.length > 120) return problems.push({ line, problem: "tooLong" });
    const rawContact = cell(at.contact);
    const contact = rawContact ? parseIdentifier(rawContact) : null;
    if (rawContact && (!contact || ("email" in contact && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email)))) {
      return problems.push({ line, problem: "badContact" });
    }
    const household = byCode.get(code) ?? { code, headName, voters: [] };
    if (household.headName !== headName) return problems.push({ line, problem: "headMismatch" });
    const same = household.voters.find((v) => foldForSearch(v.name) === foldForSearch(voterName));
    if (same) {
      same.contact ??= contact; // the same person listed twice: one voter
    } else {
      household.voters.push({ name: voterName, contact });
    }
    byCode.set(code, household);
  });
  return { ok: true, households: [...byCode.values()], problems };
}
