import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, FilterBar, FilterChoice, FilterField, AppLink, PageHeader, type Column } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePermission, userHasPermission } from "~/modules/auth/guards.server";
import { caseKinds, caseStatuses } from "~/modules/cases/constants";
import { categoryOptions } from "~/modules/cases/form-options.server";
import { assignableHandlers } from "~/modules/cases/handlers.server";
import { inboxFilterSchema, listInbox } from "~/modules/cases/inbox.server";
import { staffScopeUnitIds, unitDirectory } from "~/modules/units/units.server";
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
    assignableHandlers(user.unitId),
  ]);
  return { title: t("inbox.heading"), ...page, categories, units, handlers, canIntake: userHasPermission(user, "case:intake") };
}

export default function Inbox() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { cases, nextCursor, categories, units, handlers, canIntake } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? "";
  const filtered = [...params.keys()].some((k) => k !== "cursor");
  type Row = (typeof cases)[number];
  const columns: Column<Row>[] = [
    { key: "code", label: t("cases.code"), header: t("cases.code"), primary: true, cell: (c) => <AppLink to={`/desk/cases/${c.code}`} className="code">{c.code}</AppLink> },
    { key: "title", label: t("cases.title"), header: t("cases.title"), cell: (c) => c.title },
    { key: "kind", label: t("cases.kind"), header: t("cases.kind"), cell: (c) => t(`caseKind.${c.kind}`) },
    { key: "status", label: t("cases.status"), header: t("cases.status"), cell: (c) => t(`caseStatus.${c.status}`) },
    { key: "unit", label: t("cases.unit"), header: t("cases.unit"), cell: (c) => c.unit.name, wideOnly: units.length <= 1 },
    { key: "assignee", label: t("inbox.assignee"), header: t("inbox.assignee"), cell: (c) => c.assignee?.fullName ?? "—" },
    {
      key: "due",
      label: t("cases.dueAt"),
      header: t("cases.dueAt"),
      cell: (c) => (
        <span>
          {formatDate(c.dueAt, language)}
          {c.overdue ? <span className="tag tag-danger">{t("cases.overdue")}</span> : null}
          {/* A case the unit is not competent for must be forwarded within the FORWARD rule's days. */}
          {c.status === "SUBMITTED" && c.forwardDueAt ? (
            <span className="muted forward-by"> · {t("procedure.forwardBy")} {formatDate(c.forwardDueAt, language)}</span>
          ) : null}
        </span>
      ),
    },
  ];
  return (
    <section aria-labelledby="inbox-title">
      <PageHeader
        titleId="inbox-title"
        title={t("inbox.heading")}
        actions={
          canIntake ? (
            <Link to="/desk/cases/new" className="button primary">
              {t("intake.heading")}
            </Link>
          ) : null
        }
      />
      <FilterBar label={t("inbox.filters")} resetHref={filtered ? "/desk/cases" : undefined}>
        <FilterField id="q" label={t("inbox.search")} wide>
          <input id="q" name="q" type="search" defaultValue={value("q")} />
        </FilterField>
        <FilterChoice id="status" label={t("cases.status")} defaultValue={value("status")} options={caseStatuses.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))} />
        <FilterChoice id="kind" label={t("cases.kind")} defaultValue={value("kind")} options={caseKinds.map((k) => ({ value: k, label: t(`caseKind.${k}`) }))} />
        <FilterChoice id="categoryId" label={t("file.category")} defaultValue={value("categoryId")} options={categories.map((c) => ({ value: c.id, label: c.name }))} />
        {units.length > 1 ? (
          <FilterChoice id="unitId" label={t("cases.unit")} defaultValue={value("unitId")} options={units.map((u) => ({ value: u.id, label: u.name }))} />
        ) : null}
        <FilterChoice
          id="assignee"
          label={t("inbox.assignee")}
          defaultValue={value("assignee")}
          options={[
            { value: "me", label: t("inbox.assignedToMe") },
            { value: "none", label: t("inbox.unassigned") },
            ...handlers.map((h) => ({ value: h.id, label: h.fullName })),
          ]}
        />
        <FilterChoice
          id="due"
          label={t("inbox.due")}
          defaultValue={value("due")}
          options={[
            { value: "overdue", label: t("inbox.overdue") },
            { value: "soon", label: t("inbox.dueSoon") },
          ]}
        />
        <FilterChoice
          id="sort"
          label={t("inbox.sort")}
          defaultValue={value("sort") || "newest"}
          allLabel={null}
          options={[
            { value: "newest", label: t("inbox.sortNewest") },
            { value: "due", label: t("inbox.sortDue") },
          ]}
        />
      </FilterBar>
      <DataTable caption={t("inbox.heading")} columns={columns} rows={cases} rowKey={(c) => c.id} empty={t("common.noResults")} />
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
