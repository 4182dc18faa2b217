import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "~/i18n/react";
import { TextField } from "~/components/forms";

/** The new password twice, as the reset pages ask for it. */
export function NewPasswordFields({ password, confirmPassword }: { password: FieldMetadata<unknown>; confirmPassword: FieldMetadata<unknown> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField field={password} type="password" label={t("recovery.newPassword")} hint={t("auth.passwordHint")} autoComplete="new-password" />
      <TextField field={confirmPassword} type="password" label={t("recovery.confirmPassword")} autoComplete="new-password" />
    </>
  );
}
