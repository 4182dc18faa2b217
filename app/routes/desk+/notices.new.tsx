import { randomBytes } from "node:crypto";
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EvidenceFiles, FormErrors, Honeypot, SelectField, TextAreaField, TextField } from "~/components/forms";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { legalMinDays, noticeCategories } from "~/modules/board/categories";
import { noticeRules, postNotice } from "~/modules/board/notices.server";
import { localToday } from "~/modules/board/posting";
import { postNoticeSchema } from "~/modules/board/schemas";
import { fileProblemMessages, keepPendingFiles, pendingFiles, readFormWithEvidence } from "~/modules/cases/evidence.server";
import { DataTable } from "~/components/kit";
import { db } from "~/utils/db.server";
import { checkHoneypot } from "~/utils/honeypot.server";
import { clientAddress, forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

async function officer(request: Request) {
  const user = await requirePermission(request, "notice:post");
  if (!user.unitId) forbidden();
  return user;
}

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await officer(request);
  const [t, rules, current] = await Promise.all([
    getT(request),
    noticeRules(),
    // What a new notice may replace: the unit's notices still up (or scheduled), newest first.
    db.notice.findMany({ where: { unitId: user.unitId!, takenDownAt: null, replacedBy: null }, orderBy: [{ postedAt: "desc" }, { id: "desc" }], take: 50, select: { id: true, title: true, category: true } }),
  ]);
  return {
    title: t("noticeBoard.desk.new"),
    unitName: user.unit?.name ?? "",
    rules: rules.map((r) => ({ category: r.category, posting: r.posting, minDays: r.minDays, basis: `${r.document}, Điều ${r.article}` })),
    current,
    today: localToday(new Date()),
    submissionToken: randomBytes(18).toString("base64url"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await officer(request);
  const { formData, files, problems } = await readFormWithEvidence(request);
  checkHoneypot(formData);
  const submission = parseWithZod(formData, { schema: postNoticeSchema });
  const token = String(formData.get("submissionToken") ?? "");
  const tokenOk = /^[A-Za-z0-9_-]{16,64}$/.test(token);
  // Files sent with a form that comes back for correction are kept: nobody uploads them twice.
  const kept = tokenOk && files.length ? await keepPendingFiles(token, files, clientAddress(request)) : { notKept: 0 };
  const pending = tokenOk ? await pendingFiles(token) : [];
  const fileErrors = fileProblemMessages(kept.notKept ? [...problems, { form: "files-not-kept" }] : problems);
  const sendBack = (extra: { fieldErrors?: Record<string, string[]> } = {}) =>
    data({ result: submission.reply(extra), fileErrors, pending, submissionToken: tokenOk ? token : null }, { status: 400 });
  if (submission.status !== "success" || fileErrors.length) return sendBack();

  const result = await postNotice(user, submission.value, []);
  if (!result.ok) {
    if ("forbidden" in result) forbidden();
    return sendBack({ fieldErrors: result.errors });
  }
  return redirectWithToast(`/desk/notices/${result.id}`, { key: "noticeBoard.desk.posted", params: { title: submission.value.title }, type: "success" });
}

export default function NewNotice() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "post-notice",
    constraint: getZodConstraint(postNoticeSchema),
    lastResult: actionData?.result,
    defaultValue: { minDays: String(legalMinDays), category: "" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: postNoticeSchema, errorMap: zodMessages }),
  });
  const pending = actionData?.pending ?? [];
  return (
    <section aria-labelledby="new-notice-title" className="narrow-wide">
      <h1 id="new-notice-title">{t("noticeBoard.desk.new")}</h1>
      <p>{data.unitName}</p>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Honeypot />
        <input type="hidden" name="submissionToken" value={actionData?.submissionToken ?? data.submissionToken} />
        <SelectField field={fields.category} label={t("noticeBoard.category")}>
          <option value="">{t("file.choose")}</option>
          {noticeCategories.map((c) => (
            <option key={c} value={c}>
              {t(`noticeBoard.categories.${c}`)}
            </option>
          ))}
        </SelectField>
        <TextField field={fields.title} label={t("noticeBoard.title")} />
        <TextAreaField field={fields.body} label={t("noticeBoard.body")} rows={10} />
        <TextField field={fields.postedOn} type="date" label={t("noticeBoard.desk.postedOn")} hint={t("noticeBoard.desk.postedOnHint")} min={data.today} optional />
        <TextField field={fields.minDays} type="number" label={t("noticeBoard.desk.minDays")} hint={t("noticeBoard.desk.minDaysHint")} min={legalMinDays} step={1} />
        <TextField field={fields.decisionOn} type="date" label={t("noticeRules.decisionOn")} hint={t("noticeRules.decisionOnHint")} max={data.today} optional />
        {data.current.length ? (
          <SelectField field={fields.replacesId} label={t("noticeRules.replaces")} hint={t("noticeRules.replacesHint")} optional>
            <option value="">{t("noticeRules.replacesNone")}</option>
            {data.current.map((n) => (
              <option key={n.id} value={n.id}>
                {n.title} ({t(`noticeBoard.categories.${n.category}`)})
              </option>
            ))}
          </SelectField>
        ) : null}
        <EvidenceFiles legend={t("noticeBoard.desk.filesLegend")} pending={pending} errors={actionData?.fileErrors} />
        <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
          {t("noticeBoard.desk.submit")}
        </button>
      </Form>
      <DataTable
        caption={t("noticeRules.rulesHeading")}
        captionVisible
        rows={data.rules}
        rowKey={(r) => r.category}
        empty="—"
        columns={[
          { key: "category", header: t("noticeBoard.category"), label: t("noticeBoard.category"), primary: true, cell: (r) => t(`noticeBoard.categories.${r.category}`) },
          { key: "rule", header: t("noticeRules.rule"), label: t("noticeRules.rule"), cell: (r) => t(`noticeRules.posting.${r.posting === "PERMANENT" || r.posting === "UNTIL_REPLACED" ? r.posting : "DAYS"}`, { days: r.minDays ?? legalMinDays }) },
          { key: "basis", header: t("noticeRules.basis"), label: t("noticeRules.basis"), wideOnly: true, cell: (r) => r.basis },
        ]}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
