import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { unitSchema } from "~/modules/auth/schemas";
import { updateUnitByAdmin } from "~/modules/units/admin.server";
import { unitFormOptions } from "~/modules/units/units.server";
import { db } from "~/utils/db.server";
import { invariantResponse } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { UnitForm } from "./__unit-form";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:units");
  const unit = await db.unit.findUnique({
    where: { id: params.unitId },
    select: { id: true, name: true, code: true, levelId: true, parentId: true, remote: true, active: true },
  });
  invariantResponse(unit, "not-found", { status: 404 });
  const t = await getT(request);
  const options = await unitFormOptions();
  return { title: t("admin.editUnit"), unit, ...options, parents: options.parents.filter((p) => p.id !== unit.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:units");
  const exists = await db.unit.findUnique({ where: { id: params.unitId }, select: { id: true } });
  invariantResponse(exists, "not-found", { status: 404 });
  const submission = parseWithZod(await readForm(request), { schema: unitSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await updateUnitByAdmin(admin.id, exists.id, submission.value);
  if (!result.ok) return data({ result: submission.reply({ fieldErrors: result.errors }) }, { status: 400 });
  return redirectWithToast("/admin/units", { key: "admin.unitUpdated", params: { name: result.unit.name }, type: "success" });
}

export default function EditUnit() {
  const { t } = useTranslation();
  const { unit, levels, parents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="narrow">
      <h1>
        {t("admin.editUnit")}: {unit.name}
      </h1>
      <UnitForm
        lastResult={actionData?.result}
        levels={levels}
        parents={parents}
        defaultValue={unit}
        submitLabel={t("common.save")}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
