import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { CheckboxField, FormErrors, SelectField, TextField } from "~/components/forms";
import { roles } from "~/modules/auth/roles";
import { staffUserSchema } from "~/modules/auth/schemas";

export type UserFormValue = {
  fullName: string;
  email: string | null;
  phone: string | null;
  role: string;
  unitId: string | null;
  position: string | null;
  disabled: boolean;
  identityVerified: boolean;
};

export function UserForm({
  lastResult,
  units,
  defaultValue,
  submitLabel,
  mode,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  units: { id: string; name: string }[];
  defaultValue?: UserFormValue;
  submitLabel: string;
  mode: "create" | "edit";
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "user",
    constraint: getZodConstraint(staffUserSchema),
    lastResult,
    defaultValue: defaultValue
      ? {
          ...defaultValue,
          email: defaultValue.email ?? "",
          phone: defaultValue.phone ?? "",
          unitId: defaultValue.unitId ?? "",
          position: defaultValue.position ?? "",
          disabled: defaultValue.disabled ? "on" : undefined,
          identityVerified: defaultValue.identityVerified ? "on" : undefined,
        }
      : { role: "HANDLER" },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: staffUserSchema, errorMap: zodMessages }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.fullName} label={t("auth.fullName")} autoComplete="off" />
      <p className="field-hint">{t("auth.contactHint")}</p>
      <TextField field={fields.email} type="email" label={t("auth.email")} optional autoComplete="off" />
      <TextField field={fields.phone} type="tel" label={t("auth.phone")} optional autoComplete="off" />
      <SelectField field={fields.role} label={t("admin.role")}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField field={fields.unitId} label={t("admin.unit")}>
        <option value="">{t("admin.noUnit")}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <TextField field={fields.position} label={t("admin.position")} optional />
      <TextField
        field={fields.password}
        type="password"
        label={mode === "create" ? t("admin.initialPassword") : t("admin.newPassword")}
        hint={mode === "create" ? t("admin.initialPasswordHint") : t("admin.newPasswordHint")}
        autoComplete="new-password"
        required={mode === "create"}
      />
      <CheckboxField field={fields.identityVerified} label={t("admin.identityVerified")} />
      {mode === "edit" ? <CheckboxField field={fields.disabled} label={t("admin.disabled")} /> : null}
      <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
        {submitLabel}
      </button>
    </Form>
  );
}
