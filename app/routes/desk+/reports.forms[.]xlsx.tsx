import type { LoaderFunctionArgs } from "@remix-run/node";
import { formatLocalDate } from "~/modules/stats/format";
import { sheetText } from "~/modules/reports/form-view";
import { formReport } from "~/modules/reports/forms.server";
import { formXlsx } from "~/modules/reports/xlsx.server";
import { badRequest } from "~/utils/http.server";

/** GET /desk/reports/forms.xlsx?form=&unit=&period=… — the form as an XLSX sheet in its layout. */
export async function loader({ request }: LoaderFunctionArgs) {
  const r = await formReport(request);
  if (!r.data) badRequest("period");
  const { def, rows, total, scope, period } = r.data;
  const date = (d: string) => formatLocalDate(d, r.language);
  const body = await formXlsx(def, rows, total, sheetText(r.t, def.id, { unit: scope.name, from: date(period.from), to: date(period.to) }));
  const name = `bieu-${def.number.replace("/", "-").toLowerCase()}-${scope.code.toLowerCase()}-${period.from}-${period.to}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
