import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PrintButton } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { requireMediation } from "~/modules/mediation/access.server";
import { mediationView } from "~/modules/mediation/view.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import mediationStyles from "~/styles/mediation.css";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: mediationStyles }];

/**
 * The mediation record (văn bản hòa giải thành) in the shape of the Law on
 * Grassroots Mediation 2013, art. 24 k.2: basis, parties, dispute, course,
 * agreement, how and by when it is carried out, signatures (the case itself
 * goes in the register, art. 21 k.4). Printable; a
 * party may print their own (without the other parties' contacts).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { mediation, audience } = await requireMediation(user, params.code, ["team", "staff", "party"]);
  const [m, t] = await Promise.all([mediationView(mediation.id, audience, user.id), getT(request)]);
  const title = m.status === "AGREED" ? t("mediation.record.titleAgreed") : m.status === "NOT_AGREED" ? t("mediation.record.titleNotAgreed") : t("mediation.record.titleOther");
  return { title: `${title} ${m.code}`, heading: title, m, back: audience === "party" ? `/mediation/mine/${m.code}` : `/mediation/${m.code}` };
}

export default function MediationRecord() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { m, heading, back } = useLoaderData<typeof loader>();
  const name = (id: string) => m.parties.find((p) => p.id === id)?.name ?? "";
  return (
    <article className="mediation-record" aria-labelledby="record-title">
      <header className="record-header">
        <div>
          <p className="record-issuer">{t("mediation.record.teamLine", { area: m.team.areaName, unit: m.team.unit })}</p>
          <p>{t("mediation.record.number", { code: m.code })}</p>
        </div>
        <div className="record-nation">
          <p>
            <strong>{t("mediation.record.nation")}</strong>
          </p>
          <p>
            <strong>{t("mediation.record.motto")}</strong>
          </p>
        </div>
      </header>
      <h1 id="record-title">{heading}</h1>

      <h2>{t("mediation.record.basisHeading")}</h2>
      <p>{t(`mediation.record.basis.${m.openedVia}`, { caseCode: m.caseCode ?? "" })}</p>

      <h2>{t("mediation.record.partiesHeading")}</h2>
      <ul>
        {m.parties.map((p) => (
          <li key={p.id}>
            {t(`mediation.partyRoles.${p.role}`)}: <strong>{p.name}</strong>
            {p.contact ? ` — ${p.contact}` : ""}
          </li>
        ))}
      </ul>
      <p>
        {t("mediation.record.mediatorsLine")}: {m.mediators.map((x) => x.fullName).join(", ") || "—"}
      </p>

      <h2>{t("mediation.record.disputeHeading")}</h2>
      <p>{t(`mediation.types.${m.disputeType}`)}.</p>
      <p className="prewrap">{m.description}</p>

      <h2>{t("mediation.record.courseHeading")}</h2>
      {m.sessions.length ? (
        <ol>
          {m.sessions.map((s, i) => (
            <li key={s.id}>
              <p>{t("mediation.record.sessionLine", { n: i + 1, at: formatDateTime(s.heldAt, language), place: s.place ?? "—" })}</p>
              <p>
                {t("mediation.record.presentLine", { names: s.present.map(name).join(", ") || "—" })}
                {s.absent.length ? ` ${t("mediation.record.absentLine", { names: s.absent.map(name).join(", ") })}` : ""}
              </p>
              {s.notes ? <p className="prewrap">{s.notes}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("mediation.page.noSessions")}</p>
      )}

      {m.status === "AGREED" ? (
        <>
          <h2>{t("mediation.record.agreementHeading")}</h2>
          <p className="prewrap">{m.agreementTerms}</p>
          <h2>{t("mediation.record.executionHeading")}</h2>
          <p className="prewrap">{m.executionTerms}</p>
        </>
      ) : m.status === "NOT_AGREED" ? (
        <>
          <h2>{t("mediation.record.adviceHeading")}</h2>
          <p className="prewrap">{m.advice}</p>
        </>
      ) : (
        <p>{m.status === "WITHDRAWN" ? t("mediation.record.withdrawnText") : t("mediation.record.pendingText")}</p>
      )}

      <p>{t("mediation.record.madeAt", { date: formatDate(m.outcomeAt ?? m.openedAt, language) })}</p>
      <h2>{t("mediation.record.signaturesHeading")}</h2>
      <div className="signatures">
        {m.parties.map((p) => (
          <div key={p.id}>
            <p>
              <strong>{t(`mediation.partyRoles.${p.role}`)}</strong>
            </p>
            <p className="muted">{t("mediation.record.signature")}</p>
            <p className="signature-name">{p.name}</p>
          </div>
        ))}
        {m.mediators.map((x) => (
          <div key={x.id}>
            <p>
              <strong>{t("mediation.record.mediatorsLine")}</strong>
            </p>
            <p className="muted">{t("mediation.record.signature")}</p>
            <p className="signature-name">{x.fullName}</p>
          </div>
        ))}
      </div>
      <p className="muted">{t("mediation.record.legalBasis")}</p>
      <p className="actions no-print">
        <PrintButton label={t("mediation.record.print")} className="button primary" />
        <Link to={back} className="button">
          {t("mediation.record.back")}
        </Link>
      </p>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
