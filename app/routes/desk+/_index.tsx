import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CaseTable } from "~/components/case-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { caseStatuses } from "~/modules/cases/constants";
import { recentUnitCases, unitStatusCounts } from "~/modules/cases/lists.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** A staff member's home: their unit's cases by status and the latest arrivals. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const t = await getT(request);
  if (!user.unitId || !user.unit) {
    return json({ title: t("desk.heading"), unit: null, role: user.role, counts: {}, recent: [] });
  }
  const [counts, recent] = await Promise.all([unitStatusCounts(user.unitId), recentUnitCases(user.unitId)]);
  return json({ title: t("desk.heading"), unit: user.unit.name, role: user.role, counts, recent });
}

export default function Desk() {
  const { t } = useTranslation();
  const { unit, role, counts, recent } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="desk-title">
      <h1 id="desk-title">{t("desk.heading")}</h1>
      {unit ? (
        <>
          <p>
            {t("desk.unit", { unit })} · {t("desk.role", { role: t(`roles.${role}`) })}
          </p>
          <h2>{t("desk.countsHeading")}</h2>
          <table className="figures">
            <thead>
              <tr>
                <th scope="col">{t("desk.status")}</th>
                <th scope="col">{t("desk.count")}</th>
              </tr>
            </thead>
            <tbody>
              {caseStatuses.map((s) => (
                <tr key={s}>
                  <th scope="row">{t(`caseStatus.${s}`)}</th>
                  <td>{(counts as Record<string, number>)[s] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t("desk.recentHeading")}</h2>
          {recent.length ? <CaseTable cases={recent} caption={t("desk.recentHeading")} /> : <p>{t("common.noResults")}</p>}
        </>
      ) : (
        <p role="alert">{t("desk.noUnit")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
