import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsvFile } from "~/utils/csv.server";
import { registerHeaders, registerRequest } from "~/modules/reports/registers.server";
import type { RegisterKind } from "~/modules/reports/registers";
import { badRequest } from "~/utils/http.server";

/** GET /desk/registers/<kind>.csv?unit=&period=…&q= — the register's lines for the period as CSV. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const r = await registerRequest(request, params.kind);
  if (!r.data) badRequest("period");
  const headers = registerHeaders(r.kind as RegisterKind, r.t);
  const body = toCsvFile([headers.map((h) => h.label), ...r.data.lines.map((l) => headers.map((h) => l.cells[h.key] ?? ""))]);
  const name = `so-${r.kind}-${r.data.unit.code.toLowerCase()}-${r.data.period.from}-${r.data.period.to}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
