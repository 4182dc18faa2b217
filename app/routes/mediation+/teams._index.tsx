import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { listTeams } from "~/modules/mediation/teams.server";
import { staffScopeUnitIds } from "~/modules/units/units.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** Teams an admin (every commune) or a commune's officer (their unit, a leader's units below) manages. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mediation:manage-teams");
  const scope = user.role === "ADMIN" ? "all" : await staffScopeUnitIds(user);
  const [teams, t] = await Promise.all([listTeams(scope), getT(request)]);
  return json({ title: t("mediation.teams.heading"), teams });
}

export default function Teams() {
  const { t } = useTranslation();
  const { teams } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="teams-title">
      <h1 id="teams-title">{t("mediation.teams.heading")}</h1>
      <p>{t("mediation.teams.intro")}</p>
      <p className="actions">
        <Link to="/mediation/teams/new" className="button primary">
          {t("mediation.teams.new")}
        </Link>
      </p>
      {teams.length ? (
        <table className="data-table">
          <caption className="visually-hidden">{t("mediation.teams.heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("mediation.teams.areaName")}</th>
              <th scope="col">{t("mediation.teams.unit")}</th>
              <th scope="col">{t("mediation.teams.members")}</th>
              <th scope="col">{t("admin.status")}</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <td data-label={t("mediation.teams.areaName")}>
                  <Link to={`/mediation/teams/${team.id}`}>{team.areaName}</Link>
                </td>
                <td data-label={t("mediation.teams.unit")}>{team.unit.name}</td>
                <td data-label={t("mediation.teams.members")}>
                  {team.members.map((m) => (m.isLeader ? `${m.user.fullName} (${t("mediation.teams.leader")})` : m.user.fullName)).join(", ") || "—"}
                </td>
                <td data-label={t("admin.status")}>{team.active ? t("mediation.teams.active") : t("mediation.teams.inactive")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("mediation.teams.none")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
