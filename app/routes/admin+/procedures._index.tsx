import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { unstable_createMemoryUploadHandler as createMemoryUploadHandler } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { DataTable, AppLink, PageHeader, type Column } from "~/components/kit";
import { useTimeText } from "~/components/onestop";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { importCatalogue, readCatalogueFile } from "~/modules/onestop/catalogue-admin.server";
import { listProcedures } from "~/modules/onestop/catalogue.server";
import { db } from "~/utils/db.server";
import { bodyProblemResponse, parseForm } from "~/utils/form-data.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** The procedure catalogue for an administrator: every procedure, the import, and the one-stop rules with their articles. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "procedure:manage");
  const [t, procedures, rules] = await Promise.all([getT(request), listProcedures({ includeInactive: true }), db.onestopRule.findMany({ orderBy: { key: "asc" } })]);
  return { title: t("onestop.admin.heading"), procedures, rules };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "procedure:manage");
  // The shared parser: a file name with ';' or a cut-off body is a 4xx, never a 500; a file over 5 MB is refused below.
  const { formData, problem } = await parseForm(request, { uploadHandler: createMemoryUploadHandler({ maxPartSize: 5 * 1024 * 1024 }), maxBytes: 6 * 1024 * 1024 });
  if (problem) throw bodyProblemResponse(problem);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0 || !/\.(csv|xlsx)$/i.test(file.name)) {
    return data({ errors: [{ row: 0, message: "onestop.admin.file", params: {} as Record<string, string> }] }, { status: 400 });
  }
  let rows: unknown[][];
  try {
    rows = await readCatalogueFile(file.name, Buffer.from(await file.arrayBuffer()));
  } catch {
    return data({ errors: [{ row: 0, message: "onestop.admin.file", params: {} as Record<string, string> }] }, { status: 400 });
  }
  const result = await importCatalogue(rows, user.id);
  if (!result.ok) return data({ errors: result.errors.map((e) => ({ ...e, params: e.params ?? {} })) }, { status: 400 });
  return redirectWithToast("/admin/procedures", { key: "onestop.admin.imported", params: { created: result.created, updated: result.updated }, type: "success" });
}

export default function ProceduresAdmin() {
  const { procedures, rules } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const timeText = useTimeText();
  type Row = (typeof procedures)[number];
  const columns: Column<Row>[] = [
    { key: "name", label: t("onestop.procedure.name"), header: t("onestop.procedure.name"), primary: true, cell: (p) => <AppLink to={`/admin/procedures/${p.code}`}>{p.name}</AppLink> },
    { key: "code", label: t("onestop.procedure.code"), header: t("onestop.procedure.code"), cell: (p) => <span className="code">{p.code}</span> },
    { key: "time", label: t("onestop.procedure.time"), header: t("onestop.procedure.time"), cell: (p) => timeText(p.timeUnit, p.timeAmount) },
    { key: "state", label: t("onestop.admin.active"), header: t("onestop.admin.active"), cell: (p) => `${p.active ? t("common.yes") : t("common.no")}${p.confirmed ? "" : ` · ${t("onestop.procedure.unconfirmed")}`}` },
  ];
  type RuleRow = (typeof rules)[number];
  const ruleColumns: Column<RuleRow>[] = [
    { key: "key", label: t("onestop.admin.ruleKey"), header: t("onestop.admin.ruleKey"), primary: true, cell: (r) => <code>{r.key}</code> },
    { key: "value", label: t("onestop.admin.ruleValue"), header: t("onestop.admin.ruleValue"), numeric: true, cell: (r) => r.value },
    { key: "basis", label: t("onestop.procedure.legalBasis"), header: t("onestop.procedure.legalBasis"), cell: (r) => `${r.legalBasis}${r.confirmed ? "" : ` (${t("onestop.procedure.unconfirmed")}: ${r.source})`}` },
  ];
  return (
    <section aria-labelledby="procedures-title">
      <PageHeader titleId="procedures-title" title={t("onestop.admin.heading")} subtitle={t("onestop.admin.intro")} />
      <section aria-labelledby="import-title" className="card">
        <h2 id="import-title">{t("onestop.admin.import")}</h2>
        <p className="field-hint" id="import-hint">{t("onestop.admin.importHint")}</p>
        {actionData?.errors?.length ? (
          <div className="form-errors" role="alert">
            <p>{t("onestop.admin.importErrors")}</p>
            <ul>
              {actionData.errors.map((e) => (
                <li key={`${e.row}-${e.message}`}>{e.row ? t("onestop.admin.rowError", { row: e.row, message: t(e.message, e.params) }) : t(e.message, e.params)}</li>
              ))}
            </ul>
          </div>
        ) : (
          <FormErrors errors={null} />
        )}
        <Form method="post" encType="multipart/form-data" reloadDocument>
          <label htmlFor="file">{t("onestop.admin.file")}</label>
          <input id="file" name="file" type="file" accept=".csv,.xlsx" aria-describedby="import-hint" required />
          <button type="submit" className="button primary">{t("onestop.admin.submitImport")}</button>
        </Form>
      </section>
      <DataTable caption={t("onestop.admin.heading")} columns={columns} rows={procedures} rowKey={(p) => p.id} empty={t("onestop.catalogue.none")} />
      <h2>{t("onestop.admin.rules")}</h2>
      <DataTable caption={t("onestop.admin.rules")} columns={ruleColumns} rows={rules} rowKey={(r) => r.key} empty="—" />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
