import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { unitSchema } from "~/modules/auth/schemas";
import { createUnitByAdmin } from "~/modules/units/admin.server";
import { unitFormOptions } from "~/modules/units/units.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { UnitForm } from "./__unit-form";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:units");
  const t = await getT(request);
  return { title: t("admin.newUnit"), ...(await unitFormOptions()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:units");
  const submission = parseWithZod(await readForm(request), { schema: unitSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await createUnitByAdmin(admin.id, submission.value);
  if (!result.ok) return data({ result: submission.reply({ fieldErrors: result.errors }) }, { status: 400 });
  return redirectWithToast("/admin/units", { key: "admin.unitCreated", params: { name: result.unit.name }, type: "success" });
}

export default function NewUnit() {
  const { t } = useTranslation();
  const { levels, parents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="narrow">
      <h1>{t("admin.newUnit")}</h1>
      <UnitForm lastResult={actionData?.result} levels={levels} parents={parents} submitLabel={t("common.create")} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
