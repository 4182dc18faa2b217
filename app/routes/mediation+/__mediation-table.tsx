import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";

type Row = { code: string; disputeType: string; openedAt: string; status: string };
type Column<R> = { label: string; cell: (row: R) => ReactNode };

/**
 * A table of mediations (the team's list and a citizen's own): code (linked),
 * a place column, dispute type, one more column, opening date and status.
 */
export function MediationTable<R extends Row>({
  caption,
  rows,
  rowKey,
  href,
  place,
  extra,
}: {
  caption: string;
  rows: R[];
  rowKey: (row: R) => string;
  href: (row: R) => string;
  place: Column<R>;
  extra: Column<R>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <table className="case-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("mediation.code")}</th>
          <th scope="col">{place.label}</th>
          <th scope="col">{t("mediation.disputeType")}</th>
          <th scope="col">{extra.label}</th>
          <th scope="col">{t("mediation.openedAt")}</th>
          <th scope="col">{t("mediation.status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={rowKey(m)}>
            <td data-label={t("mediation.code")}>
              <Link to={href(m)}>{m.code}</Link>
            </td>
            <td data-label={place.label}>{place.cell(m)}</td>
            <td data-label={t("mediation.disputeType")}>{t(`mediation.types.${m.disputeType}`)}</td>
            <td data-label={extra.label}>{extra.cell(m)}</td>
            <td data-label={t("mediation.openedAt")}>{formatDate(m.openedAt, language)}</td>
            <td data-label={t("mediation.status")}>{t(`mediation.statuses.${m.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
