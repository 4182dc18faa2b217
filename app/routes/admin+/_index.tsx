import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { db } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:users");
  const [units, users, t] = await Promise.all([
    db.unit.count({ where: { active: true } }),
    db.user.count(),
    getT(request),
  ]);
  return { title: t("admin.heading"), units, users };
}

export default function AdminHome() {
  const { t } = useTranslation();
  const { units, users } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t("admin.heading")}</h1>
      <p>{t("admin.intro")}</p>
      <ul className="cards">
        <li>
          <Link to="/admin/units">{t("admin.unitsHeading")}</Link>
          <p>{t("admin.unitCount", { count: units })}</p>
        </li>
        <li>
          <Link to="/admin/users">{t("admin.usersHeading")}</Link>
          <p>{t("admin.userCount", { count: users })}</p>
        </li>
        <li>
          <Link to="/admin/audit">{t("admin.auditHeading")}</Link>
        </li>
        <li>
          <Link to="/admin/rules">{t("rules.nav")}</Link>
        </li>
        <li>
          <Link to="/admin/reception-rules">{t("dialogue.rules.heading")}</Link>
        </li>
        <li>
          <Link to="/admin/statistics">{t("stats.settings.heading")}</Link>
        </li>
        <li>
          <Link to="/admin/democracy-rules">{t("democracy.rules.adminHeading")}</Link>
        </li>
        <li>
          <Link to="/admin/procedures">{t("onestop.admin.heading")}</Link>
        </li>
      </ul>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
