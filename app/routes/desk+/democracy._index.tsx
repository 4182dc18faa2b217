import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { PhaseBadge, ResultBadge } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, AppLink, PageHeader, SummaryCards } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { awaitingAnswer } from "~/modules/democracy/boards.server";
import { consultationPhase } from "~/modules/democracy/consultation-state";
import { unitConsultations } from "~/modules/democracy/consultations.server";
import { matterPhase } from "~/modules/democracy/matter-state";
import { unitMatters } from "~/modules/democracy/matters.server";
import { formatDate } from "~/utils/dates";
import { badRequest } from "~/utils/http.server";
import { decodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";
import { DemocracyDesk } from "./__democracy-section";
import { requireDemocracyDesk } from "./__democracy.server";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The commune's grassroots democracy: its matters, consultations, and the boards' recommendations awaiting an answer. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const params = new URL(request.url).searchParams;
  for (const key of ["cursor", "ccursor"]) if (params.get(key) && !decodeCursor(params.get(key))) badRequest();
  const now = new Date();
  const [t, matters, consultations, awaiting] = await Promise.all([
    getT(request),
    unitMatters(user.unitId, params.get("cursor")),
    unitConsultations(user.unitId, params.get("ccursor")),
    awaitingAnswer([user.unitId], now),
  ]);
  const matterRows = matters.matters.map((m) => ({ ...m, phase: matterPhase(m, now) }));
  const consultationRows = consultations.consultations.map((c) => ({ ...c, phase: consultationPhase(c, now) }));
  return json({
    title: t("democracy.desk.heading"),
    unit: user.unit.name,
    matters: { rows: matterRows, nextCursor: matters.nextCursor },
    consultations: { rows: consultationRows, nextCursor: consultations.nextCursor },
    awaiting,
    open: { matters: matterRows.filter((m) => m.phase === "VOTING").length, consultations: consultationRows.filter((c) => c.phase === "OPEN").length },
  });
}

export default function DemocracyDeskPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { unit, matters, consultations, awaiting, open } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="democracy-desk-title">
      <PageHeader
        title={t("democracy.desk.heading")}
        titleId="democracy-desk-title"
        subtitle={unit}
        actions={
          <>
            <Link to="/desk/democracy/matters/new" className="button primary">
              {t("democracy.desk.newMatter")}
            </Link>
            <Link to="/desk/democracy/consultations/new" className="button">
              {t("democracy.desk.newConsultation")}
            </Link>
          </>
        }
      />
      <p>{t("democracy.desk.intro", { unit })}</p>
      <SummaryCards
        label={t("democracy.desk.heading")}
        items={[
          { key: "matters", label: t("democracy.desk.openMatters"), value: open.matters },
          { key: "consultations", label: t("democracy.desk.openConsultations"), value: open.consultations },
          { key: "awaiting", label: t("democracy.desk.awaitingAnswer"), value: awaiting.open, href: "#recommendations" },
          { key: "overdue", label: t("democracy.desk.overdueAnswers"), value: awaiting.overdue, tone: awaiting.overdue ? "danger" : "ok", href: "#recommendations" },
        ]}
      />
      <nav aria-label={t("democracy.desk.heading")}>
        <ul className="inline-links">
          <li>
            <Link to="/desk/democracy/areas">{t("democracy.desk.areas")}</Link>
          </li>
          <li>
            <Link to="/desk/democracy/boards">{t("democracy.desk.boards")}</Link>
          </li>
          <li>
            <Link to="/desk/democracy/conferences">{t("democracy.desk.conferences")}</Link>
          </li>
          <li>
            <Link to="/democracy/rules">{t("democracy.rulesLink")}</Link>
          </li>
        </ul>
      </nav>
      <h2>{t("democracy.mattersHeading")}</h2>
      <DataTable
        caption={t("democracy.mattersHeading")}
        rows={matters.rows}
        rowKey={(m) => m.id}
        empty={t("democracy.noMatters")}
        columns={[
          { key: "title", header: t("democracy.title"), label: t("democracy.title"), primary: true, cell: (m) => <AppLink to={`/desk/democracy/matters/${m.id}`}>{m.title}</AppLink> },
          { key: "scope", header: t("democracy.scope"), label: t("democracy.scope"), cell: (m) => m.area?.name ?? t("democracy.wholeCommune", { unit: m.unit.name }) },
          { key: "period", header: t("democracy.period"), label: t("democracy.period"), cell: (m) => `${formatDate(m.opensAt, language)} – ${formatDate(m.closesAt, language)}` },
          { key: "status", header: t("democracy.status"), label: t("democracy.status"), cell: (m) => (m.result ? <ResultBadge result={m.result} /> : <PhaseBadge phase={m.phase} />) },
        ]}
      />
      <NextPageLink cursor={matters.nextCursor} />
      <h2>{t("democracy.consultationsHeading")}</h2>
      <DataTable
        caption={t("democracy.consultationsHeading")}
        rows={consultations.rows}
        rowKey={(c) => c.id}
        empty={t("democracy.noConsultations")}
        columns={[
          { key: "title", header: t("democracy.title"), label: t("democracy.title"), primary: true, cell: (c) => <AppLink to={`/desk/democracy/consultations/${c.id}`}>{c.title}</AppLink> },
          { key: "period", header: t("democracy.period"), label: t("democracy.period"), cell: (c) => `${formatDate(c.opensAt, language)} – ${formatDate(c.closesAt, language)}` },
          { key: "status", header: t("democracy.status"), label: t("democracy.status"), cell: (c) => t(`democracy.consultationPhases.${c.phase}`) },
        ]}
      />
      <div id="recommendations">
        <DemocracyDesk awaiting={awaiting} />
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
