import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requireUser } from "~/modules/auth/guards.server";
import { requireMediation } from "~/modules/mediation/access.server";
import { mediationView } from "~/modules/mediation/view.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { Description, FollowUps, Outcome, Parties, RecordLink, Sessions } from "./__mediation-sections";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** A party's own view of a mediation: everything but the other parties' contacts. Anyone else: 404 (or, for the team, their page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { mediation, audience } = await requireMediation(user, params.code, ["team", "staff", "party"]);
  if (audience !== "party") throw redirect(`/mediation/${mediation.code}`);
  const [view, t] = await Promise.all([mediationView(mediation.id, "party", user.id), getT(request)]);
  // The viewer's own contact stays; nobody else's leaves the server.
  return json({ title: `${view.code} · ${t("mediation.heading")}`, m: { ...view, members: [] } });
}

export default function MyMediation() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { m } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="my-mediation-title">
      <p className="code">{m.code}</p>
      <h1 id="my-mediation-title">
        {t("mediation.heading")}: {t(`mediation.types.${m.disputeType}`)} — {m.team.areaName}
      </h1>
      <dl className="facts">
        <Fact term={t("mediation.status")}>{t(`mediation.statuses.${m.status}`)}</Fact>
        <Fact term={t("mediation.team")}>
          {m.team.areaName}, {m.team.unit}
        </Fact>
        <Fact term={t("mediation.openedAt")}>{formatDate(m.openedAt, language)}</Fact>
        <Fact term={t("mediation.mediators")}>{m.mediators.length ? m.mediators.map((x) => x.fullName).join(", ") : t("mediation.noMediators")}</Fact>
      </dl>
      <RecordLink code={m.code} />
      <Description text={m.description} />
      <Parties parties={m.parties} showContacts={false} contactNotice />
      <Sessions sessions={m.sessions} parties={m.parties} />
      <Outcome m={m} />
      {m.status === "AGREED" ? <FollowUps m={m} /> : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
