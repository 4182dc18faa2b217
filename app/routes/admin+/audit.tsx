import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;
const pageSize = 50;

/** The audit log, newest first, for administrators only. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit:read");
  const cursor = decodeCursor(new URL(request.url).searchParams.get("cursor"));
  const rows = await db.auditLog.findMany({
    where: afterCursorDesc("createdAt", cursor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      reason: true,
      createdAt: true,
      actor: { select: { fullName: true } },
    },
  });
  const entries = rows.slice(0, pageSize);
  const last = entries.at(-1);
  const t = await getT(request);
  return json({
    title: t("admin.auditHeading"),
    entries,
    nextCursor: rows.length > pageSize && last ? encodeCursor({ id: last.id, at: last.createdAt }) : null,
  });
}

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const { entries, nextCursor } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t("admin.auditHeading")}</h1>
      {entries.length ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.auditWhen")}</th>
              <th scope="col">{t("admin.auditWho")}</th>
              <th scope="col">{t("admin.auditAction")}</th>
              <th scope="col">{t("admin.auditTarget")}</th>
              <th scope="col">{t("admin.auditReason")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td data-label={t("admin.auditWhen")}>{formatDateTime(e.createdAt, i18n.language as Language)}</td>
                <td data-label={t("admin.auditWho")}>{e.actor?.fullName ?? "—"}</td>
                <td data-label={t("admin.auditAction")}>{t(`audit.${e.action}`, { defaultValue: e.action })}</td>
                <td data-label={t("admin.auditTarget")}>
                  <span className="code">
                    {e.targetType} {e.targetId}
                  </span>
                </td>
                <td data-label={t("admin.auditReason")}>{e.reason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("common.noResults")}</p>
      )}
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
