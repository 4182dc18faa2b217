import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import type { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors, TextField } from "~/components/forms";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { codeTtlMs } from "~/modules/auth/verification-codes.server";
import { confirmRegistration, pendingCookie, pendingId, pendingRegistration, resendRegistration } from "~/modules/auth/registration.server";
import { registrationCodeSchema, registrationConfirmSchema } from "~/modules/auth/schemas";
import { requireAnonymous, startSession } from "~/modules/auth/session.server";
import { readForm } from "~/utils/form-data.server";
import { clientAddress } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { limits, retryAfterHeaders, take, tooManyRequests } from "~/utils/rate-limit.server";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;
export const headers = retryAfterHeaders;

/** The second step of registering with an email: the code sent to it (registration.server.ts). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const t = await getT(request);
  const id = await pendingId(request);
  const pending = id ? await pendingRegistration(id) : null;
  return { title: t("auth.verifyHeading"), email: pending?.email ?? null, minutes: codeTtlMs.REGISTER / 60_000 };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const id = await pendingId(request);
  const submission = parseWithZod(await readForm(request), { schema: registrationCodeSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), resent: false }, { status: 400 });
  const pending = id ? await pendingRegistration(id) : null;
  if (!id || !pending) return data({ result: submission.reply({ formErrors: ["auth.registrationExpired"] }), resent: false }, { status: 410 });

  if (submission.value.intent === "resend") {
    const allowed = await take(`register:address:${clientAddress(request)}`, limits.registerPerAddress);
    if (!allowed.ok) {
      return data({ result: submission.reply({ formErrors: [`errors.tooManyRequests?minutes=${Math.ceil(allowed.retryAfter / 60)}`] }), resent: false }, tooManyRequests(allowed.retryAfter));
    }
    await resendRegistration(id, await getLanguage(request));
    return { result: submission.reply({ resetForm: true }), resent: true };
  }

  const confirmed = await confirmRegistration(id, submission.value.code);
  if (!confirmed.ok) {
    const message = confirmed.reason === "expired" ? "auth.registrationExpired" : "auth.codeWrong";
    return data({ result: submission.reply({ fieldErrors: { code: [message] } }), resent: false }, { status: 400 });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(confirmed.userId, request));
  headers.append("Set-Cookie", await pendingCookie.serialize("", { maxAge: 0 }));
  return redirectWithToast("/cases", { key: "auth.welcome", params: { name: confirmed.fullName }, type: "success" }, { headers });
}

export default function VerifyRegistrationPage() {
  const { t } = useTranslation();
  const { email, minutes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm<z.infer<typeof registrationCodeSchema>>({
    id: "register-verify",
    constraint: getZodConstraint(registrationConfirmSchema),
    lastResult: actionData?.result,
    // Checked when sent, not on blur: a blur's validation request to the server raced the click on
    // "confirm" and the click was lost (one field, so nothing is gained by checking it earlier).
    shouldValidate: "onSubmit",
  });

  if (!email) {
    return (
      <section className="narrow" aria-labelledby="verify-title">
        <h1 id="verify-title">{t("auth.verifyHeading")}</h1>
        <p role="alert" className="form-errors">
          {t("auth.registrationExpired")}
        </p>
        <p>
          <Link to="/register">{t("auth.registerLink")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow" aria-labelledby="verify-title">
      <h1 id="verify-title">{t("auth.verifyHeading")}</h1>
      <p>{t("auth.verifyIntro", { email, minutes })}</p>
      {actionData?.resent ? (
        <p role="status" className="toast toast-info">
          {t("auth.codeResent")}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="confirm" />
        <TextField field={fields.code} label={t("auth.codeLabel")} autoComplete="one-time-code" inputMode="numeric" hint={t("auth.verifyHint")} />
        <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
          {t("auth.verifySubmit")}
        </button>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value="resend" />
        <button type="submit" className="button">
          {t("auth.resend")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
