import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";

/**
 * A GET filter form: each field's label above its control (never beside the
 * previous control), one column on a phone, a row when wider, the submit
 * button last. Works without JavaScript (a plain GET).
 */
export function FilterBar({
  children,
  label,
  submitLabel,
  resetHref,
  action,
}: {
  children: ReactNode;
  /** Names the form for screen readers ("Filter the inbox"). */
  label: string;
  submitLabel?: string;
  /** A "clear filters" link, when filters are set. */
  resetHref?: string;
  action?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" action={action} className="filter-bar" aria-label={label} role="search">
      {children}
      <div className="filter-submit">
        <button type="submit" className="button">
          {submitLabel ?? t("common.filter")}
        </button>
        {resetHref ? (
          <a href={resetHref} className="filter-reset">
            {t("common.clearFilters")}
          </a>
        ) : null}
      </div>
    </Form>
  );
}

/**
 * One labelled control of a FilterBar. `error` (a catalogue key) is shown under
 * the control with the id `<id>-error`: point the control's aria-describedby at it.
 */
export function FilterField({ id, label, children, wide, error }: { id: string; label: ReactNode; children: ReactNode; wide?: boolean; error?: string | null }) {
  const { t } = useTranslation();
  return (
    <div className={wide ? "filter-field filter-field-wide" : "filter-field"}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-errors">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

/** A FilterField holding a <select> with an "all" choice first. */
export function FilterChoice({
  id,
  label,
  defaultValue,
  options,
  allLabel,
}: {
  id: string;
  label: ReactNode;
  defaultValue: string;
  options: readonly { value: string; label: string }[];
  /** Omit the "all" choice with allLabel={null}. */
  allLabel?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <FilterField id={id} label={label}>
      <select id={id} name={id} defaultValue={defaultValue}>
        {allLabel === null ? null : <option value="">{allLabel ?? t("common.all")}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

/** A checkbox filter ("show inactive units"): the box before its label, on one line. */
export function FilterCheck({ id, label, value = "1", defaultChecked }: { id: string; label: ReactNode; value?: string; defaultChecked: boolean }) {
  return (
    <div className="filter-field filter-check">
      <input type="checkbox" id={id} name={id} value={value} defaultChecked={defaultChecked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
