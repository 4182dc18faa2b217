/**
 * Password rule (NIST SP 800-63B): at least 8 characters, at most 128, not a
 * commonly used password; no composition rules. The common list is the one
 * zxcvbn-ts ships (English-speaking leaks) plus Vietnamese favourites.
 */
export const passwordMinLength = 8;
export const passwordMaxLength = 128;

const vietnameseCommon = [
  "matkhau",
  "matkhau1",
  "matkhau123",
  "anhyeuem",
  "anhyeuem1",
  "emyeuanh",
  "iloveyou",
  "vietnam",
  "vietnam1",
  "hanoi123",
  "saigon123",
  "sonla123",
  "langnghe",
  "langnghe1",
  "123456789",
  "1234567890",
  "12345678",
  "11111111",
  "88888888",
  "66666666",
  "password",
  "qwertyuiop",
  "abcd1234",
];

export type PasswordProblem = "too-short" | "too-long" | "common" | "is-contact";

/** The forms a phone number is typed in: 0912345678, 84912345678, +84912345678 (digits only). */
function phoneForms(phone: string): string[] {
  const digits = phone.replace(/\D/g, "");
  const national = digits.replace(/^84/, "");
  return [digits, national, `0${national}`, `84${national}`];
}

/**
 * Also refused: the person's own email (or the part before @) or phone in any
 * usual form — the first guesses of anyone who knows whom they attack.
 */
export function checkPassword(password: string, commonList: ReadonlySet<string>, contact: { email?: string | null; phone?: string | null } = {}): PasswordProblem | null {
  if ([...password].length < passwordMinLength) return "too-short";
  if (password.length > passwordMaxLength) return "too-long";
  const lowered = password.toLowerCase();
  if (commonList.has(lowered) || vietnameseCommon.includes(lowered)) return "common";
  const trimmed = lowered.trim();
  const email = contact.email?.trim().toLowerCase();
  if (email && (trimmed === email || trimmed === email.split("@")[0])) return "is-contact";
  if (contact.phone && /^[\d\s.+()-]+$/.test(trimmed) && phoneForms(contact.phone).includes(trimmed.replace(/\D/g, ""))) return "is-contact";
  return null;
}
