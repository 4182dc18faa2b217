import type { FieldMetadata } from "@conform-to/react";
import { getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useTranslation } from "~/i18n/react";
import { maxFilesPerSubmission } from "~/modules/files/file-rules";

/**
 * zod messages are catalogue keys, optionally with parameters in a query
 * string: "errors.tooLong?max=200". This turns them into the page's language.
 */
export function useErrorText() {
  const { t } = useTranslation();
  return (message: string) => {
    const [key = "", query] = message.split("?");
    const params = Object.fromEntries(new URLSearchParams(query ?? ""));
    return key.includes(".") ? t(key, params) : message;
  };
}

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const errorText = useErrorText();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((e) => (
        <li key={e}>{errorText(e)}</li>
      ))}
    </ul>
  );
}

/**
 * Label, hint, control and errors, wired with ids and aria-describedby: the
 * control is rendered by `children`, given the ids that describe it. Shared
 * by conform's fields below and by plain fields (`PlainTextField`).
 */
export function FieldBox({
  id,
  errorId = `${id}-errors`,
  label,
  hint,
  optional,
  errors,
  children,
}: {
  id: string;
  errorId?: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  errors?: string[] | null;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const { t } = useTranslation();
  const describedBy = describedByIds(id, errorId, hint, errors);
  return (
    <div className="field" data-invalid={errors?.length ? "" : undefined}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> ({t("common.optional")})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

function describedByIds(id: string, errorId: string, hint: unknown, errors?: string[] | null) {
  return [hint ? `${id}-hint` : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
}

/** A conform field's box. */
function FieldShell({ field, children, ...common }: Common & { field: FieldMetadata<unknown>; children: (describedBy: string | undefined) => ReactNode }) {
  return (
    <FieldBox id={field.id} errorId={field.errorId} errors={field.errors} {...common}>
      {children}
    </FieldBox>
  );
}

/**
 * A text input outside conform, for a plain POST form whose action answers
 * `{ errors, values }`: lighter to render than conform's field (its metadata
 * is a proxy, read on every render), so the busiest public form uses it.
 */
export function PlainTextField({
  id,
  name,
  label,
  hint,
  optional,
  errors,
  ...rest
}: Common & { id: string; name: string; errors?: string[] | null } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">) {
  return (
    <FieldBox id={id} label={label} hint={hint} optional={optional} errors={errors}>
      {(describedBy) => <input id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} {...rest} />}
    </FieldBox>
  );
}

type Common = { label: ReactNode; hint?: ReactNode; optional?: boolean };

export function TextField({
  field,
  label,
  hint,
  optional,
  type = "text",
  ...rest
}: Common & { field: FieldMetadata<string | undefined> | FieldMetadata<unknown>; type?: "text" | "email" | "tel" | "password" | "date" | "datetime-local" | "number" | "search" | "url" } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    "type" | "id" | "name"
  >) {
  const f = field as FieldMetadata<unknown>;
  const props = getInputProps(f as FieldMetadata<string>, { type, ariaAttributes: true });
  return (
    <FieldShell field={f} label={label} hint={hint} optional={optional}>
      {(describedBy) => <input {...props} {...rest} aria-describedby={describedBy} />}
    </FieldShell>
  );
}

export function TextAreaField({
  field,
  label,
  hint,
  optional,
  ...rest
}: Common & { field: FieldMetadata<unknown> } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">) {
  const props = getTextareaProps(field as FieldMetadata<string>, { ariaAttributes: true });
  return (
    <FieldShell field={field} label={label} hint={hint} optional={optional}>
      {(describedBy) => <textarea {...props} {...rest} aria-describedby={describedBy} />}
    </FieldShell>
  );
}

export function SelectField({
  field,
  label,
  hint,
  optional,
  children,
  ...rest
}: Common & { field: FieldMetadata<unknown>; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name">) {
  const props = getSelectProps(field as FieldMetadata<string>, { ariaAttributes: true });
  return (
    <FieldShell field={field} label={label} hint={hint} optional={optional}>
      {(describedBy) => (
        <select {...props} {...rest} aria-describedby={describedBy}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({ field, label, hint }: Common & { field: FieldMetadata<unknown> }) {
  const props = getInputProps(field as FieldMetadata<boolean>, { type: "checkbox", ariaAttributes: true });
  return (
    <div className="field field-checkbox">
      <input {...props} aria-describedby={describedByIds(field.id, field.errorId, hint, field.errors)} />
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p id={`${field.id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <ErrorList id={field.errorId} errors={field.errors} />
    </div>
  );
}

/** The form-level message (e.g. wrong password), announced to screen readers. */
export function FormErrors({ errors, id }: { errors?: string[] | null; id?: string }) {
  const errorText = useErrorText();
  if (!errors?.length) return null;
  return (
    <div id={id} className="form-errors" role="alert">
      {errors.map((e) => (
        <p key={e}>{errorText(e)}</p>
      ))}
    </div>
  );
}

/**
 * The evidence files of a form: the limits, the files already kept from an
 * earlier try (so nobody uploads twice on a slow line), and the file input.
 */
export function EvidenceFiles({ legend, pending, errors }: { legend: string; pending: { id: string; fileName: string }[]; errors?: string[] | null }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <p className="field-hint" id="files-hint">
        {t("file.evidenceHint", { max: maxFilesPerSubmission })}
      </p>
      {pending.length ? (
        <div>
          <p>{t("file.alreadyAttached")}</p>
          <ul className="files">
            {pending.map((f) => (
              <li key={f.id}>{f.fileName}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <label htmlFor="files">{t("file.files")}</label>
      <input
        // Remounted when the kept files change: a file kept by the server is no longer selected here, so it is not sent twice.
        key={pending.map((f) => f.id).join(",")}
        id="files"
        name="files"
        type="file"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-describedby="files-hint files-errors"
      />
      <ErrorList id="files-errors" errors={errors} />
    </fieldset>
  );
}

/** Bots fill every field; people never see this one. Checked by checkHoneypot(). */
export function Honeypot() {
  const { t } = useTranslation();
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor="ln_website">{t("common.leaveEmpty")}</label>
      <input id="ln_website" name="ln_website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
