import type { ReactNode } from "react";

/**
 * A short set of exclusive options (for / against, yes / no) as radio buttons
 * side by side in a fieldset: big targets, one line on a phone when the labels
 * are short, wrapping otherwise. The legend names the question.
 */
export function RadioChoice({
  name,
  legend,
  options,
  defaultValue,
  idPrefix,
  errorId,
  errors,
  required = true,
}: {
  name: string;
  legend: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  defaultValue?: string;
  /** Makes the inputs' ids unique when several choices share a page. */
  idPrefix: string;
  errorId?: string;
  errors?: ReactNode;
  required?: boolean;
}) {
  return (
    <fieldset className="radio-choice" aria-describedby={errors ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="radio-choice-options">
        {options.map((o) => (
          <label key={o.value} htmlFor={`${idPrefix}-${o.value}`} className="radio-choice-option">
            <input type="radio" id={`${idPrefix}-${o.value}`} name={name} value={o.value} required={required} defaultChecked={defaultValue === o.value} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {errors}
    </fieldset>
  );
}
