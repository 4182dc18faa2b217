/**
 * Keyset ("seek") pagination: the cursor is the sort key of the last row seen,
 * so page 500 costs the same as page 1 — no OFFSET over a million rows.
 */
export type Cursor = { at: string; id: string };

export function encodeCursor(row: { id: string; at: Date }): string {
  return Buffer.from(`${row.at.toISOString()}|${row.id}`, "utf8").toString("base64url");
}

export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw || raw.length > 200) return null;
  const decoded = Buffer.from(raw, "base64url").toString("utf8");
  const [at, id] = decoded.split("|");
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[a-z0-9]{10,40}$/i.test(id)) return null;
  return { at, id };
}

/** Prisma `where` for "after this cursor" in a list sorted by (field desc, id desc). */
export function afterCursorDesc<F extends string>(field: F, cursor: Cursor | null) {
  if (!cursor) return {};
  const at = new Date(cursor.at);
  return { OR: [{ [field]: { lt: at } }, { [field]: at, id: { lt: cursor.id } }] };
}
