import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import { Badge, DataTable, type Column } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";

type Row = { id: string; title: string; postedAt: string; minimumUntil: string | null; posting: string; late: boolean };

/** Until when a notice stays up: a date, or "permanently" / "until replaced". */
export function UntilText({ minimumUntil, posting }: { minimumUntil: string | null; posting: string }) {
  const { t, i18n } = useTranslation();
  if (minimumUntil) return <>{formatDate(minimumUntil, i18n.language as Language)}</>;
  return <>{t(`noticeRules.until.${posting === "UNTIL_REPLACED" ? "UNTIL_REPLACED" : "PERMANENT"}`)}</>;
}

/**
 * A table of notices (the public board and the unit's desk list): the title
 * (linked, with tags; a late posting is flagged), the given middle columns,
 * then posted since and until.
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
  middle: { label: string; cell: (row: R) => ReactNode }[];
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const columns: Column<R>[] = [
    {
      key: "title",
      header: t("noticeBoard.title"),
      label: t("noticeBoard.title"),
      primary: true,
      cell: (n) => (
        <>
          <Link to={href(n)}>{n.title}</Link>
          {titleTags?.(n)}
          {n.late ? (
            <>
              {" "}
              <Badge tone="warn">{t("noticeRules.late")}</Badge>
            </>
          ) : null}
        </>
      ),
    },
    ...middle.map((c) => ({ key: c.label, header: c.label, label: c.label, cell: c.cell })),
    { key: "since", header: t("noticeBoard.postedSince"), label: t("noticeBoard.postedSince"), cell: (n) => formatDate(n.postedAt, language) },
    { key: "until", header: t("noticeBoard.until"), label: t("noticeBoard.until"), cell: (n) => <UntilText minimumUntil={n.minimumUntil} posting={n.posting} /> },
  ];
  return <DataTable caption={caption} rows={rows} rowKey={(n) => n.id} columns={columns} empty={empty} />;
}
