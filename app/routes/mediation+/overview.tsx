import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
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
  return json({ title: t("mediation.overview.heading"), units: units.map((u) => ({ id: u.id, name: u.name })), unit: unit ? { id: unit.id, name: unit.name } : null, from, to, figures });
}

function Row({ label, f, header }: { label: string; f: Figures; header?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const pct = (v: number | null) => (v === null ? "—" : formatNumber(v, language, { style: "percent", maximumFractionDigits: 1 }));
  const days = (v: number | null) => (v === null ? "—" : formatNumber(v, language, { maximumFractionDigits: 1 }));
  const cells: [string, string][] = [
    [t("mediation.overview.opened"), String(f.opened)],
    [t("mediation.overview.open"), String(f.open)],
    [t("mediation.overview.agreed"), String(f.agreed)],
    [t("mediation.overview.notAgreed"), String(f.notAgreed)],
    [t("mediation.overview.withdrawn"), String(f.withdrawn)],
    [t("mediation.overview.successRate"), pct(f.successRate)],
    [t("mediation.overview.averageDays"), days(f.averageDays)],
  ];
  return (
    <tr className={header ? "total" : undefined}>
      <th scope="row">{label}</th>
      {cells.map(([name, value]) => (
        <td key={name} data-label={name}>
          {value}
        </td>
      ))}
    </tr>
  );
}

function FiguresTable({ caption, firstColumn, rows, total }: { caption: string; firstColumn: string; rows: { key: string; label: string; f: Figures }[]; total: Figures }) {
  const { t } = useTranslation();
  return (
    <table className="data-table overview-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          {(["opened", "open", "agreed", "notAgreed", "withdrawn", "successRate", "averageDays"] as const).map((k) => (
            <th scope="col" key={k}>
              {t(`mediation.overview.${k}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Row key={r.key} label={r.label} f={r.f} />
        ))}
        <Row label={t("mediation.overview.total")} f={total} header />
      </tbody>
    </table>
  );
}

export default function Overview() {
  const { t } = useTranslation();
  const { units, unit, from, to, figures } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t("mediation.overview.heading")}</h1>
      <p>{t("mediation.overview.intro")}</p>
      <Form method="get" className="filters" aria-label={t("mediation.overview.heading")}>
        {units.length > 1 ? (
          <>
            <label htmlFor="overview-unit">{t("mediation.commune")}</label>
            <select id="overview-unit" name="unitId" defaultValue={unit?.id ?? ""}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor="overview-from">{t("mediation.overview.from")}</label>
        <input id="overview-from" name="from" type="date" defaultValue={from} />
        <label htmlFor="overview-to">{t("mediation.overview.to")}</label>
        <input id="overview-to" name="to" type="date" defaultValue={to} />
        <button type="submit" className="button">
          {t("mediation.overview.show")}
        </button>
      </Form>
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
