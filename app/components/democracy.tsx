import { Form, useNavigation } from "@remix-run/react";
import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import { Badge, RadioChoice } from "~/components/kit";
import { ErrorList, FieldBox, FormErrors, PlainTextField } from "~/components/forms";
import type { Language } from "~/i18n/config";
import { formatDateTime } from "~/utils/dates";

/**
 * Pieces the grassroots democracy pages share: a rule's legal basis (marked
 * when not confirmed from the text), a record's documents, and the small
 * intent forms of an ActionPanel (a plain POST: they work without JavaScript).
 */

type RuleRef = { code: string; document: string; article: string; clause: string | null; confirmed: boolean; note?: string | null };

export function RuleBasis({ rule, showNote }: { rule: RuleRef; showNote?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="rule-basis">
      {[rule.article, rule.clause, rule.document].filter(Boolean).join(", ")}
      {rule.confirmed ? null : (
        <>
          {" "}
          <Badge tone="warn">{t("democracy.unconfirmed")}</Badge>
        </>
      )}
      {showNote && rule.note ? <span className="field-hint"> {rule.note}</span> : null}
    </span>
  );
}

export function DocumentList({ documents }: { documents: { id: string; fileName: string; size: number }[] }) {
  const { t } = useTranslation();
  if (!documents.length) return <p>{t("democracy.noDocuments")}</p>;
  return (
    <ul className="files">
      {documents.map((d) => (
        <li key={d.id}>
          <a href={`/democracy/files/${d.id}`}>{d.fileName}</a> ({Math.max(1, Math.round(d.size / 1024))} KB)
        </li>
      ))}
    </ul>
  );
}

export function Period({ from, to }: { from: string | Date; to: string | Date }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return <>{t("democracy.periodValue", { from: formatDateTime(from, language), to: formatDateTime(to, language) })}</>;
}

export type IntentResult = { intent?: string; errors?: Record<string, string[]> | null; values?: Record<string, string> | null } | null | undefined;

/** The errors and sent values of an intent form, when the action answered that intent. */
export function resultFor(result: IntentResult, intent: string) {
  return result?.intent === intent ? { errors: result.errors ?? {}, values: result.values ?? {} } : { errors: {}, values: {} as Record<string, string> };
}

/** One action's form: the intent, the version the officer saw, the form's message and the submit button. */
export function IntentForm({
  intent,
  version,
  submit,
  errors,
  children,
  multipart,
  primary,
}: {
  intent: string;
  version?: number;
  submit: string;
  errors?: Record<string, string[]>;
  children?: ReactNode;
  multipart?: boolean;
  primary?: boolean;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <Form method="post" encType={multipart ? "multipart/form-data" : undefined} aria-label={submit}>
      <FormErrors id={`${intent}-form-errors`} errors={errors?.[""]} />
      <input type="hidden" name="intent" value={intent} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {children}
      <button type="submit" className={primary ? "button primary" : "button"} disabled={busy}>
        {submit}
      </button>
    </Form>
  );
}

type Common = { intent: string; name: string; label: ReactNode; hint?: ReactNode; errors?: string[] };

/** An intent form's field; ids are prefixed by the intent, so several forms share a page. */
export function Field({ intent, name, ...rest }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  return <PlainTextField id={`${intent}-${name}`} name={name} {...rest} />;
}

export function TextArea({ intent, name, label, hint, errors, defaultValue, rows = 4, required }: Common & { defaultValue?: string; rows?: number; required?: boolean }) {
  const id = `${intent}-${name}`;
  return (
    <FieldBox id={id} label={label} hint={hint} errors={errors}>
      {(describedBy) => <textarea id={id} name={name} rows={rows} required={required} defaultValue={defaultValue} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} />}
    </FieldBox>
  );
}

export function Select({ intent, name, label, hint, errors, defaultValue, options, placeholder }: Common & { defaultValue?: string; options: { value: string; label: string }[]; placeholder?: string }) {
  const id = `${intent}-${name}`;
  return (
    <FieldBox id={id} label={label} hint={hint} errors={errors}>
      {(describedBy) => (
        <select id={id} name={name} defaultValue={defaultValue} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldBox>
  );
}

/** The decision recorded for a matter or a consultation: its document's number and its text. */
export function DecisionFields({ intent, result }: { intent: string; result: { errors: Record<string, string[]>; values: Record<string, string> } }) {
  const { t } = useTranslation();
  return (
    <>
      <Field intent={intent} name="decisionRef" label={t("democracy.matter.decisionRef")} required errors={result.errors.decisionRef} defaultValue={result.values.decisionRef} />
      <TextArea intent={intent} name="decisionText" label={t("democracy.matter.decisionText")} required errors={result.errors.decisionText} defaultValue={result.values.decisionText} />
    </>
  );
}

/** FOR / AGAINST, side by side (the kit's RadioChoice). */
export function ChoiceField({ intent, legend, errors, defaultValue }: { intent: string; legend: ReactNode; errors?: string[]; defaultValue?: string }) {
  const { t } = useTranslation();
  return (
    <RadioChoice
      name="choice"
      idPrefix={`${intent}-choice`}
      legend={legend}
      defaultValue={defaultValue}
      options={(["FOR", "AGAINST"] as const).map((c) => ({ value: c, label: t(`democracy.choices.${c}`) }))}
      errorId={`${intent}-choice-errors`}
      errors={errors?.length ? <ErrorList id={`${intent}-choice-errors`} errors={errors} /> : null}
    />
  );
}

/** A matter's phase as a badge, its tone by what it means for a resident. */
export function PhaseBadge({ phase }: { phase: string }) {
  const { t } = useTranslation();
  const tone = phase === "VOTING" ? "info" : phase === "CANCELLED" ? "danger" : phase === "CLOSED" || phase === "DECIDED" ? "ok" : "neutral";
  return <Badge tone={tone}>{t(`democracy.phases.${phase}`)}</Badge>;
}

export function ResultBadge({ result }: { result: string }) {
  const { t } = useTranslation();
  return <Badge tone={result === "ADOPTED" ? "ok" : "warn"}>{t(`democracy.resultBadge.${result}`)}</Badge>;
}
