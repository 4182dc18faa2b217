import { readForm } from "~/utils/form-data.server";
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors, Honeypot, TextField } from "~/components/forms";
import { PageHeader } from "~/components/kit";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requestPasswordReset, resetPhoneCookie } from "~/modules/auth/password-reset.server";
import { forgotPasswordSchema } from "~/modules/auth/schemas";
import { requireAnonymous } from "~/modules/auth/session.server";
import { checkHoneypot } from "~/utils/honeypot.server";
import { clientAddress } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { revalidateAfterRefusal } from "~/utils/revalidate";
import { retryAfterHeaders, tooManyRequests } from "~/utils/rate-limit.server";

export const meta: MetaFunction<typeof loader> = pageMeta;
/** The action's Retry-After (over the limit) reaches the browser with the page. */
export const headers = retryAfterHeaders;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const t = await getT(request);
  return { title: t("recovery.forgotHeading") };
}

/** An email gets a link (the page says so); a phone gets a code and goes on to the page where it is typed. */
export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  checkHoneypot(formData);
  const submission = parseWithZod(formData, { schema: forgotPasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), sentTo: null }, { status: 400 });
  const sent = await requestPasswordReset(submission.value.identifier, clientAddress(request), await getLanguage(request));
  if (sent.via === "invalid") return data({ result: submission.reply({ fieldErrors: { identifier: ["recovery.errors.identifier"] } }), sentTo: null }, { status: 400 });
  if (sent.via === "wait") {
    return data({ result: submission.reply({ formErrors: [`recovery.errors.wait?minutes=${sent.minutes}`] }), sentTo: null }, tooManyRequests(sent.minutes * 60));
  }
  if (sent.via === "sms") return redirect("/reset-password", { headers: { "Set-Cookie": await resetPhoneCookie.serialize(sent.to) } });
  return { result: submission.reply({ resetForm: true }), sentTo: sent.to };
}

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "forgot-password",
    constraint: getZodConstraint(forgotPasswordSchema),
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema, errorMap: zodMessages }),
  });
  return (
    <section className="narrow" aria-labelledby="forgot-title">
      <PageHeader titleId="forgot-title" title={t("recovery.forgotHeading")} />
      {actionData?.sentTo ? (
        <div role="status" className="notice">
          <p>{t("recovery.sentEmail", { to: actionData.sentTo })}</p>
          <p className="field-hint">{t("recovery.sentEmailHint")}</p>
        </div>
      ) : (
        <p>{t("recovery.forgotIntro")}</p>
      )}
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <TextField field={fields.identifier} label={t("auth.identifier")} autoComplete="username" inputMode="email" />
        <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
          {t("recovery.submitForgot")}
        </button>
      </Form>
      <p>
        {t("recovery.orCode")} <Link to="/reset-password">{t("recovery.enterCode")}</Link>
      </p>
      <p>
        <Link to="/login">{t("auth.loginLink")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
