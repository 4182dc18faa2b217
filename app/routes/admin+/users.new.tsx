import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { createUserByAdmin } from "~/modules/auth/accounts.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { staffUserSchema } from "~/modules/auth/schemas";
import { unitFormOptions } from "~/modules/units/units.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { UserForm } from "./__user-form";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:users");
  const t = await getT(request);
  const { parents } = await unitFormOptions();
  return { title: t("admin.newUser"), units: parents };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:users");
  const submission = parseWithZod(await readForm(request), { schema: staffUserSchema });
  const hidden = { hideFields: ["password"] };
  if (submission.status !== "success") return data({ result: submission.reply(hidden) }, { status: 400 });
  const { password, ...rest } = submission.value;
  if (!password) {
    return data({ result: submission.reply({ ...hidden, fieldErrors: { password: ["errors.required"] } }) }, { status: 400 });
  }
  const result = await createUserByAdmin(admin.id, { ...rest, password });
  if (!result.ok) return data({ result: submission.reply({ ...hidden, fieldErrors: result.errors }) }, { status: 400 });
  return redirectWithToast("/admin/users", { key: "admin.userCreated", params: { name: result.user.fullName }, type: "success" });
}

export default function NewUser() {
  const { t } = useTranslation();
  const { units } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="narrow">
      <h1>{t("admin.newUser")}</h1>
      <UserForm mode="create" lastResult={actionData?.result} units={units} submitLabel={t("common.create")} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
