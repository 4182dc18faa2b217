import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DataTable, type Column } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";

type Row = { id: string; title: string; postedAt: string; minimumUntil: string };

/**
 * A table of notices (the public board and the unit's desk list): the title
 * (linked, with tags), the given middle columns, then posted since and until.
 * The kit's DataTable: a labelled card per notice on a phone.
 */
export function NoticeTable<R extends Row>({
  caption,
  rows,
  href,
  titleTags,
  middle,
  empty,
}: {
  caption: string;
  rows: R[];
  href: (row: R) => string;
  titleTags?: (row: R) => ReactNode;
  middle: { key: string; label: string; cell: (row: R) => ReactNode }[];
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const columns: Column<R>[] = [
    {
      key: "title",
      label: t("noticeBoard.title"),
      header: t("noticeBoard.title"),
      primary: true,
      cell: (n) => (
        <>
          <Link to={href(n)}>{n.title}</Link>
          {titleTags?.(n)}
        </>
      ),
    },
    ...middle.map((c) => ({ ...c, header: c.label })),
    { key: "postedAt", label: t("noticeBoard.postedSince"), header: t("noticeBoard.postedSince"), cell: (n) => formatDate(n.postedAt, language) },
    { key: "until", label: t("noticeBoard.until"), header: t("noticeBoard.until"), cell: (n) => formatDate(n.minimumUntil, language) },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(n) => n.id} empty={empty} />;
}
