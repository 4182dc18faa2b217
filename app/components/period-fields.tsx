import { useTranslation } from "~/i18n/react";
import { FilterField } from "~/components/kit";
import { periodKinds } from "~/modules/stats/period";

/**
 * The period of a report or register as FilterBar fields: the kind (calendar
 * month, quarter, half, year, custom, or the reporting regime's quarter, 6 and
 * 9 months and year) and its parts. Parsed on the server by stats/period.ts;
 * each error is shown under its own field.
 */
export function PeriodFields({ values, errors, years }: { values: Record<string, string>; errors: Record<string, string>; years: number[] }) {
  const { t } = useTranslation();
  const v = (name: string) => values[name] ?? "";
  const aria = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <>
      <FilterField id="period" label={t("stats.filters.period")} error={errors.period}>
        <select id="period" name="period" defaultValue={v("period") || "report-quarter"} {...aria("period")}>
          {periodKinds.map((k) => (
            <option key={k} value={k}>
              {t(`stats.filters.kinds.${k}`)}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField id="year" label={t("stats.filters.year")} error={errors.year}>
        <select id="year" name="year" defaultValue={v("year") || String(years[0])} {...aria("year")}>
          {v("year") && !years.includes(Number(v("year"))) ? <option value={v("year")}>{v("year")}</option> : null}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField id="quarter" label={t("stats.filters.quarter")} error={errors.quarter}>
        <select id="quarter" name="quarter" defaultValue={v("quarter")} {...aria("quarter")}>
          <option value="">—</option>
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              {t("stats.filters.quarterN", { n: q })}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField id="month" label={t("stats.filters.month")} error={errors.month}>
        <select id="month" name="month" defaultValue={v("month")} {...aria("month")}>
          <option value="">—</option>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i} value={i + 1}>
              {t("stats.filters.monthN", { n: i + 1 })}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField id="half" label={t("stats.filters.half")} error={errors.half}>
        <select id="half" name="half" defaultValue={v("half")} {...aria("half")}>
          <option value="">—</option>
          <option value="1">{t("stats.filters.half1")}</option>
          <option value="2">{t("stats.filters.half2")}</option>
        </select>
      </FilterField>
      <FilterField id="from" label={t("stats.filters.from")} error={errors.from}>
        <input id="from" name="from" type="date" defaultValue={v("from")} {...aria("from")} />
      </FilterField>
      <FilterField id="to" label={t("stats.filters.to")} error={errors.to}>
        <input id="to" name="to" type="date" defaultValue={v("to")} {...aria("to")} />
      </FilterField>
    </>
  );
}
