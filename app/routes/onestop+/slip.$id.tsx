import onestopStyles from "~/styles/onestop.css";
import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import type { Language } from "~/i18n/config";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePrintableDossier } from "~/modules/onestop/print-access.server";
import { trackingQr } from "~/modules/onestop/view.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { formatDue, SlipHeader } from "~/components/onestop";
import { pageMeta } from "~/utils/meta";
import { QrCode } from "~/components/qr-code";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: onestopStyles }];

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Decree 118/2025 art. 17 k.1 c, k.3):
 * printable, with the return date from the deadline engine and a QR code to
 * the public tracking page, drawn as SVG on the server (no script).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const d = await requirePrintableDossier(request, params.id);
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const officer = d.receivedById ? await db.user.findUnique({ where: { id: d.receivedById }, select: { fullName: true } }) : null;
  const qr = d.code ? trackingQr(d.code) : null;
  return {
    title: t("onestop.dossier.slip"),
    language,
    slip: d.code
      ? {
          code: d.code,
          desk: d.deskUnit.name,
          unit: d.unit.name,
          applicant: d.applicantName,
          procedure: d.procedure.name,
          papers: d.papers.filter((p) => p.status === "PROVIDED").map((p) => p.name),
          receivedAt: d.receivedAt!.toISOString(),
          dueAt: d.dueAt?.toISOString() ?? null,
          officer: officer?.fullName ?? null,
        }
      : null,
    qr,
  };
}

export default function Slip() {
  const { slip, qr, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const lang = language as Language;
  if (!slip || !qr) return <p>{t("onestop.slip.notYet")}</p>;
  return (
    <article className="printable slip" aria-labelledby="slip-title">
      <SlipHeader unit={slip.desk} />
      <h1 id="slip-title">{t("onestop.slip.title")}</h1>
      <p className="muted">{t("onestop.slip.basis")}</p>
      <dl className="facts">
        <div>
          <dt>{t("onestop.dossier.code")}</dt>
          <dd className="code big">{slip.code}</dd>
        </div>
        <div>
          <dt>{t("onestop.dossier.procedure")}</dt>
          <dd>{slip.procedure}</dd>
        </div>
        <div>
          <dt>{t("onestop.dossier.applicant")}</dt>
          <dd>{slip.applicant}</dd>
        </div>
        <div>
          <dt>{t("onestop.slip.receivedAt")}</dt>
          <dd>{formatDateTime(slip.receivedAt, lang)}</dd>
        </div>
        <div>
          <dt>{t("onestop.slip.dueAt")}</dt>
          <dd className="big">{slip.dueAt ? formatDue(slip.dueAt, lang) : "—"}</dd>
        </div>
        <div>
          <dt>{t("onestop.slip.where")}</dt>
          <dd>{slip.desk}</dd>
        </div>
        {slip.officer ? (
          <div>
            <dt>{t("onestop.slip.officer")}</dt>
            <dd>{slip.officer}</dd>
          </div>
        ) : null}
      </dl>
      <h2>{t("onestop.slip.papers")}</h2>
      <ol>
        {slip.papers.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ol>
      <figure className="slip-qr">
        <QrCode picture={qr.picture} label={t("onestop.slip.qr")} />
        <figcaption>
          {t("onestop.slip.qr")}: <a href={qr.url}>{qr.url}</a>
        </figcaption>
      </figure>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
