import { db } from "~/utils/db.server";
import { cachedReference } from "~/utils/reference-cache.server";
import { foldForSearch } from "~/utils/text";

/** The catalogue's procedures (a province publishes a few hundred: read whole, filtered). */
export async function listProcedures(filter: { q?: string; field?: string; includeInactive?: boolean }) {
  const q = filter.q ? foldForSearch(filter.q) : null;
  // The whole list (the catalogue as it opens, the desk's intake, the administrator's list) is kept in
  // memory until the procedures change (an import or an edit changes their version, on every server).
  if (!q && !filter.field) return cachedReference("procedures", filter.includeInactive ? "all" : "active", () => readProcedures(filter.includeInactive ?? false, null, null));
  return readProcedures(filter.includeInactive ?? false, filter.field ?? null, q);
}

function readProcedures(includeInactive: boolean, field: string | null, q: string | null) {
  return db.procedure.findMany({
    where: {
      ...(includeInactive ? {} : { active: true }),
      ...(field ? { fieldCode: field } : {}),
      ...(q ? { nameSearch: { contains: q } } : {}),
    },
    orderBy: [{ fieldCode: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, nameEn: true, fieldCode: true, fieldName: true, fieldNameEn: true, level: true, timeUnit: true, timeAmount: true, confirmed: true, active: true, onlineAllowed: true },
    take: 500,
  });
}

export type ProcedureRef = { id: string; code: string; name: string; nameEn: string | null; fieldCode: string; fieldName: string; fieldNameEn: string | null };

/** Every procedure's name and field, kept in memory until the procedures change (their version token). */
export async function procedureRefs(): Promise<readonly ProcedureRef[]> {
  return cachedReference("procedures", "refs", () => db.procedure.findMany({ orderBy: [{ fieldCode: "asc" }, { name: "asc" }], select: { id: true, code: true, name: true, nameEn: true, fieldCode: true, fieldName: true, fieldNameEn: true } }));
}

const refsById = new WeakMap<readonly ProcedureRef[], Map<string, ProcedureRef>>();

/** The procedures by id, from the same kept list (the map is made once per version of the list). */
export async function procedureRefsById(): Promise<ReadonlyMap<string, ProcedureRef>> {
  const refs = await procedureRefs();
  let byId = refsById.get(refs);
  if (!byId) refsById.set(refs, (byId = new Map(refs.map((p) => [p.id, p]))));
  return byId;
}

export async function fieldOptions() {
  return cachedReference("procedures", "fields", () =>
    db.procedure.findMany({ distinct: ["fieldCode"], select: { fieldCode: true, fieldName: true, fieldNameEn: true }, orderBy: { fieldCode: "asc" } }),
  );
}

export async function procedureByCode(code: string) {
  return db.procedure.findUnique({
    where: { code },
    include: {
      papers: { orderBy: { position: "asc" } },
      steps: { orderBy: { position: "asc" }, include: { unit: { select: { name: true, code: true } } } },
      agencyUnit: { select: { id: true, name: true, code: true } },
    },
  });
}

/** Communes and wards, for choosing where a commune-level procedure is decided. */
export async function communeOptions() {
  return db.unit.findMany({ where: { active: true, level: { code: "COMMUNE" } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}
