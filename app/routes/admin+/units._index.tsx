import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, FilterBar, FilterCheck, PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { db } from "~/utils/db.server";
import { sortUnits } from "~/modules/units/order";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The unit tree (a province has ~100 units: the whole tree is one small query). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:units");
  const showInactive = new URL(request.url).searchParams.get("inactive") === "1";
  const units = await db.unit.findMany({
    where: showInactive ? {} : { active: true },
    orderBy: [{ path: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      path: true,
      remote: true,
      active: true,
      sortOrder: true,
      level: { select: { code: true, rank: true } },
    },
  });
  // Depth-first order: children right after their parent, siblings by sortOrder then name.
  const byParentPath = new Map<string, typeof units>();
  for (const u of units) {
    const parentPath = u.path.slice(0, u.path.slice(0, -1).lastIndexOf("/") + 1);
    byParentPath.set(parentPath, [...(byParentPath.get(parentPath) ?? []), u]);
  }
  const ordered: (typeof units[number] & { depth: number })[] = [];
  const walk = (parentPath: string, depth: number) => {
    const children = sortUnits(byParentPath.get(parentPath) ?? []);
    for (const c of children) {
      ordered.push({ ...c, depth });
      walk(c.path, depth + 1);
    }
  };
  const roots = units.filter((u) => !units.some((p) => p.id !== u.id && u.path.startsWith(p.path)));
  for (const r of roots.sort((a, b) => a.sortOrder - b.sortOrder)) {
    ordered.push({ ...r, depth: 0 });
    walk(r.path, 1);
  }
  const t = await getT(request);
  return { title: t("admin.unitsHeading"), units: ordered };
}

export default function UnitsPage() {
  const { t } = useTranslation();
  const { units } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="units-title">
      <PageHeader
        titleId="units-title"
        title={t("admin.unitsHeading")}
        subtitle={t("admin.unitCount", { count: units.length })}
        actions={
          <Link to="/admin/units/new" className="button primary">
            {t("admin.newUnit")}
          </Link>
        }
      />
      <FilterBar label={t("admin.showInactive")}>
        <FilterCheck id="inactive" label={t("admin.showInactive")} defaultChecked={params.get("inactive") === "1"} />
      </FilterBar>
      <DataTable
        caption={t("admin.unitsHeading")}
        rows={units}
        rowKey={(u) => u.id}
        empty={t("common.noResults")}
        columns={[
          {
            key: "name",
            label: t("admin.name"),
            header: t("admin.name"),
            primary: true,
            cell: (u) => (
              <span className={`depth-${Math.min(u.depth, 4)}`}>
                <Link to={`/admin/units/${u.id}`}>{u.name}</Link>
                {u.remote ? <span className="tag">{t("admin.remote")}</span> : null}
              </span>
            ),
          },
          { key: "code", label: t("admin.code"), header: t("admin.code"), cell: (u) => <span className="code">{u.code}</span> },
          { key: "level", label: t("admin.level"), header: t("admin.level"), cell: (u) => t(`levels.${u.level.code}`, { defaultValue: u.level.code }) },
          { key: "status", label: t("admin.status"), header: t("admin.status"), cell: (u) => (u.active ? t("admin.active") : t("admin.inactive")) },
        ]}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
