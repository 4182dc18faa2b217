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

/** Phiếu xin lỗi và hẹn lại ngày trả kết quả (Decree 118/2025 art. 19 k.6), printable. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const d = await requirePrintableDossier(request, params.id);
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const unit = d.apologyUnitId ? await db.unit.findUnique({ where: { id: d.apologyUnitId }, select: { name: true } }) : null;
  return {
    title: t("onestop.dossier.apologySlip"),
    language,
    apology:
      d.apologyAt && d.code && d.receivedAt && d.dueAt && d.newDueAt
        ? {
            name: d.applicantName,
            received: d.receivedAt.toISOString(),
            desk: d.deskUnit.name,
            procedure: d.procedure.name,
            code: d.code,
            due: d.dueAt.toISOString(),
            reason: d.apologyReason ?? "",
            unit: unit?.name ?? d.unit.name,
            newDue: d.newDueAt.toISOString(),
            at: d.apologyAt.toISOString(),
          }
        : null,
  };
}

export default function ApologySlip() {
  const { apology: a, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const lang = language as Language;
  if (!a) return <p>{t("onestop.apologySlip.none")}</p>;
  return (
    <article className="printable slip" aria-labelledby="apology-title">
      <SlipHeader unit={a.unit} />
      <h1 id="apology-title">{t("onestop.apologySlip.title")}</h1>
      <p className="muted">{t("onestop.apologySlip.basis")}</p>
      <p>{t("onestop.apologySlip.to", { name: a.name })}</p>
      <p>{t("onestop.apologySlip.body", { received: formatDate(a.received, lang), desk: a.desk, procedure: a.procedure, code: a.code, due: formatDate(a.due, lang), reason: a.reason })}</p>
      <p>
        <strong>{t("onestop.apologySlip.sorry", { unit: a.unit, newDue: formatDate(a.newDue, lang) })}</strong>
      </p>
      <p className="muted">{formatDate(a.at, lang)}</p>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
