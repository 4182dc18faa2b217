import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, FilterBar, FilterChoice, FilterField, PageHeader, type Column } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { roleHasPermission } from "~/modules/auth/roles";
import { vnStartOfDay, vnToday } from "~/modules/mediation/days";
import type { Figures } from "~/modules/mediation/overview";
import { mediationOverview } from "~/modules/mediation/overview.server";
import { overviewFilterSchema } from "~/modules/mediation/schemas";
import { communeUnits } from "~/modules/mediation/teams.server";
import { staffScopeUnitIds } from "~/modules/units/units.server";
import { formatNumber } from "~/utils/dates";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import mediationStyles from "~/styles/mediation.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: mediationStyles }];

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Per team and for the commune: opened, agreed, not agreed, withdrawn, success
 * rate, average days — by dispute type — for mediations opened in a period.
 * The commune's staff and mediators see their commune; an admin any commune.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const mayView = roleHasPermission(user.role, "case:read:unit") || roleHasPermission(user.role, "mediation:work") || user.role === "ADMIN";
  if (!mayView) forbidden();
  const units =
    user.role === "ADMIN" ? await communeUnits() : roleHasPermission(user.role, "case:read:subtree") ? await communeUnits({ unitIds: await staffScopeUnitIds(user) }) : await communeUnits({ unitIds: user.unitId ? [user.unitId] : [] });
  const filter = overviewFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const today = vnToday();
  const from = filter.from ?? `${today.slice(0, 4)}-01-01`;
  const to = filter.to ?? today;
  const unit = units.find((u) => u.id === filter.unitId) ?? units.find((u) => u.id === user.unitId) ?? units[0] ?? null;
  const t = await getT(request);
  const figures = unit ? await mediationOverview(unit.id, { from: vnStartOfDay(from), to: new Date(vnStartOfDay(to).getTime() + dayMs) }) : null;
  return { title: t("mediation.overview.heading"), units: units.map((u) => ({ id: u.id, name: u.name })), unit: unit ? { id: unit.id, name: unit.name } : null, from, to, figures };
}

const figureKeys = ["opened", "open", "agreed", "notAgreed", "withdrawn", "successRate", "averageDays"] as const;

/** Figures per team or dispute type: a grid compared across columns, so on a phone it scrolls in its box (the kit's "scroll" layout). */
function FiguresTable({ caption, firstColumn, rows, total }: { caption: string; firstColumn: string; rows: { key: string; label: string; f: Figures }[]; total: Figures }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const value = (f: Figures, k: (typeof figureKeys)[number]) => {
    const v = f[k];
    if (v === null) return "—";
    if (k === "successRate") return formatNumber(v, language, { style: "percent", maximumFractionDigits: 1 });
    return formatNumber(v, language, { maximumFractionDigits: 1 });
  };
  type Row = { key: string; label: string; f: Figures };
  const columns: Column<Row>[] = [
    { key: "name", label: firstColumn, header: firstColumn, primary: true, cell: (r) => r.label },
    ...figureKeys.map((k) => ({ key: k, label: t(`mediation.overview.${k}`), header: t(`mediation.overview.${k}`), numeric: true, cell: (r: Row) => value(r.f, k) })),
  ];
  return (
    <DataTable
      caption={caption}
      captionVisible
      layout="scroll"
      className="overview-table"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      empty={t("common.noResults")}
      footer={[t("mediation.overview.total"), ...figureKeys.map((k) => value(total, k))]}
    />
  );
}

export default function Overview() {
  const { t } = useTranslation();
  const { units, unit, from, to, figures } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="overview-title">
      <PageHeader titleId="overview-title" title={t("mediation.overview.heading")} subtitle={t("mediation.overview.intro")} />
      <FilterBar label={t("mediation.overview.heading")} submitLabel={t("mediation.overview.show")}>
        {units.length > 1 ? (
          <FilterChoice id="unitId" label={t("mediation.commune")} defaultValue={unit?.id ?? ""} allLabel={null} options={units.map((u) => ({ value: u.id, label: u.name }))} />
        ) : null}
        <FilterField id="from" label={t("mediation.overview.from")}>
          <input id="from" name="from" type="date" defaultValue={from} />
        </FilterField>
        <FilterField id="to" label={t("mediation.overview.to")}>
          <input id="to" name="to" type="date" defaultValue={to} />
        </FilterField>
      </FilterBar>
      {unit && figures ? (
        <>
          <h2>{unit.name}</h2>
          <FiguresTable
            caption={t("mediation.overview.byTeam")}
            firstColumn={t("mediation.team")}
            rows={figures.byTeam.map((f) => ({ key: f.teamId, label: f.areaName, f }))}
            total={figures.total}
          />
          <FiguresTable
            caption={t("mediation.overview.byType")}
            firstColumn={t("mediation.disputeType")}
            rows={figures.byType.map((f) => ({ key: f.disputeType, label: t(`mediation.types.${f.disputeType}`), f }))}
            total={figures.total}
          />
          <p className="field-hint">{t("mediation.overview.rateHint")}</p>
        </>
      ) : (
        <p>{t("mediation.overview.noUnit")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
