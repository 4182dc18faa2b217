import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";

/**
 * What every route shows when its loader or action throws: 403 and 404 say so
 * in the page's language, a form that could not be read (400, 413, 415) says
 * to go back and send it again; anything else is a generic 500 with no internals.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = isRouteErrorResponse(error) && typeof error.data?.message === "string" ? error.data.message : "";
  if (!isRouteErrorResponse(error) && typeof document !== "undefined") console.error(error);

  const [title, text] =
    status === 404
      ? [t("errorPage.notFoundTitle"), t("errorPage.notFoundText")]
      : status === 403
        ? [t("errorPage.forbiddenTitle"), t("errorPage.forbiddenText")]
        : status === 413
          ? [t("errorPage.tooLargeTitle"), t("errorPage.tooLargeText")]
          : status === 415 || message.startsWith("form-")
            ? [t("errorPage.formTitle"), t("errorPage.formText")]
            : status >= 400 && status < 500
              ? [t("errorPage.badRequestTitle"), t("errorPage.badRequestText")]
              : [t("errorPage.serverTitle"), t("errorPage.serverText")];

  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-status">{t("errorPage.status", { status })}</p>
      <h1 id="error-title">{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">{t("errorPage.goHome")}</Link>
      </p>
    </section>
  );
}
