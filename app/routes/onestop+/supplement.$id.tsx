import onestopStyles from "~/styles/onestop.css";
import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SlipHeader } from "~/components/onestop";
import type { Language } from "~/i18n/config";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePrintableDossier } from "~/modules/onestop/print-access.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: onestopStyles }];

/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Decree 118/2025 art. 17 k.1 c): the latest request, every missing paper at once, printable. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const d = await requirePrintableDossier(request, params.id);
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const event = await db.dossierEvent.findFirst({ where: { dossierId: d.id, type: "SUPPLEMENT_REQUESTED" }, orderBy: { createdAt: "desc" }, select: { createdAt: true, note: true, data: true } });
  const data = event?.data ? (JSON.parse(event.data) as { missing?: unknown }) : {};
  return {
    title: t("onestop.supplementSlip.title"),
    language,
    request: event
      ? {
          name: d.applicantName,
          desk: d.deskUnit.name,
          procedure: d.procedure.name,
          submitted: d.submittedAt.toISOString(),
          missing: Array.isArray(data.missing) ? data.missing.filter((m): m is string => typeof m === "string") : [],
          note: event.note ?? "",
          at: event.createdAt.toISOString(),
        }
      : null,
  };
}

export default function SupplementSlip() {
  const { request: r, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const lang = language as Language;
  if (!r) return <p>{t("onestop.supplementSlip.none")}</p>;
  return (
    <article className="printable slip" aria-labelledby="supplement-title">
      <SlipHeader unit={r.desk} />
      <h1 id="supplement-title">{t("onestop.supplementSlip.title")}</h1>
      <p className="muted">{t("onestop.supplementSlip.basis")}</p>
      <p>{t("onestop.supplementSlip.to", { name: r.name })}</p>
      <p>{t("onestop.supplementSlip.body", { submitted: formatDate(r.submitted, lang), desk: r.desk, procedure: r.procedure })}</p>
      {r.missing.length ? (
        <ol>
          {r.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ol>
      ) : null}
      {r.note ? <p>{t("onestop.supplementSlip.note", { note: r.note })}</p> : null}
      <p>{t("onestop.supplementSlip.sorry")}</p>
      <p className="muted">{formatDate(r.at, lang)}</p>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
