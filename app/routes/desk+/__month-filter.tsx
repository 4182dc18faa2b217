import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The unit and month of a reception page, with the plain GET form that picks another month. */
export function MonthFilter({ unit, month }: { unit: string; month: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {unit} · {t("dialogue.register.month", { month })}
      </p>
      <Form method="get" className="filters">
        <label htmlFor="month">{t("dialogue.register.monthLabel")}</label>
        <input id="month" name="month" type="month" defaultValue={month} />
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
    </>
  );
}
