import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
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
      <h1 id="mediations-title">{t("mediation.heading")}</h1>
      <p>{t("mediation.intro")}</p>
      <p className="actions">
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
      </p>
      {teams.length === 0 ? <p className="notice">{t("mediation.form.noTeam")}</p> : null}
      <Form method="get" className="filters" role="search" aria-label={t("mediation.filters")}>
        <label htmlFor="status">{t("mediation.status")}</label>
        <select id="status" name="status" defaultValue={value("status")}>
          <option value="">{t("common.all")}</option>
          {mediationStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`mediation.statuses.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor="disputeType">{t("mediation.disputeType")}</label>
        <select id="disputeType" name="disputeType" defaultValue={value("disputeType")}>
          <option value="">{t("common.all")}</option>
          {disputeTypes.map((d) => (
            <option key={d} value={d}>
              {t(`mediation.types.${d}`)}
            </option>
          ))}
        </select>
        {teams.length > 1 ? (
          <>
            <label htmlFor="teamId">{t("mediation.team")}</label>
            <select id="teamId" name="teamId" defaultValue={value("teamId")}>
              <option value="">{t("common.all")}</option>
              {teams.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.areaName}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {mediations.length ? (
        <MediationTable
          caption={t("mediation.heading")}
          rows={mediations}
          rowKey={(m) => m.id}
          href={(m) => `/mediation/${m.code}`}
          place={{ label: t("mediation.area"), cell: (m) => m.team.areaName }}
          extra={{ label: t("mediation.parties"), cell: (m) => m.parties.map((p) => p.name).join(" — ") }}
        />
      ) : (
        <p>{t("mediation.none")}</p>
      )}
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
