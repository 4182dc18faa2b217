import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, FilterBar, FilterChoice, FilterField, AppLink, PageHeader, type Column } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requireUser, userHasPermission } from "~/modules/auth/guards.server";
import { isStaffRole } from "~/modules/auth/roles";
import { dossierStatuses } from "~/modules/onestop/constants";
import { listQueue, queueFilterSchema } from "~/modules/onestop/lists.server";
import { formatDateTime } from "~/utils/dates";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The officer's queues: the desk's (to check, to return, waiting for papers), the unit's step, everything of the unit. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!isStaffRole(user.role)) forbidden();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const defaultQueue = userHasPermission(user, "dossier:desk") ? "desk" : "steps";
  const filter = queueFilterSchema.parse({ queue: defaultQueue, ...params });
  const [t, page] = await Promise.all([getT(request), listQueue(user, filter)]);
  return { title: t("onestop.queue.heading"), queue: filter.queue, ...page, canIntake: userHasPermission(user, "dossier:desk"), canReport: userHasPermission(user, "report:unit") };
}

export default function DossierQueue() {
  const { dossiers, nextCursor, queue, canIntake, canReport } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [params] = useSearchParams();
  type Row = (typeof dossiers)[number];
  const columns: Column<Row>[] = [
    { key: "code", label: t("onestop.dossier.code"), header: t("onestop.dossier.code"), primary: true, cell: (d) => <AppLink to={`/desk/dossiers/${d.id}`} className="code">{d.code ?? d.id.slice(-8).toUpperCase()}</AppLink> },
    { key: "procedure", label: t("onestop.dossier.procedure"), header: t("onestop.dossier.procedure"), cell: (d) => (lang === "en" && d.procedure.nameEn ? d.procedure.nameEn : d.procedure.name) },
    { key: "applicant", label: t("onestop.dossier.applicant"), header: t("onestop.dossier.applicant"), cell: (d) => d.applicantName },
    { key: "status", label: t("onestop.dossier.status"), header: t("onestop.dossier.status"), cell: (d) => t(`onestop.status.${d.status}`) },
    { key: "unit", label: t("onestop.dossier.unit"), header: t("onestop.dossier.unit"), cell: (d) => d.unit.name, wideOnly: true },
    {
      key: "due",
      label: t("onestop.queue.due"),
      header: t("onestop.queue.due"),
      cell: (d) => (
        <span>
          {formatDateTime(queue === "steps" ? d.stepDueAt : d.nextDueAt, lang) || "—"}
          {d.overdue ? <span className="tag tag-danger">{t("onestop.dossier.overdue")}</span> : null}
        </span>
      ),
    },
  ];
  return (
    <section aria-labelledby="queue-title">
      <PageHeader
        titleId="queue-title"
        title={t("onestop.queue.heading")}
        actions={canIntake ? <Link to="/desk/dossiers/new" className="button primary">{t("onestop.queue.intake")}</Link> : null}
      />
      <FilterBar label={t("onestop.queue.heading")} resetHref={params.toString() ? "/desk/dossiers" : undefined}>
        <FilterChoice id="queue" label={t("onestop.queue.queue")} defaultValue={queue} allLabel={null} options={(["desk", "steps", "all"] as const).map((q) => ({ value: q, label: t(`onestop.queue.queues.${q}`) }))} />
        <FilterChoice id="status" label={t("onestop.dossier.status")} defaultValue={params.get("status") ?? ""} options={dossierStatuses.map((s) => ({ value: s, label: t(`onestop.status.${s}`) }))} />
        <FilterField id="q" label={t("onestop.queue.search")} wide>
          <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} />
        </FilterField>
        <FilterChoice id="overdue" label={t("onestop.queue.overdue")} defaultValue={params.get("overdue") ?? ""} options={[{ value: "1", label: t("common.yes") }]} />
      </FilterBar>
      <DataTable caption={t("onestop.queue.queues." + queue)} columns={columns} rows={dossiers} rowKey={(d) => d.id} empty={t("onestop.queue.none")} />
      <NextPageLink cursor={nextCursor} />
      <p>
        <Link to="/stats/dossiers">{t("onestop.queue.stats")}</Link>
        {canReport ? (
          <>
            {" · "}
            <Link to="/desk/reports/dossiers">{t("onestop.queue.report")}</Link>
          </>
        ) : null}
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
