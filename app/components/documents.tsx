import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import type { Language } from "~/i18n/config";
import type { DocumentModel } from "~/modules/documents/compose";
import type { DocumentListItem } from "~/modules/documents/documents.server";
import { formatDate } from "~/utils/dates";
import { Badge, DataTable, AppLink, OfficialDocument, PageHeader, PrintButton } from "./kit";

type ListItem = Omit<DocumentListItem, "at"> & { at: string };

/** The documents of a case (citizen's and staff's pages alike): what each is, its form, its date, view and PDF links. */
export function DocumentList({ code, base, caseHref, documents }: { code: string; base: string; caseHref: string; documents: ListItem[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <section aria-labelledby="documents-title">
      <PageHeader titleId="documents-title" title={t("documents.heading", { code })} subtitle={<Link to={caseHref}>{t("documents.back", { code })}</Link>} />
      <p>{t("documents.intro")}</p>
      <DataTable
        caption={t("documents.list")}
        rows={documents}
        rowKey={(d) => `${d.id}-${d.source}`}
        empty={t("documents.none")}
        columns={[
          { key: "name", header: t("documents.document"), label: t("documents.document"), primary: true, cell: (d) => <AppLink to={`${base}/${d.id}/${d.source}`}>{t(`documents.names.${d.id}`)}</AppLink> },
          {
            key: "form",
            header: t("documents.form"),
            label: t("documents.form"),
            cell: (d) => (
              <>
                {d.form} {d.confirmed ? null : <Badge tone="warn">{t("documents.unconfirmed")}</Badge>}
              </>
            ),
          },
          { key: "date", header: t("documents.date"), label: t("documents.date"), cell: (d) => formatDate(d.at, language) },
          {
            key: "pdf",
            header: t("documents.pdf"),
            label: t("documents.pdf"),
            cell: (d) => (
              <a href={`${base}/${d.id}/${d.source}/pdf`} download>
                {t("documents.pdf")}
                <span className="visually-hidden"> — {t(`documents.names.${d.id}`)}</span>
              </a>
            ),
          },
        ]}
      />
    </section>
  );
}

/** One document: the toolbar (print, PDF, back to the list), then the document itself. */
export function DocumentView({ doc, pdfHref, listHref }: { doc: DocumentModel; pdfHref: string; listHref: string }) {
  const { t } = useTranslation();
  return (
    <>
      <nav className="document-toolbar no-print" aria-label={t("documents.list")}>
        <PrintButton label={t("documents.print")} hint={t("documents.printHint")} className="button primary" />
        <a className="button" href={pdfHref} download>
          {t("documents.download")}
        </a>
        <Link to={listHref}>{t("documents.toList")}</Link>
        {doc.form.confirmed ? null : <Badge tone="warn">{t("documents.unconfirmed")}</Badge>}
      </nav>
      <OfficialDocument doc={doc} />
    </>
  );
}
