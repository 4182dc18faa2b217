/** A legal basis as data: the citation people read is built from its parts, so it never disagrees with them. */
export type BasisStatus = "CONFIRMED" | "UNCONFIRMED";

/** "Luật Khiếu nại 02/2011/QH13, Điều 28, khoản 1" from the structured fields. */
export function citation(b: { basisDocument: string; basisArticle: string; basisClause?: string | null }): string {
  return [b.basisDocument, b.basisArticle ? `Điều ${b.basisArticle}` : "", b.basisClause ? `khoản ${b.basisClause}` : ""].filter(Boolean).join(", ");
}
