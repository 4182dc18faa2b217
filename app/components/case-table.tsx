import { useTranslation } from "~/i18n/react";
import type { Language } from "~/i18n/config";
import { formatDate, type DateValue } from "~/utils/dates";
import { DataTable, AppLink, type Column } from "./kit";

type Row = {
  id: string;
  code: string;
  title: string;
  kind: string;
  status: string;
  submittedAt: DateValue;
  dueAt: DateValue | null;
  unit: { name: string };
};

/** A list of cases (the kit's DataTable: labelled cards on a phone). */
export function CaseTable({ cases, hrefFor, caption, empty }: { cases: Row[]; hrefFor?: (row: Row) => string; caption: string; empty?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const columns: Column<Row>[] = [
    {
      key: "code",
      label: t("cases.code"),
      header: t("cases.code"),
      primary: true,
      cell: (row) => (hrefFor ? <AppLink to={hrefFor(row)} className="code">{row.code}</AppLink> : <span className="code">{row.code}</span>),
    },
    { key: "title", label: t("cases.title"), header: t("cases.title"), cell: (row) => row.title },
    { key: "kind", label: t("cases.kind"), header: t("cases.kind"), cell: (row) => t(`caseKind.${row.kind}`) },
    {
      key: "status",
      label: t("cases.status"),
      header: t("cases.status"),
      cell: (row) => <span className={`status status-${row.status.toLowerCase()}`}>{t(`caseStatus.${row.status}`)}</span>,
    },
    { key: "unit", label: t("cases.unit"), header: t("cases.unit"), cell: (row) => row.unit.name },
    { key: "submitted", label: t("cases.submittedAt"), header: t("cases.submittedAt"), cell: (row) => formatDate(row.submittedAt, language) },
    { key: "due", label: t("cases.dueAt"), header: t("cases.dueAt"), cell: (row) => formatDate(row.dueAt, language) },
  ];
  return <DataTable caption={caption} columns={columns} rows={cases} rowKey={(row) => row.id} empty={empty ?? t("common.noResults")} />;
}
