/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single
 * spaces. "Nguyễn Văn Đức" and "nguyen van duc" fold to the same string, so a
 * search works typed with or without diacritics, on SQLite and PostgreSQL alike
 * (the folded text is stored in a column; no database collation is needed).
 * Control characters (NUL, ESC, DEL…) fold to a space like other blanks: a
 * search term carrying one would otherwise reach the database as is, where
 * SQLite's FTS5 query parser and PostgreSQL's text type both reject a NUL.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    // eslint-disable-next-line no-control-regex
    .replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, " ")
    .trim();
}

const vietnamese = new Intl.Collator("vi");

/**
 * Vietnamese alphabetical order, as `a.localeCompare(b, "vi")` gives it, from
 * one collator: `localeCompare` with a locale looks the collator up on every
 * call, about six times slower when a page sorts a hundred units.
 */
export function compareVietnamese(a: string, b: string): number {
  return vietnamese.compare(a, b);
}
