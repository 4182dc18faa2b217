import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { CheckboxField, FormErrors, SelectField, TextField } from "~/components/forms";
import { unitSchema } from "~/modules/auth/schemas";

type Option = { id: string; name: string };
type Level = { id: string; code: string };

export function UnitForm({
  lastResult,
  levels,
  parents,
  defaultValue,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  levels: Level[];
  parents: Option[];
  defaultValue?: { name: string; code: string; levelId: string; parentId: string | null; remote: boolean; active: boolean };
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "unit",
    constraint: getZodConstraint(unitSchema),
    lastResult,
    defaultValue: defaultValue
      ? { ...defaultValue, parentId: defaultValue.parentId ?? "", remote: defaultValue.remote ? "on" : undefined, active: defaultValue.active ? "on" : undefined }
      : { active: "on" },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: unitSchema, errorMap: zodMessages }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.name} label={t("admin.name")} />
      <TextField field={fields.code} label={t("admin.code")} hint={t("errors.invalidCode")} />
      <SelectField field={fields.levelId} label={t("admin.level")}>
        <option value="">—</option>
        {levels.map((l) => (
          <option key={l.id} value={l.id}>
            {t(`levels.${l.code}`, { defaultValue: l.code })}
          </option>
        ))}
      </SelectField>
      <SelectField field={fields.parentId} label={t("admin.parent")}>
        <option value="">{t("admin.noParent")}</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <CheckboxField field={fields.remote} label={t("admin.remote")} />
      <CheckboxField field={fields.active} label={t("admin.active")} />
      <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
        {submitLabel}
      </button>
    </Form>
  );
}
