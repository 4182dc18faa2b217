import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { CheckboxField, FormErrors, SelectField, TextField } from "~/components/forms";
import { schedulableKinds } from "~/modules/dialogue/constants";
import { sessionSchema } from "~/modules/dialogue/schemas";

type Chair = { id: string; fullName: string; position: string | null };

export type SessionFormValues = {
  kind: string;
  title: string;
  chairId: string;
  startsAt: string;
  endsAt: string;
  place: string;
  link: string;
  capacity: string;
  isPublic: boolean;
  version?: number;
  caseCode?: string;
  submissionToken?: string;
};

/** Scheduling and editing a session: times are Vietnamese wall-clock times. */
export function SessionForm({
  lastResult,
  chairs,
  defaultValue,
  submitLabel,
  kindFixed,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  chairs: Chair[];
  defaultValue: Partial<SessionFormValues>;
  submitLabel: string;
  kindFixed?: boolean;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "session",
    constraint: getZodConstraint(sessionSchema),
    lastResult,
    defaultValue: { ...defaultValue, isPublic: defaultValue.isPublic ? "on" : undefined, version: defaultValue.version?.toString() },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: sessionSchema, errorMap: zodMessages }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      {defaultValue.version !== undefined ? <input type="hidden" name="version" value={defaultValue.version} /> : null}
      {defaultValue.caseCode ? <input type="hidden" name="caseCode" value={defaultValue.caseCode} /> : null}
      {defaultValue.submissionToken ? <input type="hidden" name="submissionToken" value={defaultValue.submissionToken} /> : null}
      {kindFixed ? (
        <input type="hidden" name="kind" value={defaultValue.kind} />
      ) : (
        <SelectField field={fields.kind} label={t("dialogue.form.kind")}>
          <option value="">{t("file.choose")}</option>
          {schedulableKinds.map((k) => (
            <option key={k} value={k}>
              {t(`dialogue.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
      )}
      <TextField field={fields.title} label={t("dialogue.form.title")} />
      <SelectField field={fields.chairId} label={t("dialogue.form.chair")} hint={t("dialogue.form.chairHint")}>
        <option value="">{t("file.choose")}</option>
        {chairs.map((c) => (
          <option key={c.id} value={c.id}>
            {c.fullName}
            {c.position ? ` — ${c.position}` : ""}
          </option>
        ))}
      </SelectField>
      <TextField field={fields.startsAt} type="datetime-local" label={t("dialogue.form.startsAt")} hint={t("dialogue.form.timeHint")} />
      <TextField field={fields.endsAt} type="datetime-local" label={t("dialogue.form.endsAt")} />
      <TextField field={fields.place} label={t("dialogue.form.place")} optional />
      <TextField field={fields.link} type="url" label={t("dialogue.form.link")} hint={t("dialogue.form.placeHint")} optional />
      <TextField field={fields.capacity} type="number" min={0} max={500} label={t("dialogue.form.capacity")} hint={t("dialogue.form.capacityHint")} />
      <CheckboxField field={fields.isPublic} label={t("dialogue.form.isPublic")} hint={t("dialogue.form.isPublicHint")} />
      <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
        {submitLabel}
      </button>
    </Form>
  );
}
