import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PrintButton } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { minutesDatedAt } from "~/modules/dialogue/held";
import { requireStaffSession } from "~/modules/dialogue/sessions.server";
import dialogueStyles from "~/styles/dialogue.css";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

/** The minutes (biên bản) in the official shape, for printing and signing. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const s = await requireStaffSession(user, params.id);
  const t = await getT(request);
  const [agenda, participants, bookings, secretary] = await Promise.all([
    db.sessionAgendaItem.findMany({
      where: { sessionId: s.id },
      orderBy: { sortOrder: "asc" },
      select: { id: true, title: true, discussion: true, conclusion: true, commitments: { orderBy: { dueAt: "asc" }, select: { id: true, responsible: true, what: true, dueAt: true, status: true } } },
    }),
    db.sessionParticipant.findMany({ where: { sessionId: s.id }, orderBy: [{ role: "asc" }, { name: "asc" }], select: { id: true, name: true, role: true, organisation: true, attended: true, signed: true } }),
    db.sessionBooking.findMany({ where: { sessionId: s.id, attended: true }, orderBy: { slot: "asc" }, select: { id: true, matter: true, citizen: { select: { fullName: true } } } }),
    db.user.findUnique({ where: { id: s.createdById }, select: { fullName: true } }),
  ]);
  return {
    title: t("dialogue.print.title", { title: s.title }),
    s: {
      kind: s.kind,
      title: s.title,
      status: s.status,
      unit: s.unit.name,
      chair: s.chair.fullName,
      chairPosition: s.chair.position,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      place: s.place ?? s.link ?? "",
      summary: s.minutesSummary,
      datedAt: minutesDatedAt(s),
      id: s.id,
    },
    agenda,
    participants,
    bookings,
    secretary: secretary?.fullName ?? "",
  };
}

export default function PrintMinutes() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { s, agenda, participants, bookings, secretary } = useLoaderData<typeof loader>();
  const signers = participants.filter((p) => p.signed);
  return (
    <article className="minutes" aria-labelledby="minutes-title">
      <p className="no-print actions">
        <Link to={`/desk/sessions/${s.id}`}>← {s.title}</Link>
        <PrintButton label={t("dialogue.print.printMinutes")} />
      </p>
      <header className="minutes-head">
        <div>
          <p>{t("dialogue.print.committee")}</p>
          <p className="underline">{s.unit.toUpperCase()}</p>
        </div>
        <div>
          <p className="motto">{t("dialogue.print.nation")}</p>
          <p className="underline">{t("dialogue.print.motto")}</p>
        </div>
      </header>
      <h1 id="minutes-title">{t("dialogue.print.heading")}</h1>
      <p className="subtitle">
        {t(`dialogue.print.kind.${s.kind}`)}: {s.title}
      </p>
      {s.status !== "HELD" ? <p className="notice">{t("dialogue.print.draft")}</p> : null}

      <h2>{t("dialogue.print.timePlace")}</h2>
      <p>
        {t("dialogue.print.time", { from: formatDateTime(s.startsAt, language), to: formatDateTime(s.endsAt, language) })}
        <br />
        {t("dialogue.print.place", { place: s.place })}
      </p>

      <h2>{t("dialogue.print.composition")}</h2>
      <p>
        {t("dialogue.print.chair", { name: s.chairPosition ? `${s.chair}, ${s.chairPosition}` : s.chair })}
        <br />
        {t("dialogue.print.secretary", { name: secretary })}
      </p>
      <table>
        <caption className="visually-hidden">{t("dialogue.print.attendees")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dialogue.print.no")}</th>
            <th scope="col">{t("auth.fullName")}</th>
            <th scope="col">{t("dialogue.role")}</th>
            <th scope="col">{t("dialogue.organisation")}</th>
            <th scope="col">{t("dialogue.attended")}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p, i) => (
            <tr key={p.id}>
              <td>{i + 1}</td>
              <td>{p.name}</td>
              <td>{t(`dialogue.roles.${p.role}`)}</td>
              <td>{p.organisation ?? ""}</td>
              <td>{p.attended ? t("dialogue.print.present") : t("dialogue.print.absent")}</td>
            </tr>
          ))}
          {bookings.map((b, i) => (
            <tr key={b.id}>
              <td>{participants.length + i + 1}</td>
              <td>{b.citizen.fullName}</td>
              <td>{t("dialogue.roles.CITIZEN")}</td>
              <td />
              <td>{t("dialogue.print.present")}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("dialogue.print.content")}</h2>
      {agenda.map((a, i) => (
        <section key={a.id} className="agenda-item" aria-labelledby={`item-${a.id}`}>
          <h3 id={`item-${a.id}`}>
            {i + 1}. {a.title}
          </h3>
          <p>
            <strong>{t("dialogue.minutes.discussion")}:</strong> <span className="prewrap">{a.discussion ?? "—"}</span>
          </p>
          <p>
            <strong>{t("dialogue.minutes.conclusion")}:</strong> <span className="prewrap">{a.conclusion ?? "—"}</span>
          </p>
          {a.commitments.length ? (
            <table>
              <caption>{t("dialogue.minutes.commitments")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dialogue.minutes.responsible")}</th>
                  <th scope="col">{t("dialogue.minutes.what")}</th>
                  <th scope="col">{t("dialogue.minutes.dueAt")}</th>
                </tr>
              </thead>
              <tbody>
                {a.commitments.map((c) => (
                  <tr key={c.id}>
                    <td>{c.responsible}</td>
                    <td>{c.what}</td>
                    <td>{formatDate(c.dueAt, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
      {bookings.length ? (
        <section aria-labelledby="booked-matters">
          <h3 id="booked-matters">{t("dialogue.print.bookedMatters")}</h3>
          <ul>
            {bookings.map((b) => (
              <li key={b.id}>
                {b.citizen.fullName}: {b.matter}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {s.summary ? (
        <>
          <h2>{t("dialogue.minutes.summary")}</h2>
          <p className="prewrap">{s.summary}</p>
        </>
      ) : null}
      {/* A session not held has no completion time: its print is a draft. */}
      {s.datedAt ? <p>{t("dialogue.print.closing", { when: formatDateTime(s.datedAt, language) })}</p> : null}
      {signers.length ? (
        <p>
          {t("dialogue.print.signedBy")}: {signers.map((p) => p.name).join(", ")}
        </p>
      ) : null}
      <div className="signatures">
        <div>
          <p>
            <strong>{t("dialogue.print.secretaryTitle")}</strong>
          </p>
          <div className="sign-space" />
          <p>{secretary}</p>
        </div>
        <div>
          <p>
            <strong>{t("dialogue.print.chairTitle")}</strong>
          </p>
          <div className="sign-space" />
          <p>{s.chair}</p>
        </div>
      </div>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
