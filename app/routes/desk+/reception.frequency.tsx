import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, PageHeader, type Column } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { monthOf, receptionFrequency } from "~/modules/dialogue/register.server";
import dialogueStyles from "~/styles/dialogue.css";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { MonthFilter } from "./__month-filter";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

/** Reception days held versus required, per leader of the unit, for a month (Law on Citizen Reception 2013). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "report:unit");
  if (!user.unitId || !user.unit) notFound();
  const t = await getT(request);
  const month = monthOf(request);
  return json({ title: t("dialogue.frequency.heading"), unit: user.unit.name, month, ...(await receptionFrequency(user.unitId, month)) });
}

export default function Frequency() {
  const { t } = useTranslation();
  const { unit, month, rule, required, leaders } = useLoaderData<typeof loader>();
  const columns: Column<(typeof leaders)[number]>[] = [
    {
      key: "leader",
      label: t("dialogue.frequency.leader"),
      header: t("dialogue.frequency.leader"),
      primary: true,
      cell: (l) => (
        <>
          {l.fullName}
          {l.position ? <span className="muted"> ({l.position})</span> : null}
        </>
      ),
    },
    {
      key: "held",
      label: t("dialogue.frequency.held"),
      header: t("dialogue.frequency.held"),
      cell: (l) => (
        <span>
          {l.held}
          {l.short ? <span className="tag tag-danger">{t("dialogue.frequency.short")}</span> : <span className="tag tag-ok">{t("dialogue.frequency.ok")}</span>}
        </span>
      ),
    },
    { key: "required", label: t("dialogue.frequency.required"), header: t("dialogue.frequency.required"), cell: () => required },
  ];
  return (
    <section aria-labelledby="frequency-title">
      <PageHeader titleId="frequency-title" title={t("dialogue.frequency.heading")} />
      <MonthFilter unit={unit} month={month} />
      {rule ? (
        <p className="field-hint">
          {t(`dialogue.frequency.rule.${rule.period}`, { count: rule.minDays })} — {rule.legalBasis}
        </p>
      ) : (
        <p>{t("dialogue.frequency.noRule")}</p>
      )}
      <DataTable caption={t("dialogue.frequency.heading")} columns={columns} rows={leaders} rowKey={(l) => l.id} empty={t("common.noResults")} />
      <p>
        <Link to={`/desk/reception?month=${month}`}>{t("dialogue.register.heading")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
