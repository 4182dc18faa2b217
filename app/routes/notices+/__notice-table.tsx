import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";

type Row = { id: string; title: string; postedAt: string; minimumUntil: string };
type Column<R> = { label: string; cell: (row: R) => ReactNode };

/**
 * A table of notices (the public board and the unit's desk list): the title
 * (linked, with tags), the given middle columns, then posted since and until.
 */
export function NoticeTable<R extends Row>({
  caption,
  rows,
  href,
  titleTags,
  middle,
}: {
  caption: string;
  rows: R[];
  href: (row: R) => string;
  titleTags?: (row: R) => ReactNode;
  middle: Column<R>[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <table className="case-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("noticeBoard.title")}</th>
          {middle.map((c) => (
            <th scope="col" key={c.label}>
              {c.label}
            </th>
          ))}
          <th scope="col">{t("noticeBoard.postedSince")}</th>
          <th scope="col">{t("noticeBoard.until")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => (
          <tr key={n.id}>
            <td data-label={t("noticeBoard.title")}>
              <Link to={href(n)}>{n.title}</Link>
              {titleTags?.(n)}
            </td>
            {middle.map((c) => (
              <td data-label={c.label} key={c.label}>
                {c.cell(n)}
              </td>
            ))}
            <td data-label={t("noticeBoard.postedSince")}>{formatDate(n.postedAt, language)}</td>
            <td data-label={t("noticeBoard.until")}>{formatDate(n.minimumUntil, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
