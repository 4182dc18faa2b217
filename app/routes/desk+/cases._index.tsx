import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePermission, userHasPermission } from "~/modules/auth/guards.server";
import { caseKinds, caseStatuses } from "~/modules/cases/constants";
import { categoryOptions } from "~/modules/cases/form-options.server";
import { inboxFilterSchema, listInbox } from "~/modules/cases/inbox.server";
import { staffScopeUnitIds, unitDirectory } from "~/modules/units/units.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const url = new URL(request.url);
  const filter = inboxFilterSchema.parse(Object.fromEntries(url.searchParams));
  const scope = await staffScopeUnitIds(user);
  const [page, t, language] = await Promise.all([listInbox(scope, user.id, filter), getT(request), getLanguage(request)]);
  const [categories, units, handlers] = await Promise.all([
    categoryOptions(language),
    unitDirectory().then((all) => (scope.length > 1 ? all.filter((u) => scope.includes(u.id)).map((u) => ({ id: u.id, name: u.name })) : [])),
    db.user.findMany({ where: { unitId: user.unitId ?? "-", role: { in: ["HANDLER", "LEADER"] }, disabled: false }, select: { id: true, fullName: true }, orderBy: { fullName: "asc" } }),
  ]);
  return json({ title: t("inbox.heading"), ...page, categories, units, handlers, canIntake: userHasPermission(user, "case:intake") });
}

export default function Inbox() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { cases, nextCursor, categories, units, handlers, canIntake } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? "";
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t("inbox.heading")}</h1>
      {canIntake ? (
        <p className="actions">
          <Link to="/desk/cases/new" className="button primary">
            {t("intake.heading")}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="filters" role="search" aria-label={t("inbox.filters")}>
        <label htmlFor="q">{t("inbox.search")}</label>
        <input id="q" name="q" type="search" defaultValue={value("q")} />
        <label htmlFor="status">{t("cases.status")}</label>
        <select id="status" name="status" defaultValue={value("status")}>
          <option value="">{t("common.all")}</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`caseStatus.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor="kind">{t("cases.kind")}</label>
        <select id="kind" name="kind" defaultValue={value("kind")}>
          <option value="">{t("common.all")}</option>
          {caseKinds.map((k) => (
            <option key={k} value={k}>
              {t(`caseKind.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="categoryId">{t("file.category")}</label>
        <select id="categoryId" name="categoryId" defaultValue={value("categoryId")}>
          <option value="">{t("common.all")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {units.length > 1 ? (
          <>
            <label htmlFor="unitId">{t("cases.unit")}</label>
            <select id="unitId" name="unitId" defaultValue={value("unitId")}>
              <option value="">{t("common.all")}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor="assignee">{t("inbox.assignee")}</label>
        <select id="assignee" name="assignee" defaultValue={value("assignee")}>
          <option value="">{t("common.all")}</option>
          <option value="me">{t("inbox.assignedToMe")}</option>
          <option value="none">{t("inbox.unassigned")}</option>
          {handlers.map((h) => (
            <option key={h.id} value={h.id}>
              {h.fullName}
            </option>
          ))}
        </select>
        <label htmlFor="due">{t("inbox.due")}</label>
        <select id="due" name="due" defaultValue={value("due")}>
          <option value="">{t("common.all")}</option>
          <option value="overdue">{t("inbox.overdue")}</option>
          <option value="soon">{t("inbox.dueSoon")}</option>
        </select>
        <label htmlFor="sort">{t("inbox.sort")}</label>
        <select id="sort" name="sort" defaultValue={value("sort") || "newest"}>
          <option value="newest">{t("inbox.sortNewest")}</option>
          <option value="due">{t("inbox.sortDue")}</option>
        </select>
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      {cases.length ? (
        <table className="case-table">
          <caption className="visually-hidden">{t("inbox.heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cases.code")}</th>
              <th scope="col">{t("cases.title")}</th>
              <th scope="col">{t("cases.kind")}</th>
              <th scope="col">{t("cases.status")}</th>
              <th scope="col">{t("cases.unit")}</th>
              <th scope="col">{t("inbox.assignee")}</th>
              <th scope="col">{t("cases.dueAt")}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <td data-label={t("cases.code")}>
                  <Link to={`/desk/cases/${c.code}`}>{c.code}</Link>
                </td>
                <td data-label={t("cases.title")}>{c.title}</td>
                <td data-label={t("cases.kind")}>{t(`caseKind.${c.kind}`)}</td>
                <td data-label={t("cases.status")}>{t(`caseStatus.${c.status}`)}</td>
                <td data-label={t("cases.unit")}>{c.unit.name}</td>
                <td data-label={t("inbox.assignee")}>{c.assignee?.fullName ?? "—"}</td>
                <td data-label={t("cases.dueAt")}>
                  {formatDate(c.dueAt, language)}
                  {c.overdue ? <span className="tag tag-danger">{t("cases.overdue")}</span> : null}
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
