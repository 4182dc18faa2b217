import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { ErrorList } from "~/components/forms";
import { DataTable } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { followUpStatuses } from "~/modules/mediation/constants";
import { formatDate, formatDateTime } from "~/utils/dates";
import { Checkboxes, Field, Panel, type Result } from "./__panels";

type Party = { id: string; role: string; name: string; contact: string | null; hasAccount: boolean; confirmedAt: string | null };
type Session = { id: string; heldAt: string; place: string | null; notes: string | null; present: string[]; absent: string[] };
type View = {
  code: string;
  status: string;
  version: number;
  agreementTerms: string | null;
  executionTerms: string | null;
  advice: string | null;
  parties: Party[];
  members: { id: string; fullName: string; isLeader: boolean }[];
  mediators: { id: string; fullName: string }[];
  followUps: { id: string; checkedAt: string; status: string; note: string | null }[];
  followUpCaseCode: string | null;
};

/** The link to the printable record of a mediation. */
export function RecordLink({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <p className="actions">
      <Link to={`/mediation/${code}/record`} className="button">
        {t("mediation.page.record")}
      </Link>
    </p>
  );
}

export function Description({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="description-title">
      <h2 id="description-title">{t("mediation.description")}</h2>
      <p className="prewrap">{text}</p>
    </section>
  );
}

export function Parties({ parties, showContacts, contactNotice }: { parties: Party[]; showContacts: boolean; contactNotice?: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="parties-title">
      <h2 id="parties-title">{t("mediation.page.partiesHeading")}</h2>
      {contactNotice ? <p className="field-hint">{t("mediation.page.contactHidden")}</p> : null}
      <DataTable
        caption={t("mediation.page.partiesHeading")}
        rows={parties}
        rowKey={(p) => p.id}
        empty="—"
        columns={[
          {
            key: "name",
            label: t("mediation.form.name"),
            header: t("mediation.form.name"),
            primary: true,
            cell: (p) => (
              <>
                {p.name}
                {p.hasAccount ? <span className="tag">{t("mediation.page.account")}</span> : null}
              </>
            ),
          },
          { key: "role", label: t("mediation.role"), header: t("mediation.role"), cell: (p) => t(`mediation.partyRoles.${p.role}`) },
          ...(showContacts ? [{ key: "contact", label: t("mediation.form.contact"), header: t("mediation.form.contact"), cell: (p: Party) => p.contact ?? "—" }] : []),
          { key: "confirmed", label: t("mediation.page.confirmed"), header: t("mediation.page.confirmed"), cell: (p) => (p.confirmedAt ? t("common.yes") : "—") },
        ]}
      />
    </section>
  );
}

