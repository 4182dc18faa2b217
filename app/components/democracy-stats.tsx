import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { SummaryCards } from "~/components/kit";
import type { Language } from "~/i18n/config";
import type { DemocracyFigures } from "~/modules/democracy/figures";
import { formatCount, formatRate } from "~/modules/stats/format";

/** The grassroots democracy figures as cards (figures.ts defines each): on the public dashboard and /stats/democracy. */
export function DemocracyStatCards({ figures: f, linkParams, showLinks = true }: { figures: DemocracyFigures; linkParams: string; showLinks?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const due = f.answered + f.overdue;
  return (
    <section aria-labelledby="democracy-stats-title">
      <h2 id="democracy-stats-title">{t("democracy.stats.heading")}</h2>
      <SummaryCards
        label={t("democracy.stats.heading")}
        items={[
          { key: "decided", label: t("democracy.stats.mattersDecided"), value: formatCount(f.mattersDecided, lang), hint: `${t("democracy.stats.adopted")}: ${formatCount(f.adopted, lang)} · ${t("democracy.stats.notAdopted")}: ${formatCount(f.notAdopted, lang)}` },
          { key: "turnout", label: t("democracy.stats.turnout"), value: formatRate(f.turnoutRate, lang), hint: t("democracy.stats.turnoutHint", { taking: formatCount(f.householdsTakingPart, lang), onRolls: formatCount(f.householdsOnRolls, lang) }) },
          { key: "consulted", label: t("democracy.stats.consultations"), value: formatCount(f.consultations, lang), hint: `${t("democracy.stats.consultationsAnswered")}: ${formatCount(f.consultationsAnswered, lang)} · ${t("democracy.stats.comments")}: ${formatCount(f.publishedComments, lang)}` },
          { key: "onTime", label: t("democracy.stats.onTime"), value: formatRate(f.onTimeRate, lang), hint: t("democracy.stats.onTimeHint", { onTime: formatCount(f.answeredOnTime, lang), due: formatCount(due, lang) }), tone: f.overdue ? "warn" : "neutral" },
          { key: "overdue", label: t("democracy.stats.overdue"), value: formatCount(f.overdue, lang), tone: f.overdue ? "danger" : "ok" },
        ]}
      />
      {showLinks ? (
        <p className="actions no-print">
          <Link to={`/stats/democracy?${linkParams}`}>{t("democracy.stats.link")}</Link>
          <a href={`/api/v1/democracy/stats?${linkParams}`}>{t("democracy.stats.api")}</a>
        </p>
      ) : null}
    </section>
  );
}
