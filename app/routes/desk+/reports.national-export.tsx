import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { FilterBar, FilterField, PageHeader } from "~/components/kit";
import { PeriodFields } from "~/components/period-fields";
import { audit } from "~/modules/audit/audit.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { windowOf } from "~/modules/reports/facts.server";
import { EXPORT_SCHEMA_VERSION } from "~/modules/reports/national-export";
import { exportLines, exportStream } from "~/modules/reports/national-export.server";
import { periodParams } from "~/modules/stats/period";
import { statsPage, unitOptions } from "~/modules/stats/page.server";
import { write } from "~/utils/db.server";
import { badRequest, clientAddress, forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The leader's unit (or one under it) and period of an export; another tree's unit: 403. */
async function exportScope(request: Request, params: URLSearchParams) {
  const user = await requirePermission(request, "report:unit");
  if (!user.unit) forbidden();
  const url = new URL(request.url);
  url.search = params.toString();
  if (!url.searchParams.get("period")) url.searchParams.set("period", "report-year");
  const page = await statsPage(new Request(url, { headers: request.headers }), { defaultUnit: user.unit.code });
  const home = page.query.units.find((u) => u.id === user.unitId);
  if (!home) forbidden();
  if (page.query.ok && !page.query.scope.path.startsWith(user.unit.path)) forbidden();
  return { user, page, home, period: url.searchParams.get("period")! };
}

/**
 * The hand-off to the national database (docs/national-export.md): the cases of
 * a unit's tree submitted in a period, as JSON Lines in schema version 1.
 * Downloaded with a POST, so every export is written to the audit log.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { page, home, period } = await exportScope(request, new URL(request.url).searchParams);
  const { t, query } = page;
  const base = {
    title: t("reports.nationalExport.heading"),
    version: EXPORT_SCHEMA_VERSION,
    values: { ...page.values, period } as Record<string, string>,
    errors: query.ok ? {} : query.errors,
    years: page.years,
    unitOptions: unitOptions(query.units, home),
  };
  if (!query.ok) return json({ ...base, ok: false as const }, { status: 400 });
  return json({ ...base, ok: true as const, unit: query.scope.name, periodText: page.periodText, hidden: { unit: query.scope.code, ...periodParams(query.period) } });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
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

export default function NationalExport() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="export-title">
      <PageHeader
        titleId="export-title"
        title={t("reports.nationalExport.heading")}
        subtitle={d.ok ? `${d.unit} · ${d.periodText}` : undefined}
        actions={
          d.ok ? (
            <Form method="post" reloadDocument>
              {Object.entries(d.hidden).map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
              <button type="submit" className="button primary">
                {t("reports.nationalExport.download")}
              </button>
            </Form>
          ) : undefined
        }
      />
      <p>{t("reports.nationalExport.intro", { version: d.version })}</p>
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <FilterBar label={t("reports.nationalExport.heading")} submitLabel={t("stats.filters.show")}>
        <FilterField id="unit" label={t("stats.filters.unit")} error={d.errors.unit} wide>
          <select id="unit" name="unit" defaultValue={d.values.unit ?? ""}>
            {d.unitOptions.map((u) => (
              <option key={u.code} value={u.code}>
                {`${"\u00a0\u00a0".repeat(u.depth)}${u.name}`}
              </option>
            ))}
          </select>
        </FilterField>
        <PeriodFields values={d.values} errors={d.errors} years={d.years} />
      </FilterBar>
      <p className="field-hint">{t("reports.nationalExport.schema")}</p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
