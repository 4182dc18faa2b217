import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, FilterBar, FilterChoice, FilterField, PageHeader, type Column } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { auditActions, auditTargetTypes } from "~/modules/audit/actions";
import { auditFilterSchema, auditLogPage } from "~/modules/audit/log.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The audit log, newest first, for administrators only: named targets, old → new values, a filter. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit:read");
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [page, t] = await Promise.all([auditLogPage(filter), getT(request)]);
  return { title: t("admin.auditHeading"), ...page };
}

type Entry = ReturnType<typeof useLoaderData<typeof loader>>["entries"][number];

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const { entries, nextCursor } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? "";
  // A recorded value in words: a role's name, yes / no, an outcome; names and codes as they are.
  const shown = (field: string, v: string | number | boolean | null) => {
    if (v === null) return "—";
    if (typeof v === "boolean") return v ? t("common.yes") : t("common.no");
    if (field === "role" && typeof v === "string") return t(`roles.${v}`, { defaultValue: v });
    if ((field === "outcome" || field === "followUp") && typeof v === "string") return t(`auditLog.values.${v}`, { defaultValue: v });
    return String(v);
  };
  const columns: Column<Entry>[] = [
    { key: "when", label: t("admin.auditWhen"), header: t("admin.auditWhen"), primary: true, cell: (e) => formatDateTime(e.createdAt, i18n.language as Language) },
    { key: "who", label: t("admin.auditWho"), header: t("admin.auditWho"), cell: (e) => e.actor?.fullName ?? t("auditLog.system") },
    { key: "action", label: t("admin.auditAction"), header: t("admin.auditAction"), cell: (e) => t(`audit.${e.action}`, { defaultValue: e.action }) },
    {
      key: "target",
      label: t("admin.auditTarget"),
      header: t("admin.auditTarget"),
      cell: (e) => (
        <span>
          <span className="muted">{t(`auditLog.targets.${e.targetType}`, { defaultValue: e.targetType })}: </span>
          {e.target.href ? <a href={e.target.href}>{e.target.label}</a> : <span className={e.targetType === "Case" || e.targetType === "Mediation" ? "code" : undefined}>{e.target.label}</span>}
        </span>
      ),
    },
    {
      key: "changes",
      label: t("auditLog.changes"),
      header: t("auditLog.changes"),
      cell: (e) =>
        e.changes.length ? (
          <ul className="audit-changes">
            {e.changes.map((c) => (
              <li key={c.field}>
                {t(`auditLog.fields.${c.field}`, { defaultValue: c.field })}:{" "}
                {c.from !== null && c.from !== undefined ? (
                  <>
                    {shown(c.field, c.from)} <span aria-label={t("auditLog.becomes")}>→</span> {shown(c.field, c.to)}
                  </>
                ) : (
                  shown(c.field, c.to)
                )}
              </li>
            ))}
          </ul>
        ) : (
          "—"
        ),
    },
    { key: "reason", label: t("admin.auditReason"), header: t("admin.auditReason"), cell: (e) => e.reason ?? "—" },
  ];
  return (
    <section aria-labelledby="audit-title">
      <PageHeader titleId="audit-title" title={t("admin.auditHeading")} />
      <FilterBar label={t("auditLog.filters")} resetHref={[...params.keys()].some((k) => k !== "cursor") ? "/admin/audit" : undefined}>
        <FilterChoice id="action" label={t("admin.auditAction")} defaultValue={value("action")} options={auditActions.map((a) => ({ value: a, label: t(`audit.${a}`) }))} />
        <FilterChoice id="targetType" label={t("admin.auditTarget")} defaultValue={value("targetType")} options={auditTargetTypes.map((x) => ({ value: x, label: t(`auditLog.targets.${x}`) }))} />
        <FilterField id="actor" label={t("admin.auditWho")}>
          <input id="actor" name="actor" type="search" maxLength={100} defaultValue={value("actor")} />
        </FilterField>
        <FilterField id="from" label={t("auditLog.from")}>
          <input id="from" name="from" type="date" defaultValue={value("from")} />
        </FilterField>
        <FilterField id="to" label={t("auditLog.to")}>
          <input id="to" name="to" type="date" defaultValue={value("to")} />
        </FilterField>
      </FilterBar>
      <DataTable caption={t("admin.auditHeading")} columns={columns} rows={entries} rowKey={(e) => e.id} empty={t("common.noResults")} />
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
