import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { CaseContent, Fact } from "~/components/facts";
import { ErrorList } from "~/components/forms";
import type { Language } from "~/i18n/config";
import { formatDate, formatDateTime, type DateValue } from "~/utils/dates";

type Rule = { legalBasis: string; unconfirmed: boolean; sourceUrl: string | null } | null;

/** A deadline's legal basis, and "unconfirmed" when its figure could not be checked against the text. */
function Basis({ rule }: { rule: Rule }) {
  const { t } = useTranslation();
  if (!rule) return null;
  return (
    <span className="muted">
      {" "}
      — {rule.legalBasis}
      {rule.unconfirmed ? (
        <span className="tag" title={t("procedure.unconfirmedHint")}>
          {t("procedure.unconfirmed")}
        </span>
      ) : null}
    </span>
  );
}

type FactsCase = {
  code: string;
  kind: string;
  channel: string;
  instance: number;
  unit: string;
  category: string | null;
  assignee: string | null;
  submittedAt: DateValue;
  acceptDueAt: DateValue | null;
  forwardDueAt: DateValue | null;
  dueAt: DateValue | null;
  pausedDays: number;
  extensionCount: number;
  complexity: string;
  remoteArea: boolean;
  filingLimitAt: DateValue | null;
  obstacleDays: number;
  filedLate: boolean;
  appealCode: string | null;
  appealOfCode: string | null;
  firstDecision: boolean;
};

