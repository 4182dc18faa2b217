/**
 * Open311 GeoReport v2, read-only (https://wiki.open311.org/GeoReport_v2):
 * services are the fields (categories) and requests are the PUBLIC cases —
 * feedback and petitions. Complaints and denunciations concern a person's own
 * rights or another person, so they are never listed. Nothing personal is in a
 * request: no name, contact, address or attachment; the description is the
 * anonymised question of an answer the citizen agreed to publish, else null.
 *
 * Extensions beyond the standard, for paging a million cases: `page_size`
 * (≤ 1000, default 100) and `after` (the cursor from the `Link: rel="next"`
 * header of the previous page).
 */
import { z } from "zod";
import { openStatuses } from "~/modules/cases/constants";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { db } from "~/utils/db.server";

export const publicKinds = ["FEEDBACK", "PETITION"] as const;
const DEFAULT_DAYS = 90;

const isoDateTime = z
  .string()
  .max(40)
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), "open311.date");

const list = (item: z.ZodTypeAny) =>
  z
    .string()
    .max(2000)
    .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).min(1).max(100));

export const requestsQuery = z
  .object({
    service_request_id: list(z.string().regex(/^[A-Z0-9-]{6,40}$/i)).optional(),
    service_code: list(z.string().regex(/^[A-Z0-9_]{1,40}$/i)).optional(),
    status: list(z.enum(["open", "closed"])).optional(),
    start_date: isoDateTime.optional(),
    end_date: isoDateTime.optional(),
    page_size: z.string().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().int().min(1).max(1000)).optional(),
    after: z.string().max(200).refine((v) => decodeCursor(v) !== null, "open311.cursor").optional(),
    jurisdiction_id: z.string().max(100).optional(),
  })
  .strict()
  .refine((v) => !v.start_date || !v.end_date || Date.parse(v.start_date) <= Date.parse(v.end_date), { message: "open311.inverted", path: ["end_date"] });

export type RequestsQuery = z.infer<typeof requestsQuery>;

export function parseRequestsQuery(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const [k, v] of params) raw[k] = v;
  return requestsQuery.safeParse(raw);
}

type PublicCase = {
  id: string;
  code: string;
  status: string;
  submittedAt: Date;
  updatedAt: Date;
  dueAt: Date | null;
  resolvedAt: Date | null;
  publishedAt: Date | null;
  publicQuestion: string | null;
  category: { code: string; nameVi: string; nameEn: string } | null;
  unit: { name: string };
};

const select = {
  id: true,
  code: true,
  status: true,
  submittedAt: true,
  updatedAt: true,
  dueAt: true,
  resolvedAt: true,
  publishedAt: true,
  publicQuestion: true,
  category: { select: { code: true, nameVi: true, nameEn: true } },
  unit: { select: { name: true } },
} as const;

export async function listRequests(q: RequestsQuery, now = new Date()) {
  const end = q.end_date ? new Date(q.end_date) : now;
  const start = q.start_date ? new Date(q.start_date) : new Date(end.getTime() - DEFAULT_DAYS * 86_400_000);
  const size = q.page_size ?? 100;
  const statuses = q.status ?? ["open", "closed"];
  const where = {
    kind: { in: [...publicKinds] },
    submittedAt: { gte: start, lte: end },
    ...(q.service_request_id ? { code: { in: q.service_request_id.map((c) => c.toUpperCase()) } } : {}),
    ...(q.service_code ? { category: { code: { in: q.service_code.map((c) => c.toUpperCase()) } } } : {}),
    ...(statuses.length === 1 ? { status: statuses[0] === "open" ? { in: [...openStatuses] } : { notIn: [...openStatuses] } } : {}),
    ...afterCursorDesc("submittedAt", decodeCursor(q.after)),
  };
  const rows: PublicCase[] = await db.case.findMany({ where, select, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], take: size + 1 });
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return { rows: page, next: rows.length > size && last ? encodeCursor({ id: last.id, at: last.submittedAt }) : null };
}

export async function findRequest(code: string): Promise<PublicCase | null> {
  if (!/^[A-Z0-9-]{6,40}$/i.test(code)) return null;
  return db.case.findFirst({ where: { code: code.toUpperCase(), kind: { in: [...publicKinds] } }, select });
}

/** A public case in GeoReport v2 shape. */
export function toGeoReport(c: PublicCase, language: string, statusNote: string) {
  return {
    service_request_id: c.code,
    status: (openStatuses as readonly string[]).includes(c.status) ? "open" : "closed",
    status_notes: statusNote,
    service_name: c.category ? (language === "en" ? c.category.nameEn : c.category.nameVi) : null,
    service_code: c.category?.code ?? null,
    // Only the anonymised copy of an answer the citizen agreed to publish (app/modules/board).
    description: c.publishedAt ? c.publicQuestion : null,
    agency_responsible: c.unit.name,
    service_notice: null,
    requested_datetime: c.submittedAt.toISOString(),
    updated_datetime: c.updatedAt.toISOString(),
    expected_datetime: c.dueAt?.toISOString() ?? null,
    address: null,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  };
}

export async function listServices(language: string, description: (code: string) => string) {
  const categories = await db.category.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
  return categories.map((c) => ({
    service_code: c.code,
    service_name: language === "en" ? c.nameEn : c.nameVi,
    description: description(c.code),
    metadata: false,
    type: "batch",
    keywords: "",
    group: "",
  }));
}

/** Open311's error shape: a list of { code, description }. */
export function open311Error(status: 400 | 404, description: string): Response {
  return new Response(JSON.stringify([{ code: status, description }]), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" },
  });
}
