import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeader } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission, userHasPermission } from "~/modules/auth/guards.server";
import { mayManageSessions, unitSessions } from "~/modules/dialogue/sessions.server";
import { staffScopeUnitIds } from "~/modules/units/units.server";
import dialogueStyles from "~/styles/dialogue.css";
import { formatDateTime } from "~/utils/dates";
import { decodeCursor, encodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

/** The unit's sessions and reception days, latest first (keyset pages). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const t = await getT(request);
  const scope = await staffScopeUnitIds(user);
  const { rows, next } = await unitSessions(scope, decodeCursor(new URL(request.url).searchParams.get("cursor")));
  return {
    title: t("dialogue.desk.heading"),
    sessions: rows,
    nextCursor: next ? encodeCursor({ id: next.id, at: next.startsAt }) : null,
    canManage: mayManageSessions(user) && !!user.unitId,
    canSeeFrequency: userHasPermission(user, "report:unit"),
  };
}

export default function Sessions() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { sessions, nextCursor, canManage, canSeeFrequency } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="sessions-title">
      <PageHeader
        titleId="sessions-title"
        title={t("dialogue.desk.heading")}
        actions={
          canManage ? (
            <Link to="/desk/sessions/new" className="button primary">
              {t("dialogue.form.newHeading")}
            </Link>
          ) : null
        }
      />
      <p className="actions">
        <Link to="/desk/reception">{t("dialogue.register.heading")}</Link>
        {canSeeFrequency ? <Link to="/desk/reception/frequency">{t("dialogue.frequency.heading")}</Link> : null}
        <Link to="/calendar">{t("nav.calendar")}</Link>
      </p>
      {sessions.length ? (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id}>
              <h2>
                <Link to={`/desk/sessions/${s.id}`}>{s.title}</Link>
              </h2>
              <p>
                {t(`dialogue.kinds.${s.kind}`)} · {formatDateTime(s.startsAt, language)} · {s.place ?? "—"}
                <span className={s.status === "CANCELLED" ? "tag tag-danger" : "tag"}>{t(`dialogue.statuses.${s.status}`)}</span>
              </p>
              <p className="muted">
                {s.unit.name} · {t("dialogue.form.chair")}: {s.chair.fullName}
                {s.kind === "RECEPTION_DAY" ? ` · ${t("dialogue.slotsTaken", { taken: s._count.bookings, capacity: s.capacity })}` : ""}
                {s._count.agenda ? ` · ${t("dialogue.agendaCount", { count: s._count.agenda })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("common.noResults")}</p>
      )}
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
