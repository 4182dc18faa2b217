import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { calendarUnits, upcomingPublicSessions } from "~/modules/dialogue/calendar.server";
import dialogueStyles from "~/styles/dialogue.css";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { decodeCursor, encodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

/** Public calendar of reception days and public dialogue sessions, by unit. Works without JavaScript. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const t = await getT(request);
  const unitCode = url.searchParams.get("unit")?.toUpperCase().slice(0, 12) || null;
  const unit = unitCode ? await db.unit.findUnique({ where: { code: unitCode }, select: { id: true, name: true, code: true } }) : null;
  const [{ rows, next }, units] = await Promise.all([
    upcomingPublicSessions({ unitId: unit?.id ?? (unitCode ? "-" : null), cursor: decodeCursor(url.searchParams.get("cursor")) }),
    calendarUnits(),
  ]);
  return json({
    title: t("dialogue.calendar.heading"),
    unit,
    units,
    sessions: rows,
    nextCursor: next ? encodeCursor({ id: next.id, at: next.startsAt }) : null,
  });
}

export default function CalendarPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { unit, units, sessions, nextCursor } = useLoaderData<typeof loader>();
  const feed = unit ? `/calendar.ics?unit=${unit.code}` : "/calendar.ics";
  return (
    <section aria-labelledby="calendar-title">
      <h1 id="calendar-title">{t("dialogue.calendar.heading")}</h1>
      <p className="lead">{t("dialogue.calendar.intro")}</p>
      <Form method="get" className="filters" aria-label={t("dialogue.calendar.filter")}>
        <label htmlFor="unit">{t("cases.unit")}</label>
        <select id="unit" name="unit" defaultValue={unit?.code ?? ""}>
          <option value="">{t("common.all")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          {t("common.filter")}
        </button>
      </Form>
      <p>
        <a href={feed} type="text/calendar">
          {t("dialogue.calendar.subscribe")}
        </a>{" "}
        <span className="field-hint">{t("dialogue.calendar.subscribeHint")}</span>
      </p>
      {sessions.length ? (
        <ul className="session-list">
          {sessions.map((s) => {
            const left = Math.max(0, s.capacity - s._count.bookings);
            return (
              <li key={s.id}>
                <h2>
                  <Link to={`/calendar/${s.id}`}>
                    {t(`dialogue.kinds.${s.kind}`)}: {s.title}
                  </Link>
                </h2>
                <p>
                  <time dateTime={s.startsAt}>{formatDateTime(s.startsAt, language)}</time> – {formatDateTime(s.endsAt, language)}
                </p>
                <p>
                  {s.unit.name} · {s.place ?? s.link} · {t("dialogue.form.chair")}: {s.chair.fullName}
                  {s.chair.position ? ` (${s.chair.position})` : ""}
                </p>
                {s.status === "CANCELLED" ? (
                  <p className="tag tag-danger">
                    {t("dialogue.statuses.CANCELLED")}
                    {s.cancelReason ? `: ${s.cancelReason}` : ""}
                  </p>
                ) : s.kind === "RECEPTION_DAY" ? (
                  <p>{left > 0 ? t("dialogue.calendar.slotsLeft", { count: left }) : t("dialogue.calendar.full")}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("dialogue.calendar.none")}</p>
      )}
      <NextPageLink cursor={nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
