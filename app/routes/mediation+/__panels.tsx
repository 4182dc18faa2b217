import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { ErrorList, FormErrors } from "~/components/forms";

export type Result = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null | undefined;

/**
 * When a form comes back with errors, moves focus to the first invalid field,
 * or to the form's message when the refusal is not about one field.
 */
export function useFocusOnErrors(form: RefObject<HTMLFormElement | null>, result: Result) {
  useEffect(() => {
    if (!result?.error || !form.current) return;
    const target = form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current.querySelector<HTMLElement>(".form-errors");
    if (!target) return;
    if (!target.matches("input, select, textarea")) target.tabIndex = -1;
    target.focus();
  }, [form, result]);
}

/**
 * A page with one form: the action's result (focus moves to its errors), the
 * form's ref, what was sent for a field, and whether the form is being sent.
 */
export function usePageForm() {
  const actionData = useActionData<{ result?: unknown }>();
  const navigation = useNavigation();
  const result = (actionData?.result ?? null) as Result;
  const form = useRef<HTMLFormElement>(null);
  useFocusOnErrors(form, result);
  const value = (name: string) => String(result?.initialValue?.[name] ?? "");
  return { result, form, value, submitting: navigation.state === "submitting" };
}

/** One action on a mediation: a plain form carrying the version the mediator saw (works without JavaScript). */
export function Panel({
  intent,
  version,
  title,
  hint,
  submit,
  result,
  children,
  primary,
}: {
  intent: string;
  version: number;
  title: string;
  hint?: string;
  submit: string;
  result: Result;
  children?: ReactNode;
  primary?: boolean;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  const form = useRef<HTMLFormElement>(null);
  useFocusOnErrors(form, result);
  return (
    <section className="action-panel" aria-labelledby={`${intent}-title`}>
      <h3 id={`${intent}-title`}>{title}</h3>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <Form method="post" ref={form}>
        <FormErrors errors={result?.error?.[""]} />
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="version" value={version} />
        {children}
        <button type="submit" className={primary ? "button primary" : "button"} disabled={busy}>
          {submit}
        </button>
      </Form>
    </section>
  );
}

/** A labelled text input or textarea that keeps what was typed when the form comes back with errors. */
export function Field({
  intent,
  name,
  label,
  result,
  textarea,
  type = "text",
  required = true,
  defaultValue = "",
  rows = 3,
}: {
  intent: string;
  name: string;
  label: string;
  result: Result;
  textarea?: boolean;
  type?: string;
  required?: boolean;
  defaultValue?: string;
  rows?: number;
}) {
  const id = `${intent}-${name}`;
  const errors = result?.error?.[name];
  const value = result?.initialValue?.[name];
  const common = {
    id,
    name,
    required,
    defaultValue: typeof value === "string" ? value : defaultValue,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": errors?.length ? `${id}-errors` : undefined,
  };
  return (
    <div className="field" data-invalid={errors?.length ? "" : undefined}>
      <label htmlFor={id}>{label}</label>
      {textarea ? <textarea {...common} rows={rows} /> : <input {...common} type={type} />}
      <ErrorList id={`${id}-errors`} errors={errors} />
    </div>
  );
}

/** A group of checkboxes (one per party or mediator) under a legend. */
export function Checkboxes({
  intent,
  name,
  legend,
  hint,
  options,
  checked,
  result,
}: {
  intent: string;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: (value: string) => boolean;
  result: Result;
}) {
  const sent = result?.initialValue?.[name];
  const sentValues = sent === undefined ? null : Array.isArray(sent) ? sent : [sent];
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {options.map((o) => (
        <div className="field field-checkbox" key={o.value}>
          <input
            id={`${intent}-${name}-${o.value}`}
            type="checkbox"
            name={name}
            value={o.value}
            defaultChecked={sentValues ? sentValues.includes(o.value) : checked(o.value)}
          />
          <label htmlFor={`${intent}-${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <ErrorList errors={result?.error?.[name]} />
    </fieldset>
  );
}
