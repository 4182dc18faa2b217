import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { FormErrors, TextAreaField } from "~/components/forms";
import { NoticeDetails } from "~/components/notice";
import type { Language } from "~/i18n/config";
import { requirePermission } from "~/modules/auth/guards.server";
import { mayManageNotices, staffNotice, takeDownNotice } from "~/modules/board/notices.server";
import { takeDownSchema } from "~/modules/board/schemas";
import { formatDate, formatDateTime } from "~/utils/dates";
import { forbidden, notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import boardStyles from "~/styles/board.css";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: boardStyles }];

/** The notice for its own unit's officers (another unit's: 403), with the take-down form. */
async function load(request: Request, id: string | undefined) {
  const user = await requirePermission(request, "notice:post");
  const notice = id && /^[a-z0-9]{10,40}$/i.test(id) ? await staffNotice(id) : null;
  if (!notice) notFound();
  if (!mayManageNotices(user, notice.unitId)) forbidden();
  return { user, notice };
}

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { notice } = await load(request, params.noticeId);
  return json({ title: notice.title, notice, now: new Date().toISOString() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, notice } = await load(request, params.noticeId);
  const submission = parseWithZod(await readForm(request), { schema: takeDownSchema });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const result = await takeDownNotice(user, notice.id, submission.value.reason);
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    if (result.error === "not-found") notFound();
    return json({ result: submission.reply({ formErrors: ["noticeBoard.errors.alreadyDown"] }) }, { status: 409 });
  }
  return redirectWithToast("/desk/notices", { key: result.early ? "noticeBoard.desk.takenDownEarly" : "noticeBoard.desk.takenDown", type: result.early ? "info" : "success" });
}

export default function DeskNotice() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { notice, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "take-down",
    constraint: getZodConstraint(takeDownSchema),
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: takeDownSchema, errorMap: zodMessages }),
  });
  const up = !notice.takenDownAt;
  // A permanent notice (or one up until replaced) has no end: taking it down without a replacement is early.
  const wouldBeEarly = up && notice.state === "POSTED" && (notice.minimumUntil === null || new Date(now) < new Date(notice.minimumUntil));
  const isPublic = notice.state === "POSTED" || notice.state === "TAKEN_DOWN";
  return (
    <article aria-labelledby="desk-notice-title">
      <p>
        <Link to="/desk/notices">{t("noticeBoard.desk.heading")}</Link>
      </p>
      <h1 id="desk-notice-title">{notice.title}</h1>
      <NoticeDetails notice={notice}>
        <Fact term={t("noticeBoard.desk.postedBy")}>
          {notice.postedBy.fullName} · {formatDateTime(notice.createdAt, language)}
        </Fact>
      </NoticeDetails>
      {isPublic ? (
        <p>
          <Link to={`/notices/${notice.id}`}>{t("noticeBoard.desk.publicLink")}</Link>
        </p>
      ) : null}
      {up ? (
        <section className="action-panel" aria-labelledby="take-down-title">
          <h2 id="take-down-title">{t("noticeBoard.desk.takeDownHeading")}</h2>
          {wouldBeEarly ? (
            <p className="notice" role="note">
              {t("noticeBoard.desk.takeDownEarlyHint", { minDays: notice.minDays, until: notice.minimumUntil ? formatDate(notice.minimumUntil, language) : t(`noticeRules.until.${notice.posting === "UNTIL_REPLACED" ? "UNTIL_REPLACED" : "PERMANENT"}`) })}
            </p>
          ) : null}
          <Form method="post" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} />
            <TextAreaField field={fields.reason} label={t("noticeBoard.desk.takeDownReason")} rows={3} />
            <button type="submit" className="button" disabled={navigation.state === "submitting"}>
              {t("noticeBoard.desk.takeDownSubmit")}
            </button>
          </Form>
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
