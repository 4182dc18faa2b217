import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, AppLink, PageHeader, type Column } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { listOwnDossiers } from "~/modules/onestop/lists.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "dossier:file");
  const [t, page] = await Promise.all([getT(request), listOwnDossiers(user.id, new URL(request.url).searchParams.get("cursor") ?? undefined)]);
  return { title: t("onestop.mine.heading"), ...page };
}

export default function MyDossiers() {
  const { dossiers, nextCursor } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  useSearchParams();
  type Row = (typeof dossiers)[number];
  const columns: Column<Row>[] = [
    { key: "procedure", label: t("onestop.dossier.procedure"), header: t("onestop.dossier.procedure"), primary: true, cell: (d) => <AppLink to={`/onestop/mine/${d.id}`}>{d.procedure.name}</AppLink> },
    { key: "code", label: t("onestop.dossier.code"), header: t("onestop.dossier.code"), cell: (d) => (d.code ? <span className="code">{d.code}</span> : "—") },
    { key: "status", label: t("onestop.dossier.status"), header: t("onestop.dossier.status"), cell: (d) => t(`onestop.status.${d.status}`) },
    { key: "submitted", label: t("onestop.dossier.submittedAt"), header: t("onestop.dossier.submittedAt"), cell: (d) => formatDate(d.submittedAt, lang) },
    { key: "due", label: t("onestop.dossier.dueAt"), header: t("onestop.dossier.dueAt"), cell: (d) => formatDate(d.newDueAt ?? d.dueAt, lang) || "—" },
  ];
  return (
    <section aria-labelledby="mine-title">
      <PageHeader titleId="mine-title" title={t("onestop.mine.heading")} subtitle={t("onestop.mine.intro")} actions={<Link to="/onestop" className="button primary">{t("onestop.mine.fileNew")}</Link>} />
      <DataTable caption={t("onestop.mine.heading")} columns={columns} rows={dossiers} rowKey={(d) => d.id} empty={t("onestop.mine.none")} />
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
