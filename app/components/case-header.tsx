import { useTranslation } from "~/i18n/react";
import type { Language } from "~/i18n/config";
import { formatDate, type DateValue } from "~/utils/dates";
import { BadgeFacts, PageHeader } from "./kit";

/**
 * The top of a case page (citizen and staff alike): title and code, the
 * status and the date that matters now as badges — a suspended case says its
 * clock stands still, an overdue one says so in words.
 */
export function CaseHeader({ c, dueTerm, due }: { c: { title: string; code: string; status: string; overdue: boolean }; dueTerm: string; due: DateValue | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const suspended = c.status === "SUSPENDED";
  return (
    <PageHeader
      titleId="case-title"
      title={c.title}
      subtitle={<span className="code">{c.code}</span>}
      badges={
        <BadgeFacts
          items={[
            { term: t("cases.status"), value: <span className={`status status-${c.status.toLowerCase()}`}>{t(`caseStatus.${c.status}`)}</span>, tone: suspended ? "warn" : "info" },
            ...(suspended ? [{ term: dueTerm, value: t("procedure.dueStopped"), tone: "warn" as const }] : []),
            ...(!suspended && due ? [{ term: dueTerm, value: formatDate(due, language), tone: c.overdue ? ("danger" as const) : ("neutral" as const) }] : []),
            ...(c.overdue ? [{ term: t("cases.overdue"), value: t("cases.overdue"), tone: "danger" as const }] : []),
          ]}
        />
      }
    />
  );
}
