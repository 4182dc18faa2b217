import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { mediationsOfParty } from "~/modules/mediation/lists.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** A citizen's mediations: those they are a party to. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.role !== "CITIZEN") throw redirect("/mediation");
  const [mediations, t] = await Promise.all([mediationsOfParty(user.id), getT(request)]);
  return json({ title: t("mediation.myHeading"), mediations });
}

export default function MyMediations() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { mediations } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="my-mediations-title">
      <h1 id="my-mediations-title">{t("mediation.myHeading")}</h1>
      <p>{t("mediation.myIntro")}</p>
      <p className="actions">
        <Link to="/mediation/request" className="button primary">
          {t("mediation.requestLink")}
        </Link>
      </p>
      {mediations.length ? (
        <table className="case-table">
          <caption className="visually-hidden">{t("mediation.myHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("mediation.code")}</th>
              <th scope="col">{t("mediation.team")}</th>
              <th scope="col">{t("mediation.disputeType")}</th>
              <th scope="col">{t("mediation.role")}</th>
              <th scope="col">{t("mediation.openedAt")}</th>
              <th scope="col">{t("mediation.status")}</th>
            </tr>
          </thead>
          <tbody>
            {mediations.map((m) => (
              <tr key={m.code}>
                <td data-label={t("mediation.code")}>
                  <Link to={`/mediation/mine/${m.code}`}>{m.code}</Link>
                </td>
                <td data-label={t("mediation.team")}>
                  {m.team.areaName}, {m.team.unit.name}
                </td>
                <td data-label={t("mediation.disputeType")}>{t(`mediation.types.${m.disputeType}`)}</td>
                <td data-label={t("mediation.role")}>{t(`mediation.partyRoles.${m.role}`)}</td>
                <td data-label={t("mediation.openedAt")}>{formatDate(m.openedAt, language)}</td>
                <td data-label={t("mediation.status")}>{t(`mediation.statuses.${m.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("mediation.myNone")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
