import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { IntentForm, RuleBasis, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { ActionItem, ActionPanel, Badge, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { conferenceForOfficer, publishConferenceReport } from "~/modules/democracy/conference.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { requireDemocracyDesk } from "./__democracy.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

async function load(request: Request, id: string | undefined) {
  const user = await requireDemocracyDesk(request);
  const view = id && /^[a-z0-9]{10,40}$/i.test(id) ? await conferenceForOfficer(user, id) : null;
  if (!view) notFound();
  return { user, view };
}

export const shouldRevalidate = revalidateAfterRefusal;

/** The annual conference: its statutory agenda and deadlines; its results published once held and minuted. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { view } = await load(request, params.sessionId);
  return { title: view.session.title, ...view };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, view } = await load(request, params.sessionId);
  const result = await publishConferenceReport(user, view.session.id);
  if (!result.ok) return data({ intent: "publish", errors: "errors" in result ? result.errors : { "": ["democracy.refusals.conflict"] }, values: null }, { status: 400 });
  return redirectWithToast(`/desk/democracy/conferences/${view.session.id}`, { key: "democracy.desk.conferencesPage.published", type: "success" });
}

export default function Conference() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { conference: c, session: s, mayPublish, reportLate, rules } = useLoaderData<typeof loader>();
  const publish = resultFor(useActionData<typeof action>(), "publish");
  return (
    <article aria-labelledby="conference-title">
      <p>
        <Link to="/desk/democracy/conferences">{t("democracy.desk.conferences")}</Link>
      </p>
      <PageHeader
        title={s.title}
        titleId="conference-title"
        subtitle={`${formatDateTime(s.startsAt, language)} · ${s.place ?? s.link ?? ""}`}
        badges={
          <>
            <Badge>{t(`dialogue.statuses.${s.status}`)}</Badge>
            {c.reportNoticeId ? <Badge tone="ok">{t("democracy.desk.conferencesPage.reportedAt")}</Badge> : reportLate ? <Badge tone="danger">{t("democracy.desk.conferencesPage.reportLate")}</Badge> : null}
          </>
        }
        actions={<Link to={`/desk/sessions/${s.id}`}>{t("democracy.desk.conferencesPage.session")}</Link>}
      />
      {!c.reportNoticeId ? (
        <ActionPanel title={t("democracy.desk.matter.actions")} hint={mayPublish ? undefined : t("democracy.desk.conferencesPage.publishHint")}>
          {mayPublish ? (
            <ActionItem id="publish" label={t("democracy.desk.conferencesPage.publish")} primary open>
              <IntentForm intent="publish" submit={t("democracy.desk.conferencesPage.publish")} errors={publish.errors} primary />
            </ActionItem>
          ) : null}
        </ActionPanel>
      ) : (
        <p>
          <Link to={`/notices/${c.reportNoticeId}`}>{t("democracy.resultNotice")}</Link>
        </p>
      )}
      <dl className="facts">
        <Fact term={t("democracy.desk.conferencesPage.chair")}>{`${s.chair.fullName}${s.chair.position ? ` — ${s.chair.position}` : ""}`}</Fact>
        <Fact term={t("democracy.desk.conferencesPage.announceBy")}>{formatDate(c.announceBy, language)}</Fact>
        <Fact term={t("democracy.desk.conferencesPage.reportDueAt")}>{formatDate(c.reportDueAt, language)}</Fact>
        {c.reportedAt ? <Fact term={t("democracy.desk.conferencesPage.reportedAt")}>{formatDateTime(c.reportedAt, language)}</Fact> : null}
        {rules.map((r) => (
          <Fact key={r.code} term={t(`democracy.subjects.${r.code}`)}>
            <RuleBasis rule={r} />
          </Fact>
        ))}
      </dl>
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t("democracy.desk.conferencesPage.agenda")}</h2>
        <ol>
          {s.agenda.map((a) => (
            <li key={a.title}>
              {a.title}
              {a.conclusion ? <p className="prewrap">{a.conclusion}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
