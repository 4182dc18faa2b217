import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv, toXlsx } from "~/modules/stats/export.server";
import { dossierReportTable, leaderDossierReport } from "~/modules/onestop/report.server";
import { badRequest } from "~/utils/http.server";

/** GET /desk/reports/dossiers/export?format=csv|xlsx&unit=&period=… — the one-stop report per unit, then per procedure, as a file. */
export async function loader({ request }: LoaderFunctionArgs) {
  const format = new URL(request.url).searchParams.get("format");
  if (format !== "csv" && format !== "xlsx") badRequest("format");
  const r = await leaderDossierReport(request);
  if (!r.query.ok || !r.data) badRequest("period");
  const { t, data, query } = r;
  const label = (k: string) => (k === "code" ? t("onestop.report.code") : k === "name" ? t("onestop.report.name") : `${t(`onestop.stats.figures.${k}`)}${k.endsWith("Rate") || k === "satisfiedShare" ? " (%)" : ""}`);
  const rows = [
    ...data.byUnit.map((u) => ({ code: u.unit.code, name: u.own ? t("onestop.stats.ownDossiers", { unit: u.unit.name }) : u.unit.name, figures: u.figures })),
    { code: "", name: t("onestop.report.total"), figures: data.total },
    ...data.byProcedure.map((p) => ({ code: p.procedure.code, name: p.procedure.name, figures: p.figures })),
  ];
  const table = dossierReportTable(rows, label);
  const name = `mot-cua-${query.scope.code}-${query.period.from}-${query.period.to}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "csv") {
    return new Response(toCsv(table), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` } });
  }
  const body = await toXlsx(table, t("onestop.report.sheet"));
  return new Response(new Uint8Array(body), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}.xlsx"` },
  });
}
