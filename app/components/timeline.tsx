import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import type { Language } from "~/i18n/config";
import { formatDate, formatDateTime, isoDateTime, type DateValue } from "~/utils/dates";

type Event = {
  id: string;
  type: string;
  toStatus: string | null;
  visibility: string;
  note: string | null;
  data: Record<string, unknown>;
  createdAt: DateValue;
  actor: { fullName: string | null; role: string } | null;
  attachments: { id: string; fileName: string; size: number; identifying?: boolean }[];
};

type File = Event["attachments"][number];

/** The history of a case, oldest first, as an ordered list (each entry a date and what happened). */
export function Timeline({ events, fileAction }: { events: Event[]; fileAction?: (file: File) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id} className={e.visibility === "INTERNAL" ? "internal" : undefined}>
          <p className="timeline-head">
            <time dateTime={isoDateTime(e.createdAt)}>{formatDateTime(e.createdAt, language)}</time>{" "}
            <strong>{t(`events.${e.type}`, { defaultValue: e.type })}</strong>
            {e.visibility === "INTERNAL" ? <span className="tag">{t("events.internal")}</span> : null}
            {e.actor?.fullName ? <span className="muted"> — {e.actor.fullName}</span> : null}
          </p>
          {typeof e.data.reasonCode === "string" ? <p>{t("events.declineReason", { reason: t(`declineCodes.${e.data.reasonCode}`) })}</p> : null}
          {typeof e.data.toUnit === "string" ? <p>{t("events.toUnit", { unit: e.data.toUnit })}</p> : null}
          {typeof e.data.dueAt === "string" ? <p>{t("events.newDueAt", { date: formatDate(e.data.dueAt, language) })}</p> : null}
          {typeof e.data.assignee === "string" ? <p>{t("events.assignee", { name: e.data.assignee })}</p> : null}
          {typeof e.data.appealCode === "string" ? <p>{t("events.appealCode", { code: e.data.appealCode })}</p> : null}
          {typeof e.data.session === "string" ? (
            <p>{t("events.dialogueSession", { title: e.data.session, date: formatDate(String(e.data.sessionDate ?? ""), language) })}</p>
          ) : null}
          {typeof e.data.decisionNo === "string" ? <p>{t("events.decision", { no: e.data.decisionNo, date: formatDate(String(e.data.decisionDate ?? ""), language) })}</p> : null}
          {typeof e.data.groundLabelVi === "string" ? (
            <p>
              {t("events.ground", { ground: language === "en" ? e.data.groundLabelEn : e.data.groundLabelVi })}
              {typeof e.data.legalBasis === "string" ? <span className="muted"> ({e.data.legalBasis})</span> : null}
            </p>
          ) : null}
          {typeof e.data.consequenceVi === "string" ? <p>{language === "en" ? String(e.data.consequenceEn) : e.data.consequenceVi}</p> : null}
          {typeof e.data.pausedDays === "number" && e.data.pausedDays > 0 ? <p>{t("events.pausedDays", { count: e.data.pausedDays })}</p> : null}
          {typeof e.data.complexity === "string" ? <p>{t("events.complexityLevel", { level: t(`procedure.levels.${e.data.complexity}`) })}</p> : null}
          {typeof e.data.demandDiffers === "boolean" ? <p>{t(e.data.demandDiffers ? "events.demandDiffers" : "events.demandAgrees")}</p> : null}
          {typeof e.data.unresolvedDueAt === "string" ? <p>{t("events.unresolvedDueAt", { date: formatDate(e.data.unresolvedDueAt, language) })}</p> : null}
          {typeof e.data.resolution === "string" ? <p className="resolution">{e.data.resolution}</p> : null}
          {e.note ? <p className="event-note">{e.note}</p> : null}
          {e.attachments.length ? (
            <ul className="files">
              {e.attachments.map((a) => (
                <li key={a.id}>
                  <a href={`/files/${a.id}`}>{a.fileName}</a> <span className="muted">({Math.ceil(a.size / 1024)} KB)</span>
                  {fileAction ? fileAction(a) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
