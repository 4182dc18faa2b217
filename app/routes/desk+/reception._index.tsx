import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DataTable, PageHeader, type Column } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission, userHasPermission } from "~/modules/auth/guards.server";
import { caseKinds } from "~/modules/cases/constants";
import { isSealedLine, handlingModes, receptionKinds } from "~/modules/reports/registers";
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
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

export const shouldRevalidate = revalidateAfterRefusal;

/**
 * The unit's reception for a month: the lines entered, and the form that
 * records a visit with the register's columns (identity document, address,
 * people and a group's representatives, kind, handling). The register itself
 * — printable by period, searchable, CSV — is /desk/registers/reception.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  if (!user.unitId || !user.unit) notFound();
  const t = await getT(request);
  const month = monthOf(request);
  const [entries, receivers] = await Promise.all([
    registerEntries(user.unitId, month),
    db.user.findMany({ where: { unitId: user.unitId, role: { in: ["LEADER", "RECEPTION", "HANDLER"] }, disabled: false }, select: { id: true, fullName: true }, orderBy: { fullName: "asc" } }),
  ]);
  const sealed = t("reports.registers.sealed");
  return {
    title: t("dialogue.register.heading"),
    unit: user.unit.name,
    month,
    // A denouncer's identity is not listed (DESIGN.md "Confidentiality").
    entries: entries.map(({ visitorName, visitorContact, ...e }) =>
      isSealedLine(e, e.case) ? { ...e, visitorName: sealed, visitorContact: null } : { ...e, visitorName, visitorContact },
    ),
    receivers,
    submissionToken: randomBytes(18).toString("base64url"),
    // Only those who may open the frequency page get its link (it is a 403 for the others).
    canSeeFrequency: userHasPermission(user, "report:unit"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "session:manage");
  if (!user.unitId) notFound();
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: receptionSchema });
  if (submission.status !== "success") return data({ result: submission.reply() as Result }, { status: 400 });
  const v = submission.value;
  const r = await addReception(user.unitId, { ...v, receivedAt: parseLocalDateTime(v.receivedAt)! });
  if (!r.ok) return data({ result: submission.reply({ fieldErrors: r.errors }) as Result }, { status: 400 });
  return redirectWithToast(`/desk/reception?month=${v.receivedAt.slice(0, 7)}`, { key: "dialogue.done.reception", type: "success" });
}

export default function Reception() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { unit, month, entries, receivers, submissionToken, canSeeFrequency } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const result = actionData?.result;
  const [year, monthNo] = month.split("-");
  type Entry = (typeof entries)[number];
  const columns: Column<Entry>[] = [
    { key: "when", header: t("dialogue.register.when"), label: t("dialogue.register.when"), primary: true, cell: (e) => formatDateTime(e.receivedAt, language) },
    { key: "visitor", header: t("dialogue.register.visitor"), label: t("dialogue.register.visitor"), cell: (e) => e.visitorName },
    {
      key: "kind",
      header: t("reports.reception.classification"),
      label: t("reports.reception.classification"),
      cell: (e) => `${e.classification ? t(`caseKind.${e.classification}`) : "—"} / ${e.peopleCount}`,
    },
    { key: "matter", header: t("dialogue.matter"), label: t("dialogue.matter"), cell: (e) => <span className="prewrap">{e.matter}</span> },
    {
      key: "handling",
      header: t("dialogue.register.handling"),
      label: t("dialogue.register.handling"),
      cell: (e) => (
        <span className="prewrap">
          {e.handling}
          {e.case ? (
            <>
              {" "}
              <Link to={`/desk/cases/${e.case.code}`} className="code">
                {e.case.code}
              </Link>
            </>
          ) : null}
        </span>
      ),
    },
    { key: "receiver", header: t("dialogue.register.receiver"), label: t("dialogue.register.receiver"), wideOnly: true,
      cell: (e) => (
        <>
          {e.receiver.fullName}
          {e.host === "PEOPLES_COUNCIL_STANDING" ? <span className="muted"> ({t("receptionDuty.council")})</span> : null}
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="register-title">
      <PageHeader
        titleId="register-title"
        title={t("dialogue.register.heading")}
        actions={
          <a className="button primary" href="#reception-title">
            {t("dialogue.register.add")}
          </a>
        }
      />
      <MonthFilter unit={unit} month={month} />
      <p className="actions">
        <Link to={`/desk/registers/reception?${new URLSearchParams({ period: "month", year: year!, month: String(Number(monthNo)) })}`}>{t("reports.registers.kinds.reception")}</Link>{" "}
        <a href={`/desk/reception.csv?month=${month}`} download>
          {t("dialogue.register.csv")}
        </a>{" "}
        {canSeeFrequency ? <Link to={`/desk/reception/frequency?month=${month}`}>{t("dialogue.frequency.heading")}</Link> : null}
      </p>
      <DataTable caption={t("dialogue.register.heading")} columns={columns} rows={entries} rowKey={(e) => e.id} empty={t("common.noResults")} />
      <IntentForm intent="reception" title={t("dialogue.register.add")} submit={t("dialogue.register.add")} result={result} primary>
        <input type="hidden" name="submissionToken" value={submissionToken} />
        <Field id="rec-when" name="receivedAt" type="datetime-local" label={t("dialogue.register.when")} result={result} />
        <Field id="rec-receiver" name="receiverId" label={t("dialogue.register.receiver")} result={result}>
          <option value="">{t("file.choose")}</option>
          {receivers.map((u) => (
            <option key={u.id} value={u.id}>
              {u.fullName}
            </option>
          ))}
        </Field>
        <Field id="rec-host" name="host" label={t("receptionDuty.host")} hint={t("receptionDuty.hostHint")} result={result}>
          <option value="HEAD">{t("receptionDuty.hosts.HEAD")}</option>
          <option value="PEOPLES_COUNCIL_STANDING">{t("receptionDuty.hosts.PEOPLES_COUNCIL_STANDING")}</option>
        </Field>
        <Field id="rec-kind" name="receptionKind" label={t("reports.reception.receptionKind")} result={result}>
          {receptionKinds.map((k) => (
            <option key={k} value={k}>
              {t(`reports.registers.receptionKinds.${k}`)}
            </option>
          ))}
        </Field>
        <Field id="rec-visitor" name="visitorName" label={t("dialogue.register.visitor")} result={result} />
        <Field id="rec-id" name="visitorIdNumber" label={t("reports.reception.idNumber")} hint={t("reports.reception.idNumberHint")} required={false} result={result} />
        <Field id="rec-address" name="visitorAddress" label={t("reports.reception.address")} required={false} result={result} />
        <Field id="rec-contact" name="visitorContact" label={t("dialogue.register.contact")} required={false} result={result} />
        <Field id="rec-people" name="peopleCount" type="number" label={t("reports.reception.peopleCount")} hint={t("reports.reception.peopleCountHint")} defaultValue="1" result={result} />
        <Field id="rec-reps" name="representatives" textarea label={t("reports.reception.representatives")} hint={t("reports.reception.representativesHint")} required={false} result={result} />
        <Field id="rec-class" name="classification" label={t("reports.reception.classification")} result={result}>
          <option value="">{t("file.choose")}</option>
          {caseKinds.map((k) => (
            <option key={k} value={k}>
              {t(`caseKind.${k}`)}
            </option>
          ))}
        </Field>
        <div className="field field-checkbox">
          <input id="rec-repeat" type="checkbox" name="repeatVisit" defaultChecked={result?.initialValue?.repeatVisit === "on"} />
          <label htmlFor="rec-repeat">{t("reports.reception.repeatVisit")}</label>
        </div>
        <Field id="rec-matter" name="matter" label={t("dialogue.matter")} textarea result={result} />
        <Field id="rec-before" name="resolvedBefore" label={t("reports.reception.resolvedBefore")} required={false} result={result} />
        <Field id="rec-mode" name="handlingMode" label={t("reports.reception.handlingMode")} result={result}>
          <option value="">{t("file.choose")}</option>
          {handlingModes.map((m) => (
            <option key={m} value={m}>
              {t(`reports.registers.handling.${m}`)}
            </option>
          ))}
        </Field>
        <Field id="rec-handling" name="handling" label={t("reports.reception.handlingDetail")} textarea result={result} />
      </IntentForm>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
