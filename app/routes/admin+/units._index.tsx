import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { db } from "~/utils/db.server";
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
    const children = (byParentPath.get(parentPath) ?? []).sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "vi"));
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
  return json({ title: t("admin.unitsHeading"), units: ordered });
}

export default function UnitsPage() {
  const { t } = useTranslation();
  const { units } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="units-title">
      <h1 id="units-title">{t("admin.unitsHeading")}</h1>
      <p className="actions">
        <Link to="/admin/units/new" className="button primary">
          {t("admin.newUnit")}
        </Link>
      </p>
      <Form method="get" className="filters">
        <input type="checkbox" id="inactive" name="inactive" value="1" defaultChecked={params.get("inactive") === "1"} />
        <label htmlFor="inactive">{t("admin.showInactive")}</label>
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      <p>{t("admin.unitCount", { count: units.length })}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("admin.name")}</th>
            <th scope="col">{t("admin.code")}</th>
            <th scope="col">{t("admin.level")}</th>
            <th scope="col">{t("admin.status")}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id}>
              <td data-label={t("admin.name")} className={`depth-${Math.min(u.depth, 4)}`}>
                <Link to={`/admin/units/${u.id}`}>{u.name}</Link>
                {u.remote ? <span className="tag">{t("admin.remote")}</span> : null}
              </td>
              <td data-label={t("admin.code")}>
                <span className="code">{u.code}</span>
              </td>
              <td data-label={t("admin.level")}>{t(`levels.${u.level.code}`, { defaultValue: u.level.code })}</td>
              <td data-label={t("admin.status")}>{u.active ? t("admin.active") : t("admin.inactive")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
