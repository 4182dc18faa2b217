import type { LoaderFunctionArgs } from "@remix-run/node";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { monthOf, registerCsv, registerEntries } from "~/modules/dialogue/register.server";
import { formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";

/** The reception register of a month as CSV (for the unit's staff only). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  if (!user.unitId || !user.unit) notFound();
  const month = monthOf(request);
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const entries = await registerEntries(user.unitId, month, 5000);
  const headers = ["no", "when", "receiver", "visitor", "contact", "matter", "handling", "case"].map((k) => t(`dialogue.register.csvHeaders.${k}`));
  const body = registerCsv(entries, headers, (d) => formatDateTime(d, language));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="so-tiep-cong-dan-${user.unit.code.toLowerCase()}-${month}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
