import { z } from "zod";

/**
 * Bad values for a form field or query parameter, derived from its zod schema:
 * what a careless client, a broken phone keyboard or an attacker sends. Each is
 * a list of values (none: the field is left out; two: the field is sent twice).
 */
export type Value = string | { bytes: Buffer };
export type BadValue = { label: string; values: Value[] };

/** Strips wrappers (optional, default, catch, refine, preprocess, pipe) down to the type that says what the field is. */
export function baseType(schema: z.ZodTypeAny): z.ZodTypeAny {
  let t: z.ZodTypeAny = schema;
  for (let i = 0; i < 20; i++) {
    if (t instanceof z.ZodOptional || t instanceof z.ZodNullable) t = t.unwrap();
    else if (t instanceof z.ZodDefault) t = t._def.innerType;
    else if (t instanceof z.ZodCatch) t = t._def.innerType;
    else if (t instanceof z.ZodEffects) t = t._def.schema;
    else if (t instanceof z.ZodPipeline) t = t._def.in;
    else if (t instanceof z.ZodBranded) t = t._def.type;
    else break;
  }
  return t;
}

/** The fields of an object schema (through refinements). */
export function objectShape(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> {
  const t = baseType(schema);
  if (t instanceof z.ZodObject) return t.shape as Record<string, z.ZodTypeAny>;
  throw new Error(`not an object schema: ${t._def.typeName}`);
}

/** One member of a discriminated union, by its discriminator value (e.g. an intent). */
export function unionMember(schema: z.ZodTypeAny, value: string): z.ZodTypeAny {
  const t = baseType(schema);
  if (t instanceof z.ZodDiscriminatedUnion) {
    const member = t.optionsMap.get(value);
    if (!member) throw new Error(`no union member "${value}"`);
    return member;
  }
  throw new Error(`not a discriminated union: ${t._def.typeName}`);
}

const badUtf8 = { bytes: Buffer.from([0x41, 0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x42]) };

/** Dates no calendar has, and years the database cannot hold. */
export const impossibleDates = ["2026-13-45", "0000-00-00", "2026-02-30", "+10000-01-01", "99999-12-31", "2026-1-1"];
export const impossibleDateTimes = ["2026-13-45T25:61", "0000-00-00T00:00", "2026-02-30T10:00", "10000-01-01T00:00", "2026-06-01T24:00"];
export const impossibleMonths = ["2026-13", "0000-00", "10000-01", "2026-00"];

/** Cursors a client could forge: years past ±9999, garbage, oversize, bad ids. */
export function badCursors(): string[] {
  const enc = (s: string) => Buffer.from(s, "utf8").toString("base64url");
  return [
    enc("+275760-09-13T00:00:00.000Z|ckabcdefghij0123456789"),
    enc("-271821-04-20T00:00:00.000Z|ckabcdefghij0123456789"),
    enc("+010000-01-01T00:00:00.000Z|ckabcdefghij0123456789"),
    enc("0000-01-01T00:00:00.000Z|ckabcdefghij0123456789"),
    enc("2026|ckabcdefghij0123456789"),
    enc("2026-11-27T00:00:00.000Z|'; DROP TABLE Case; --"),
    "!!!not-base64!!!",
    "A".repeat(199),
    "A".repeat(5000),
  ];
}

function stringChecks(t: z.ZodString) {
  const checks = t._def.checks;
  const max = checks.find((c) => c.kind === "max") as { value: number } | undefined;
  const regexes = checks.filter((c): c is { kind: "regex"; regex: RegExp; message?: string } => c.kind === "regex").map((c) => c.regex.source);
  return { max: max?.value, regexes, email: checks.some((c) => c.kind === "email"), url: checks.some((c) => c.kind === "url") };
}

function looksLikeDate(name: string, regexes: string[]): "date" | "datetime" | "month" | null {
  if (regexes.some((r) => r.includes("T\\d{2}:\\d{2}"))) return "datetime";
  if (regexes.some((r) => r.includes("\\d{4}-\\d{2}-\\d{2}"))) return "date";
  if (regexes.some((r) => r === "^\\d{4}-\\d{2}$")) return "month";
  if (/(At|On)$/.test(name)) return "datetime";
  if (/(Date|^from$|^to$)/.test(name)) return "date";
  if (/^month$/.test(name)) return "month";
  return null;
}

/**
 * Bad values for one field. `valid` is a value the form would accept, used to
 * build the "sent twice" case. The list is deterministic.
 */
export function badValuesFor(name: string, schema: z.ZodTypeAny, valid: string | undefined): BadValue[] {
  const t = baseType(schema);
  const out: BadValue[] = [
    { label: "missing", values: [] },
    { label: "empty", values: [""] },
    { label: "blank", values: ["   \t  "] },
    { label: "NUL", values: ["ab\u0000cd"] },
    { label: "bad UTF-8", values: [badUtf8] },
    { label: "sent twice", values: [valid ?? "a", "other value"] },
  ];
  if (name === "cursor" || name === "after") {
    for (const c of badCursors()) out.push({ label: `cursor ${c.slice(0, 24)}`, values: [c] });
    return out;
  }
  if (t instanceof z.ZodString) {
    const { max, regexes, email, url } = stringChecks(t);
    out.push({ label: "control characters and CR/LF", values: ["x\r\nSet-Cookie: a=b\u0007\u001b[31m"] });
    out.push({ label: "right-to-left override and emoji", values: ["Nguyễn \u202egnp.exe 😀"] });
    out.push({ label: "over its maximum", values: ["đ".repeat((max ?? 1000) + 1)] });
    out.push({ label: "markup", values: ['<script>alert(1)</script>"\'><img src=x>'] });
    const date = looksLikeDate(name, regexes);
    if (date === "date") for (const d of impossibleDates) out.push({ label: `date ${d}`, values: [d] });
    if (date === "datetime") for (const d of [...impossibleDateTimes, "2026-13-45", "0000-00-00"]) out.push({ label: `date-time ${d}`, values: [d] });
    if (date === "month") for (const d of impossibleMonths) out.push({ label: `month ${d}`, values: [d] });
    if (email) out.push({ label: "not an email", values: ["không-phải@email@@"] });
    if (url) out.push({ label: "not a link", values: ["javascript:alert(1)"] }, { label: "not a link at all", values: ["http://"] });
    // Ids and codes: well-formed references to nothing, and traversal.
    if ((max ?? 0) <= 64 || /Id$|Code$|^code$/.test(name)) {
      out.push({ label: "reference to nothing", values: ["ckzzzzzzzzzzzzzzzzzzzzzzz"] });
      out.push({ label: "path traversal", values: ["../../../etc/passwd"] });
      out.push({ label: "SQL", values: ["' OR 1=1 --"] });
    }
  } else if (t instanceof z.ZodNumber) {
    for (const v of ["abc", "-1", "1e400", "123456789012345678901234567890", "1.5", "Infinity"]) {
      out.push({ label: `number ${v}`, values: [v] });
    }
  } else if (t instanceof z.ZodEnum || t instanceof z.ZodNativeEnum) {
    const options = t instanceof z.ZodEnum ? (t.options as string[]) : Object.values(t.enum as Record<string, string>);
    out.push({ label: "not a choice", values: ["NOT_A_CHOICE"] }, { label: "choice in lower case", values: [String(options[0]).toLowerCase()] });
  } else if (t instanceof z.ZodBoolean) {
    out.push({ label: "not a checkbox value", values: ["maybe"] });
  } else if (t instanceof z.ZodArray) {
    out.push({ label: "thousands of values", values: Array.from({ length: 3000 }, (_, i) => `id${i}`) });
    out.push({ label: "long values", values: ["x".repeat(500), "y".repeat(500)] });
    out.push({ label: "references to nothing", values: ["ckzzzzzzzzzzzzzzzzzzzzzzz", "ckyyyyyyyyyyyyyyyyyyyyyyy"] });
  } else if (t instanceof z.ZodLiteral) {
    out.push({ label: "another literal", values: ["notAnIntent"] });
  }
  return out;
}

/** Bad values for a URL path parameter (already percent-encoded where it matters). */
export const badPathParams = ["x", "%00", "%ZZ", "%C3%28", "..%2F..%2Fetc%2Fpasswd", "A".repeat(2000), "ckzzzzzzzzzzzzzzzzzzzzzzz"];
