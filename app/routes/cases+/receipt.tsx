import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { PageHeader, PrintButton } from "~/components/kit";
import { QrCode } from "~/components/qr-code";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { getUser } from "~/modules/auth/session.server";
import { followCaseHeader } from "~/modules/cases/access.server";
import { qrPicture } from "~/modules/cases/qr.server";
import { readReceiptCode, receiptSecret } from "~/modules/cases/receipt.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** The receipt (giấy biên nhận) after filing: printable, with the secret for someone without an account. */
export async function loader({ request }: LoaderFunctionArgs) {
  const code = await readReceiptCode(request);
  if (!code) notFound();
  const c = await db.case.findUnique({
    where: { code },
    select: { id: true, code: true, kind: true, title: true, submittedAt: true, acceptDueAt: true, citizenId: true, channel: true, submissionToken: true, secretHash: true, unit: { select: { name: true } } },
  });
  if (!c) notFound();
  const user = await getUser(request);
  // The receipt cookie is the proof for an account-less filer: they may follow the case from this browser.
  const headers = new Headers();
  if (!c.citizenId) headers.append("Set-Cookie", await followCaseHeader(request, c.id));
  else if (!user || (user.id !== c.citizenId && user.role === "CITIZEN")) notFound();
  const t = await getT(request);
  const { id: _id, citizenId: _citizen, submissionToken: _token, secretHash: _hash, ...shown } = c;
  // The QR code opens the public tracking page (status by code); the secret is never in it.
  const qr = qrPicture(`${getEnv().PUBLIC_URL}/track?code=${encodeURIComponent(c.code)}`);
  return data({ title: t("receipt.heading"), receipt: { ...shown, secret: receiptSecret(c) }, qr }, { headers });
}

export default function ReceiptPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { receipt, qr } = useLoaderData<typeof loader>();
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <p className="receipt-issuer">{receipt.unit.name}</p>
      <PageHeader titleId="receipt-title" title={t("receipt.heading")} actions={<PrintButton label={t("receipt.print")} />} />
      <p role="status" className="toast toast-success">
        {t("receipt.thanks")}
      </p>
      <dl className="facts">
        <Fact term={t("cases.code")} className="code big">{receipt.code}</Fact>
        <Fact term={t("cases.kind")}>{t(`caseKind.${receipt.kind}`)}</Fact>
        <Fact term={t("cases.title")}>{receipt.title}</Fact>
        <Fact term={t("cases.unit")}>{receipt.unit.name}</Fact>
        <Fact term={t("receipt.receivedAt")}>{formatDateTime(receipt.submittedAt, language)}</Fact>
        <Fact term={t("receipt.acceptBy")}>{formatDate(receipt.acceptDueAt, language)}</Fact>
        {receipt.secret ? (
          <Fact term={t("receipt.secret")} className="code big">{receipt.secret}</Fact>
        ) : null}
      </dl>
      <figure className="receipt-qr">
        <QrCode picture={qr} label={t("receipt.qr", { code: receipt.code })} />
        <figcaption className="field-hint">{t("receipt.qrHint")}</figcaption>
      </figure>
      {receipt.secret ? <p className="notice">{t("receipt.secretHint")}</p> : null}
      <p>{t("receipt.next")}</p>
      <p className="actions">
        <Link to={`/cases/${receipt.code}`} className="button primary">
          {t("receipt.follow")}
        </Link>
        <Link to="/track" className="button">
          {t("nav.lookup")}
        </Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