/** The case's facts and every deadline with the rule row it runs on. */
export function CaseFacts({
  c,
  rules,
  dialogue,
  infoRequest,
}: {
  c: FactsCase;
  /** The request for information the case waits on: its reply-by date. */
  infoRequest?: { replyBy: string | null } | null;
  rules: { accept: Rule; resolve: Rule };
  dialogue: { gate: string; session: { id: string; title: string; startsAt: DateValue } | null };
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <section aria-labelledby="facts-title">
      <h2 id="facts-title">{t("procedure.facts")}</h2>
      <dl className="facts">
        <Fact term={t("cases.kind")}>
          {t(`caseKind.${c.kind}`)}
          {c.instance === 2 ? ` — ${t("cases.secondInstance")}` : ""}
        </Fact>
        <Fact term={t("desk.case.channel")}>{t(`channels.${c.channel}`)}</Fact>
        <Fact term={t("cases.unit")}>{c.unit}</Fact>
        <Fact term={t("file.category")}>{c.category ?? "—"}</Fact>
        <Fact term={t("inbox.assignee")}>{c.assignee ?? "—"}</Fact>
        <Fact term={t("cases.submittedAt")}>{formatDateTime(c.submittedAt, language)}</Fact>
        <Fact term={t("procedure.acceptBy")}>
          {formatDate(c.acceptDueAt, language) || "—"}
          <Basis rule={rules.accept} />
        </Fact>
        {infoRequest?.replyBy ? <Fact term={t("desk.case.replyBy")}>{formatDate(infoRequest.replyBy, language)}</Fact> : null}
        {c.forwardDueAt ? <Fact term={t("procedure.forwardBy")}>{formatDate(c.forwardDueAt, language)}</Fact> : null}
        <Fact term={t("procedure.dueAt")}>
          {formatDate(c.dueAt, language) || "—"}
          {c.extensionCount ? ` (${t("desk.case.extensions", { count: c.extensionCount })})` : ""}
          {c.pausedDays ? ` (${t("procedure.pausedDays", { count: c.pausedDays })})` : ""}
          <Basis rule={rules.resolve} />
        </Fact>
        {c.kind === "COMPLAINT" || c.kind === "DENUNCIATION" ? <Fact term={t("procedure.complexity")}>{t(`procedure.levels.${c.complexity}`)}</Fact> : null}
        {c.remoteArea ? <Fact term={t("procedure.remoteArea")}>✓</Fact> : null}
        {c.filingLimitAt ? (
          <Fact term={t("procedure.filingLimit")}>
            {t("procedure.filingLimitValue", { date: formatDate(c.filingLimitAt, language) })}
            {c.obstacleDays ? ` ${t("procedure.filingObstacle", { count: c.obstacleDays })}` : ""}
            {c.filedLate ? <span className="tag tag-danger">{t("procedure.filedLate")}</span> : null}
          </Fact>
        ) : null}
        {dialogue.gate !== "NONE" ? (
          <Fact term={t("procedure.dialogue")}>
            {dialogue.session ? (
              <>
                {t("procedure.dialogueHeld")} —{" "}
                <Link to={`/desk/sessions/${dialogue.session.id}/print`}>
                  {t("procedure.minutes", { title: dialogue.session.title, date: formatDate(dialogue.session.startsAt, language) })}
                </Link>
              </>
            ) : (
              <span className="tag tag-danger">{t("procedure.dialogueRequired")}</span>
            )}
          </Fact>
        ) : null}
        {c.appealCode ? (
          <Fact term={t("cases.appealCase")} className="code">
            <Link to={`/desk/cases/${c.appealCode}`}>{c.appealCode}</Link>
          </Fact>
        ) : null}
        {c.appealOfCode ? (
          <Fact term={t("cases.appealOf")} className="code">
            <Link to={`/desk/cases/${c.appealOfCode}`}>{c.appealOfCode}</Link>
          </Fact>
        ) : null}
        {c.appealOfCode && c.firstDecision ? (
          <Fact term={t("cases.firstDecision")}>
            {/* Served through the appeal case: the handling unit reads the decision without access to the rest of the first case. */}
            <a href={`/desk/cases/${c.code}/first-instance.pdf`}>{t("cases.firstDecision")} ({c.appealOfCode}, PDF)</a>
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}

type Identity = { name: string | null; email: string | null; phone: string | null } | null;

/** The sender, or the sealed notice of a denunciation with the leader's audited reveal. */
export function SenderPanel({
  sealed,
  verifier,
  citizen,
  identity,
  canReveal,
  revealErrors,
}: {
  sealed: boolean;
  verifier: boolean;
  citizen: { name: string | null; email: string | null; phone: string | null; anonymous: boolean } | null;
  identity: Identity;
  canReveal: boolean;
  revealErrors: string[] | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="citizen-title">
      <h2 id="citizen-title">{t("desk.case.citizen")}</h2>
      {sealed ? (
        identity ? (
          <dl className="facts" role="status">
            <Fact term={t("auth.fullName")}>{identity.name ?? "—"}</Fact>
            <Fact term={t("auth.email")}>{identity.email ?? "—"}</Fact>
            <Fact term={t("auth.phone")}>{identity.phone ?? "—"}</Fact>
          </dl>
        ) : (
          <>
            <p className="notice">{t("desk.case.sealed")}</p>
            {verifier ? <p className="muted">{t("procedure.denouncer.stripped")}</p> : null}
            {canReveal ? (
              <Form method="post" encType="multipart/form-data" className="action-panel">
                <input type="hidden" name="intent" value="reveal" />
                <div className="field">
                  <label htmlFor="reveal-reason">{t("desk.case.revealReason")}</label>
                  <textarea id="reveal-reason" name="reason" rows={2} required aria-describedby="reveal-errors" />
                  <ErrorList id="reveal-errors" errors={revealErrors} />
                </div>
                <button type="submit" className="button">
                  {t("desk.case.reveal")}
                </button>
              </Form>
            ) : null}
          </>
        )
      ) : citizen?.anonymous ? (
        <p>{t("desk.case.anonymous")}</p>
      ) : (
        <dl className="facts">
          <Fact term={t("auth.fullName")}>{citizen?.name ?? "—"}</Fact>
          <Fact term={t("auth.email")}>{citizen?.email ?? "—"}</Fact>
          <Fact term={t("auth.phone")}>{citizen?.phone ?? "—"}</Fact>
        </dl>
      )}
    </section>
  );
}

export { CaseContent };
