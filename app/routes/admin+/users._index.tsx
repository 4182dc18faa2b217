import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NextPageLink } from "~/components/pagination";
import { getT } from "~/i18n/i18n.server";
import type { Language } from "~/i18n/config";
import { requirePermission } from "~/modules/auth/guards.server";
import { isRole, roles } from "~/modules/auth/roles";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { afterCursorDesc, decodeCursor, encodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";
import { foldForSearch } from "~/utils/text";

export const meta: MetaFunction<typeof loader> = pageMeta;
const pageSize = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:users");
  const url = new URL(request.url);
  const q = foldForSearch(url.searchParams.get("q")?.slice(0, 100) ?? "");
  const role = url.searchParams.get("role");
  const cursor = decodeCursor(url.searchParams.get("cursor"));
  const rows = await db.user.findMany({
    where: {
      ...(isRole(role) ? { role } : {}),
      ...(q ? { OR: [{ nameSearch: { contains: q } }, { email: { contains: q } }, { phone: { contains: q.replace(/^0/, "") } }] } : {}),
      ...afterCursorDesc("createdAt", cursor),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: {
      id: true,
      fullName: true,
      email: true,
      phone: true,
      role: true,
      disabled: true,
      createdAt: true,
      lastLoginAt: true,
      unit: { select: { name: true } },
    },
  });
  const users = rows.slice(0, pageSize);
  const last = users.at(-1);
  const t = await getT(request);
  return json({
    title: t("admin.usersHeading"),
    users,
    nextCursor: rows.length > pageSize && last ? encodeCursor({ id: last.id, at: last.createdAt }) : null,
  });
}

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const { users, nextCursor } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t("admin.usersHeading")}</h1>
      <p className="actions">
        <Link to="/admin/users/new" className="button primary">
          {t("admin.newUser")}
        </Link>
      </p>
      <Form method="get" className="filters" role="search">
        <label htmlFor="q">{t("admin.searchUsers")}</label>
        <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} />
        <label htmlFor="role">{t("admin.filterRole")}</label>
        <select id="role" name="role" defaultValue={params.get("role") ?? ""}>
          <option value="">{t("common.all")}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          {t("common.search")}
        </button>
      </Form>
      {users.length ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("auth.fullName")}</th>
              <th scope="col">{t("admin.role")}</th>
              <th scope="col">{t("admin.unit")}</th>
              <th scope="col">{t("auth.email")} / {t("auth.phone")}</th>
              <th scope="col">{t("admin.status")}</th>
              <th scope="col">{t("admin.lastLogin")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td data-label={t("auth.fullName")}>
                  <Link to={`/admin/users/${u.id}`}>{u.fullName}</Link>
                </td>
                <td data-label={t("admin.role")}>{t(`roles.${u.role}`)}</td>
                <td data-label={t("admin.unit")}>{u.unit?.name ?? "—"}</td>
                <td data-label={t("auth.email")}>{u.email ?? u.phone}</td>
                <td data-label={t("admin.status")}>{u.disabled ? t("admin.statusDisabled") : t("admin.statusActive")}</td>
                <td data-label={t("admin.lastLogin")}>
                  {u.lastLoginAt ? formatDateTime(u.lastLoginAt, i18n.language as Language) : t("admin.never")}
                </td>
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
