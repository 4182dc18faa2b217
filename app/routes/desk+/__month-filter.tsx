import { useTranslation } from "~/i18n/react";
import { FilterBar, FilterField } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { formatMonth } from "~/utils/dates";

/** The unit and month of a reception page ("Tháng 11/2026"), with the plain GET form that picks another month. */
export function MonthFilter({ unit, month }: { unit: string; month: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="page-subtitle">
        {unit} · {t("dialogue.register.month", { month: formatMonth(month, i18n.language as Language) })}
      </p>
      <FilterBar label={t("dialogue.register.monthLabel")}>
        <FilterField id="month" label={t("dialogue.register.monthLabel")}>
          <input id="month" name="month" type="month" defaultValue={month} />
        </FilterField>
      </FilterBar>
    </>
  );
}
