import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FilterBar, FilterChoice, PageHeader } from "~/components/kit";
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
      <PageHeader titleId="calendar-title" title={t("dialogue.calendar.heading")} subtitle={t("dialogue.calendar.intro")} />
      <FilterBar label={t("dialogue.calendar.filter")}>
        <FilterChoice id="unit" label={t("cases.unit")} defaultValue={unit?.code ?? ""} options={units.map((u) => ({ value: u.code, label: u.name }))} />
      </FilterBar>
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
