import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeader } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { bodyKey, linkLabelKey, localiseParams } from "~/modules/notifications/wording";
import { db, write } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
const pageSize = 30;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cursor = decodeCursor(new URL(request.url).searchParams.get("cursor"));
  const rows = await db.notification.findMany({
    where: { userId: user.id, ...afterCursorDesc("createdAt", cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { id: true, type: true, params: true, link: true, readAt: true, createdAt: true },
  });
  const items = rows.slice(0, pageSize).map((n) => ({ ...n, params: safeParams(n.params) }));
  const last = items.at(-1);
  const t = await getT(request);
  return json({
    title: t("nav.notifications"),
    items,
    nextCursor: rows.length > pageSize && last ? encodeCursor({ id: last.id, at: last.createdAt }) : null,
  });
}

function safeParams(raw: string | null): Record<string, string | number> {
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return {};
  }
}

/** Marks all of the user's notifications read (only theirs: the owner is in the query). */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await write((tx) => tx.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } }));
  return redirectWithToast("/notifications", { key: "notifications.allRead", type: "info" });
}

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { items, nextCursor } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="notifications-title">
      <PageHeader
        titleId="notifications-title"
        title={t("nav.notifications")}
        actions={
          items.some((n) => !n.readAt) ? (
            <Form method="post">
              <button type="submit" className="button">
                {t("notifications.markAllRead")}
              </button>
            </Form>
          ) : null
        }
      />
      {items.length ? (
        <ul className="notification-list">
          {items.map((n) => {
            const params = localiseParams(n.params, language);
            return (
              <li key={n.id} className={n.readAt ? undefined : "unread"}>
                {!n.readAt ? <span className="visually-hidden">{t("notifications.new")}: </span> : null}
                <strong>{t(`notify.${n.type}.title`, params)}</strong>
                <p>{t(bodyKey(n.type, params), params)}</p>
                <p className="muted">
                  <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, language)}</time>
                  {n.link ? (
                    <>
                      {" · "}
                      <Link to={n.link}>{t(linkLabelKey(n.link))}</Link>
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("notifications.none")}</p>
      )}
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
