/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single
 * spaces. "Nguyễn Văn Đức" and "nguyen van duc" fold to the same string, so a
 * search works typed with or without diacritics, on SQLite and PostgreSQL alike
 * (the folded text is stored in a column; no database collation is needed).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
