import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { endSession } from "~/modules/auth/session.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** GET shows a confirmation: signing out is a mutation, so it only happens on POST. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const t = await getT(request);
  return { title: t("auth.signOutHeading") };
}

export async function action({ request }: ActionFunctionArgs) {
  const headers = new Headers();
  headers.append("Set-Cookie", await endSession(request));
  return redirectWithToast("/", { key: "auth.signedOut", type: "info" }, { headers });
}

export default function LogoutPage() {
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <h1>{t("auth.signOutHeading")}</h1>
      <p>{t("auth.signOutConfirm")}</p>
      <Form method="post">
        <button type="submit" className="button primary">
          {t("nav.signOut")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
