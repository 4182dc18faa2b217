import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { PhaseBadge, ResultBadge } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, FilterBar, FilterChoice, AppLink, PageHeader } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { getUser } from "~/modules/auth/session.server";
import { communes } from "~/modules/democracy/areas.server";
import { boardsOfMember } from "~/modules/democracy/boards.server";
import { consultationPhase } from "~/modules/democracy/consultation-state";
import { publicConsultations } from "~/modules/democracy/consultations.server";
import { matterPhase } from "~/modules/democracy/matter-state";
import { publicMatters } from "~/modules/democracy/matters.server";
import { formatDate } from "~/utils/dates";
import { badRequest } from "~/utils/http.server";
import { decodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** Public: what residents decide and are consulted on, by commune; a board member's boards. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const code = params.get("unit") ?? "";
  const [units, t, user] = await Promise.all([communes(), getT(request), getUser(request)]);
  const unit = code ? units.find((u) => u.code === code) : null;
  if (code && !unit) badRequest();
  for (const key of ["cursor", "ccursor"]) if (params.get(key) && !decodeCursor(params.get(key))) badRequest();
  const now = new Date();
  const [matters, consultations, boards] = await Promise.all([
    publicMatters({ unitId: unit?.id, cursor: params.get("cursor") }),
    publicConsultations({ unitId: unit?.id, cursor: params.get("ccursor") }),
    user ? boardsOfMember(user.id) : [],
  ]);
  return {
    title: t("democracy.heading"),
    units: units.map(({ code, name }) => ({ value: code, label: name })),
    matters: { ...matters, matters: matters.matters.map((m) => ({ ...m, phase: matterPhase(m, now) })) },
    consultations: { ...consultations, consultations: consultations.consultations.map((c) => ({ ...c, phase: consultationPhase(c, now) })) },
    boards: boards.map((b) => ({ id: b.board.id, name: b.board.name, unit: b.board.unit.name, role: b.role })),
  };
}

export default function Democracy() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { units, matters, consultations, boards } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="democracy-title">
      <PageHeader title={t("democracy.heading")} titleId="democracy-title" actions={<Link to="/democracy/rules">{t("democracy.rulesLink")}</Link>} />
      <p className="lead">{t("democracy.intro")}</p>
      {boards.length ? (
        <section aria-labelledby="my-boards">
          <h2 id="my-boards">{t("democracy.myBoards")}</h2>
          <ul>
            {boards.map((b) => (
              <li key={b.id}>
                <Link to={`/democracy/boards/${b.id}`}>{b.name}</Link> · {b.unit} · {t(`democracy.memberRoles.${b.role}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <FilterBar label={t("democracy.filters")}>
        <FilterChoice id="unit" label={t("democracy.unit")} defaultValue={params.get("unit") ?? ""} options={units} />
      </FilterBar>
      <h2 id="matters-title">{t("democracy.mattersHeading")}</h2>
      <DataTable
        caption={t("democracy.mattersHeading")}
        rows={matters.matters}
        rowKey={(m) => m.id}
        empty={t("democracy.noMatters")}
        columns={[
          { key: "title", header: t("democracy.title"), label: t("democracy.title"), primary: true, cell: (m) => <AppLink to={`/democracy/matters/${m.id}`}>{m.title}</AppLink> },
          { key: "scope", header: t("democracy.scope"), label: t("democracy.scope"), cell: (m) => (m.area ? `${m.area.name}, ${m.unit.name}` : t("democracy.wholeCommune", { unit: m.unit.name })) },
          { key: "form", header: t("democracy.form"), label: t("democracy.form"), wideOnly: true, cell: (m) => t(`democracy.forms.${m.form}`) },
          { key: "closes", header: t("democracy.period"), label: t("democracy.period"), cell: (m) => `${formatDate(m.opensAt, language)} – ${formatDate(m.closesAt, language)}` },
          { key: "status", header: t("democracy.status"), label: t("democracy.status"), cell: (m) => (m.result ? <ResultBadge result={m.result} /> : <PhaseBadge phase={m.phase} />) },
        ]}
      />
      <NextPageLink cursor={matters.nextCursor} />
      <h2 id="consultations-title">{t("democracy.consultationsHeading")}</h2>
      <DataTable
        caption={t("democracy.consultationsHeading")}
        rows={consultations.consultations}
        rowKey={(c) => c.id}
        empty={t("democracy.noConsultations")}
        columns={[
          { key: "title", header: t("democracy.title"), label: t("democracy.title"), primary: true, cell: (c) => <AppLink to={`/democracy/consultations/${c.id}`}>{c.title}</AppLink> },
          { key: "unit", header: t("democracy.unit"), label: t("democracy.unit"), cell: (c) => c.unit.name },
          { key: "period", header: t("democracy.period"), label: t("democracy.period"), cell: (c) => `${formatDate(c.opensAt, language)} – ${formatDate(c.closesAt, language)}` },
          { key: "status", header: t("democracy.status"), label: t("democracy.status"), cell: (c) => t(`democracy.consultationPhases.${c.phase}`) },
        ]}
      />
      {consultations.nextCursor ? (
        <p>
          <Link to={`?${new URLSearchParams({ ...Object.fromEntries(params), ccursor: consultations.nextCursor })}`} rel="next">
            {t("common.next")}
          </Link>
        </p>
      ) : null}
      <p>
        <a href={`/api/v1/democracy/matters${params.get("unit") ? `?unit=${params.get("unit")}` : ""}`}>{t("democracy.openData")}</a>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
