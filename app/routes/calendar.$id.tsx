import { parseWithZod } from "@conform-to/zod";
import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import { ErrorList, FormErrors } from "~/components/forms";
import type { Language } from "~/i18n/config";
import { requirePermission, userHasPermission } from "~/modules/auth/guards.server";
import { getUser } from "~/modules/auth/session.server";
import { bookSlot, isBookable, requestToJoin } from "~/modules/dialogue/booking.server";
import { bookingSchema } from "~/modules/dialogue/schemas";
import dialogueStyles from "~/styles/dialogue.css";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { badRequest, notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { SessionFacts } from "./sessions+/__session-facts";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

async function publicSession(id: string | undefined) {
  if (!id || id.length > 64) notFound();
  const s = await db.dialogueSession.findUnique({
    where: { id },
    select: {
      id: true, kind: true, title: true, startsAt: true, endsAt: true, place: true, link: true, capacity: true, isPublic: true, status: true, cancelReason: true, postponedFrom: true,
      unit: { select: { name: true, code: true } },
      chair: { select: { fullName: true, position: true } },
      _count: { select: { bookings: true } },
    },
  });
  if (!s || !s.isPublic) notFound();
  return s;
}

export const shouldRevalidate = revalidateAfterRefusal;

/** One public session: details, and for a citizen the booking form (reception day) or a request to join (dialogue). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const s = await publicSession(params.id);
  const user = await getUser(request);
  const canBook = !user || userHasPermission(user, "session:book");
  const [booking, participation] = user
    ? await Promise.all([
        db.sessionBooking.findUnique({ where: { sessionId_citizenId: { sessionId: s.id, citizenId: user.id } }, select: { slot: true, matter: true } }),
        db.sessionParticipant.findUnique({ where: { sessionId_userId: { sessionId: s.id, userId: user.id } }, select: { id: true, response: true } }),
      ])
    : [null, null];
  const now = new Date();
  return json({
    title: s.title,
    s: { ...s, left: Math.max(0, s.capacity - s._count.bookings) },
    signedIn: !!user,
    canBook,
    bookable: isBookable(s, now),
    joinable: s.kind !== "RECEPTION_DAY" && s.status === "SCHEDULED" && s.startsAt > now,
    booking,
    participation,
  });
}

const bookingMessages = { closed: "dialogue.errors.bookingClosed", full: "dialogue.errors.full", "already-booked": "dialogue.errors.alreadyBooked" } as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "session:book");
  const s = await publicSession(params.id);
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  if (intent === "book") {
    const submission = parseWithZod(formData, { schema: bookingSchema });
    if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
    const r = await bookSlot(s.id, user, submission.value.matter);
    if (!r.ok) return json({ result: submission.reply({ formErrors: [bookingMessages[r.error]] }) }, { status: 409 });
    return redirectWithToast(`/calendar/${s.id}`, { key: "dialogue.done.booked", params: { slot: r.slot }, type: "success" });
  }
  if (intent === "join") {
    const r = await requestToJoin(s.id, user);
    if (!r.ok) return json({ result: { error: { "": [r.error === "already" ? "dialogue.errors.alreadyRequested" : "dialogue.errors.bookingClosed"] } } }, { status: 409 });
    return redirectWithToast(`/calendar/${s.id}`, { key: "dialogue.done.joinRequested", type: "success" });
  }
  badRequest();
}

export default function PublicSessionPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { s, signedIn, canBook, bookable, joinable, booking, participation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const location = useLocation();
  const result = actionData?.result as { error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> } | undefined;
  return (
    <article aria-labelledby="public-session-title" className="narrow-wide">
      <p>
        <Link to="/calendar">← {t("dialogue.calendar.heading")}</Link>
      </p>
      <h1 id="public-session-title">{s.title}</h1>
      <dl className="facts">
        <SessionFacts s={s} />
        <Fact term={t("dialogue.status")}>
          {t(`dialogue.statuses.${s.status}`)}
          {s.postponedFrom ? <span className="tag">{t("dialogue.postponedFrom", { when: formatDateTime(s.postponedFrom, language) })}</span> : null}
        </Fact>
        {s.cancelReason ? <Fact term={t("dialogue.cancelReason")}>{s.cancelReason}</Fact> : null}
        {s.kind === "RECEPTION_DAY" ? <Fact term={t("dialogue.slots")}>{t("dialogue.calendar.slotsLeft", { count: s.left })}</Fact> : null}
      </dl>

      {booking ? (
        <p className="notice" role="status">
          {t("dialogue.calendar.yourBooking", { slot: booking.slot, matter: booking.matter })}
        </p>
      ) : bookable && canBook && s.left > 0 ? (
        signedIn ? (
          <section className="action-panel" aria-labelledby="book-title">
            <h2 id="book-title">{t("dialogue.calendar.book")}</h2>
            <Form method="post">
              <FormErrors errors={result?.error?.[""]} />
              <input type="hidden" name="intent" value="book" />
              <div className="field" data-invalid={result?.error?.matter ? "" : undefined}>
                <label htmlFor="matter">{t("dialogue.matter")}</label>
                <p id="matter-hint" className="field-hint">
                  {t("dialogue.calendar.matterHint")}
                </p>
                <textarea id="matter" name="matter" rows={4} required minLength={10} maxLength={1000} defaultValue={String(result?.initialValue?.matter ?? "")} aria-describedby="matter-hint matter-errors" aria-invalid={result?.error?.matter ? true : undefined} />
                <ErrorList id="matter-errors" errors={result?.error?.matter} />
              </div>
              <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
                {t("dialogue.calendar.bookSubmit")}
              </button>
            </Form>
          </section>
        ) : (
          <p>
            <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}>{t("dialogue.calendar.signInToBook")}</Link>
          </p>
        )
      ) : s.kind === "RECEPTION_DAY" && s.status === "SCHEDULED" && s.left === 0 ? (
        <p className="notice">{t("dialogue.calendar.full")}</p>
      ) : null}

      {joinable && canBook ? (
        participation ? (
          <p className="notice" role="status">
            {t(`dialogue.responses.${participation.response}`)}
            {participation.response !== "REQUESTED" ? (
              <>
                {" "}
                <Link to={`/sessions/invitations/${participation.id}`}>{t("dialogue.invitation.open")}</Link>
              </>
            ) : null}
          </p>
        ) : signedIn ? (
          <Form method="post" className="action-panel">
            <FormErrors errors={result?.error?.[""]} />
            <input type="hidden" name="intent" value="join" />
            <p>{t("dialogue.calendar.joinHint")}</p>
            <button type="submit" className="button">
              {t("dialogue.calendar.join")}
            </button>
          </Form>
        ) : (
          <p>
            <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}>{t("dialogue.calendar.signInToJoin")}</Link>
          </p>
        )
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
