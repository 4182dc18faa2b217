import { useTranslation } from "~/i18n/react";
import { Fact } from "~/components/facts";
import type { Language } from "~/i18n/config";
import { formatDateTime } from "~/utils/dates";

type Session = {
  kind: string;
  unit: { name: string };
  startsAt: string;
  endsAt: string;
  place: string | null;
  link: string | null;
  chair: { fullName: string; position: string | null };
};

/** The first facts of a session (kind, unit, when, place, chair), as shown on the public calendar page and on an invitation. */
export function SessionFacts({ s }: { s: Session }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <>
      <Fact term={t("dialogue.form.kind")}>{t(`dialogue.kinds.${s.kind}`)}</Fact>
      <Fact term={t("cases.unit")}>{s.unit.name}</Fact>
      <Fact term={t("dialogue.when")}>
        {formatDateTime(s.startsAt, language)} – {formatDateTime(s.endsAt, language)}
      </Fact>
      <Fact term={t("dialogue.form.place")}>{s.place ?? s.link ?? "—"}</Fact>
      <Fact term={t("dialogue.form.chair")}>
        {s.chair.fullName}
        {s.chair.position ? ` (${s.chair.position})` : ""}
      </Fact>
    </>
  );
}
