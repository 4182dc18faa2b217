import { Form } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { ErrorList } from "~/components/forms";
import { periodKinds } from "~/modules/stats/period";

type UnitOption = { code: string; name: string; depth: number };

/**
 * The unit-and-period form of the dashboard, the ranking and the reports: a plain
 * GET form (works without JavaScript; the address can be bookmarked and shared).
 * Every field shows what the user sent, valid or not, with its error beside it.
 */
export function StatsFilters({
  action,
  units,
  values,
  errors,
  years,
  hidden = {},
}: {
  action: string;
  units: UnitOption[];
  values: Record<string, string>;
  errors: Record<string, string>;
  years: number[];
  hidden?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const v = (name: string) => values[name] ?? "";
  const err = (name: string) => (errors[name] ? [errors[name]] : null);
  const described = (name: string, hint?: string) =>
    [errors[name] ? `${name}-error` : null, hint ?? null].filter(Boolean).join(" ") || undefined;
  const invalid = (name: string) => (errors[name] ? true : undefined);
  return (
    <Form method="get" action={action} className="stats-filters" aria-label={t("stats.filters.legend")}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset>
        <legend>{t("stats.filters.legend")}</legend>
        <div className="row">
          <div className="field field-wide">
            <label htmlFor="unit">{t("stats.filters.unit")}</label>
            <select id="unit" name="unit" defaultValue={v("unit")} aria-invalid={invalid("unit")} aria-describedby={described("unit", "unit-hint")}>
              {v("unit") && !units.some((u) => u.code === v("unit").toUpperCase()) ? <option value={v("unit")}>{v("unit")}</option> : null}
              {units.map((u) => (
                <option key={u.code} value={u.code}>
                  {`${"\u00a0\u00a0".repeat(u.depth)}${u.name}`}
                </option>
              ))}
            </select>
            <p id="unit-hint" className="field-hint">
              {t("stats.filters.unitHint")}
            </p>
            <ErrorList id="unit-error" errors={err("unit")} />
          </div>
          <div className="field">
            <label htmlFor="period">{t("stats.filters.period")}</label>
            <select id="period" name="period" defaultValue={v("period") || "year"} aria-invalid={invalid("period")} aria-describedby={described("period")}>
              {periodKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`stats.filters.kinds.${k}`)}
                </option>
              ))}
            </select>
            <ErrorList id="period-error" errors={err("period")} />
          </div>
          <div className="field">
            <label htmlFor="year">{t("stats.filters.year")}</label>
            <select id="year" name="year" defaultValue={v("year") || String(years[0])} aria-invalid={invalid("year")} aria-describedby={described("year")}>
              {v("year") && !years.includes(Number(v("year"))) ? <option value={v("year")}>{v("year")}</option> : null}
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
            <ErrorList id="year-error" errors={err("year")} />
          </div>
          <div className="field">
            <label htmlFor="month">{t("stats.filters.month")}</label>
            <select id="month" name="month" defaultValue={v("month")} aria-invalid={invalid("month")} aria-describedby={described("month")}>
              <option value="">—</option>
              {Array.from({ length: 12 }, (_, i) => (
                <option key={i} value={i + 1}>
                  {t("stats.filters.monthN", { n: i + 1 })}
                </option>
              ))}
            </select>
            <ErrorList id="month-error" errors={err("month")} />
          </div>
          <div className="field">
            <label htmlFor="quarter">{t("stats.filters.quarter")}</label>
            <select id="quarter" name="quarter" defaultValue={v("quarter")} aria-invalid={invalid("quarter")} aria-describedby={described("quarter")}>
              <option value="">—</option>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  {t("stats.filters.quarterN", { n: q })}
                </option>
              ))}
            </select>
            <ErrorList id="quarter-error" errors={err("quarter")} />
          </div>
          <div className="field">
            <label htmlFor="half">{t("stats.filters.half")}</label>
            <select id="half" name="half" defaultValue={v("half")} aria-invalid={invalid("half")} aria-describedby={described("half")}>
              <option value="">—</option>
              <option value="1">{t("stats.filters.half1")}</option>
              <option value="2">{t("stats.filters.half2")}</option>
            </select>
            <ErrorList id="half-error" errors={err("half")} />
          </div>
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="from">{t("stats.filters.from")}</label>
            <input id="from" name="from" type="date" defaultValue={v("from")} aria-invalid={invalid("from")} aria-describedby={described("from", "custom-hint")} />
            <ErrorList id="from-error" errors={err("from")} />
          </div>
          <div className="field">
            <label htmlFor="to">{t("stats.filters.to")}</label>
            <input id="to" name="to" type="date" defaultValue={v("to")} aria-invalid={invalid("to")} aria-describedby={described("to", "custom-hint")} />
            <ErrorList id="to-error" errors={err("to")} />
          </div>
          <button type="submit" className="button primary">
            {t("stats.filters.show")}
          </button>
        </div>
        <p id="custom-hint" className="field-hint">
          {t("stats.filters.customHint")}
        </p>
      </fieldset>
    </Form>
  );
}
