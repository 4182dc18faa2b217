import { Form } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { DataTable, type Column } from "~/components/kit";

type Booking = { id: string; slot: number; matter: string; citizen: { fullName: string } };
type Participant = { id: string; name: string; role: string; organisation: string | null; response: string };

/** A reception day's bookings (the kit's DataTable: a labelled card per booking on a phone). */
export function BookingTable({ bookings }: { bookings: Booking[] }) {
  const { t } = useTranslation();
  const columns: Column<Booking>[] = [
    { key: "slot", label: t("dialogue.slot"), header: t("dialogue.slot"), numeric: true, cell: (b) => b.slot },
    { key: "name", label: t("auth.fullName"), header: t("auth.fullName"), primary: true, cell: (b) => b.citizen.fullName },
    { key: "matter", label: t("dialogue.matter"), header: t("dialogue.matter"), cell: (b) => <span className="prewrap">{b.matter}</span> },
  ];
  return <DataTable caption={t("dialogue.bookings")} columns={columns} rows={bookings} rowKey={(b) => b.id} empty={t("common.noResults")} />;
}

/** A session's participants and their answers; a join request can be approved in place. */
export function ParticipantTable({ participants, canApprove }: { participants: Participant[]; canApprove: boolean }) {
  const { t } = useTranslation();
  const columns: Column<Participant>[] = [
    { key: "name", label: t("auth.fullName"), header: t("auth.fullName"), primary: true, cell: (p) => p.name },
    { key: "role", label: t("dialogue.role"), header: t("dialogue.role"), cell: (p) => t(`dialogue.roles.${p.role}`) },
    { key: "organisation", label: t("dialogue.organisation"), header: t("dialogue.organisation"), cell: (p) => p.organisation ?? "—" },
    {
      key: "response",
      label: t("dialogue.response"),
      header: t("dialogue.response"),
      cell: (p) => (
        <span>
          {t(`dialogue.responses.${p.response}`)}
          {canApprove && p.response === "REQUESTED" ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="approve" />
              <input type="hidden" name="participantId" value={p.id} />
              <button type="submit" className="link-button">
                {t("dialogue.approve", { name: p.name })}
              </button>
            </Form>
          ) : null}
        </span>
      ),
    },
  ];
  return <DataTable caption={t("dialogue.participants")} columns={columns} rows={participants} rowKey={(p) => p.id} empty={t("common.noResults")} />;
}
