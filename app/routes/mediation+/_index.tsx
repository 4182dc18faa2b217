import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FilterBar, FilterChoice, PageHeader } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import { getT } from "~/i18n/i18n.server";
import { requireUser, userHasPermission } from "~/modules/auth/guards.server";
import { visibleTeams } from "~/modules/mediation/access.server";
import { disputeTypes, mediationStatuses } from "~/modules/mediation/constants";
import { listMediations, mediationFilterSchema } from "~/modules/mediation/lists.server";
import { pageMeta } from "~/utils/meta";
import { MediationTable } from "./__mediation-table";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The mediator's home: their teams' mediations. The commune's staff see their unit's teams' mediations. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const teams = await visibleTeams(user);
  if (!teams) throw redirect(userHasPermission(user, "mediation:manage-teams") ? "/mediation/teams" : "/mediation/mine");
  const filter = mediationFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [page, t] = await Promise.all([listMediations(teams.map((x) => x.id), filter), getT(request)]);
  return json({
    title: t("mediation.heading"),
    ...page,
    teams: teams.map((x) => ({ id: x.id, areaName: x.areaName })),
    canOpen: userHasPermission(user, "mediation:work") && teams.some((x) => x.active),
    canManageTeams: userHasPermission(user, "mediation:manage-teams"),
  });
}

export default function MediationList() {
  const { t } = useTranslation();
  const { mediations, nextCursor, teams, canOpen, canManageTeams } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? "";
  return (
    <section aria-labelledby="mediations-title">
      <PageHeader
        titleId="mediations-title"
        title={t("mediation.heading")}
        subtitle={t("mediation.intro")}
        actions={
          canOpen ? (
            <Link to="/mediation/new" className="button primary">
              {t("mediation.open")}
            </Link>
          ) : null
        }
      />
      <p className="actions">
        <Link to="/mediation/overview">{t("mediation.overviewLink")}</Link>
        {canManageTeams ? <Link to="/mediation/teams">{t("mediation.teamsLink")}</Link> : null}
      </p>
      {teams.length === 0 ? <p className="notice">{t("mediation.form.noTeam")}</p> : null}
      <FilterBar label={t("mediation.filters")}>
        <FilterChoice id="status" label={t("mediation.status")} defaultValue={value("status")} options={mediationStatuses.map((s) => ({ value: s, label: t(`mediation.statuses.${s}`) }))} />
        <FilterChoice id="disputeType" label={t("mediation.disputeType")} defaultValue={value("disputeType")} options={disputeTypes.map((d) => ({ value: d, label: t(`mediation.types.${d}`) }))} />
        {teams.length > 1 ? <FilterChoice id="teamId" label={t("mediation.team")} defaultValue={value("teamId")} options={teams.map((x) => ({ value: x.id, label: x.areaName }))} /> : null}
      </FilterBar>
      <MediationTable
        caption={t("mediation.heading")}
        rows={mediations}
        empty={t("mediation.none")}
        rowKey={(m) => m.id}
        href={(m) => `/mediation/${m.code}`}
        place={{ label: t("mediation.area"), cell: (m) => m.team.areaName }}
        extra={{ label: t("mediation.parties"), cell: (m) => m.parties.map((p) => p.name).join(" — ") }}
      />
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
