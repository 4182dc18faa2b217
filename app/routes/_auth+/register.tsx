import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors, Honeypot, TextField } from "~/components/forms";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { registerCitizen } from "~/modules/auth/accounts.server";
import { pendingCookie, startRegistration } from "~/modules/auth/registration.server";
import { registerSchema } from "~/modules/auth/schemas";
import { requireAnonymous, startSession } from "~/modules/auth/session.server";
import { checkHoneypot } from "~/utils/honeypot.server";
import { clientAddress } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { limits, retryAfterHeaders, take, tooManyRequests } from "~/utils/rate-limit.server";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
/** The action's Retry-After (over the limit) reaches the browser with the page. */
export const headers = retryAfterHeaders;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const t = await getT(request);
  return { title: t("auth.registerHeading") };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  checkHoneypot(formData);
  const submission = parseWithZod(formData, { schema: registerSchema });
  const hidden = { hideFields: ["password", "confirmPassword"] };
  if (submission.status !== "success") {
    return data({ result: submission.reply(hidden) }, { status: 400 });
  }
  // Every attempt counts (not only successes), and is counted before anything is decided.
  const allowed = await take(`register:address:${clientAddress(request)}`, limits.registerPerAddress);
  if (!allowed.ok) {
    return data(
      { result: submission.reply({ ...hidden, formErrors: [`errors.tooManyRequests?minutes=${Math.ceil(allowed.retryAfter / 60)}`] }) },
      tooManyRequests(allowed.retryAfter),
    );
  }
  const { email, ...rest } = submission.value;
  if (email) {
    // With an email: confirmed by a code, and the same answer whether the address is new or not.
    const started = await startRegistration({ ...rest, email }, await getLanguage(request));
    if (!started.ok) return data({ result: submission.reply({ ...hidden, fieldErrors: started.errors }) }, { status: 400 });
    return redirect("/register/verify", { headers: { "Set-Cookie": await pendingCookie.serialize(started.pendingId) } });
  }
  // A phone alone: no channel yet to send it a code (docs/security.md), so the account is made at once.
  const result = await registerCitizen(submission.value);
  if (!result.ok) {
    return data({ result: submission.reply({ ...hidden, fieldErrors: result.errors }) }, { status: 400 });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(result.userId, request));
  return redirectWithToast(
    "/cases",
    { key: "auth.welcome", params: { name: submission.value.fullName }, type: "success" },
    { headers },
  );
}

export default function RegisterPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "register",
    constraint: getZodConstraint(registerSchema),
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: registerSchema, errorMap: zodMessages }),
  });

  return (
    <section className="narrow" aria-labelledby="register-title">
      <h1 id="register-title">{t("auth.registerHeading")}</h1>
      <p>{t("auth.registerIntro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <TextField field={fields.fullName} label={t("auth.fullName")} autoComplete="name" />
        <p className="field-hint">{t("auth.contactHint")}</p>
        <TextField field={fields.email} type="email" label={t("auth.email")} autoComplete="email" optional />
        <TextField field={fields.phone} type="tel" label={t("auth.phone")} autoComplete="tel" optional />
        <TextField
          field={fields.password}
          type="password"
          label={t("auth.password")}
          hint={t("auth.passwordHint")}
          autoComplete="new-password"
        />
        <TextField field={fields.confirmPassword} type="password" label={t("auth.confirmPassword")} autoComplete="new-password" />
        <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
          {t("auth.submitRegister")}
        </button>
      </Form>
      <p>
        {t("auth.haveAccount")} <Link to="/login">{t("auth.loginLink")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
