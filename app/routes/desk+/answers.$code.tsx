import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors, TextAreaField } from "~/components/forms";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { mayWithdraw, publishedAnswer, withdrawPublication } from "~/modules/board/answers.server";
import { takeDownSchema } from "~/modules/board/schemas";
import { forbidden, notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** A leader of the unit (or above) withdraws a published answer: its public copy is erased, the case keeps a timeline entry. */
async function load(request: Request, code: string | undefined) {
  const user = await requirePermission(request, "case:approve");
  const answer = code && /^[A-Z0-9-]{2,12}-\d{4}-\d{6}$/.test(code) ? await publishedAnswer(code) : null;
  if (!answer) notFound();
  if (!(await mayWithdraw(user, answer.code))) forbidden();
  return { user, answer };
}

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { answer } = await load(request, params.code);
  const t = await getT(request);
  return { title: t("publishedAnswers.withdrawHeading"), answer };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, answer } = await load(request, params.code);
  const submission = parseWithZod(await readForm(request), { schema: takeDownSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await withdrawPublication(user, answer.code, submission.value.reason);
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    if (result.error === "not-found") notFound();
    return data({ result: submission.reply({ formErrors: ["cases.errors.conflict"] }) }, { status: 409 });
  }
  return redirectWithToast(`/desk/cases/${answer.code}`, { key: "publishedAnswers.withdrawn", params: { code: answer.code }, type: "success" });
}

export default function WithdrawAnswer() {
  const { t } = useTranslation();
  const { answer } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "withdraw",
    constraint: getZodConstraint(takeDownSchema),
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: takeDownSchema, errorMap: zodMessages }),
  });
  return (
    <section aria-labelledby="withdraw-title" className="narrow-wide">
      <p>
        <Link to={`/answers/${answer.code}`}>{answer.title}</Link>
      </p>
      <h1 id="withdraw-title">{t("publishedAnswers.withdrawHeading")}</h1>
      <p>{t("publishedAnswers.withdrawIntro")}</p>
      <h2>{t("publishedAnswers.question")}</h2>
      <p className="prewrap">{answer.question}</p>
      <h2>{t("publishedAnswers.answer", { unit: answer.unit.name })}</h2>
      <p className="prewrap">{answer.answer}</p>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextAreaField field={fields.reason} label={t("publishedAnswers.withdrawReason")} rows={3} />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("publishedAnswers.withdrawSubmit")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
