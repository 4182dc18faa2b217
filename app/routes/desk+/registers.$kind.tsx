import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { DataTable, FilterBar, FilterField, PageHeader, type Column } from "~/components/kit";
import { PeriodFields } from "~/components/period-fields";
import { StatutorySignatures, UnitField } from "~/components/statutory-parts";
import { registerKinds, registers } from "~/modules/reports/registers";
import { registerHeaders, registerRequest } from "~/modules/reports/registers.server";
import { periodParams } from "~/modules/stats/period";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/**
 * A unit's register for a period (issue #17): the citizen-reception register,
 * the register of petitions received, or the mediation register — every
 * column of the register's form, searchable without diacritics, printable as
 * one document per period, downloadable as CSV.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const r = await registerRequest(request, params.kind);
  const { t } = r;
  const kind = r.kind as (typeof registerKinds)[number];
  const name = t(`reports.registers.kinds.${kind}`);
  const base = {
    title: name,
    kind,
    name,
    values: r.values,
    errors: r.errors,
    years: r.years,
    unitOptions: r.options,
    headers: registerHeaders(kind, t),
    basis: registers[kind].basis,
    others: registerKinds.filter((k) => k !== kind).map((k) => ({ kind: k, name: t(`reports.registers.kinds.${k}`) })),
  };
  if (!r.data) return data({ ...base, ok: false as const }, { status: 400 });
  const query = new URLSearchParams({ unit: r.data.unit.code, ...periodParams(r.data.period), ...(r.values.q ? { q: r.values.q } : {}) }).toString();
  return {
    ...base,
    ok: true as const,
    unit: r.data.unit.name,
    periodText: r.periodText,
    lines: r.data.lines,
    truncated: r.data.truncated,
    csvHref: `/desk/registers/${kind}.csv?${query}`,
    periodQuery: new URLSearchParams({ unit: r.data.unit.code, ...periodParams(r.data.period) }).toString(),
  };
}

export default function Register() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  type Line = (typeof d & { ok: true })["lines"][number];
  const columns: Column<Line>[] = d.headers.map((h, i) => ({
    key: h.key,
    header: h.label,
    label: h.label,
    primary: i === 1,
    numeric: h.key === "no",
    wideOnly: h.key === "no",
    cell: (line) => <span className={line.sealed && line.cells[h.key] === t("reports.registers.sealed") ? "sealed" : "prewrap"}>{line.cells[h.key]}</span>,
  }));
  return (
    <section aria-labelledby="register-title" className="print-landscape register-print">
      <PageHeader
        titleId="register-title"
        title={d.name}
        subtitle={d.ok ? `${d.unit} · ${d.periodText}` : undefined}
        actions={
          d.ok ? (
            <a className="button primary" href={d.csvHref} download>
              {t("reports.registers.csv")}
            </a>
          ) : undefined
        }
      />
      <nav aria-label={t("reports.links.registers")} className="no-print">
        <ul className="inline-links">
          {d.others.map((o) => (
            <li key={o.kind}>
              <Link to={`/desk/registers/${o.kind}${d.ok ? `?${d.periodQuery}` : ""}`}>{o.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {!d.ok ? <FormErrors errors={["stats.errors.summary"]} /> : null}
      <FilterBar label={d.name} submitLabel={t("stats.filters.show")}>
        <FilterField id="q" label={t("reports.registers.search")} error={d.errors.q} wide>
          <input id="q" name="q" type="search" defaultValue={d.values.q ?? ""} maxLength={200} aria-describedby={d.errors.q ? "q-error q-hint" : "q-hint"} />
          <span id="q-hint" className="field-hint">
            {t("reports.registers.searchHint")}
          </span>
        </FilterField>
        {d.unitOptions.length > 1 ? (
          <UnitField options={d.unitOptions} value={d.values.unit ?? ""} error={d.errors.unit} />
        ) : null}
        <PeriodFields values={{ ...d.values, period: d.values.period ?? "month" }} errors={d.errors} years={d.years} />
      </FilterBar>
      {d.ok ? (
        <article aria-labelledby="register-caption">
          <div className="form-masthead">
            <p className="form-unit">{d.unit.toUpperCase()}</p>
          </div>
          <h2 id="register-caption" className="form-title">
            {d.name}
          </h2>
          <p className="form-period">{d.periodText}</p>
          <p className="muted">{t("reports.registers.count", { count: d.lines.length })}</p>
          {d.truncated ? <p className="notice">{t("reports.registers.truncated", { count: d.lines.length })}</p> : null}
          <DataTable caption={t("reports.registers.caption", { register: d.name, unit: d.unit, period: d.periodText })} columns={columns} rows={d.lines} rowKey={(l) => l.key} empty={t("reports.registers.empty")} />
          {d.lines.some((l) => l.sealed) ? <p className="form-notes">{t("reports.registers.sealedNote")}</p> : null}
          <p className="form-notes">{t("reports.registers.basis", { basis: `${d.basis.document}. ${t(`reports.registerBasis.${d.kind}`)}` })}</p>
          <StatutorySignatures />
          <p className="print-hint no-print">{t("reports.registers.printHint")}</p>
        </article>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
