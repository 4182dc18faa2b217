import { useTranslation } from "~/i18n/react";
import { Badge, DataTable, AppLink } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";

type Awaiting = {
  rows: { id: string; title: string; sentAt: string; dueAt: string; overdue: boolean; board: { name: string } }[];
  overdue: number;
  open: number;
};

/**
 * The supervision boards' recommendations awaiting the commune's answer,
 * earliest deadline first, overdue ones flagged — on the leader's desk and the
 * democracy desk.
 */
export function DemocracyDesk({ awaiting }: { awaiting: Awaiting | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (!awaiting) return null;
  return (
    <section aria-labelledby="democracy-recs-title">
      <h2 id="democracy-recs-title">{t("democracy.desk.sectionHeading")}</h2>
      <p>{awaiting.open ? t("democracy.desk.sectionSummary", { open: awaiting.open, overdue: awaiting.overdue }) : t("democracy.desk.sectionNone")}</p>
      {awaiting.rows.length ? (
        <DataTable
          caption={t("democracy.desk.sectionHeading")}
          rows={awaiting.rows}
          rowKey={(r) => r.id}
          empty=""
          columns={[
            { key: "title", header: t("democracy.board.recTitle"), label: t("democracy.board.recTitle"), primary: true, cell: (r) => <AppLink to={`/desk/democracy/recommendations/${r.id}`}>{r.title}</AppLink> },
            { key: "board", header: t("democracy.desk.boards"), label: t("democracy.desk.boards"), cell: (r) => r.board.name },
            { key: "sent", header: t("democracy.board.sentAt"), label: t("democracy.board.sentAt"), wideOnly: true, cell: (r) => formatDate(r.sentAt, language) },
            {
              key: "due",
              header: t("democracy.board.dueAt"),
              label: t("democracy.board.dueAt"),
              cell: (r) => (
                <>
                  {formatDate(r.dueAt, language)} {r.overdue ? <Badge tone="danger">{t("democracy.board.overdue")}</Badge> : null}
                </>
              ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
