import { useTranslation } from "~/i18n/react";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";
import { Fact } from "./facts";

type NoticeView = {
  category: string;
  body: string;
  postedAt: string;
  minDays: number;
  posting: string;
  decisionAt: string | null;
  publishBy: string | null;
  late: boolean;
  takenDownAt: string | null;
  takedownReason: string | null;
  minimumUntil: string | null;
  state: string;
  early: boolean;
  daysPosted: number;
  unit: { name: string };
  attachments: { id: string; fileName: string; size: number }[];
};

/** A notice's period, text and files, with the early take-down warning (public and staff pages alike). */
export function NoticeDetails({ notice: n, children }: { notice: NoticeView; children?: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const lasting = n.posting === "UNTIL_REPLACED" ? "UNTIL_REPLACED" : "PERMANENT";
  const until = n.minimumUntil ? formatDate(n.minimumUntil, language) : t(`noticeRules.until.${lasting}`);
  return (
    <>
      {n.early ? (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>{t("noticeBoard.earlyWarning", { days: n.daysPosted, minDays: n.minDays, until })}</strong>
          </p>
          {n.takedownReason ? (
            <p>
              {t("noticeBoard.reason")}: {n.takedownReason}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="lead">
        {n.minimumUntil ? t("noticeBoard.period", { from: formatDate(n.postedAt, language), until, minDays: n.minDays }) : `${formatDate(n.postedAt, language)} · ${t(`noticeRules.posting.${lasting}`)}`}
      </p>
      <dl className="facts">
        <Fact term={t("noticeBoard.unit")}>{n.unit.name}</Fact>
        <Fact term={t("noticeBoard.category")}>{t(`noticeBoard.categories.${n.category}`)}</Fact>
        <Fact term={t("noticeBoard.status")}>
          {t(`noticeBoard.states.${n.state}`)}
          {n.early ? <span className="tag tag-danger">{t("noticeBoard.earlyTag")}</span> : null}
        </Fact>
        {n.takenDownAt ? (
          <Fact term={t("noticeBoard.states.TAKEN_DOWN")}>{t("noticeBoard.takenDownOn", { date: formatDate(n.takenDownAt, language), days: n.daysPosted })}</Fact>
        ) : null}
        {n.takenDownAt && !n.early && n.takedownReason ? <Fact term={t("noticeBoard.reason")}>{n.takedownReason}</Fact> : null}
        {n.decisionAt ? <Fact term={t("noticeRules.decisionAt")}>{formatDate(n.decisionAt, language)}</Fact> : null}
        {n.publishBy ? (
          <Fact term={t("noticeRules.publishBy")}>
            {n.late ? (
              <strong>{t("noticeRules.lateHint", { date: formatDate(n.publishBy, language), decision: formatDate(n.decisionAt, language) })}</strong>
            ) : (
              t("noticeRules.onTime", { date: formatDate(n.publishBy, language) })
            )}
          </Fact>
        ) : null}
        {children}
      </dl>
      <section aria-labelledby="notice-body-title">
        <h2 id="notice-body-title">{t("noticeBoard.body")}</h2>
        <p className="prewrap">{n.body}</p>
      </section>
      {n.attachments.length ? (
        <section aria-labelledby="notice-files-title">
          <h2 id="notice-files-title">{t("noticeBoard.attachments")}</h2>
          <ul className="files">
            {n.attachments.map((f) => (
              <li key={f.id}>
                <a href={`/notices/files/${f.id}`} download>
                  {f.fileName}
                </a>{" "}
                <span className="muted">({Math.max(1, Math.round(f.size / 1024))} KB)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
