import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { CaseTable } from "~/components/case-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, PageHeader, SummaryCards, type Column } from "~/components/kit";
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
  type HandlerRow = NonNullable<typeof leader>["perHandler"][number];
  const handlerColumns: Column<HandlerRow>[] = [
    { key: "name", label: t("inbox.assignee"), header: t("inbox.assignee"), primary: true, cell: (h) => h.name ?? t("inbox.unassigned") },
    { key: "count", label: t("desk.count"), header: t("desk.count"), numeric: true, cell: (h) => h.count },
  ];
  return (
    <section aria-labelledby="desk-title">
      <PageHeader
        titleId="desk-title"
        title={t("desk.heading")}
        subtitle={unit ? `${t("desk.unit", { unit })} · ${t("desk.role", { role: t(`roles.${role}`) })}` : undefined}
        actions={
          unit ? (
            <Link to="/desk/cases" className="button primary">
              {t("nav.inbox")}
            </Link>
          ) : null
        }
      />
      {unit ? (
        <>
          {leader ? (
            <section aria-labelledby="leader-title">
              <h2 id="leader-title">{t("desk.leaderHeading")}</h2>
              <SummaryCards
                label={t("desk.leaderHeading")}
                items={[
                  { key: "overdue", label: t("desk.overdue"), value: leader.overdue, href: "/desk/cases?due=overdue&sort=due", tone: leader.overdue ? "danger" : "neutral" },
                  { key: "dueSoon", label: t("desk.dueSoon"), value: leader.dueSoon, href: "/desk/cases?due=soon&sort=due", tone: leader.dueSoon ? "warn" : "neutral" },
                  { key: "open", label: t("desk.open"), value: leader.openCount },
                ]}
              />
              <DataTable caption={t("desk.perHandler")} captionVisible columns={handlerColumns} rows={leader.perHandler} rowKey={(h) => h.name ?? "none"} empty={t("common.noResults")} />
              <h3>{t("desk.oldest")}</h3>
              <CaseTable cases={leader.oldest} caption={t("desk.oldest")} hrefFor={(r) => `/desk/cases/${r.code}`} />
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
          <h2 id="counts-title">{t("desk.countsHeading")}</h2>
          <SummaryCards
            label={t("desk.countsHeading")}
            items={caseStatuses.map((s) => ({
              key: s,
              label: t(`caseStatus.${s}`),
              value: (counts as Record<string, number>)[s] ?? 0,
              href: `/desk/cases?status=${s}`,
            }))}
          />
          <h2>{t("desk.recentHeading")}</h2>
          <CaseTable cases={recent} caption={t("desk.recentHeading")} hrefFor={(r) => `/desk/cases/${r.code}`} />
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
