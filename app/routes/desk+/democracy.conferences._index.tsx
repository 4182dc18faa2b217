import { readForm } from "~/utils/form-data.server";
import { randomBytes } from "node:crypto";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { Field, IntentForm, Select, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ActionItem, ActionPanel, Badge, DataTable, AppLink, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { conferenceYear } from "~/modules/democracy/conference";
import { scheduleConference, unitConferences } from "~/modules/democracy/conference.server";
import { ruleInForce } from "~/modules/democracy/rules";
import { loadDemocracyRules } from "~/modules/democracy/rules.server";
import { conferenceSchema } from "~/modules/democracy/schemas";
import { chairOptions } from "~/modules/dialogue/sessions.server";
import { toLocalInput } from "~/modules/dialogue/time";
import { formatDate, formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { requireDemocracyDesk } from "./__democracy.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** The annual dialogue conferences: when they were held, whether their results were published in time; a new one. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const now = new Date();
  const [t, conferences, chairs, rules] = await Promise.all([getT(request), unitConferences(user.unitId), chairOptions(user.unitId), loadDemocracyRules()]);
  const year = conferenceYear(now);
  const start = new Date(now.getTime() + 14 * 24 * 3600_000);
  return {
    title: t("democracy.desk.conferencesPage.heading"),
    unit: user.unit.name,
    conferences,
    chairs,
    year,
    heldThisYear: conferences.some((c) => c.year === year && c.session?.status !== "CANCELLED"),
    noticeDays: ruleInForce(rules, "CONFERENCE_NOTICE", now)?.days ?? null,
    reportDays: ruleInForce(rules, "CONFERENCE_REPORT", now)?.days ?? null,
    defaults: { title: t("democracy.desk.conferencesPage.defaultTitle", { unit: user.unit.name, year }), startsAt: toLocalInput(start), endsAt: toLocalInput(new Date(start.getTime() + 3 * 3600_000)) },
    token: randomBytes(18).toString("base64url"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const values = Object.fromEntries(await readForm(request)) as Record<string, string>;
  const parsed = conferenceSchema.safeParse({ ...values, place: values.place || undefined, link: values.link || undefined });
  if (!parsed.success) return data({ intent: "schedule", errors: parsed.error.flatten().fieldErrors as Record<string, string[]>, values }, { status: 400 });
  const result = await scheduleConference(user, { ...parsed.data, capacity: 0, isPublic: true });
  if (!result.ok) return data({ intent: "schedule", errors: "errors" in result ? result.errors : { "": ["democracy.refusals.conflict"] }, values }, { status: 400 });
  return redirectWithToast(`/desk/democracy/conferences/${result.sessionId}`, { key: "democracy.desk.conferencesPage.scheduled", type: "success" });
}

export default function Conferences() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const d = useLoaderData<typeof loader>();
  const form = resultFor(useActionData<typeof action>(), "schedule");
  return (
    <section aria-labelledby="conferences-title">
      <p>
        <Link to="/desk/democracy">{t("democracy.desk.heading")}</Link>
      </p>
      <PageHeader title={t("democracy.desk.conferencesPage.heading")} titleId="conferences-title" subtitle={d.unit} badges={d.heldThisYear ? null : <Badge tone="warn">{t("democracy.desk.conferencesPage.thisYearMissing", { year: d.year })}</Badge>} />
      {d.noticeDays !== null && d.reportDays !== null ? <p>{t("democracy.desk.conferencesPage.intro", { notice: d.noticeDays, report: d.reportDays })}</p> : null}
      <ActionPanel title={t("democracy.desk.matter.actions")}>
        <ActionItem id="schedule" label={t("democracy.desk.conferencesPage.schedule")} primary open={Object.keys(form.errors).length > 0 || !d.heldThisYear}>
          <IntentForm intent="schedule" submit={t("democracy.desk.conferencesPage.submit")} errors={form.errors} primary>
            <input type="hidden" name="submissionToken" value={form.values.submissionToken ?? d.token} />
            <Field intent="schedule" name="title" label={t("democracy.desk.conferencesPage.title")} required errors={form.errors.title} defaultValue={form.values.title ?? d.defaults.title} />
            <Select intent="schedule" name="chairId" label={t("democracy.desk.conferencesPage.chair")} options={d.chairs.map((c) => ({ value: c.id, label: `${c.fullName}${c.position ? ` — ${c.position}` : ""}` }))} defaultValue={form.values.chairId} errors={form.errors.chairId} />
            <Field intent="schedule" name="startsAt" type="datetime-local" label={t("democracy.desk.conferencesPage.startsAt")} required errors={form.errors.startsAt} defaultValue={form.values.startsAt ?? d.defaults.startsAt} />
            <Field intent="schedule" name="endsAt" type="datetime-local" label={t("democracy.desk.conferencesPage.endsAt")} required errors={form.errors.endsAt} defaultValue={form.values.endsAt ?? d.defaults.endsAt} />
            <Field intent="schedule" name="place" label={t("democracy.desk.conferencesPage.place")} errors={form.errors.place} defaultValue={form.values.place} />
            <Field intent="schedule" name="link" type="url" label={t("democracy.desk.conferencesPage.link")} errors={form.errors.link} defaultValue={form.values.link} />
          </IntentForm>
        </ActionItem>
      </ActionPanel>
      <DataTable
        caption={t("democracy.desk.conferencesPage.heading")}
        rows={d.conferences}
        rowKey={(c) => c.id}
        empty={t("democracy.desk.conferencesPage.none")}
        columns={[
          { key: "title", header: t("democracy.desk.conferencesPage.title"), label: t("democracy.desk.conferencesPage.title"), primary: true, cell: (c) => <AppLink to={`/desk/democracy/conferences/${c.sessionId}`}>{c.session?.title ?? c.year}</AppLink> },
          { key: "at", header: t("democracy.desk.conferencesPage.startsAt"), label: t("democracy.desk.conferencesPage.startsAt"), cell: (c) => (c.session ? formatDateTime(c.session.startsAt, language) : "—") },
          { key: "status", header: t("democracy.status"), label: t("democracy.status"), cell: (c) => (c.session ? t(`dialogue.statuses.${c.session.status}`) : "—") },
          { key: "report", header: t("democracy.desk.conferencesPage.reportDueAt"), label: t("democracy.desk.conferencesPage.reportDueAt"), cell: (c) => (c.reportedAt ? `${t("democracy.desk.conferencesPage.reportedAt")} ${formatDate(c.reportedAt, language)}` : formatDate(c.reportDueAt, language)) },
        ]}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
