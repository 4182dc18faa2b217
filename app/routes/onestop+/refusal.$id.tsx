import onestopStyles from "~/styles/onestop.css";
import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SlipHeader } from "~/components/onestop";
import type { Language } from "~/i18n/config";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePrintableDossier } from "~/modules/onestop/print-access.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: onestopStyles }];

/** Phiếu từ chối tiếp nhận, giải quyết hồ sơ (Decree 118/2025 art. 17 k.1 c): refused at the desk, with the reason, printable. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const d = await requirePrintableDossier(request, params.id);
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  return {
    title: t("onestop.refusalSlip.title"),
    language,
    refusal: d.intakeRefusedAt
      ? {
          name: d.applicantName,
          desk: d.deskUnit.name,
          procedure: d.procedure.name,
          submitted: d.submittedAt.toISOString(),
          code: d.refusalCode ?? "OTHER",
          reason: d.refusalReason ?? "",
          at: d.intakeRefusedAt.toISOString(),
        }
      : null,
  };
}

export default function RefusalSlip() {
  const { refusal: r, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const lang = language as Language;
  if (!r) return <p>{t("onestop.refusalSlip.none")}</p>;
  return (
    <article className="printable slip" aria-labelledby="refusal-title">
      <SlipHeader unit={r.desk} />
      <h1 id="refusal-title">{t("onestop.refusalSlip.title")}</h1>
      <p className="muted">{t("onestop.refusalSlip.basis")}</p>
      <p>{t("onestop.refusalSlip.to", { name: r.name })}</p>
      <p>{t("onestop.refusalSlip.body", { submitted: formatDate(r.submitted, lang), desk: r.desk, procedure: r.procedure })}</p>
      <p>
        <strong>{t(`onestop.refusalCodes.${r.code}`, { defaultValue: r.code })}</strong>
        {r.reason ? `: ${r.reason}` : ""}
      </p>
      <p>{t("onestop.refusalSlip.sorry")}</p>
      <p className="muted">{formatDate(r.at, lang)}</p>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
