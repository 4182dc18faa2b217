/**
 * Keyset ("seek") pagination: the cursor is the sort key of the last row seen,
 * so page 500 costs the same as page 1 — no OFFSET over a million rows.
 */
export type Cursor = { at: string; id: string };

export function encodeCursor(row: { id: string; at: Date }): string {
  return Buffer.from(`${row.at.toISOString()}|${row.id}`, "utf8").toString("base64url");
}

/**
 * The cursor a page link carries, or null for anything this server did not
 * write: only the exact ISO instant encodeCursor produces (a year of four
 * digits — "+275760-09-13" parses in JavaScript but no database stores it).
 */
export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw || raw.length > 200) return null;
  const decoded = Buffer.from(raw, "base64url").toString("utf8");
  const [at, id, extra] = decoded.split("|");
  if (!at || !id || extra !== undefined || !/^[a-z0-9]{10,40}$/i.test(id)) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(at)) return null;
  const time = Date.parse(at);
  if (Number.isNaN(time) || new Date(time).toISOString() !== at) return null;
  return { at, id };
}

/** Prisma `where` for "after this cursor" in a list sorted by (field desc, id desc). */
export function afterCursorDesc<F extends string>(field: F, cursor: Cursor | null) {
  if (!cursor) return {};
  const at = new Date(cursor.at);
  return { OR: [{ [field]: { lt: at } }, { [field]: at, id: { lt: cursor.id } }] };
}

/**
 * The findMany arguments for one page of a list sorted newest first by
 * (field, id): `after` goes into the caller's where, `orderBy` and `take`
 * (one row more than shown, so keysetPage knows whether a next page exists)
 * are spread into the query.
 */
export function newestFirst<F extends string>(field: F, rawCursor: string | null | undefined, size: number) {
  return {
    after: afterCursorDesc(field, decodeCursor(rawCursor)),
    orderBy: [{ [field]: "desc" } as { [K in F]: "desc" }, { id: "desc" as const }],
    take: size + 1,
  };
}
