import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { Field, IntentForm, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ActionItem, ActionPanel, DataTable, PageHeader } from "~/components/kit";
import { areaForOfficer, areaHouseholds } from "~/modules/democracy/areas.server";
import { badRequest, notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { requireDemocracyDesk } from "./__democracy.server";
import { importRequest } from "./__democracy-import.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

async function load(request: Request, areaId: string | undefined) {
  const user = await requireDemocracyDesk(request);
  const area = areaId && /^[a-z0-9]{10,40}$/i.test(areaId) ? await areaForOfficer(user, areaId) : null;
  if (!area) notFound();
  return { user, area };
}

export const shouldRevalidate = revalidateAfterRefusal;

/** A village's household register (the roll), by household code, and its update from a CSV file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { area } = await load(request, params.areaId);
  const after = new URL(request.url).searchParams.get("after");
  if (after && after.length > 40) badRequest();
  return { title: area.name, area, ...(await areaHouseholds(area.id, after)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, area } = await load(request, params.areaId);
  const result = await importRequest(user, request, area.id);
  if (!result.ok) return data({ intent: "import", errors: result.errors, values: result.values }, { status: 400 });
  return redirectWithToast(`/desk/democracy/areas/${area.id}`, { key: "democracy.desk.areasPage.imported", params: result.counts, type: "success" });
}

export default function Area() {
  const { t } = useTranslation();
  const { area, households, next } = useLoaderData<typeof loader>();
  const form = resultFor(useActionData<typeof action>(), "import");
  return (
    <section aria-labelledby="area-title">
      <p>
        <Link to="/desk/democracy/areas">{t("democracy.desk.areasPage.heading")}</Link>
      </p>
      <PageHeader title={area.name} titleId="area-title" subtitle={`${t(`democracy.areaKinds.${area.kind}`)} · ${area.unit.name}`} />
      <ActionPanel title={t("democracy.desk.matter.actions")}>
        <ActionItem id="import" label={t("democracy.desk.areasPage.reimport")} open={Object.keys(form.errors).length > 0}>
          <IntentForm intent="import" submit={t("democracy.desk.areasPage.import")} errors={form.errors} multipart>
            <Field intent="import" name="register" type="file" accept=".csv,text/csv" required label={t("democracy.desk.areasPage.file")} hint={t("democracy.desk.areasPage.fileHint")} errors={form.errors.register} />
          </IntentForm>
        </ActionItem>
      </ActionPanel>
      <DataTable
        caption={area.name}
        rows={households}
        rowKey={(h) => h.id}
        empty={t("common.noResults")}
        columns={[
          { key: "code", header: t("democracy.desk.matter.household"), label: t("democracy.desk.matter.household"), primary: true, cell: (h) => h.code },
          { key: "head", header: t("democracy.desk.matter.head"), label: t("democracy.desk.matter.head"), cell: (h) => h.headName },
          {
            key: "voters",
            header: t("democracy.desk.areasPage.voters"),
            label: t("democracy.desk.areasPage.voters"),
            cell: (h) =>
              h.voters
                .map((v) => `${v.name}${v.linked ? ` (${t("democracy.desk.areasPage.linked")}${v.verified ? `, ${t("democracy.desk.areasPage.verified")}` : ""})` : ""}`)
                .join("; "),
          },
        ]}
      />
      {next ? (
        <p>
          <Link to={`?after=${encodeURIComponent(next)}`} rel="next">
            {t("common.next")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
