import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, FilterBar, FilterChoice, FilterField, AppLink, PageHeader } from "~/components/kit";
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
  return {
    title: t("admin.usersHeading"),
    users,
    nextCursor: rows.length > pageSize && last ? encodeCursor({ id: last.id, at: last.createdAt }) : null,
  };
}

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const { users, nextCursor } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="users-title">
      <PageHeader
        titleId="users-title"
        title={t("admin.usersHeading")}
        actions={
          <Link to="/admin/users/new" className="button primary">
            {t("admin.newUser")}
          </Link>
        }
      />
      <FilterBar label={t("admin.userFilters")} submitLabel={t("common.search")}>
        <FilterField id="q" label={t("admin.searchUsers")} wide>
          <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} />
        </FilterField>
        <FilterChoice id="role" label={t("admin.filterRole")} defaultValue={params.get("role") ?? ""} options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </FilterBar>
      <DataTable
        caption={t("admin.usersHeading")}
        rows={users}
        rowKey={(u) => u.id}
        empty={t("common.noResults")}
        columns={[
          { key: "name", label: t("auth.fullName"), header: t("auth.fullName"), primary: true, cell: (u) => <AppLink to={`/admin/users/${u.id}`}>{u.fullName}</AppLink> },
          { key: "role", label: t("admin.role"), header: t("admin.role"), cell: (u) => t(`roles.${u.role}`) },
          { key: "unit", label: t("admin.unit"), header: t("admin.unit"), cell: (u) => u.unit?.name ?? "—" },
          { key: "contact", label: `${t("auth.email")} / ${t("auth.phone")}`, header: `${t("auth.email")} / ${t("auth.phone")}`, cell: (u) => u.email ?? u.phone },
          { key: "status", label: t("admin.status"), header: t("admin.status"), cell: (u) => (u.disabled ? t("admin.statusDisabled") : t("admin.statusActive")) },
          {
            key: "lastLogin",
            label: t("admin.lastLogin"),
            header: t("admin.lastLogin"),
            cell: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, i18n.language as Language) : t("admin.never")),
          },
        ]}
      />
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
