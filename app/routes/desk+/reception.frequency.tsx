import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
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
  return (
    <section aria-labelledby="frequency-title">
      <h1 id="frequency-title">{t("dialogue.frequency.heading")}</h1>
      <MonthFilter unit={unit} month={month} />
      {rule ? (
        <p className="field-hint">
          {t(`dialogue.frequency.rule.${rule.period}`, { count: rule.minDays })} — {rule.legalBasis}
        </p>
      ) : (
        <p>{t("dialogue.frequency.noRule")}</p>
      )}
      <table className="data-table">
        <caption className="visually-hidden">{t("dialogue.frequency.heading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dialogue.frequency.leader")}</th>
            <th scope="col">{t("dialogue.frequency.held")}</th>
            <th scope="col">{t("dialogue.frequency.required")}</th>
          </tr>
        </thead>
        <tbody>
          {leaders.map((l) => (
            <tr key={l.id}>
              <th scope="row">
                {l.fullName}
                {l.position ? <span className="muted"> ({l.position})</span> : null}
              </th>
              <td data-label={t("dialogue.frequency.held")}>
                {l.held}
                {l.short ? <span className="tag tag-danger">{t("dialogue.frequency.short")}</span> : <span className="tag tag-ok">{t("dialogue.frequency.ok")}</span>}
              </td>
              <td data-label={t("dialogue.frequency.required")}>{required}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to={`/desk/reception?month=${month}`}>{t("dialogue.register.heading")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
