import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportColumns, reportTable, toCsv, toXlsx } from "~/modules/stats/export.server";
import { leaderReport } from "~/modules/stats/report.server";
import { badRequest } from "~/utils/http.server";

/** GET /desk/reports/export?format=csv|xlsx&unit=&period=… — the report's unit table as a file. */
export async function loader({ request }: LoaderFunctionArgs) {
  const format = new URL(request.url).searchParams.get("format");
  if (format !== "csv" && format !== "xlsx") badRequest("format");
  const report = await leaderReport(request);
  if (!report.query.ok || !report.data) badRequest("period");
  const { t, data, query } = report;
  const label = (c: (typeof exportColumns)[number]) =>
        c === "code"
      ? t("stats.reports.code")
      : c === "unit"
        ? t("stats.charts.unit")
        : c === "overdue"
          ? t("stats.figures.overdue")
          : c.endsWith("Rate") || c === "satisfiedShare"
            ? `${t(`stats.figures.${c}`)} (%)`
            : t(`stats.figures.${c}`);
  const rows = data.rows.map((r) => (r.code === data.total.code ? { ...r, name: t("stats.charts.ownCases", { unit: r.name }) } : r));
  const table = reportTable(rows, { ...data.total, code: "", name: t("stats.reports.total") }, label);
  const name = `bao-cao-${query.scope.code}-${query.period.from}-${query.period.to}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "csv") {
    return new Response(toCsv(table), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
    });
  }
  const body = await toXlsx(table, query.scope.code);
  return new Response(new Uint8Array(body), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}.xlsx"`,
    },
  });
}
