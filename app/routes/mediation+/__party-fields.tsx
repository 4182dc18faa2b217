import { useTranslation } from "~/i18n/react";
import { ErrorList } from "~/components/forms";
import { disputeTypes } from "~/modules/mediation/constants";
import { Field, type Result } from "./__panels";

/** The required dispute type <select> shared by the mediation forms (opening, online request, referral from a case). */
export function DisputeTypeSelect({ id, defaultValue, errors }: { id: string; defaultValue: string; errors?: string[] | null }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t("mediation.disputeType")}</label>
      <select id={id} name="disputeType" required defaultValue={defaultValue}>
        <option value="">{t("file.choose")}</option>
        {disputeTypes.map((d) => (
          <option key={d} value={d}>
            {t(`mediation.types.${d}`)}
          </option>
        ))}
      </select>
      <ErrorList errors={errors} />
    </div>
  );
}

/**
 * One party of a mediation under its legend: name, contact and, when asked,
 * the citizen account. Fields are named `<party>Name`, `<party>Contact`, `<party>Account`.
 */
export function PartyFieldset({
  intent,
  party,
  legend,
  result,
  nameRequired = true,
  account = false,
}: {
  intent: string;
  party: "applicant" | "respondent" | "other";
  legend: string;
  result: Result;
  nameRequired?: boolean;
  account?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <Field intent={intent} name={`${party}Name`} label={t("mediation.form.name")} result={result} required={nameRequired} />
      <Field intent={intent} name={`${party}Contact`} label={t("mediation.form.contact")} result={result} required={false} />
      {account ? <Field intent={intent} name={`${party}Account`} label={t("mediation.form.account")} result={result} required={false} /> : null}
    </fieldset>
  );
}
