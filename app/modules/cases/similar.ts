import { foldForSearch } from "~/utils/text";

/** Words too common in complaints to say two cases are about the same matter. */
const stopwords = new Set(
  "va cua cho cac nhung mot hai trong tren duoi tai voi la da dang se bi duoc khong co nay do thi ma nhu de ve theo tu den ra vao xin de nghi phan anh kien nghi khieu nai to cao ong ba anh chi em toi chung nguoi dan viec rat qua".split(" "),
);

export function significantWords(text: string): Set<string> {
  return new Set(
    foldForSearch(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3 && !stopwords.has(w)),
  );
}

/**
 * How alike two texts are (0–1): the share of the new text's significant words
 * found in the other (diacritics ignored, so "đèn đường" matches "den duong").
 */
export function similarity(newText: string, existingText: string): number {
  const a = significantWords(newText);
  if (a.size === 0) return 0;
  const b = significantWords(existingText);
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

export const similarThreshold = 0.5;
