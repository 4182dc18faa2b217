import { statsPage, unitOptions } from "../stats/page.server";
import { dossierStatsRefreshedAt } from "./refresh.server";
import { procedureRefs } from "./catalogue.server";
import { dossierDashboard } from "./stats.server";

/** The one-stop dashboard's query: the case dashboard's unit and period, plus a procedure or a field. */
export async function dossierStatsPage(request: Request) {
  const page = await statsPage(request);
  const url = new URL(request.url);
  const procedures = await procedureRefs();
  const procedureCode = url.searchParams.get("procedure")?.slice(0, 40) || null;
  const fieldCode = url.searchParams.get("field")?.slice(0, 40) || null;
  const procedure = procedureCode ? procedures.find((p) => p.code === procedureCode) : null;
  const errors: Record<string, string> = page.query.ok ? {} : { ...page.query.errors };
  if (procedureCode && !procedure) errors.procedure = "errors.invalidChoice";
  if (fieldCode && !procedures.some((p) => p.fieldCode === fieldCode)) errors.field = "errors.invalidChoice";
  const base = { page, procedures, unitOptions: unitOptions(page.query.units), procedureCode, fieldCode };
  if (!page.query.ok || Object.keys(errors).length) return { ...base, ok: false as const, errors };
  const [data, refreshedAt] = await Promise.all([
    dossierDashboard(page.query.scope, page.query.units, page.query.period, { procedureId: procedure?.id ?? null, fieldCode }),
    dossierStatsRefreshedAt(),
  ]);
  return { ...base, ok: true as const, errors, scope: page.query.scope, period: page.query.period, data, refreshedAt };
}
