import { readForm } from "~/utils/form-data.server";
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/forms";
import { PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { findLink } from "~/modules/auth/one-time-codes.server";
import { resetWithLink } from "~/modules/auth/password-reset.server";
import { homePathFor } from "~/modules/auth/roles";
import { resetByLinkSchema } from "~/modules/auth/schemas";
import { startSession } from "~/modules/auth/session.server";
import { db } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { NewPasswordFields } from "./__new-password-fields";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
// The page holds a secret in its address: never cached, never sent on as a referrer.
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const shouldRevalidate = revalidateAfterRefusal;

/** Opening the link only shows the form; the link is used when the new password is saved. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const [t, link] = await Promise.all([getT(request), findLink("RESET", params.token ?? "")]);
  return data({ title: t("recovery.linkHeading"), to: link?.sentTo ?? null }, { headers: { "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: resetByLinkSchema });
  const hidden = { hideFields: ["password", "confirmPassword"] };
  if (submission.status !== "success") return data({ result: submission.reply(hidden) }, { status: 400 });
  const result = await resetWithLink(params.token ?? "", submission.value.password);
  if (!result.ok) {
    const { "": formErrors, ...fieldErrors } = result.errors;
    return data({ result: submission.reply({ ...hidden, fieldErrors, formErrors }) }, { status: 400 });
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, select: { role: true } });
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(result.userId, request));
  return redirectWithToast(homePathFor(user.role), { key: "recovery.done", type: "success" }, { headers });
}

export default function ResetWithLinkPage() {
  const { t } = useTranslation();
  const { to } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "reset-link",
    constraint: getZodConstraint(resetByLinkSchema),
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetByLinkSchema, errorMap: zodMessages }),
  });
  return (
    <section className="narrow" aria-labelledby="reset-link-title">
      <PageHeader titleId="reset-link-title" title={t("recovery.linkHeading")} />
      {to ? (
        <>
          <p>{t("recovery.linkIntro", { to })}</p>
          <Form method="post" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} />
            {/* Tells a password manager which account the new password belongs to. */}
            <input type="text" name="username" autoComplete="username" value={to} readOnly hidden />
            <NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
            <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
              {t("recovery.submitReset")}
            </button>
          </Form>
        </>
      ) : (
        <p role="alert" className="notice">
          {t("recovery.linkInvalid")} <Link to="/forgot-password">{t("recovery.askAgain")}</Link>
        </p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
