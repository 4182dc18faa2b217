import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { Form, Link, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { CheckboxField, ErrorList, EvidenceFiles, FormErrors, Honeypot, SelectField, TextAreaField, TextField } from "~/components/forms";
import type { CaseKind } from "~/modules/cases/constants";
import { fileCaseSchema } from "~/modules/cases/schemas";

export type UnitGroup = { label: string; units: { id: string; name: string }[] };

export function CaseForm({
  kind,
  lastResult,
  submissionToken,
  unitGroups,
  categories,
  signedIn,
  identityVerified,
  similar,
  pending,
  fileErrors,
  intake,
}: {
  kind: CaseKind;
  lastResult?: SubmissionResult<string[]> | null;
  submissionToken: string;
  unitGroups: UnitGroup[];
  categories: { id: string; name: string }[];
  signedIn: boolean;
  identityVerified: boolean;
  similar: { code: string; title: string }[];
  pending: { id: string; fileName: string }[];
  fileErrors: string[];
  /** A reception officer recording a case on a citizen's behalf: channel and citizen fields. */
  intake?: { channels: readonly string[]; citizenError?: string[] | null };
}) {
  const { t, i18n } = useTranslation();
  // The intake form is filled by an officer: it speaks of the complainant, not to them.
  const say = (key: string) => (intake && i18n.exists(`file.intake.${key}`) ? t(`file.intake.${key}`) : t(`file.${key}`));
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: `file-${kind}`,
    constraint: getZodConstraint(fileCaseSchema),
    lastResult,
    defaultValue: { kind, submissionToken },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: fileCaseSchema, errorMap: zodMessages }),
  });
  const needsIdentity = kind === "DENUNCIATION" && !identityVerified;

  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Honeypot />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="submissionToken" value={submissionToken} />
      <ErrorList errors={fields.kind.errors} />

      {similar.length ? (
        <section className="notice" aria-labelledby="similar-title">
          <h2 id="similar-title">{t("file.similarHeading")}</h2>
          <p>{t("file.similarIntro")}</p>
          <ul>
            {similar.map((c) => (
              <li key={c.code}>
                <Link to={`/cases/${c.code}`}>
                  <span className="code">{c.code}</span> — {c.title}
                </Link>
              </li>
            ))}
          </ul>
          <CheckboxField field={fields.confirmNew} label={t("file.confirmNew")} />
        </section>
      ) : null}

      {needsIdentity && !intake ? <p className="notice" role="note">{t("file.denunciationIdentity")}</p> : null}
      {intake ? (
        <fieldset>
          <legend>{t("intake.legend")}</legend>
          <div className="field">
            <label htmlFor="intake-channel">{t("desk.case.channel")}</label>
            <select id="intake-channel" name="channel" defaultValue={String(lastResult?.initialValue?.channel ?? "IN_PERSON")}>
              {intake.channels.map((c) => (
                <option key={c} value={c}>
                  {t(`channels.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="intake-citizen">{t("intake.citizenAccount")}</label>
            <p className="field-hint" id="intake-citizen-hint">
              {t("intake.citizenAccountHint")}
            </p>
            <input
              id="intake-citizen"
              name="citizenIdentifier"
              type="text"
              defaultValue={String(lastResult?.initialValue?.citizenIdentifier ?? "")}
              aria-describedby="intake-citizen-hint intake-citizen-errors"
            />
            <ErrorList id="intake-citizen-errors" errors={intake.citizenError} />
          </div>
        </fieldset>
      ) : null}

      <TextField field={fields.title} label={t("file.title")} hint={t("file.titleHint")} maxLength={200} />
      <TextAreaField field={fields.description} label={t("file.description")} hint={t("file.descriptionHint")} rows={8} />
      <SelectField field={fields.categoryId} label={t("file.category")}>
        <option value="">{t("file.choose")}</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <SelectField field={fields.unitId} label={t("file.unit")} hint={t("file.unitHint")}>
        <option value="">{t("file.choose")}</option>
        {unitGroups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField field={fields.locationText} label={t("file.location")} hint={t("file.locationHint")} optional />

      {kind === "COMPLAINT" ? (
        <fieldset>
          <legend>{t("file.complaintLegend")}</legend>
          <TextAreaField field={fields.decisionText} label={t("file.decision")} hint={t("file.decisionHint")} rows={3} />
          <TextField field={fields.learnedAt} type="date" label={say("learnedAt")} hint={t("file.learnedAtHint")} />
          <TextAreaField field={fields.lateReason} label={say("lateReason")} hint={say("lateReasonHint")} rows={2} optional />
          <TextField field={fields.obstacleDays} type="number" label={t("procedure.file.obstacleDays")} hint={t("procedure.file.obstacleDaysHint")} optional />
        </fieldset>
      ) : null}
      {kind === "DENUNCIATION" ? (
        <TextAreaField field={fields.denouncedText} label={t("file.denounced")} hint={t("file.denouncedHint")} rows={3} />
      ) : null}

      <EvidenceFiles legend={t("file.evidenceLegend")} pending={pending} errors={fileErrors} />

      {!signedIn ? (
        <fieldset>
          <legend>{t("file.contactLegend")}</legend>
          {kind === "FEEDBACK" ? <CheckboxField field={fields.anonymous} label={t("file.anonymous")} hint={say("anonymousHint")} /> : null}
          <TextField field={fields.contactName} label={t("auth.fullName")} autoComplete="name" optional={kind === "FEEDBACK"} />
          <TextField field={fields.contactEmail} type="email" label={t("auth.email")} hint={t("file.contactEmailHint")} autoComplete="email" optional />
          <TextField field={fields.contactPhone} type="tel" label={t("auth.phone")} autoComplete="tel" optional />
        </fieldset>
      ) : null}
      {kind === "FEEDBACK" || kind === "PETITION" ? (
        <CheckboxField field={fields.publishConsent} label={say("publishConsent")} hint={say("publishConsentHint")} />
      ) : null}

      <button type="submit" className="button primary" disabled={navigation.state === "submitting" || (needsIdentity && !intake)}>
        {t("file.submit")}
      </button>
    </Form>
  );
}
