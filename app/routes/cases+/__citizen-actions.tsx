import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import { ErrorList, FormErrors } from "~/components/forms";
import { ActionItem } from "~/components/kit";
import type { CitizenAction } from "~/modules/cases/case-view.server";

type Result = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null | undefined;

/** One of the citizen's actions: an item of the list that opens its form; a refused form comes back open with its input. */
function CitizenForm({ intent, label, description, version, result, primary, open, multipart, children, submit, fileErrors }: {
  intent: CitizenAction;
  label: string;
  description?: ReactNode;
  version: number;
  result: Result;
  primary?: boolean;
  open?: boolean;
  multipart?: boolean;
  children?: ReactNode;
  submit: string;
  fileErrors?: string[] | null;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <ActionItem id={intent} label={label} description={description} primary={primary} open={open || !!result?.error || !!fileErrors?.length}>
      <Form method="post" encType={multipart ? "multipart/form-data" : undefined} aria-label={label}>
        <FormErrors errors={result?.error?.[""]} />
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="version" value={version} />
        {children}
        <ErrorList errors={fileErrors} />
        <button type="submit" className={primary ? "button primary" : "button"} disabled={busy}>
          {submit}
        </button>
      </Form>
    </ActionItem>
  );
}

const sent = (result: Result, name: string) => String(result?.initialValue?.[name] ?? "");

/** The form each action the citizen may take needs. Which appear is the state machine's answer (the loader's `actions`). */
export function CitizenActionForm({
  action,
  version,
  result,
  fileErrors,
  primary,
  appealHint,
  withdrawConsequence,
}: {
  action: CitizenAction;
  version: number;
  result: Result;
  fileErrors?: string[] | null;
  primary: boolean;
  appealHint: string | null;
  withdrawConsequence: string | null;
}) {
  const { t } = useTranslation();
  // A citizen has one or two things to do at a time: their forms are open; withdrawing is a click away, never in the way.
  const common = { version, result, primary, open: action !== "withdraw" };
  switch (action) {
    case "provideInfo":
      return (
        <CitizenForm intent="provideInfo" label={t("cases.provideInfoHeading")} submit={t("cases.provideInfoSubmit")} multipart fileErrors={fileErrors} {...common}>
          <div className="field">
            <label htmlFor="info-note">{t("cases.provideInfoLabel")}</label>
            <textarea id="info-note" name="note" rows={5} required defaultValue={sent(result, "note")} aria-describedby="info-note-errors" />
            <ErrorList id="info-note-errors" errors={result?.error?.note} />
          </div>
          <div className="field">
            <label htmlFor="info-files">{t("file.files")}</label>
            <input id="info-files" name="files" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,.docx" />
          </div>
        </CitizenForm>
      );
    case "acceptResolution":
      return <CitizenForm intent="acceptResolution" label={t("cases.acceptResolution")} submit={t("cases.acceptResolution")} {...common} />;
    case "appeal":
      return (
        <CitizenForm intent="appeal" label={t("cases.appeal")} description={appealHint ?? undefined} submit={t("cases.appeal")} {...common}>
          <div className="field">
            <label htmlFor="appeal-note">{t("cases.appealReason")}</label>
            <p className="field-hint" id="appeal-hint">
              {t("cases.appealHint")}
            </p>
            <textarea id="appeal-note" name="note" rows={4} required defaultValue={sent(result, "note")} aria-describedby="appeal-hint appeal-errors" />
            <ErrorList id="appeal-errors" errors={result?.error?.note} />
          </div>
        </CitizenForm>
      );
    case "rate":
      return (
        <CitizenForm intent="rate" label={t("cases.rateHeading")} submit={t("cases.rateSubmit")} {...common}>
          <fieldset className="rating" aria-describedby="rating-errors">
            <legend>{t("cases.rateLegend")}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n}>
                <input type="radio" name="rating" value={n} required defaultChecked={sent(result, "rating") === String(n)} /> {t(`cases.rating${n}`)}
              </label>
            ))}
            <ErrorList id="rating-errors" errors={result?.error?.rating} />
          </fieldset>
          <div className="field">
            <label htmlFor="rate-note">{t("cases.rateComment")}</label>
            <textarea id="rate-note" name="note" rows={3} defaultValue={sent(result, "note")} aria-describedby="rate-note-errors" />
            <ErrorList id="rate-note-errors" errors={result?.error?.note} />
          </div>
        </CitizenForm>
      );
    case "withdraw":
      return (
        <CitizenForm intent="withdraw" label={t("cases.withdrawHeading")} submit={t("cases.withdraw")} {...common}>
          {withdrawConsequence ? (
            <div className="notice" role="note">
              <strong>{t("procedure.citizen.withdrawConsequence")}: </strong>
              {withdrawConsequence}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="withdraw-note">{t("cases.withdrawReason")}</label>
            <textarea id="withdraw-note" name="note" rows={2} defaultValue={sent(result, "note")} aria-describedby="withdraw-note-errors" />
            <ErrorList id="withdraw-note-errors" errors={result?.error?.note} />
          </div>
        </CitizenForm>
      );
  }
}
