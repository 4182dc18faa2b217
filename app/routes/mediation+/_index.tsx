import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Badge, DataTable, FilterBar, FilterChoice, AppLink, PageHeader } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requireUser, userHasPermission } from "~/modules/auth/guards.server";
import { visibleTeams } from "~/modules/mediation/access.server";
import { withStartDeadlines } from "~/modules/mediation/compliance.server";
import { disputeTypes, mediationStatuses } from "~/modules/mediation/constants";
import { listMediations, mediationFilterSchema } from "~/modules/mediation/lists.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The mediator's home: their teams' mediations, with the 3-day start deadline (art. 20 k.2). The commune's staff see their unit's teams' mediations. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const teams = await visibleTeams(user);
  if (!teams) throw redirect(userHasPermission(user, "mediation:manage-teams") ? "/mediation/teams" : "/mediation/mine");
  const filter = mediationFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [page, t] = await Promise.all([listMediations(teams.map((x) => x.id), filter), getT(request)]);
  return {
    title: t("mediation.heading"),
    nextCursor: page.nextCursor,
    mediations: await withStartDeadlines(page.mediations),
    teams: teams.map((x) => ({ id: x.id, areaName: x.areaName })),
    canOpen: userHasPermission(user, "mediation:work") && teams.some((x) => x.active),
    canManageTeams: userHasPermission(user, "mediation:manage-teams"),
  };
}

const startTone = { UNASSIGNED: "neutral", STARTED: "ok", STARTED_LATE: "warn", DUE: "info", OVERDUE: "danger" } as const;

export default function MediationList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
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
          <>
            {canOpen ? (
              <Link to="/mediation/new" className="button primary">
                {t("mediation.open")}
              </Link>
            ) : null}
            <Link to="/mediation/overview" className="button">
              {t("mediation.overviewLink")}
            </Link>
            {canManageTeams ? (
              <Link to="/mediation/teams" className="button">
                {t("mediation.teamsLink")}
              </Link>
            ) : null}
          </>
        }
      />
      {teams.length === 0 ? <p className="notice">{t("mediation.form.noTeam")}</p> : null}
      <FilterBar label={t("mediation.filters")}>
        <FilterChoice id="status" label={t("mediation.status")} defaultValue={value("status")} options={mediationStatuses.map((s) => ({ value: s, label: t(`mediation.statuses.${s}`) }))} />
        <FilterChoice id="disputeType" label={t("mediation.disputeType")} defaultValue={value("disputeType")} options={disputeTypes.map((d) => ({ value: d, label: t(`mediation.types.${d}`) }))} />
        {teams.length > 1 ? <FilterChoice id="teamId" label={t("mediation.team")} defaultValue={value("teamId")} options={teams.map((x) => ({ value: x.id, label: x.areaName }))} /> : null}
      </FilterBar>
      <p className="field-hint">{t("mediationCompliance.startHint")}</p>
      <DataTable
        caption={t("mediation.heading")}
        rows={mediations}
        rowKey={(m) => m.id}
        empty={t("mediation.none")}
        columns={[
          { key: "code", header: t("mediation.code"), label: t("mediation.code"), primary: true, cell: (m) => <AppLink to={`/mediation/${m.code}`}>{m.code}</AppLink> },
          { key: "area", header: t("mediation.area"), label: t("mediation.area"), cell: (m) => m.team.areaName },
          { key: "parties", header: t("mediation.parties"), label: t("mediation.parties"), cell: (m) => m.parties.map((p) => p.name).join(" — ") },
          { key: "type", header: t("mediation.disputeType"), label: t("mediation.disputeType"), wideOnly: true, cell: (m) => t(`mediation.types.${m.disputeType}`) },
          { key: "opened", header: t("mediation.openedAt"), label: t("mediation.openedAt"), wideOnly: true, cell: (m) => formatDate(m.openedAt, language) },
          {
            key: "start",
            header: t("mediationCompliance.startBy"),
            label: t("mediationCompliance.startBy"),
            cell: (m) => (m.startState ? <Badge tone={startTone[m.startState]}>{t(`mediationCompliance.startStates.${m.startState}`, { date: formatDate(m.startBy, language) })}</Badge> : "—"),
          },
          { key: "status", header: t("mediation.status"), label: t("mediation.status"), cell: (m) => t(`mediation.statuses.${m.status}`) },
        ]}
      />
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
