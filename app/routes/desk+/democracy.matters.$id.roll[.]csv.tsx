import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { rollForExport } from "~/modules/democracy/matters.server";
import { formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { requireDemocracyDesk } from "./__democracy.server";

/**
 * A matter's roll as CSV (UTF-8 with BOM, for Excel), for its commune's
 * officers: who took part and how; the choice only on an open ballot — a
 * secret ballot's export has no choice column at all.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const id = params.id ?? "";
  const roll = /^[a-z0-9]{10,40}$/i.test(id) ? await rollForExport(user, id) : null;
  if (!roll) notFound();
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const header = [t("democracy.desk.matter.household"), t("democracy.desk.matter.head"), t("democracy.desk.matter.took"), t("democracy.form"), t("democracy.period")];
  if (!roll.secret) header.push(t("democracy.desk.matter.choice"));
  const rows = roll.rows.map((r) => {
    const row = [r.code, r.headName, r.channel ? "✓" : "", r.channel ? t(`democracy.channels.${r.channel}`) : "", r.at ? formatDateTime(r.at, language) : ""];
    if (!roll.secret) row.push(r.choice ? t(`democracy.choices.${r.choice}`) : "");
    return row;
  });
  return new Response(`\uFEFF${stringify([header, ...rows])}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="danh-sach-ho-${id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
