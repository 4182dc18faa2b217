import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import { DataTable, AppLink, type Column } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";

type Row = { code: string; disputeType: string; openedAt: string; status: string };
type Extra<R> = { label: string; cell: (row: R) => ReactNode };

/**
 * A table of mediations (the team's list and a citizen's own): code (linked),
 * a place column, dispute type, one more column, opening date and status.
 * The kit's DataTable: a labelled card per mediation on a phone.
 */
export function MediationTable<R extends Row>({
  caption,
  rows,
  rowKey,
  href,
  place,
  extra,
  empty,
}: {
  caption: string;
  rows: R[];
  rowKey: (row: R) => string;
  href: (row: R) => string;
  place: Extra<R>;
  extra: Extra<R>;
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const columns: Column<R>[] = [
    { key: "code", label: t("mediation.code"), header: t("mediation.code"), primary: true, cell: (m) => <AppLink to={href(m)} className="code">{m.code}</AppLink> },
    { key: "place", label: place.label, header: place.label, cell: place.cell },
    { key: "type", label: t("mediation.disputeType"), header: t("mediation.disputeType"), cell: (m) => t(`mediation.types.${m.disputeType}`) },
    { key: "extra", label: extra.label, header: extra.label, cell: extra.cell },
    { key: "openedAt", label: t("mediation.openedAt"), header: t("mediation.openedAt"), cell: (m) => formatDate(m.openedAt, language) },
    { key: "status", label: t("mediation.status"), header: t("mediation.status"), cell: (m) => t(`mediation.statuses.${m.status}`) },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} empty={empty} />;
}
