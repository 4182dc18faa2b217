import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import { ErrorList, FormErrors } from "~/components/forms";

export type Result = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null | undefined;

/** One action on a session: a small titled form (plain POST, works without JavaScript). */
export function IntentForm({ intent, title, submit, result, children, version, primary }: { intent: string; title: string; submit: string; result: Result; children?: ReactNode; version?: number; primary?: boolean }) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <section className="action-panel" aria-labelledby={`${intent}-title`}>
      <h3 id={`${intent}-title`}>{title}</h3>
      <Form method="post">
        <FormErrors errors={result?.error?.[""]} />
        <input type="hidden" name="intent" value={intent} />
        {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
        {children}
        <button type="submit" className={primary ? "button primary" : "button"} disabled={busy}>
          {submit}
        </button>
      </Form>
    </section>
  );
}

/** A labelled input or textarea with its errors, keeping what was typed after a refusal. */
export function Field({
  id,
  name,
  label,
  result,
  textarea,
  type = "text",
  required = true,
  hint,
  defaultValue,
  children,
}: {
  id: string;
  name: string;
  label: string;
  result: Result;
  textarea?: boolean;
  type?: string;
  required?: boolean;
  hint?: string;
  /** Shown until the form comes back with what was typed. */
  defaultValue?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const errors = result?.error?.[name];
  const value = result?.initialValue ? result.initialValue[name] : defaultValue;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-errors` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name, required, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy } as const;
  return (
    <div className="field" data-invalid={errors?.length ? "" : undefined}>
      <label htmlFor={id}>
        {label}
        {!required ? <span className="field-optional"> ({t("common.optional")})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children ? (
        <select {...common} defaultValue={typeof value === "string" ? value : ""}>
          {children}
        </select>
      ) : textarea ? (
        <textarea {...common} rows={3} defaultValue={typeof value === "string" ? value : ""} />
      ) : (
        <input {...common} type={type} defaultValue={typeof value === "string" ? value : ""} />
      )}
      <ErrorList id={`${id}-errors`} errors={errors} />
    </div>
  );
}
