import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import { ActionItem } from "~/components/kit";
import { ErrorList, FormErrors } from "~/components/forms";
import { declineCodes } from "~/modules/cases/action-schemas";

export type Result = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null | undefined;

/** A value the person typed, back from a form that was refused. */
export const sent = (result: Result, name: string) => String(result?.initialValue?.[name] ?? "");

/**
 * One action on a case, as an item of the page's action list: its summary
 * opens the one form it needs (works without JavaScript). The form carries the
 * version the official saw; a refused form comes back open, with its input.
 */
export function ActionForm({
  intent,
  version,
  label,
  description,
  submit,
  result,
  children,
  withFiles,
  primary,
  tone,
}: {
  intent: string;
  version: number;
  label: string;
  description?: ReactNode;
  submit: string;
  result: Result;
  children?: ReactNode;
  withFiles?: boolean;
  primary?: boolean;
  tone?: "danger";
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <ActionItem id={intent} label={label} description={description} primary={primary} open={primary || !!result?.error} tone={tone}>
      <Form method="post" encType="multipart/form-data" aria-label={label}>
        <FormErrors errors={result?.error?.[""]} />
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="version" value={version} />
        {children}
        {withFiles ? (
          <div className="field">
            <label htmlFor={`${intent}-files`}>{t("file.files")}</label>
            <input id={`${intent}-files`} name="files" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,.docx" />
          </div>
        ) : null}
        <button type="submit" className={primary ? "button primary" : "button"} disabled={busy}>
          {submit}
        </button>
      </Form>
    </ActionItem>
  );
}

export function NoteField({ intent, label, result, rows = 3, optional }: { intent: string; label: string; result: Result; rows?: number; optional?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={`${intent}-note`}>{label}</label>
      <textarea
        id={`${intent}-note`}
        name="note"
        rows={rows}
        required={!optional}
        defaultValue={sent(result, "note")}
        aria-invalid={result?.error?.note ? true : undefined}
        aria-describedby={`${intent}-note-errors`}
      />
      <ErrorList id={`${intent}-note-errors`} errors={result?.error?.note} />
    </div>
  );
}

export function DeclineReason({ result }: { result: Result }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="decline-reason">{t("desk.case.declineCode")}</label>
      <select id="decline-reason" name="reasonCode" required defaultValue={sent(result, "reasonCode")}>
        <option value="">{t("file.choose")}</option>
        {declineCodes.map((c) => (
          <option key={c} value={c}>
            {t(`declineCodes.${c}`)}
          </option>
        ))}
      </select>
      <ErrorList errors={result?.error?.reasonCode} />
    </div>
  );
}

/** A written decision's number and date (extension, suspension, resumption, ending). */
export function DecisionFields({ intent, result, optional }: { intent: string; result: Result; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${intent}-decisionNo`}>{t("procedure.form.decisionNo")}</label>
        <input
          id={`${intent}-decisionNo`}
          name="decisionNo"
          required={!optional}
          maxLength={60}
          defaultValue={sent(result, "decisionNo")}
          aria-invalid={result?.error?.decisionNo ? true : undefined}
          aria-describedby={`${intent}-decisionNo-errors`}
        />
        <ErrorList id={`${intent}-decisionNo-errors`} errors={result?.error?.decisionNo} />
      </div>
      <div className="field">
        <label htmlFor={`${intent}-decisionDate`}>{t("procedure.form.decisionDate")}</label>
        <p className="field-hint" id={`${intent}-decisionDate-hint`}>
          {t("procedure.form.decisionDateHint")}
        </p>
        <input
          id={`${intent}-decisionDate`}
          name="decisionDate"
          type="date"
          required={!optional}
          defaultValue={sent(result, "decisionDate")}
          aria-invalid={result?.error?.decisionDate ? true : undefined}
          aria-describedby={`${intent}-decisionDate-hint ${intent}-decisionDate-errors`}
        />
        <ErrorList id={`${intent}-decisionDate-errors`} errors={result?.error?.decisionDate} />
      </div>
    </div>
  );
}

/** The statutory grounds in force for a suspension or an ending (data: ProcedureGround). */
export function GroundField({ intent, grounds, result }: { intent: string; grounds: { code: string; label: string; legalBasis: string; unconfirmed: boolean }[]; result: Result }) {
  const { t } = useTranslation();
  const chosen = sent(result, "groundCode");
  return (
    <fieldset className="field" aria-describedby={`${intent}-ground-errors`}>
      <legend>{t("procedure.form.ground")}</legend>
      {grounds.map((g, i) => (
        <div className="field-checkbox" key={g.code}>
          <input id={`${intent}-ground-${i}`} type="radio" name="groundCode" value={g.code} required defaultChecked={chosen === g.code} />
          <label htmlFor={`${intent}-ground-${i}`}>
            {g.label} <span className="muted">— {g.legalBasis}</span>
            {g.unconfirmed ? <span className="tag">{t("procedure.form.groundUnconfirmed")}</span> : null}
          </label>
        </div>
      ))}
      <ErrorList id={`${intent}-ground-errors`} errors={result?.error?.groundCode} />
    </fieldset>
  );
}
