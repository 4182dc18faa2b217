import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors } from "~/components/forms";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { localDate } from "~/modules/deadlines/calendar";
import { commitmentsPerItem } from "~/modules/dialogue/constants";
import { parseMinutesForm, type MinutesForm } from "~/modules/dialogue/minutes-form";
import { sessionRecordRefusal } from "~/modules/dialogue/held";
import { saveMinutes } from "~/modules/dialogue/minutes.server";
import { requireStaffSession } from "~/modules/dialogue/sessions.server";
import dialogueStyles from "~/styles/dialogue.css";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

async function agendaOf(sessionId: string) {
  return db.sessionAgendaItem.findMany({
    where: { sessionId },
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      title: true,
      discussion: true,
      conclusion: true,
      case: { select: { code: true } },
      commitments: { orderBy: { dueAt: "asc" }, select: { id: true, responsible: true, what: true, dueAt: true, status: true } },
    },
  });
}

export const shouldRevalidate = revalidateAfterRefusal;

/** The minutes of a session: per agenda item the discussion, the conclusion and commitments (who, what, by when). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "session:manage");
  const s = await requireStaffSession(user, params.id);
  const t = await getT(request);
  const agenda = await agendaOf(s.id);
  const form: MinutesForm = {
    version: s.version,
    summary: s.minutesSummary ?? "",
    items: agenda.map((a) => {
      const open = a.commitments.filter((c) => c.status === "OPEN");
      return {
        id: a.id,
        discussion: a.discussion ?? "",
        conclusion: a.conclusion ?? "",
        commitments: Array.from({ length: commitmentsPerItem }, (_, n) => {
          const c = open[n];
          return c ? { responsible: c.responsible, what: c.what, dueAt: localDate(c.dueAt) } : { responsible: "", what: "", dueAt: "" };
        }),
      };
    }),
  };
  return {
    title: t("dialogue.minutes.headingOf", { title: s.title }),
    s: { id: s.id, title: s.title, status: s.status, startsAt: s.startsAt, cancelReason: s.cancelReason },
    notYetHeld: sessionRecordRefusal(s, new Date()) === "not-yet-held",
    agenda: agenda.map((a) => ({ id: a.id, title: a.title, code: a.case?.code ?? null, done: a.commitments.filter((c) => c.status === "DONE") })),
    form,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "session:manage");
  const s = await requireStaffSession(user, params.id);
  const agenda = await db.sessionAgendaItem.findMany({ where: { sessionId: s.id }, select: { id: true } });
  const parsed = parseMinutesForm(await readForm(request), agenda.map((a) => a.id));
  // Refused or not, what the secretary typed comes back to the form.
  if (s.status === "CANCELLED") return data({ errors: { "": ["dialogue.errors.cancelled"] } as Record<string, string[]>, values: parsed.values }, { status: 409 });
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await saveMinutes(s.id, parsed.value);
  if (!result.ok) return data({ errors: result.errors, values: parsed.values }, { status: result.status ?? 400 });
  return redirectWithToast(`/desk/sessions/${s.id}`, { key: "dialogue.done.minutes", type: "success" });
}

export default function MinutesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { title, s, agenda, form, notYetHeld } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const values = actionData?.values ?? form;
  const errors = actionData?.errors ?? {};
  const err = (name: string) => errors[name];
  return (
    <section aria-labelledby="minutes-title" className="narrow-wide">
      <p>
        <Link to={`/desk/sessions/${s.id}`}>← {s.title}</Link>
      </p>
      <h1 id="minutes-title">{title}</h1>
      <p>{formatDateTime(s.startsAt, language)}</p>
      {s.status === "CANCELLED" ? (
        <p className="form-errors" role="alert">
          {t("dialogue.errors.cancelled")} {s.cancelReason ? `(${s.cancelReason})` : ""}
        </p>
      ) : (
        <Form method="post">
          {notYetHeld && !err("") ? <p className="notice">{t("dialogue.errors.notYetHeld")}</p> : null}
          <FormErrors errors={err("")} />
          <input type="hidden" name="version" value={form.version} />
          {agenda.length === 0 ? <p>{t("dialogue.noAgenda")}</p> : null}
          {agenda.map((a, i) => {
            const v = values.items.find((x) => x.id === a.id) ?? form.items[i]!;
            return (
              <fieldset key={a.id} className="agenda-item">
                <legend>
                  {i + 1}. {a.title}
                </legend>
                <div className="field">
                  <label htmlFor={`discussion-${a.id}`}>{t("dialogue.minutes.discussion")}</label>
                  <textarea id={`discussion-${a.id}`} name={`discussion-${a.id}`} rows={4} defaultValue={v.discussion} />
                  <ErrorList errors={err(`discussion-${a.id}`)} />
                </div>
                <div className="field">
                  <label htmlFor={`conclusion-${a.id}`}>{t("dialogue.minutes.conclusion")}</label>
                  <p id={`conclusion-${a.id}-hint`} className="field-hint">
                    {a.code ? t("dialogue.minutes.conclusionHint", { code: a.code }) : null}
                  </p>
                  <textarea id={`conclusion-${a.id}`} name={`conclusion-${a.id}`} rows={3} defaultValue={v.conclusion} aria-describedby={`conclusion-${a.id}-hint`} />
                  <ErrorList errors={err(`conclusion-${a.id}`)} />
                </div>
                {a.done.length ? (
                  <ul>
                    {a.done.map((d) => (
                      <li key={d.id}>
                        {t("dialogue.minutes.doneCommitment", { who: d.responsible, what: d.what })}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {v.commitments.map((c, n) => {
                  const key = `c-${a.id}-${n}`;
                  return (
                    <fieldset key={key} className="commitment-row">
                      <legend>{t("dialogue.minutes.commitmentN", { n: n + 1 })}</legend>
                      <div className="field">
                        <label htmlFor={`${key}-responsible`}>{t("dialogue.minutes.responsible")}</label>
                        <input id={`${key}-responsible`} name={`${key}-responsible`} defaultValue={c.responsible} aria-invalid={err(`${key}-responsible`) ? true : undefined} />
                        <ErrorList errors={err(`${key}-responsible`)} />
                      </div>
                      <div className="field">
                        <label htmlFor={`${key}-what`}>{t("dialogue.minutes.what")}</label>
                        <input id={`${key}-what`} name={`${key}-what`} defaultValue={c.what} aria-invalid={err(`${key}-what`) ? true : undefined} />
                        <ErrorList errors={err(`${key}-what`)} />
                      </div>
                      <div className="field">
                        <label htmlFor={`${key}-dueAt`}>{t("dialogue.minutes.dueAt")}</label>
                        <input id={`${key}-dueAt`} name={`${key}-dueAt`} type="date" defaultValue={c.dueAt} aria-invalid={err(`${key}-dueAt`) ? true : undefined} />
                        <ErrorList errors={err(`${key}-dueAt`)} />
                      </div>
                    </fieldset>
                  );
                })}
              </fieldset>
            );
          })}
          <div className="field">
            <label htmlFor="summary">{t("dialogue.minutes.summary")}</label>
            <textarea id="summary" name="summary" rows={4} defaultValue={values.summary} />
            <ErrorList errors={err("summary")} />
          </div>
          <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
            {t("dialogue.minutes.save")}
          </button>
        </Form>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
