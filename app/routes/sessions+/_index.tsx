import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { citizenSessions } from "~/modules/dialogue/booking.server";
import dialogueStyles from "~/styles/dialogue.css";
import { formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

/** A citizen's invitations to dialogue sessions and their reception-day bookings. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "session:book");
  const t = await getT(request);
  return { title: t("dialogue.mine.heading"), ...(await citizenSessions(user.id)) };
}

export default function MySessions() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { invitations, bookings } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="mine-title">
      <h1 id="mine-title">{t("dialogue.mine.heading")}</h1>
      <h2>{t("dialogue.mine.invitations")}</h2>
      {invitations.length ? (
        <ul className="session-list">
          {invitations.map((p) => (
            <li key={p.id}>
              <h3>
                <Link to={`/sessions/invitations/${p.id}`}>{p.session.title}</Link>
              </h3>
              <p>
                {p.session.unit.name} · {formatDateTime(p.session.startsAt, language)} · {t(`dialogue.responses.${p.response}`)}
                {p.session.status !== "SCHEDULED" ? <span className="tag">{t(`dialogue.statuses.${p.session.status}`)}</span> : null}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("common.noResults")}</p>
      )}
      <h2>{t("dialogue.mine.bookings")}</h2>
      {bookings.length ? (
        <ul className="session-list">
          {bookings.map((b) => (
            <li key={b.id}>
              <h3>
                <Link to={`/calendar/${b.session.id}`}>{b.session.title}</Link>
              </h3>
              <p>
                {b.session.unit.name} · {formatDateTime(b.session.startsAt, language)} · {t("dialogue.slot")} {b.slot}
                {b.session.status !== "SCHEDULED" ? <span className="tag">{t(`dialogue.statuses.${b.session.status}`)}</span> : null}
              </p>
              <p className="muted prewrap">{b.matter}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("common.noResults")}</p>
      )}
      <p>
        <Link to="/calendar">{t("nav.calendar")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
