import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import type { Language } from "~/i18n/config";
import { formatDate, formatDateTime } from "~/utils/dates";
import { Badge } from "./kit";

type View = {
  id: string;
  code: string | null;
  ref: string;
  status: string;
  channel: string;
  procedure: { code: string; name: string };
  unit: string;
  desk: string;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  newDueAt: string | null;
  overdue: boolean;
  outcome: string | null;
  timeliness: string | null;
  apologyAt: string | null;
  papers: { position: number; name: string; required: boolean; status: string }[];
  steps: { position: number; kind: string; unit: string; dueAt: string | null; completedAt: string | null; current: boolean }[];
};

/** A due time: the date alone when it is the end of a day (a period in days), with the hour otherwise. */
export function formatDue(iso: string | null, lang: Language): string {
  if (!iso) return "";
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000);
  return local.getUTCHours() === 23 && local.getUTCMinutes() === 59 ? formatDate(iso, lang) : formatDateTime(iso, lang);
}

/** A dossier's status and dates as PageHeader badges (text first: colour is never the only signal). */
export function DossierBadges({ d }: { d: Pick<View, "status" | "overdue" | "dueAt" | "newDueAt" | "apologyAt" | "timeliness"> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <>
      <Badge tone={["RETURNED", "RESULT_READY"].includes(d.status) ? "ok" : d.status === "NEEDS_SUPPLEMENT" ? "warn" : "info"}>{t(`onestop.status.${d.status}`)}</Badge>
      {d.dueAt ? (
        <Badge>
          {`${t("onestop.dossier.dueAt")}: `}
          <time dateTime={d.dueAt}>{formatDue(d.dueAt, lang)}</time>
        </Badge>
      ) : null}
      {d.newDueAt ? <Badge tone="warn">{t("onestop.dossier.apology", { date: formatDate(d.newDueAt, lang) })}</Badge> : null}
      {d.overdue ? <Badge tone="danger">{t("onestop.dossier.overdue")}</Badge> : null}
      {d.timeliness ? <Badge tone={d.timeliness === "LATE" ? "danger" : "ok"}>{t(`onestop.timeliness.${d.timeliness}`)}</Badge> : null}
    </>
  );
}

function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function DossierFacts({ d, children }: { d: View; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <dl className="facts">
      <Fact term={t("onestop.dossier.code")}>{d.code ? <span className="code">{d.code}</span> : `${t("onestop.dossier.noCode")} (${t("onestop.dossier.ref")} ${d.ref})`}</Fact>
      <Fact term={t("onestop.dossier.procedure")}>{`${d.procedure.name} (${d.procedure.code})`}</Fact>
      <Fact term={t("onestop.dossier.unit")}>{d.unit}</Fact>
      {d.desk !== d.unit ? <Fact term={t("onestop.dossier.desk")}>{d.desk}</Fact> : null}
      <Fact term={t("onestop.dossier.channel")}>{t(`onestop.channels.${d.channel}`)}</Fact>
      <Fact term={t("onestop.dossier.submittedAt")}>{formatDateTime(d.submittedAt, lang)}</Fact>
      {d.receivedAt ? <Fact term={t("onestop.dossier.receivedAt")}>{formatDateTime(d.receivedAt, lang)}</Fact> : null}
      {d.outcome ? <Fact term={t("onestop.dossier.outcome")}>{t(`onestop.outcomes.${d.outcome}`)}</Fact> : null}
      {/* The printable request or refusal (art. 17 k.1 c), for the applicant to keep or the desk to hand over. */}
      {d.status === "NEEDS_SUPPLEMENT" ? (
        <Fact term={t("onestop.dossier.supplementSlip")}>
          <Link to={`/onestop/supplement/${d.id}`}>{t("onestop.dossier.printSupplementSlip")}</Link>
        </Fact>
      ) : null}
      {d.status === "REFUSED_AT_INTAKE" ? (
        <Fact term={t("onestop.dossier.refusalSlip")}>
          <Link to={`/onestop/refusal/${d.id}`}>{t("onestop.dossier.printRefusalSlip")}</Link>
        </Fact>
      ) : null}
      {children}
    </dl>
  );
}

