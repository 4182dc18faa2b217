import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { Field, IntentForm, Select, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ActionItem, ActionPanel, DataTable, AppLink, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { unitAreas } from "~/modules/democracy/areas.server";
import { areaKinds } from "~/modules/democracy/constants";
import { formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { requireDemocracyDesk } from "./__democracy.server";
import { importRequest } from "./__democracy-import.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** The commune's villages and residential groups, each with its household register; a new one from a CSV file. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const [t, areas] = await Promise.all([getT(request), unitAreas(user.unitId)]);
  return { title: t("democracy.desk.areasPage.heading"), unit: user.unit.name, areas };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const result = await importRequest(user, request, null);
  if (!result.ok) return data({ intent: "import", errors: result.errors, values: result.values }, { status: 400 });
  return redirectWithToast(`/desk/democracy/areas/${result.areaId}`, { key: "democracy.desk.areasPage.imported", params: result.counts, type: "success" });
}

export default function Areas() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { unit, areas } = useLoaderData<typeof loader>();
  const form = resultFor(useActionData<typeof action>(), "import");
  return (
    <section aria-labelledby="areas-title">
      <p>
        <Link to="/desk/democracy">{t("democracy.desk.heading")}</Link>
      </p>
      <PageHeader title={t("democracy.desk.areasPage.heading")} titleId="areas-title" subtitle={unit} />
      <p>{t("democracy.desk.areasPage.intro")}</p>
      <ActionPanel title={t("democracy.desk.matter.actions")}>
        <ActionItem id="import" label={t("democracy.desk.areasPage.newArea")} primary open={!areas.length || !!form.errors[""] || Object.keys(form.errors).length > 0}>
          <IntentForm intent="import" submit={t("democracy.desk.areasPage.import")} errors={form.errors} multipart primary>
            <Field intent="import" name="name" label={t("democracy.desk.areasPage.name")} required errors={form.errors.name} defaultValue={form.values.name} />
            <Select intent="import" name="kind" label={t("democracy.desk.areasPage.kind")} options={areaKinds.map((k) => ({ value: k, label: t(`democracy.areaKinds.${k}`) }))} defaultValue={form.values.kind} errors={form.errors.kind} />
            <Field intent="import" name="register" type="file" accept=".csv,text/csv" required label={t("democracy.desk.areasPage.file")} hint={t("democracy.desk.areasPage.fileHint")} errors={form.errors.register} />
          </IntentForm>
        </ActionItem>
      </ActionPanel>
      <DataTable
        caption={t("democracy.desk.areasPage.heading")}
        rows={areas}
        rowKey={(a) => a.id}
        empty={t("democracy.desk.areasPage.none")}
        columns={[
          { key: "name", header: t("democracy.desk.areasPage.name"), label: t("democracy.desk.areasPage.name"), primary: true, cell: (a) => <AppLink to={`/desk/democracy/areas/${a.id}`}>{a.name}</AppLink> },
          { key: "kind", header: t("democracy.desk.areasPage.kind"), label: t("democracy.desk.areasPage.kind"), cell: (a) => t(`democracy.areaKinds.${a.kind}`) },
          { key: "households", header: t("democracy.desk.areasPage.households"), label: t("democracy.desk.areasPage.households"), numeric: true, cell: (a) => a.households },
          { key: "imported", header: t("democracy.desk.areasPage.importedAt"), label: t("democracy.desk.areasPage.importedAt"), cell: (a) => (a.importedAt ? formatDateTime(a.importedAt, language) : "—") },
        ]}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
