import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { audit } from "~/modules/audit/audit.server";
import { windowOf } from "~/modules/reports/facts.server";
import { EXPORT_SCHEMA_VERSION } from "~/modules/reports/national-export";
import { exportLines, exportScope, exportStream } from "~/modules/reports/national-export.server";
import { write } from "~/utils/db.server";
import { badRequest, clientAddress } from "~/utils/http.server";
import { readForm } from "~/utils/form-data.server";

/** GET: the page that explains the export. */
export function loader() {
  return redirect("/desk/reports/national-export");
}

/**
 * POST /desk/reports/national-export.jsonl (unit, period): the cases of the
 * leader's tree submitted in the period as JSON Lines, streamed. A POST so that
 * every export is written to the audit log; a resource route so the file is
 * the response.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const params = new URLSearchParams();
  for (const key of ["unit", "period", "year", "month", "quarter", "half", "from", "to"]) {
    const v = form.get(key);
    if (typeof v === "string" && v) params.set(key, v.slice(0, 40));
  }
  const { user, page } = await exportScope(request, params);
  const { query } = page;
  if (!query.ok) badRequest("period");
  const ids = query.units.filter((u) => u.path.startsWith(query.scope.path)).map((u) => u.id);
  await write((tx) =>
    audit(tx, {
      actorId: user.id,
      action: "NATIONAL_EXPORT",
      targetType: "Unit",
      targetId: query.scope.id,
      data: { from: query.period.from, to: query.period.to, schemaVersion: EXPORT_SCHEMA_VERSION },
      ip: clientAddress(request),
    }),
  );
  const name = `csdl-quoc-gia-${query.scope.code.toLowerCase()}-${query.period.from}-${query.period.to}.v${EXPORT_SCHEMA_VERSION}.jsonl`;
  return new Response(exportStream(exportLines(ids, windowOf(query.period))), {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
