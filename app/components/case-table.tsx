import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";

type Row = {
  id: string;
  code: string;
  title: string;
  kind: string;
  status: string;
  submittedAt: string;
  dueAt: string | null;
  unit: { name: string };
};

/** A list of cases as a table that reflows to cards on a narrow screen (see app.css). */
export function CaseTable({ cases, hrefFor, caption }: { cases: Row[]; hrefFor?: (row: Row) => string; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <table className="case-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("cases.code")}</th>
          <th scope="col">{t("cases.title")}</th>
          <th scope="col">{t("cases.kind")}</th>
          <th scope="col">{t("cases.status")}</th>
          <th scope="col">{t("cases.unit")}</th>
          <th scope="col">{t("cases.submittedAt")}</th>
          <th scope="col">{t("cases.dueAt")}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((row) => (
          <tr key={row.id}>
            <td data-label={t("cases.code")}>
              {hrefFor ? <Link to={hrefFor(row)}>{row.code}</Link> : <span className="code">{row.code}</span>}
            </td>
            <td data-label={t("cases.title")}>{row.title}</td>
            <td data-label={t("cases.kind")}>{t(`caseKind.${row.kind}`)}</td>
            <td data-label={t("cases.status")}>
              <span className={`status status-${row.status.toLowerCase()}`}>{t(`caseStatus.${row.status}`)}</span>
            </td>
            <td data-label={t("cases.unit")}>{row.unit.name}</td>
            <td data-label={t("cases.submittedAt")}>{formatDate(row.submittedAt, language)}</td>
            <td data-label={t("cases.dueAt")}>{formatDate(row.dueAt, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
