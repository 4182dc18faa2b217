import { randomBytes } from "node:crypto";
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CheckboxField, EvidenceFiles, FormErrors, Honeypot, SelectField, TextAreaField, TextField } from "~/components/forms";
import { PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { unitAreas } from "~/modules/democracy/areas.server";
import { matterForms } from "~/modules/democracy/constants";
import { readDocumentsForm } from "~/modules/democracy/forms.server";
import { openMatter } from "~/modules/democracy/matters.server";
import { loadDemocracyRules, subjectRules } from "~/modules/democracy/rules.server";
import { openMatterSchema } from "~/modules/democracy/schemas";
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
  const [t, areas, rules] = await Promise.all([getT(request), unitAreas(user.unitId), loadDemocracyRules()]);
  const now = new Date();
  return {
    title: t("democracy.desk.matterForm.heading"),
    unit: user.unit.name,
    areas: areas.filter((a) => a.active && a.households > 0).map((a) => ({ id: a.id, name: a.name, households: a.households })),
    subjects: subjectRules(rules, "DECIDE", now).map((r) => ({ code: r.code, secret: r.secretBallot, online: r.onlineBallot })),
    defaults: { opensAt: toLocalInput(now), closesAt: toLocalInput(new Date(now.getTime() + 14 * 24 * 3600_000)) },
    submissionToken: randomBytes(18).toString("base64url"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const { formData, token, pending, fileErrors } = await readDocumentsForm(request);
  checkHoneypot(formData);
  const submission = parseWithZod(formData, { schema: openMatterSchema });
  const sendBack = (extra: { fieldErrors?: Record<string, string[]>; formErrors?: string[] } = {}) =>
    data({ result: submission.reply(extra), fileErrors, pending, submissionToken: token }, { status: 400 });
  if (submission.status !== "success" || fileErrors.length) return sendBack();
  const v = submission.value;
  const result = await openMatter(
    user,
    {
      ...v,
      areaId: v.areaId || null,
      opensAt: parseLocalDateTime(v.opensAt)!,
      closesAt: parseLocalDateTime(v.closesAt)!,
      secret: !!v.secret,
      online: !!v.online,
    },
    [],
  );
  if (!result.ok) return sendBack("errors" in result ? { fieldErrors: result.errors } : { formErrors: ["democracy.refusals.conflict"] });
  return redirectWithToast(`/desk/democracy/matters/${result.id}`, { key: "democracy.desk.matterForm.opened", params: { title: v.title }, type: "success" });
}

export default function NewMatter() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "open-matter",
    constraint: getZodConstraint(openMatterSchema),
    lastResult: actionData?.result,
    defaultValue: { ...data.defaults, form: "BALLOT", online: "on", subject: "", areaId: data.areas[0]?.id ?? "" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: openMatterSchema, errorMap: zodMessages }),
  });
  return (
    <section aria-labelledby="new-matter-title" className="narrow-wide">
      <p>
        <Link to="/desk/democracy">{t("democracy.desk.heading")}</Link>
      </p>
      <PageHeader title={t("democracy.desk.matterForm.heading")} titleId="new-matter-title" subtitle={data.unit} />
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <input type="hidden" name="submissionToken" value={actionData?.submissionToken ?? data.submissionToken} />
        <SelectField field={fields.subject} label={t("democracy.desk.matterForm.subject")}>
          <option value="">{t("file.choose")}</option>
          {data.subjects.map((s) => (
            <option key={s.code} value={s.code}>
              {t(`democracy.subjects.${s.code}`)}
            </option>
          ))}
        </SelectField>
        <TextField field={fields.title} label={t("democracy.title")} />
        <TextAreaField field={fields.description} label={t("democracy.description")} rows={6} />
        <SelectField field={fields.areaId} label={t("democracy.desk.matterForm.area")}>
          {data.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.households})
            </option>
          ))}
          <option value="">{t("democracy.desk.matterForm.wholeCommune")}</option>
        </SelectField>
        <SelectField field={fields.form} label={t("democracy.desk.matterForm.form")}>
          {matterForms.map((f) => (
            <option key={f} value={f}>
              {t(`democracy.forms.${f}`)}
            </option>
          ))}
        </SelectField>
        <TextField field={fields.opensAt} type="datetime-local" label={t("democracy.desk.matterForm.opensAt")} hint={t("democracy.desk.matterForm.periodHint")} />
        <TextField field={fields.closesAt} type="datetime-local" label={t("democracy.desk.matterForm.closesAt")} />
        <TextField field={fields.meetingPlace} label={t("democracy.desk.matterForm.meetingPlace")} optional />
        <CheckboxField field={fields.online} label={t("democracy.desk.matterForm.online")} hint={t("democracy.desk.matterForm.onlineHint")} />
        <CheckboxField field={fields.secret} label={t("democracy.desk.matterForm.secret")} hint={t("democracy.desk.matterForm.secretHint")} />
        <EvidenceFiles legend={t("democracy.desk.matterForm.filesLegend")} pending={actionData?.pending ?? []} errors={actionData?.fileErrors} />
        <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
          {t("democracy.desk.matterForm.submit")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