export function PapersList({ papers }: { papers: View["papers"] }) {
  const { t } = useTranslation();
  return (
    <ul className="papers">
      {papers.map((p) => (
        <li key={p.position}>
          {p.name} <span className="muted">({p.required ? t("onestop.procedure.required") : t("onestop.procedure.optional")})</span>{" "}
          <Badge tone={p.status === "MISSING" ? "danger" : p.status === "PROVIDED" ? "ok" : "neutral"}>{t(`onestop.paperStatus.${p.status}`)}</Badge>
        </li>
      ))}
    </ul>
  );
}

export function StepsList({ steps }: { steps: View["steps"] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  if (!steps.length) return null;
  return (
    <ol className="steps">
      {steps.map((s) => (
        <li key={s.position} aria-current={s.current ? "step" : undefined}>
          <strong>{t(`onestop.procedure.stepKinds.${s.kind}`, { unit: s.unit })}</strong> <span className="muted">{s.unit}</span>{" "}
          {s.completedAt ? (
            <Badge tone="ok">{t("onestop.dossier.stepDone", { at: formatDateTime(s.completedAt, lang) })}</Badge>
          ) : s.current ? (
            <Badge tone="info">{t("onestop.dossier.stepCurrent")}</Badge>
          ) : (
            <Badge>{t("onestop.dossier.stepPending")}</Badge>
          )}
          {s.dueAt && !s.completedAt ? <span className="muted"> {`${t("onestop.dossier.stepDueAt")}: ${formatDue(s.dueAt, lang)}`}</span> : null}
        </li>
      ))}
    </ol>
  );
}

type TimelineEvent = { id: string; type: string; visibility: string; note: string | null; data: Record<string, unknown>; createdAt: string; actor: string | null };

export function DossierTimeline({ events }: { events: TimelineEvent[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id} className={e.visibility === "INTERNAL" ? "internal" : undefined}>
          <p className="timeline-head">
            <time dateTime={e.createdAt}>{formatDateTime(e.createdAt, lang)}</time>{" "}
            <strong>
              {t(`onestop.events.${e.type}`, {
                code: String(e.data.code ?? ""),
                step: e.data.step ? t(`onestop.procedure.stepKinds.${e.data.step}`, { unit: "" }) : "",
                date: typeof e.data.newDueAt === "string" ? formatDate(e.data.newDueAt, lang) : "",
              })}
            </strong>
            {e.visibility === "INTERNAL" ? <span className="tag">{t("onestop.events.internal")}</span> : null}
            {e.actor ? <span className="muted"> — {e.actor}</span> : null}
          </p>
          {Array.isArray(e.data.missing) && e.data.missing.length ? <p>{t("onestop.events.missing", { list: (e.data.missing as string[]).join("; ") })}</p> : null}
          {typeof e.data.dueAt === "string" ? <p>{t("onestop.events.dueAt", { date: formatDue(e.data.dueAt, lang) })}</p> : null}
          {typeof e.data.reasonCode === "string" ? <p>{t(`onestop.refusalCodes.${e.data.reasonCode}`)}</p> : null}
          {typeof e.data.outcome === "string" ? <p>{t(`onestop.outcomes.${e.data.outcome}`)}</p> : null}
          {e.note ? <p className="event-note">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** A processing time in words ("3 ngày làm việc", "Trong ngày…"). */
export function useTimeText() {
  const { t } = useTranslation();
  return (unit: string, amount: number) => t(`onestop.procedure.timeValue.${unit}`, { count: amount });
}

/** The top of a printed one-stop paper: the issuing unit and the national heading. */
export function SlipHeader({ unit }: { unit: string }) {
  const { t } = useTranslation();
  return (
    <header className="slip-head">
      <p className="slip-unit">{unit}</p>
      <p className="slip-nation">
        <strong>{t("onestop.slip.nation")}</strong>
        <br />
        {t("onestop.slip.motto")}
      </p>
    </header>
  );
}

/** A dossier's files, each a download; the result marked. */
export function DossierFilesList({ files }: { files: { id: string; fileName: string; kind: string }[] }) {
  const { t } = useTranslation();
  if (!files.length) return null;
  return (
    <ul className="files">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/onestop/files/${f.id}`}>{f.fileName}</a> {f.kind === "RESULT" ? <span className="tag">{t("onestop.dossier.resultFile")}</span> : null}
        </li>
      ))}
    </ul>
  );
}
