import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorList, FormErrors } from "~/components/forms";
import { declineCodes } from "~/modules/cases/action-schemas";

type Result = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null | undefined;

/** One action on a case: a small form that carries the version the official saw. */
export function ActionForm({
  intent,
  version,
  title,
  submit,
  result,
  children,
  withFiles,
  primary,
}: {
  intent: string;
  version: number;
  title: string;
  submit: string;
  result: Result;
  children?: ReactNode;
  withFiles?: boolean;
  primary?: boolean;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <section className="action-panel" aria-labelledby={`${intent}-title`}>
      <h3 id={`${intent}-title`}>{title}</h3>
      <Form method="post" encType="multipart/form-data">
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
    </section>
  );
}

export function NoteField({ intent, label, result, rows = 3 }: { intent: string; label: string; result: Result; rows?: number }) {
  return (
    <div className="field">
      <label htmlFor={`${intent}-note`}>{label}</label>
      <textarea
        id={`${intent}-note`}
        name="note"
        rows={rows}
        required
        defaultValue={String(result?.initialValue?.note ?? "")}
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
      <select id="decline-reason" name="reasonCode" required defaultValue={String(result?.initialValue?.reasonCode ?? "")}>
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
