import { isUniqueViolation } from "~/utils/db.server";
import { encodeCursor } from "~/utils/keyset";

/**
 * Creates a record once per form token: a double submit that raced past the
 * caller's first look is refused by the token's unique index, and the first
 * record is returned instead.
 */
export async function onceByToken(
  create: () => Promise<string>,
  first: () => Promise<{ id: string } | null>
): Promise<string> {
  try {
    return await create();
  } catch (error) {
    if (isUniqueViolation(error)) {
      const found = await first();
      if (found) return found.id;
    }
    throw error;
  }
}

/** One keyset page of rows read with `take: size + 1`, and the cursor of its last row. */
export function keysetPage<R extends { id: string }>(
  rows: R[],
  size: number,
  at: (row: R) => Date
) {
  const shown = rows.slice(0, size);
  const last = shown.at(-1);
  return {
    rows: shown,
    nextCursor:
      rows.length > size && last
        ? encodeCursor({ id: last.id, at: at(last) })
        : null,
  };
}
