import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { CaseTable } from "~/components/case-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NextPageLink } from "~/components/pagination";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { caseStatuses, isCaseStatus } from "~/modules/cases/constants";
import { listCitizenCases } from "~/modules/cases/lists.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:own");
  const url = new URL(request.url);
  const status = url.searchParams.get("status");
  const { cases, nextCursor } = await listCitizenCases(user.id, {
    status: isCaseStatus(status) ? status : null,
    cursor: url.searchParams.get("cursor"),
  });
  const t = await getT(request);
  return { title: t("cases.myHeading"), cases, nextCursor };
}

export default function MyCases() {
  const { t } = useTranslation();
  const { cases, nextCursor } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const status = params.get("status") ?? "";
  return (
    <section aria-labelledby="my-cases-title">
      <h1 id="my-cases-title">{t("cases.myHeading")}</h1>
      <Form method="get" className="filters">
        <label htmlFor="status">{t("cases.status")}</label>
        <select id="status" name="status" defaultValue={status}>
          <option value="">{t("common.all")}</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`caseStatus.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      <p className="actions">
        <Link to="/cases/new" className="button primary">
          {t("nav.fileCase")}
        </Link>
      </p>
      {cases.length ? <CaseTable cases={cases} caption={t("cases.myHeading")} hrefFor={(row) => `/cases/${row.code}`} /> : <p>{t("cases.none")}</p>}
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
