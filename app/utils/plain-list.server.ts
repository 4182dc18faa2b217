import { isPostgres, Prisma } from "./db.server";
import { selectRows } from "./driver-sql.server";

/**
 * One page of a hot list (the inbox, a citizen's cases) read through plain
 * SQL, built from the same `where`, `orderBy`, `take` and `select` a Prisma
 * `findMany` takes (docs/decisions/025-plain-sql-lists.md). Prisma compiles a
 * query plan for every call in its WebAssembly query compiler: for a page of
 * 26 cases that was 1.45 ms of CPU against 0.43 ms for the same SQL sent as
 * plain SQL — a sixth of a signed-in page. SQLite and PostgreSQL read the SQL
 * alike (quoted names, bound values, LIKE on the folded search columns).
 *
 * Only the part of Prisma's filter language the lists use is understood:
 * a value (or null), `in`, `lt`/`lte`/`gt`/`gte`, `not: null`, `contains`,
 * `AND` and `OR`. Anything else throws, so a new filter cannot be silently
 * ignored; app/utils/plain-list.db.test.ts checks every shape against Prisma
 * on both providers.
 */
export type ListWhere = { [field: string]: unknown };
type Scalar = string | number | boolean | Date;
/** A column's order; `nulls: "last"` puts rows without a value after the others, as Prisma's does. */
type Direction = "asc" | "desc" | { sort: "asc" | "desc"; nulls: "last" };
type ListQuery<Field extends string> = {
  where: ListWhere;
  orderBy: { [F in Field]?: Direction }[];
  take: number;
  select: Record<Field, true>;
  /** On SQLite, the index the statement must read (its planner's choice can be far worse); PostgreSQL's planner chooses for itself. */
  sqliteIndex?: string;
};

const comparisons = { lt: "<", lte: "<=", gt: ">", gte: ">=" } as const;

function column(name: string): Prisma.Sql {
  // Field names come from code, never from input; this only guards against a slip.
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`plain list: not a column name: ${name}`);
  return Prisma.raw(`"${name}"`);
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date;
}

/**
 * `%`, `_` and `\` in a searched text stand for themselves. (Prisma's
 * `contains` left them as LIKE's wildcards: "100%" also found "1000".)
 */
function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function fieldSql(name: string, condition: unknown): Prisma.Sql[] {
  const col = column(name);
  if (condition === null) return [Prisma.sql`${col} IS NULL`];
  if (isScalar(condition)) return [Prisma.sql`${col} = ${condition}`];
  if (typeof condition !== "object") throw new Error(`plain list: unsupported condition on ${name}`);
  const parts: Prisma.Sql[] = [];
  for (const [operator, operand] of Object.entries(condition as Record<string, unknown>)) {
    if (operand === undefined) continue;
    if (operator === "in" && Array.isArray(operand)) {
      parts.push(operand.length ? Prisma.sql`${col} IN (${Prisma.join(operand as Scalar[])})` : Prisma.sql`1=0`);
    } else if (operator in comparisons && isScalar(operand)) {
      parts.push(Prisma.sql`${col} ${Prisma.raw(comparisons[operator as keyof typeof comparisons])} ${operand}`);
    } else if (operator === "not" && operand === null) {
      parts.push(Prisma.sql`${col} IS NOT NULL`);
    } else if (operator === "contains" && typeof operand === "string") {
      parts.push(Prisma.sql`${col} LIKE ${likeContaining(operand)} ESCAPE '\\'`);
    } else {
      throw new Error(`plain list: unsupported filter ${name}.${operator}`);
    }
  }
  return parts;
}

/** A `where` object as SQL (exported for its test). */
export function whereSql(where: ListWhere): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === "AND") {
      for (const part of Array.isArray(value) ? value : [value]) parts.push(Prisma.sql`(${whereSql(part as ListWhere)})`);
    } else if (key === "OR") {
      const alternatives = value as ListWhere[];
      parts.push(alternatives.length ? Prisma.sql`(${Prisma.join(alternatives.map((w) => Prisma.sql`(${whereSql(w)})`), " OR ")})` : Prisma.sql`1=0`);
    } else {
      parts.push(...fieldSql(key, value));
    }
  }
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1=1`;
}

/**
 * One value of `field` at a time, merged: a page over many units read unit by
 * unit, each on its own index range, `take` rows at most from each. Asked for
 * `unitId IN (…)` with a filter such as "overdue" and the newest first, SQLite
 * reads every overdue case of the units and sorts them (1 s for a province at
 * a million cases); a unit at a time it reads a few rows of each (7 ms).
 * `sqliteIndex` names the index each unit's part must use there (SQLite's
 * planner, without statistics, picks a worse one).
 */
export type EachOf = { field: string; values: string[]; sqliteIndex?: string };

/** `INDEXED BY` the index on SQLite, nothing on PostgreSQL. */
function indexedBy(index: string | undefined): Prisma.Sql {
  if (!index || isPostgres()) return Prisma.empty;
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(index)) throw new Error(`plain list: not an index name: ${index}`);
  return Prisma.raw(`INDEXED BY "${index}"`);
}

/** `ORDER BY`'s term for a column: SQLite (3.30 and later) and PostgreSQL read NULLS LAST alike. */
function orderSql(name: string, dir: Direction): Prisma.Sql {
  const sort = typeof dir === "string" ? dir : dir.sort;
  const nullsLast = typeof dir === "object" && dir.nulls === "last";
  return Prisma.sql`${column(name)} ${Prisma.raw(`${sort === "desc" ? "DESC" : "ASC"}${nullsLast ? " NULLS LAST" : ""}`)}`;
}

/** SQLite allows 500 parts in one compound SELECT; more values are read as one `IN` instead. */
const MAX_PARTS = 400;

/** The rows of one page, as `findMany` gives them (Prisma types a raw query's dates and booleans on both providers). */
export async function plainList<Row, Field extends string = string>(table: "Case" | "Dossier", query: ListQuery<Field> & { eachOf?: EachOf }): Promise<Row[]> {
  const fields = Object.keys(query.select);
  const order = Prisma.join(query.orderBy.flatMap((o) => Object.entries(o as Record<string, Direction>).map(([name, dir]) => orderSql(name, dir))));
  const each = query.eachOf;
  if (each && query.sqliteIndex) throw new Error("plain list: name the index of a unit-by-unit read in eachOf");
  if (!each || each.values.length === 0 || each.values.length > MAX_PARTS) {
    return selectRows<Row>`
      SELECT ${Prisma.join(fields.map(column))} FROM ${column(table)} ${indexedBy(query.sqliteIndex)}
      WHERE ${whereSql(query.where)}
      ORDER BY ${order}
      LIMIT ${query.take}`;
  }
  const orderFields = query.orderBy.flatMap((o) => Object.keys(o));
  if (orderFields.some((f) => !fields.includes(f))) throw new Error("plain list: eachOf needs the order's columns selected");
  const rest = Object.fromEntries(Object.entries(query.where).filter(([key]) => key !== each.field));
  const indexed = indexedBy(each.sqliteIndex);
  const parts = each.values.map(
    (value, i) => Prisma.sql`SELECT * FROM (
      SELECT ${Prisma.join(fields.map(column))} FROM ${column(table)} ${indexed}
      WHERE ${column(each.field)} = ${value} AND ${whereSql(rest)}
      ORDER BY ${order} LIMIT ${query.take}) AS ${column(`p${i}`)}`,
  );
  return selectRows<Row>`
    SELECT * FROM (${Prisma.join(parts, " UNION ALL ")}) AS "merged"
    ORDER BY ${order}
    LIMIT ${query.take}`;
}
