import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { addReception, monthOf, registerEntries } from "~/modules/dialogue/register.server";
import { receptionSchema } from "~/modules/dialogue/schemas";
import { parseLocalDateTime } from "~/modules/dialogue/time";
import dialogueStyles from "~/styles/dialogue.css";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { MonthFilter } from "./__month-filter";
import { Field, IntentForm, type Result } from "./__session-parts";
import { readForm } from "~/utils/form-data.server";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

/** The unit's reception register (sổ tiếp công dân) for a month: printable, exportable as CSV. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  if (!user.unitId || !user.unit) notFound();
  const t = await getT(request);
  const month = monthOf(request);
  const [entries, receivers] = await Promise.all([
    registerEntries(user.unitId, month),
    db.user.findMany({ where: { unitId: user.unitId, role: { in: ["LEADER", "RECEPTION", "HANDLER"] }, disabled: false }, select: { id: true, fullName: true }, orderBy: { fullName: "asc" } }),
  ]);
  return json({ title: t("dialogue.register.heading"), unit: user.unit.name, month, entries, receivers, submissionToken: randomBytes(18).toString("base64url") });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "session:manage");
  if (!user.unitId) notFound();
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: receptionSchema });
  if (submission.status !== "success") return json({ result: submission.reply() as Result }, { status: 400 });
  const v = submission.value;
  const r = await addReception(user.unitId, { ...v, receivedAt: parseLocalDateTime(v.receivedAt)! });
  if (!r.ok) return json({ result: submission.reply({ fieldErrors: r.errors }) as Result }, { status: 400 });
  return redirectWithToast(`/desk/reception?month=${v.receivedAt.slice(0, 7)}`, { key: "dialogue.done.reception", type: "success" });
}

export default function Register() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { unit, month, entries, receivers, submissionToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="register-title" className="register-print">
      <h1 id="register-title">{t("dialogue.register.heading")}</h1>
      <MonthFilter unit={unit} month={month} />
      <p className="actions">
        <a href={`/desk/reception.csv?month=${month}`} download>
          {t("dialogue.register.csv")}
        </a>
        <Link to={`/desk/reception/frequency?month=${month}`}>{t("dialogue.frequency.heading")}</Link>
      </p>
      {entries.length ? (
        <table className="register-table data-table">
          <caption className="visually-hidden">{t("dialogue.register.heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dialogue.print.no")}</th>
              <th scope="col">{t("dialogue.register.when")}</th>
              <th scope="col">{t("dialogue.register.receiver")}</th>
              <th scope="col">{t("dialogue.register.visitor")}</th>
              <th scope="col">{t("dialogue.matter")}</th>
              <th scope="col">{t("dialogue.register.handling")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={e.id}>
                <td data-label={t("dialogue.print.no")}>{i + 1}</td>
                <td data-label={t("dialogue.register.when")}>{formatDateTime(e.receivedAt, language)}</td>
                <td data-label={t("dialogue.register.receiver")}>{e.receiver.fullName}</td>
                <td data-label={t("dialogue.register.visitor")}>
                  {e.visitorName}
                  {e.visitorContact ? <span className="muted"> ({e.visitorContact})</span> : null}
                </td>
                <td data-label={t("dialogue.matter")} className="prewrap">
                  {e.matter}
                </td>
                <td data-label={t("dialogue.register.handling")} className="prewrap">
                  {e.handling}
                  {e.case ? (
                    <>
                      {" "}
                      <Link to={`/desk/cases/${e.case.code}`} className="code">
                        {e.case.code}
                      </Link>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("common.noResults")}</p>
      )}
      <p className="print-hint">{t("dialogue.register.printHint")}</p>
      <div className="no-print">
        <IntentForm intent="reception" title={t("dialogue.register.add")} submit={t("dialogue.register.add")} result={actionData?.result}>
          <input type="hidden" name="submissionToken" value={submissionToken} />
          <Field id="rec-when" name="receivedAt" type="datetime-local" label={t("dialogue.register.when")} result={actionData?.result} />
          <Field id="rec-receiver" name="receiverId" label={t("dialogue.register.receiver")} result={actionData?.result}>
            <option value="">{t("file.choose")}</option>
            {receivers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.fullName}
              </option>
            ))}
          </Field>
          <Field id="rec-visitor" name="visitorName" label={t("dialogue.register.visitor")} result={actionData?.result} />
          <Field id="rec-contact" name="visitorContact" label={t("dialogue.register.contact")} required={false} result={actionData?.result} />
          <Field id="rec-matter" name="matter" label={t("dialogue.matter")} textarea result={actionData?.result} />
          <Field id="rec-handling" name="handling" label={t("dialogue.register.handling")} textarea result={actionData?.result} />
        </IntentForm>
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
