import { readForm } from "~/utils/form-data.server";
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors, Honeypot, TextField } from "~/components/forms";
import { PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { readResetPhone, resetPhoneCookie, resetWithCode } from "~/modules/auth/password-reset.server";
import { homePathFor } from "~/modules/auth/roles";
import { resetByCodeSchema } from "~/modules/auth/schemas";
import { startSession } from "~/modules/auth/session.server";
import { db } from "~/utils/db.server";
import { checkHoneypot } from "~/utils/honeypot.server";
import { clientAddress } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { NewPasswordFields } from "./__new-password-fields";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  return { title: t("recovery.codeHeading"), phone: await readResetPhone(request) };
}

/** The code from the SMS and a new password: every session of the account ends, this browser is signed in. */
export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  checkHoneypot(formData);
  const submission = parseWithZod(formData, { schema: resetByCodeSchema });
  const hidden = { hideFields: ["password", "confirmPassword", "code"] };
  if (submission.status !== "success") return data({ result: submission.reply(hidden) }, { status: 400 });
  const { phone, code, password } = submission.value;
  const result = await resetWithCode(phone, code, password, clientAddress(request));
  if (!result.ok) {
    const { "": formErrors, ...fieldErrors } = result.errors;
    return data({ result: submission.reply({ ...hidden, fieldErrors, formErrors }) }, { status: 400 });
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, select: { role: true } });
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(result.userId, request));
  headers.append("Set-Cookie", await resetPhoneCookie.serialize("", { maxAge: 0 }));
  return redirectWithToast(homePathFor(user.role), { key: "recovery.done", type: "success" }, { headers });
}

export default function ResetWithCodePage() {
  const { t } = useTranslation();
  const { phone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "reset-code",
    constraint: getZodConstraint(resetByCodeSchema),
    lastResult: actionData?.result,
    defaultValue: { phone },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetByCodeSchema, errorMap: zodMessages }),
  });
  return (
    <section className="narrow" aria-labelledby="reset-code-title">
      <PageHeader titleId="reset-code-title" title={t("recovery.codeHeading")} />
      {phone ? <p role="status">{t("recovery.codeIntro", { to: phone })}</p> : null}
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <TextField field={fields.phone} type="tel" label={t("recovery.phone")} autoComplete="tel" />
        <TextField field={fields.code} label={t("recovery.code")} hint={t("recovery.codeHint")} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        <NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
        <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
          {t("recovery.submitReset")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("recovery.askAgain")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
