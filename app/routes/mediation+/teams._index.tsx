import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Badge, DataTable, AppLink, PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { teamWarnings } from "~/modules/mediation/compliance";
import { mediationRules } from "~/modules/mediation/compliance.server";
import { listTeams } from "~/modules/mediation/teams.server";
import { staffScopeUnitIds } from "~/modules/units/units.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** Teams an admin (every commune) or a commune's officer (their unit, a leader's units below) manages, with their composition check. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mediation:manage-teams");
  const scope = user.role === "ADMIN" ? "all" : await staffScopeUnitIds(user);
  const [teams, rules, t] = await Promise.all([listTeams(scope), mediationRules(), getT(request)]);
  return { title: t("mediation.teams.heading"), teams: teams.map((team) => ({ ...team, short: teamWarnings(team, team.members, rules).length > 0 })) };
}

export default function Teams() {
  const { t } = useTranslation();
  const { teams } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="teams-title">
      <PageHeader
        titleId="teams-title"
        title={t("mediation.teams.heading")}
        subtitle={t("mediation.teams.intro")}
        actions={
          <Link to="/mediation/teams/new" className="button primary">
            {t("mediation.teams.new")}
          </Link>
        }
      />
      <DataTable
        caption={t("mediation.teams.heading")}
        rows={teams}
        rowKey={(team) => team.id}
        empty={t("mediation.teams.none")}
        columns={[
          { key: "area", header: t("mediation.teams.areaName"), label: t("mediation.teams.areaName"), primary: true, cell: (team) => <AppLink to={`/mediation/teams/${team.id}`}>{team.areaName}</AppLink> },
          { key: "unit", header: t("mediation.teams.unit"), label: t("mediation.teams.unit"), cell: (team) => team.unit.name },
          {
            key: "members",
            header: t("mediation.teams.members"),
            label: t("mediation.teams.members"),
            cell: (team) => team.members.map((m) => (m.isLeader ? `${m.user.fullName} (${t("mediation.teams.leader")})` : m.user.fullName)).join(", ") || "—",
          },
          {
            key: "status",
            header: t("admin.status"),
            label: t("admin.status"),
            cell: (team) => (
              <>
                {team.active ? t("mediation.teams.active") : t("mediation.teams.inactive")} {team.short ? <Badge tone="warn">{t("mediationCompliance.badge")}</Badge> : null}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
