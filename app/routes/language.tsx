import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLanguage } from "~/i18n/config";
import { languageCookie } from "~/i18n/i18n.server";
import { safeRedirectPath } from "~/modules/auth/session.server";
import { badRequest } from "~/utils/http.server";
import { readForm } from "~/utils/form-data.server";

/** POST lng=vi|en: remembers the language in a cookie and goes back to the page. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const lng = form.get("lng");
  if (!isLanguage(lng)) badRequest();
  return redirect(safeRedirectPath(form.get("redirectTo"), "/"), {
    headers: { "Set-Cookie": await languageCookie.serialize(lng) },
  });
}

export async function loader() {
  return redirect("/");
}
