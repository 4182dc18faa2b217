import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { zodMessages } from "~/utils/zod-messages";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { CheckboxField, FormErrors, SelectField, TextField } from "~/components/forms";
import { supportedLanguages } from "~/i18n/config";
import { profileChannelsSchema, profileConfirmSchema, profileDetailsSchema, profileEmailSchema, profilePasswordSchema, profilePhoneSchema } from "~/modules/auth/profile-schemas";

export type Reply = SubmissionResult<string[]>;
type Profile = { fullName: string; email: string | null; phone: string | null; locale: string; notifyByEmail: boolean; notifyBySms: boolean };

function Submit({ label, primary }: { label: string; primary?: boolean }) {
  const navigation = useNavigation();
  return (
    <button type="submit" className={primary ? "button primary" : "button"} disabled={navigation.state === "submitting"}>
      {label}
    </button>
  );
}

export function DetailsForm({ profile, lastResult }: { profile: Profile; lastResult?: Reply }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "profile-details",
    constraint: getZodConstraint(profileDetailsSchema),
    lastResult,
    defaultValue: { fullName: profile.fullName, locale: profile.locale },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileDetailsSchema, errorMap: zodMessages }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="details" />
      <TextField field={fields.fullName} label={t("auth.fullName")} autoComplete="name" />
      <SelectField field={fields.locale} label={t("profile.language")}>
        {supportedLanguages.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </SelectField>
      <Submit label={t("profile.saveDetails")} primary />
    </Form>
  );
}

export function ChannelsForm({ profile, lastResult }: { profile: Profile; lastResult?: Reply }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "profile-channels",
    lastResult,
    defaultValue: { notifyByEmail: profile.notifyByEmail ? "on" : "", notifyBySms: profile.notifyBySms ? "on" : "" },
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="channels" />
      <p className="field-hint">{t("profile.channelsHint")}</p>
      <CheckboxField field={fields.notifyByEmail} label={profile.email ? t("profile.byEmail", { email: profile.email }) : t("profile.byEmailNone")} />
      <CheckboxField field={fields.notifyBySms} label={profile.phone ? t("profile.bySms", { phone: profile.phone }) : t("profile.bySmsNone")} />
      <Submit label={t("profile.saveChannels")} primary />
    </Form>
  );
}

export function ContactForm({ profile, emailResult, phoneResult }: { profile: Profile; emailResult?: Reply; phoneResult?: Reply }) {
  const { t } = useTranslation();
  const [emailForm, emailFields] = useForm({
    id: "profile-email",
    constraint: getZodConstraint(profileEmailSchema),
    lastResult: emailResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileEmailSchema, errorMap: zodMessages }),
  });
  const [phoneForm, phoneFields] = useForm({
    id: "profile-phone",
    constraint: getZodConstraint(profilePhoneSchema),
    lastResult: phoneResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profilePhoneSchema, errorMap: zodMessages }),
  });
  return (
    <>
      <p className="field-hint">{t("profile.contactHint")}</p>
      <Form method="post" {...getFormProps(emailForm)}>
        <p>{t("profile.currentEmail", { email: profile.email ?? t("profile.none") })}</p>
        <input type="hidden" name="intent" value="email" />
        <TextField field={emailFields.email} type="email" label={t("profile.newEmail")} autoComplete="email" />
        <Submit label={t("profile.sendCode")} />
      </Form>
      <Form method="post" {...getFormProps(phoneForm)}>
        <p>{t("profile.currentPhone", { phone: profile.phone ?? t("profile.none") })}</p>
        <input type="hidden" name="intent" value="phone" />
        <TextField field={phoneFields.phone} type="tel" label={t("profile.newPhone")} autoComplete="tel" />
        <Submit label={t("profile.sendCode")} />
      </Form>
    </>
  );
}

/** Shown while a code sent to a new email or phone waits to be typed back. */
export function ConfirmContactForm({ sentTo, lastResult }: { sentTo: string; lastResult?: Reply }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "profile-confirm",
    constraint: getZodConstraint(profileConfirmSchema),
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileConfirmSchema, errorMap: zodMessages }),
  });
  return (
    <section className="notice" aria-labelledby="confirm-contact-title">
      <h2 id="confirm-contact-title">{t("profile.confirmHeading", { to: sentTo })}</h2>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="confirm" />
        <TextField field={fields.code} label={t("profile.confirmCode")} hint={t("recovery.codeHint")} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        <Submit label={t("profile.confirm")} primary />
      </Form>
    </section>
  );
}

export function PasswordForm({ lastResult }: { lastResult?: Reply }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "profile-password",
    constraint: getZodConstraint(profilePasswordSchema),
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profilePasswordSchema, errorMap: zodMessages }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="password" />
      <TextField field={fields.currentPassword} type="password" label={t("profile.currentPassword")} autoComplete="current-password" />
      <TextField field={fields.newPassword} type="password" label={t("profile.newPassword")} hint={t("auth.passwordHint")} autoComplete="new-password" />
      <TextField field={fields.confirmPassword} type="password" label={t("profile.confirmPassword")} autoComplete="new-password" />
      <Submit label={t("profile.changePassword")} primary />
    </Form>
  );
}