export function Sessions({ sessions, parties }: { sessions: Session[]; parties: Party[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const name = (id: string) => parties.find((p) => p.id === id)?.name ?? "";
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("mediation.page.sessionsHeading")}</h2>
      {sessions.length ? (
        <ol className="timeline">
          {sessions.map((s) => (
            <li key={s.id}>
              <p className="timeline-head">
                <time dateTime={s.heldAt}>{formatDateTime(s.heldAt, language)}</time> — {s.place}
              </p>
              <p>
                {t("mediation.page.attendance")}: {s.present.map(name).join(", ") || "—"}
                {s.absent.length ? ` (${t("mediation.page.absent")}: ${s.absent.map(name).join(", ")})` : ""}
              </p>
              {s.notes ? <p className="event-note">{s.notes}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("mediation.page.noSessions")}</p>
      )}
    </section>
  );
}

export function Outcome({ m }: { m: Pick<View, "status" | "agreementTerms" | "executionTerms" | "advice"> }) {
  const { t } = useTranslation();
  if (m.status === "OPEN") return null;
  return (
    <section aria-labelledby="outcome-title" className="notice">
      <h2 id="outcome-title">
        {t("mediation.page.outcomeHeading")}: {t(`mediation.statuses.${m.status}`)}
      </h2>
      {m.agreementTerms ? (
        <>
          <h3>{t("mediation.page.agreementTerms")}</h3>
          <p className="prewrap">{m.agreementTerms}</p>
        </>
      ) : null}
      {m.executionTerms ? (
        <>
          <h3>{t("mediation.page.executionTerms")}</h3>
          <p className="prewrap">{m.executionTerms}</p>
        </>
      ) : null}
      {m.advice ? (
        <>
          <h3>{t("mediation.page.advice")}</h3>
          <p className="prewrap">{m.advice}</p>
        </>
      ) : null}
    </section>
  );
}

export function FollowUps({ m }: { m: Pick<View, "followUps" | "followUpCaseCode"> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <section aria-labelledby="followups-title">
      <h2 id="followups-title">{t("mediation.page.followUpsHeading")}</h2>
      <DataTable
        caption={t("mediation.page.followUpsHeading")}
        rows={m.followUps}
        rowKey={(f) => f.id}
        empty={t("mediation.page.noFollowUps")}
        columns={[
          { key: "checkedAt", label: t("mediation.page.checkedAt"), header: t("mediation.page.checkedAt"), primary: true, cell: (f) => formatDate(f.checkedAt, language) },
          { key: "status", label: t("mediation.page.followUpStatus"), header: t("mediation.page.followUpStatus"), cell: (f) => t(`mediation.followUpStatuses.${f.status}`) },
          { key: "note", label: t("mediation.page.note"), header: t("mediation.page.note"), cell: (f) => f.note ?? "" },
        ]}
      />
      {m.followUpCaseCode ? (
        <p>
          {t("mediation.page.followUpCase")}: <span className="code">{m.followUpCaseCode}</span>
        </p>
      ) : null}
    </section>
  );
}

/** The team's forms: assign, record a session, the three outcomes, follow-ups and turning a broken agreement into a case. */
export function MediationActions({ m, now, today, r }: { m: View; now: string; today: string; r: (intent: string) => Result }) {
  const { t } = useTranslation();
  const partyOptions = m.parties.map((p) => ({ value: p.id, label: `${p.name} (${t(`mediation.partyRoles.${p.role}`)})` }));
  const lastFollowUp = m.followUps.at(-1);
  return (
    <section aria-labelledby="mediation-actions-title">
      <h2 id="mediation-actions-title">{t("mediation.actions.heading")}</h2>
      {m.status === "OPEN" ? (
        <>
          <Panel intent="session" version={m.version} title={t("mediation.actions.session")} submit={t("mediation.actions.sessionSubmit")} result={r("session")} primary>
            <Field intent="session" name="heldAt" type="datetime-local" label={t("mediation.page.heldAt")} result={r("session")} defaultValue={now} />
            <Field intent="session" name="place" label={t("mediation.page.place")} result={r("session")} />
            <Checkboxes intent="session" name="present" legend={t("mediation.actions.presentLegend")} options={partyOptions} checked={() => true} result={r("session")} />
            <Field intent="session" name="notes" label={t("mediation.page.notes")} result={r("session")} textarea rows={5} />
          </Panel>
          <Panel intent="agree" version={m.version} title={t("mediation.actions.agree")} hint={t("mediation.actions.agreeHint")} submit={t("mediation.actions.agreeSubmit")} result={r("agree")}>
            <Field intent="agree" name="agreementTerms" label={t("mediation.page.agreementTerms")} result={r("agree")} textarea rows={5} />
            <Field intent="agree" name="executionTerms" label={t("mediation.page.executionTerms")} result={r("agree")} textarea />
            <Checkboxes intent="agree" name="confirmed" legend={t("mediation.actions.confirmLegend")} options={partyOptions} checked={() => false} result={r("agree")} />
          </Panel>
          <Panel intent="notAgree" version={m.version} title={t("mediation.actions.notAgree")} hint={t("mediation.actions.notAgreeHint")} submit={t("mediation.actions.notAgreeSubmit")} result={r("notAgree")}>
            <Field intent="notAgree" name="advice" label={t("mediation.page.advice")} result={r("notAgree")} textarea />
          </Panel>
          <Panel intent="assign" version={m.version} title={t("mediation.actions.assign")} submit={t("mediation.actions.assign")} result={r("assign")}>
            <Checkboxes
              intent="assign"
              name="mediatorIds"
              legend={t("mediation.form.mediatorsLegend")}
              options={m.members.map((x) => ({ value: x.id, label: x.isLeader ? `${x.fullName} (${t("mediation.teams.leader")})` : x.fullName }))}
              checked={(id) => m.mediators.some((x) => x.id === id)}
              result={r("assign")}
            />
          </Panel>
          <Panel intent="withdraw" version={m.version} title={t("mediation.actions.withdraw")} submit={t("mediation.actions.withdrawSubmit")} result={r("withdraw")} />
        </>
      ) : null}
      {m.status === "AGREED" ? (
        <>
          <Panel intent="followUp" version={m.version} title={t("mediation.actions.followUp")} submit={t("mediation.actions.followUpSubmit")} result={r("followUp")} primary>
            <Field intent="followUp" name="checkedAt" type="date" label={t("mediation.page.checkedAt")} result={r("followUp")} defaultValue={today} />
            <div className="field">
              <label htmlFor="followUp-status">{t("mediation.page.followUpStatus")}</label>
              <select id="followUp-status" name="status" required defaultValue={String(r("followUp")?.initialValue?.status ?? "")}>
                <option value="">{t("file.choose")}</option>
                {followUpStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`mediation.followUpStatuses.${s}`)}
                  </option>
                ))}
              </select>
              <ErrorList errors={r("followUp")?.error?.status} />
            </div>
            <Field intent="followUp" name="note" label={t("mediation.page.note")} result={r("followUp")} textarea required={false} />
          </Panel>
          {lastFollowUp?.status === "BROKEN" && !m.followUpCaseCode ? (
            <Panel intent="toCase" version={m.version} title={t("mediation.actions.toCase")} hint={t("mediation.actions.toCaseHint")} submit={t("mediation.actions.toCaseSubmit")} result={r("toCase")} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
