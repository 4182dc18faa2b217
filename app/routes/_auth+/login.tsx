import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors, Honeypot, TextField } from "~/components/forms";
import { CaseLinkHint } from "./__case-link-hint";
import { accountKey, verifyLogin } from "~/modules/auth/accounts.server";
import { homePathFor } from "~/modules/auth/roles";
import { loginSchema } from "~/modules/auth/schemas";
import { refusalPause } from "~/modules/auth/sign-in-throttle";
import { admitSignIn, checkSignInCode, sendSignInCode, signInSucceeded } from "~/modules/auth/sign-in-throttle.server";
import { requireAnonymous, safeRedirectPath, startSession } from "~/modules/auth/session.server";
import { checkHoneypot } from "~/utils/honeypot.server";
import { clientAddress } from "~/utils/http.server";
import { redirectWithToast } from "~/utils/toast.server";
import { getT } from "~/i18n/i18n.server";
import { pageMeta } from "~/utils/meta";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";
import { retryAfterHeaders, tooManyRequests } from "~/utils/rate-limit.server";

export const meta: MetaFunction<typeof loader> = pageMeta;
/** The action's Retry-After (over the limit) reaches the browser with the page. */
export const headers = retryAfterHeaders;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const t = await getT(request);
  return { title: t("auth.loginHeading") };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  checkHoneypot(formData);
  const submission = parseWithZod(formData, { schema: loginSchema });
  const hidden = { hideFields: ["password"] };
  if (submission.status !== "success") {
    return data({ result: submission.reply(hidden), needsCode: false }, { status: 400 });
  }
  const { identifier, password, code, redirectTo } = submission.value;
  const address = clientAddress(request);

  // Counted first, decided, and only then is the password hashed (sign-in-throttle.ts).
  const gate = await admitSignIn(identifier, address);
  if (gate.kind === "wait") {
    await new Promise((resolve) => setTimeout(resolve, refusalPause(gate.seconds)));
    const wait = gate.seconds < 90 ? `auth.waitSeconds?seconds=${gate.seconds}` : `auth.tooManyAttempts?minutes=${Math.ceil(gate.seconds / 60)}`;
    return data({ result: submission.reply({ ...hidden, formErrors: [wait] }), needsCode: false }, tooManyRequests(gate.seconds));
  }
  if (gate.needsCode) {
    // Guessed at from many addresses: the owner gets a code by email and signs in with it.
    if (!code) {
      await sendSignInCode(identifier);
      return data({ result: submission.reply({ ...hidden, formErrors: ["auth.codeNeeded"] }), needsCode: true }, { status: 401 });
    }
    if (!(await checkSignInCode(identifier, code))) {
      return data({ result: submission.reply({ ...hidden, fieldErrors: { code: ["auth.codeWrong"] } }), needsCode: true }, { status: 401 });
    }
  }

  const user = await verifyLogin(identifier, password);
  if (!user) {
    return data({ result: submission.reply({ ...hidden, formErrors: ["auth.invalidCredentials"] }), needsCode: gate.needsCode }, { status: 400 });
  }
  await signInSucceeded(identifier, address);
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(user.id, request));
  return redirectWithToast(safeRedirectPath(redirectTo, homePathFor(user.role)), { key: "auth.signedIn", type: "success" }, { headers });
}

export default function LoginPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "login",
    constraint: getZodConstraint(loginSchema),
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema, errorMap: zodMessages }),
  });

  return (
    <section className="narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t("auth.loginHeading")}</h1>
      <p>{t("auth.loginIntro")}</p>
      <CaseLinkHint redirectTo={searchParams.get("redirectTo")} />
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <TextField field={fields.identifier} label={t("auth.identifier")} autoComplete="username" inputMode="email" />
        <TextField field={fields.password} type="password" label={t("auth.password")} autoComplete="current-password" />
        {actionData?.needsCode ? (
          <TextField field={fields.code} label={t("auth.codeLabel")} autoComplete="one-time-code" inputMode="numeric" />
        ) : null}
        <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
          {t("auth.submitLogin")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("recovery.forgotLink")}</Link>
      </p>
      <p>
        {t("auth.noAccount")} <Link to="/register">{t("auth.registerLink")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
