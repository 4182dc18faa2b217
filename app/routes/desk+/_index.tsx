import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CaseTable } from "~/components/case-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { caseStatuses } from "~/modules/cases/constants";
import { deskFigures, repeatedAndSkipped } from "~/modules/cases/desk.server";
import { recentUnitCases, unitStatusCounts } from "~/modules/cases/lists.server";
import { roleHasPermission } from "~/modules/auth/roles";
import { DueCommitments } from "./__due-commitments";
import { DemocracyDesk } from "./__democracy-section";
import { awaitingAnswer } from "~/modules/democracy/boards.server";
import { dueCommitments } from "~/modules/dialogue/minutes.server";
import { staffScopeUnitIds } from "~/modules/units/units.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** A staff member's home: their unit's cases by status and the latest arrivals. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const t = await getT(request);
  if (!user.unitId || !user.unit) {
    return json({ title: t("desk.heading"), unit: null, role: user.role, counts: {}, recent: [], leader: null, commitments: [], democracy: null });
  }
  const isLeader = roleHasPermission(user.role, "report:unit");
  const [counts, recent, leader, commitments, democracy] = await Promise.all([
    unitStatusCounts(user.unitId),
    recentUnitCases(user.unitId),
    isLeader
      ? staffScopeUnitIds(user).then(async (scope) => ({ ...(await deskFigures(scope)), ...(await repeatedAndSkipped(user.unitId!, user.unit!.path)) }))
      : null,
    staffScopeUnitIds(user).then((scope) => dueCommitments(scope)),
    // The supervision boards' recommendations the leader must answer (grassroots democracy).
    roleHasPermission(user.role, "democracy:answer") ? awaitingAnswer([user.unitId]) : null,
  ]);
  return json({ title: t("desk.heading"), unit: user.unit.name, role: user.role, counts, recent, leader, commitments, democracy });
}

export default function Desk() {
  const { t } = useTranslation();
  const { unit, role, counts, recent, leader, commitments, democracy } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="desk-title">
      <h1 id="desk-title">{t("desk.heading")}</h1>
      {unit ? (
        <>
          <p>
            {t("desk.unit", { unit })} · {t("desk.role", { role: t(`roles.${role}`) })}
          </p>
          {leader ? (
            <section aria-labelledby="leader-title">
              <h2 id="leader-title">{t("desk.leaderHeading")}</h2>
              <ul className="cards figures-cards">
                <li>
                  <Link to="/desk/cases?due=overdue&sort=due">{t("desk.overdue")}</Link>
                  <p className="big">{leader.overdue}</p>
                </li>
                <li>
                  <Link to="/desk/cases?due=soon&sort=due">{t("desk.dueSoon")}</Link>
                  <p className="big">{leader.dueSoon}</p>
                </li>
                <li>
                  <span>{t("desk.open")}</span>
                  <p className="big">{leader.openCount}</p>
                </li>
              </ul>
              <h3>{t("desk.perHandler")}</h3>
              {leader.perHandler.length ? (
                <table className="figures">
                  <thead>
                    <tr>
                      <th scope="col">{t("inbox.assignee")}</th>
                      <th scope="col">{t("desk.count")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {leader.perHandler.map((h) => (
                      <tr key={h.name ?? "none"}>
                        <th scope="row">{h.name ?? t("inbox.unassigned")}</th>
                        <td>{h.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p>{t("common.noResults")}</p>
              )}
              <h3>{t("desk.oldest")}</h3>
              {leader.oldest.length ? (
                <CaseTable cases={leader.oldest} caption={t("desk.oldest")} hrefFor={(r) => `/desk/cases/${r.code}`} />
              ) : (
                <p>{t("common.noResults")}</p>
              )}
              <h3>{t("desk.prolonged")}</h3>
              <p className="field-hint">{t("desk.prolongedHint")}</p>
              {leader.prolonged.length ? (
                <ul>
                  {leader.prolonged.map((p) => (
                    <li key={p.codes.join()}>
                      {p.citizen}: {p.title} —{" "}
                      {p.codes.map((code) => (
                        <Link key={code} to={`/desk/cases/${code}`} className="code">
                          {code}{" "}
                        </Link>
                      ))}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t("common.noResults")}</p>
              )}
              <h3>{t("desk.skipped")}</h3>
              <p className="field-hint">{t("desk.skippedHint")}</p>
              {leader.skipped.length ? (
                <ul>
                  {leader.skipped.map((s) => (
                    <li key={s.code}>
                      <Link to={`/desk/cases/${s.code}`} className="code">
                        {s.code}
                      </Link>{" "}
                      ← {s.lowerCode}: {s.title}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t("common.noResults")}</p>
              )}
            </section>
          ) : null}
          <DueCommitments commitments={commitments} />
          <DemocracyDesk awaiting={democracy} />
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
          {recent.length ? <CaseTable cases={recent} caption={t("desk.recentHeading")} hrefFor={(r) => `/desk/cases/${r.code}`} /> : <p>{t("common.noResults")}</p>}
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
