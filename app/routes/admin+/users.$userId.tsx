import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { updateUserByAdmin } from "~/modules/auth/accounts.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { staffUserSchema } from "~/modules/auth/schemas";
import { unitFormOptions } from "~/modules/units/units.server";
import { db } from "~/utils/db.server";
import { invariantResponse } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { UserForm } from "./__user-form";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

const userFormSelect = {
  id: true,
  fullName: true,
  email: true,
  phone: true,
  role: true,
  unitId: true,
  position: true,
  disabled: true,
  identityVerified: true,
} as const;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:users");
  const user = await db.user.findUnique({ where: { id: params.userId }, select: userFormSelect });
  invariantResponse(user, "not-found", { status: 404 });
  const t = await getT(request);
  const { parents } = await unitFormOptions();
  return { title: t("admin.editUser"), user, units: parents };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:users");
  const target = await db.user.findUnique({ where: { id: params.userId }, select: { id: true } });
  invariantResponse(target, "not-found", { status: 404 });
  const submission = parseWithZod(await readForm(request), { schema: staffUserSchema });
  const hidden = { hideFields: ["password"] };
  if (submission.status !== "success") return data({ result: submission.reply(hidden) }, { status: 400 });
  const result = await updateUserByAdmin(admin.id, target.id, submission.value);
  if (!result.ok) return data({ result: submission.reply({ ...hidden, fieldErrors: result.errors }) }, { status: 400 });
  return redirectWithToast("/admin/users", { key: "admin.userUpdated", params: { name: result.user.fullName }, type: "success" });
}

export default function EditUser() {
  const { t } = useTranslation();
  const { user, units } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="narrow">
      <h1>
        {t("admin.editUser")}: {user.fullName}
      </h1>
      <UserForm mode="edit" lastResult={actionData?.result} units={units} defaultValue={user} submitLabel={t("common.save")} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
