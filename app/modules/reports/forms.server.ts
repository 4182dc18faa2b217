import { requirePermission } from "~/modules/auth/guards.server";
import { statsPage, unitOptions } from "~/modules/stats/page.server";
import { forbidden } from "~/utils/http.server";
import type { CellKey } from "./cells";
import { loadFacts, windowOf, type FactNeeds } from "./facts.server";
import { formRows, forms, isFormId, leavesOf, unknownColumns, type FormDefinition, type FormId, type UnitRow } from "./forms";

/** Which facts a form's cells read. */
function needsOf(def: FormDefinition): FactNeeds {
  const keys = leavesOf(def.columns).flatMap((l) => ("cell" in l ? [l.cell as CellKey] : []));
  return {
    reception: keys.some((k) => k.startsWith("tcd.")),
    petitions: keys.some((k) => k.startsWith("xld.")),
    resolutions: keys.some((k) => k.startsWith("kn.") || k.startsWith("tc.")),
    mediation: keys.some((k) => k.startsWith("hg.")),
  };
}

/**
 * A statistical form for a leader: their unit or one under it, a period (the
 * regime's current quarter unless asked otherwise), a form. Another tree's
 * unit: 403, before anything is read.
 */
export async function formReport(request: Request) {
  const user = await requirePermission(request, "report:unit");
  const own = user.unit;
  if (!own) forbidden();
  const url = new URL(request.url);
  if (!url.searchParams.get("period")) url.searchParams.set("period", "report-quarter");
  const formParam = url.searchParams.get("form") || "01-TCD";
  const page = await statsPage(new Request(url, request), { defaultUnit: own.code });
  const { query } = page;
  const home = query.units.find((u) => u.id === own.id);
  if (!home) forbidden();
  const options = unitOptions(query.units, home);
  const values: Record<string, string> = { ...page.values, form: formParam.slice(0, 20), period: url.searchParams.get("period")! };
  const errors: Record<string, string> = query.ok ? {} : { ...query.errors };
  if (!isFormId(formParam)) errors.form = "reports.errors.form";
  const base = { ...page, values, options, errors, formId: (isFormId(formParam) ? formParam : "01-TCD") as FormId };
  if (!query.ok || !isFormId(formParam)) return { ...base, data: null };
  if (!query.scope.path.startsWith(own.path)) forbidden();

  const def = forms[formParam];
  const units: UnitRow[] = query.units
    .filter((u) => u.path.startsWith(query.scope.path))
    .map((u) => ({ unitId: u.id, code: u.code, name: u.name, path: u.path, parentId: u.parentId }));
  const w = windowOf(query.period);
  const facts = await loadFacts(
    units.map((u) => u.unitId),
    w,
    needsOf(def),
  );
  const scope = units.find((u) => u.unitId === query.scope.id)!;
  const { rows, total } = formRows(def, scope, units, facts, w);
  return {
    ...base,
    data: {
      def,
      rows,
      total,
      unknown: unknownColumns(def),
      scope: { code: scope.code, name: scope.name },
      period: { kind: query.period.kind, from: query.period.from, to: query.period.to },
    },
  };
}
