import { randomBytes } from "node:crypto";
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EvidenceFiles, FormErrors, Honeypot, SelectField, TextAreaField, TextField } from "~/components/forms";
import { PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { openConsultation } from "~/modules/democracy/consultations.server";
import { readDocumentsForm } from "~/modules/democracy/forms.server";
import { loadDemocracyRules, subjectRules } from "~/modules/democracy/rules.server";
import { openConsultationSchema } from "~/modules/democracy/schemas";
import { parseLocalDateTime, toLocalInput } from "~/modules/dialogue/time";
import { checkHoneypot } from "~/utils/honeypot.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { requireDemocracyDesk } from "./__democracy.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const [t, rules] = await Promise.all([getT(request), loadDemocracyRules()]);
  const now = new Date();
  return {
    title: t("democracy.desk.consultationForm.heading"),
    unit: user.unit.name,
    subjects: subjectRules(rules, "CONSULT", now).map((r) => r.code),
    defaults: { opensAt: toLocalInput(now), closesAt: toLocalInput(new Date(now.getTime() + 30 * 24 * 3600_000)) },
    submissionToken: randomBytes(18).toString("base64url"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const { formData, token, pending, fileErrors } = await readDocumentsForm(request);
  checkHoneypot(formData);
  const submission = parseWithZod(formData, { schema: openConsultationSchema });
  const sendBack = (extra: { fieldErrors?: Record<string, string[]>; formErrors?: string[] } = {}) =>
    data({ result: submission.reply(extra), fileErrors, pending, submissionToken: token }, { status: 400 });
  if (submission.status !== "success" || fileErrors.length) return sendBack();
  const v = submission.value;
  const result = await openConsultation(user, { ...v, opensAt: parseLocalDateTime(v.opensAt)!, closesAt: parseLocalDateTime(v.closesAt)! }, []);
  if (!result.ok) return sendBack("errors" in result ? { fieldErrors: result.errors } : { formErrors: ["democracy.refusals.conflict"] });
  return redirectWithToast(`/desk/democracy/consultations/${result.id}`, { key: "democracy.desk.consultationForm.opened", params: { title: v.title }, type: "success" });
}

export default function NewConsultation() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "open-consultation",
    constraint: getZodConstraint(openConsultationSchema),
    lastResult: actionData?.result,
    defaultValue: { ...data.defaults, subject: "" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: openConsultationSchema, errorMap: zodMessages }),
  });
  return (
    <section aria-labelledby="new-consultation-title" className="narrow-wide">
      <p>
        <Link to="/desk/democracy">{t("democracy.desk.heading")}</Link>
      </p>
      <PageHeader title={t("democracy.desk.consultationForm.heading")} titleId="new-consultation-title" subtitle={data.unit} />
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <input type="hidden" name="submissionToken" value={actionData?.submissionToken ?? data.submissionToken} />
        <SelectField field={fields.subject} label={t("democracy.desk.consultationForm.subject")}>
          <option value="">{t("file.choose")}</option>
          {data.subjects.map((code) => (
            <option key={code} value={code}>
              {t(`democracy.subjects.${code}`)}
            </option>
          ))}
        </SelectField>
        <TextField field={fields.title} label={t("democracy.title")} />
        <TextAreaField field={fields.description} label={t("democracy.description")} rows={8} />
        <TextField field={fields.opensAt} type="datetime-local" label={t("democracy.desk.matterForm.opensAt")} />
        <TextField field={fields.closesAt} type="datetime-local" label={t("democracy.desk.matterForm.closesAt")} />
        <EvidenceFiles legend={t("democracy.desk.matterForm.filesLegend")} pending={actionData?.pending ?? []} errors={actionData?.fileErrors} />
        <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
          {t("democracy.desk.consultationForm.submit")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
