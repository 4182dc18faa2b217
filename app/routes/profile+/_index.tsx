import { readForm } from "~/utils/form-data.server";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ActionItem, ActionPanel, PageHeader } from "~/components/kit";
import { getLanguage, getT, languageCookie } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { isProfileIntent, profileSchemas, type ProfileIntent } from "~/modules/auth/profile-schemas";
import { changePassword, confirmContactChange, profileOf, startContactChange, updateChannels, updateDetails } from "~/modules/auth/profile.server";
import { badRequest } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { ChannelsForm, ConfirmContactForm, ContactForm, DetailsForm, PasswordForm, type Reply } from "./__forms";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** A person's own account: name and language, notification channels, email and phone (verified), password. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [profile, t] = await Promise.all([profileOf(user.id), getT(request)]);
  return { title: t("profile.heading"), profile };
}

const hidden = { hideFields: ["currentPassword", "newPassword", "confirmPassword", "code"] };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (!isProfileIntent(intent)) badRequest();
  const submission = parseWithZod(formData, { schema: profileSchemas[intent] });
  const refuse = (errors?: Record<string, string[]>) =>
    data({ intent: intent as ProfileIntent, result: submission.reply({ ...hidden, ...(errors ? { fieldErrors: errors } : {}) }) as Reply }, { status: 400 });
  if (submission.status !== "success") return refuse();
  const v = submission.value;
  const done = (key: string, params?: Record<string, string>, headers?: HeadersInit) => redirectWithToast("/profile", { key, params, type: "success" }, { headers });

  if (v.intent === "details") {
    await updateDetails(user.id, v);
    // The chosen language is also this browser's.
    return done("profile.detailsSaved", undefined, { "Set-Cookie": await languageCookie.serialize(v.locale) });
  }
  if (v.intent === "channels") {
    await updateChannels(user.id, v);
    return done("profile.channelsSaved");
  }
  if (v.intent === "email" || v.intent === "phone") {
    const started = await startContactChange(user.id, v.intent === "email" ? { email: v.email } : { phone: v.phone }, await getLanguage(request));
    return started.ok ? done("profile.codeSent", { to: started.sentTo ?? "" }) : refuse(started.errors);
  }
  if (v.intent === "confirm") {
    const confirmed = await confirmContactChange(user.id, v.code);
    return confirmed.ok ? done("profile.contactChanged", { to: confirmed.sentTo ?? "" }) : refuse(confirmed.errors);
  }
  const changed = await changePassword(user.id, user.sessionId, v.currentPassword, v.newPassword);
  return changed.ok ? done("profile.passwordChanged") : refuse(changed.errors);
}

export default function ProfilePage() {
  const { t } = useTranslation();
  const { profile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const replyFor = (intent: ProfileIntent) => (actionData?.intent === intent ? actionData.result : undefined);
  const failed = (intent: ProfileIntent) => actionData?.intent === intent;
  return (
    <section aria-labelledby="profile-title" className="narrow-wide">
      <PageHeader titleId="profile-title" title={t("profile.heading")} subtitle={t("profile.intro")} />
      {profile.pending ? (
        <ConfirmContactForm sentTo={profile.pending.sentTo} lastResult={replyFor("confirm")} />
      ) : null}
      <ActionPanel title={t("nav.account")}>
        <ActionItem id="details" label={t("profile.detailsHeading")} description={profile.fullName} open={failed("details")}>
          <DetailsForm profile={profile} lastResult={replyFor("details")} />
        </ActionItem>
        <ActionItem id="channels" label={t("profile.channelsHeading")} open={failed("channels")}>
          <ChannelsForm profile={profile} lastResult={replyFor("channels")} />
        </ActionItem>
        <ActionItem id="contact" label={t("profile.contactHeading")} description={[profile.email, profile.phone].filter(Boolean).join(" · ")} open={failed("email") || failed("phone")}>
          <ContactForm profile={profile} emailResult={replyFor("email")} phoneResult={replyFor("phone")} />
        </ActionItem>
        <ActionItem id="password" label={t("profile.passwordHeading")} open={failed("password")}>
          <PasswordForm lastResult={replyFor("password")} />
        </ActionItem>
      </ActionPanel>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
