import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import type { Language } from "~/i18n/config";
import { getLanguage } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { categoryOptions } from "~/modules/cases/form-options.server";
import { approveJoinRequest } from "~/modules/dialogue/booking.server";
import { sessionRecordRefusal } from "~/modules/dialogue/held";
import { recordAttendance, fileWalkIn } from "~/modules/dialogue/minutes.server";
import { agendaCaseSchema, approveJoinSchema, attendanceSchema, cancelSchema, guestSchema, walkInSchema } from "~/modules/dialogue/schemas";
import { addCaseToAgenda, addGuest, cancelSession, mayManageSessions, requireStaffSession, splitErrors } from "~/modules/dialogue/sessions.server";
import dialogueStyles from "~/styles/dialogue.css";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { Field, IntentForm, type Result } from "./__session-parts";
import { BookingTable, ParticipantTable } from "./__session-tables";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const s = await requireStaffSession(user, params.id);
  const language = await getLanguage(request);
  const [agenda, participants, bookings, categories] = await Promise.all([
    db.sessionAgendaItem.findMany({
      where: { sessionId: s.id },
      orderBy: { sortOrder: "asc" },
      select: { id: true, title: true, conclusion: true, case: { select: { code: true, status: true, channel: true } } },
    }),
    db.sessionParticipant.findMany({ where: { sessionId: s.id }, orderBy: [{ role: "asc" }, { name: "asc" }], select: { id: true, name: true, organisation: true, role: true, response: true, attended: true, signed: true } }),
    db.sessionBooking.findMany({ where: { sessionId: s.id }, orderBy: { slot: "asc" }, select: { id: true, slot: true, matter: true, attended: true, citizen: { select: { fullName: true } } } }),
    categoryOptions(language),
  ]);
  return {
    title: s.title,
    s: {
      id: s.id,
      kind: s.kind,
      title: s.title,
      status: s.status,
      unit: s.unit.name,
      chair: s.chair.fullName,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      place: s.place,
      link: s.link,
      capacity: s.capacity,
      isPublic: s.isPublic,
      postponedFrom: s.postponedFrom,
      cancelReason: s.cancelReason,
      version: s.version,
    },
    agenda,
    participants,
    bookings,
    categories,
    canManage: mayManageSessions(user),
    // Attendance is taken from the session's start (held.ts); the form says so before.
    notYetHeld: sessionRecordRefusal(s, new Date()) === "not-yet-held",
    walkInToken: randomBytes(18).toString("base64url"),
  };
}


export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "session:manage");
  const s = await requireStaffSession(user, params.id);
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const back = `/desk/sessions/${s.id}`;
  const fail = (result: unknown, status = 400) => data({ intent, result: result as Result }, { status });

  if (intent === "cancel") {
    const submission = parseWithZod(formData, { schema: cancelSchema });
    if (submission.status !== "success") return fail(submission.reply());
    const r = await cancelSession(s.id, submission.value.version, submission.value.reason);
    if (!r.ok) return fail(submission.reply(splitErrors(r.errors)), r.status ?? 400);
    return redirectWithToast(back, { key: "dialogue.done.cancelled", params: { title: s.title }, type: "success" });
  }
  if (intent === "addCase") {
    const submission = parseWithZod(formData, { schema: agendaCaseSchema });
    if (submission.status !== "success") return fail(submission.reply());
    const r = await addCaseToAgenda(s.id, submission.value.caseCode);
    if (!r.ok) return fail(submission.reply(splitErrors(r.errors)));
    return redirectWithToast(back, { key: "dialogue.done.caseAdded", params: { code: submission.value.caseCode.toUpperCase() }, type: "success" });
  }
  if (intent === "addGuest") {
    const submission = parseWithZod(formData, { schema: guestSchema });
    if (submission.status !== "success") return fail(submission.reply());
    await addGuest(s.id, submission.value);
    return redirectWithToast(back, { key: "dialogue.done.guestAdded", params: { name: submission.value.name }, type: "success" });
  }
  if (intent === "approve") {
    const submission = parseWithZod(formData, { schema: approveJoinSchema });
    if (submission.status !== "success") return fail(submission.reply());
    const ok = await approveJoinRequest(s.id, submission.value.participantId);
    return redirectWithToast(back, ok ? { key: "dialogue.done.approved", type: "success" } : { key: "dialogue.errors.notScheduled", type: "error" });
  }
  if (intent === "attendance") {
    const submission = parseWithZod(formData, { schema: attendanceSchema });
    if (submission.status !== "success") return fail(submission.reply());
    const { attended, signed, bookingAttended } = submission.value;
    const r = await recordAttendance(s.id, { attended, signed, bookingsAttended: bookingAttended });
    if (!r.ok) return fail({ error: r.errors }, r.status ?? 409);
    return redirectWithToast(back, { key: "dialogue.done.attendance", type: "success" });
  }
  if (intent === "walkIn") {
    const submission = parseWithZod(formData, { schema: walkInSchema });
    if (submission.status !== "success") return fail(submission.reply());
    const r = await fileWalkIn(s.id, user.id, submission.value);
    if (!r.ok) return fail(submission.reply(splitErrors(r.errors)));
    return redirectWithToast(back, { key: "dialogue.done.walkIn", params: { code: r.code }, type: "success" });
  }
  forbidden();
}

export default function SessionPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { s, agenda, participants, bookings, categories, canManage, notYetHeld, walkInToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const r = (intent: string): Result => (actionData?.intent === intent ? actionData.result : null);
  const open = s.status !== "CANCELLED";
  const scheduled = s.status === "SCHEDULED";
  return (
    <article aria-labelledby="session-title">
      <p>
        <Link to="/desk/sessions">← {t("dialogue.desk.heading")}</Link>
      </p>
      <h1 id="session-title">{s.title}</h1>
      <dl className="facts">
        <Fact term={t("dialogue.form.kind")}>{t(`dialogue.kinds.${s.kind}`)}</Fact>
        <Fact term={t("dialogue.status")}>
          {t(`dialogue.statuses.${s.status}`)}
          {s.postponedFrom ? <span className="tag">{t("dialogue.postponedFrom", { when: formatDateTime(s.postponedFrom, language) })}</span> : null}
        </Fact>
        <Fact term={t("cases.unit")}>{s.unit}</Fact>
        <Fact term={t("dialogue.form.chair")}>{s.chair}</Fact>
        <Fact term={t("dialogue.when")}>
          {formatDateTime(s.startsAt, language)} – {formatDateTime(s.endsAt, language)}
        </Fact>
        <Fact term={t("dialogue.form.place")}>{s.place ?? "—"}</Fact>
        {s.link ? <Fact term={t("dialogue.form.link")}>{s.link}</Fact> : null}
        {s.kind === "RECEPTION_DAY" ? <Fact term={t("dialogue.slots")}>{t("dialogue.slotsTaken", { taken: bookings.length, capacity: s.capacity })}</Fact> : null}
        <Fact term={t("dialogue.form.isPublic")}>{s.isPublic ? t("common.yes") : t("common.no")}</Fact>
        {s.cancelReason ? <Fact term={t("dialogue.cancelReason")}>{s.cancelReason}</Fact> : null}
      </dl>

      {canManage ? (
        <p className="actions">
          {scheduled ? (
            <Link to={`/desk/sessions/${s.id}/edit`} className="button">
              {t("dialogue.edit")}
            </Link>
          ) : null}
          {open ? (
            <Link to={`/desk/sessions/${s.id}/minutes`} className="button primary">
              {t("dialogue.minutes.heading")}
            </Link>
          ) : null}
          {s.status === "HELD" ? (
            <Link to={`/desk/sessions/${s.id}/print`} className="button">
              {t("dialogue.minutes.print")}
            </Link>
          ) : null}
        </p>
      ) : null}

      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t("dialogue.agenda")}</h2>
        {agenda.length ? (
          <ol>
            {agenda.map((a) => (
              <li key={a.id}>
                {a.case ? <Link to={`/desk/cases/${a.case.code}`}>{a.title}</Link> : a.title}
                {a.case?.channel === "DIALOGUE" ? <span className="tag">{t("channels.DIALOGUE")}</span> : null}
                {a.conclusion ? <p className="muted">{t("dialogue.minutes.conclusion")}: {a.conclusion}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("dialogue.noAgenda")}</p>
        )}
        {canManage && scheduled ? (
          <IntentForm intent="addCase" title={t("dialogue.addCase")} submit={t("dialogue.addCase")} result={r("addCase")}>
            <Field id="add-case" name="caseCode" label={t("cases.code")} hint={t("dialogue.addCaseHint")} result={r("addCase")} />
          </IntentForm>
        ) : null}
      </section>

      {s.kind === "RECEPTION_DAY" ? (
        <section aria-labelledby="bookings-title">
          <h2 id="bookings-title">{t("dialogue.bookings")}</h2>
          <BookingTable bookings={bookings} />
        </section>
      ) : null}

      <section aria-labelledby="participants-title">
        <h2 id="participants-title">{t("dialogue.participants")}</h2>
        <ParticipantTable participants={participants} canApprove={canManage && scheduled} />
        {canManage && open ? (
          <IntentForm intent="addGuest" title={t("dialogue.addGuest")} submit={t("dialogue.addGuest")} result={r("addGuest")}>
            <Field id="guest-role" name="role" label={t("dialogue.role")} result={r("addGuest")}>
              <option value="OFFICIAL">{t("dialogue.roles.OFFICIAL")}</option>
              <option value="GUEST">{t("dialogue.roles.GUEST")}</option>
            </Field>
            <Field id="guest-name" name="name" label={t("auth.fullName")} result={r("addGuest")} />
            <Field id="guest-org" name="organisation" label={t("dialogue.organisation")} required={false} result={r("addGuest")} />
          </IntentForm>
        ) : null}
      </section>

      {canManage && open && (participants.length || bookings.length) ? (
        <IntentForm intent="attendance" title={t("dialogue.attendance")} submit={t("dialogue.saveAttendance")} result={r("attendance")} primary>
          {notYetHeld && !r("attendance") ? <p className="notice">{t("dialogue.errors.attendanceNotYet")}</p> : null}
          <table className="check-table">
            <thead>
              <tr>
                <th scope="col">{t("auth.fullName")}</th>
                <th scope="col">{t("dialogue.attended")}</th>
                <th scope="col">{t("dialogue.signed")}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>
                    <input type="checkbox" name="attended" value={p.id} defaultChecked={!!p.attended} aria-label={t("dialogue.attendedBy", { name: p.name })} />
                  </td>
                  <td>
                    <input type="checkbox" name="signed" value={p.id} defaultChecked={p.signed} aria-label={t("dialogue.signedBy", { name: p.name })} />
                  </td>
                </tr>
              ))}
              {bookings.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    {b.citizen.fullName} ({t("dialogue.slot")} {b.slot})
                  </th>
                  <td>
                    <input type="checkbox" name="bookingAttended" value={b.id} defaultChecked={!!b.attended} aria-label={t("dialogue.attendedBy", { name: b.citizen.fullName })} />
                  </td>
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </IntentForm>
      ) : null}

      {canManage && open ? (
        <IntentForm intent="walkIn" title={t("dialogue.walkIn")} submit={t("dialogue.walkInSubmit")} result={r("walkIn")}>
          <p className="field-hint">{t("dialogue.walkInHint")}</p>
          <input type="hidden" name="submissionToken" value={String(r("walkIn")?.initialValue?.submissionToken ?? walkInToken)} />
          <Field id="walkin-kind" name="kind" label={t("cases.kind")} result={r("walkIn")}>
            <option value="FEEDBACK">{t("caseKind.FEEDBACK")}</option>
            <option value="PETITION">{t("caseKind.PETITION")}</option>
            <option value="COMPLAINT">{t("caseKind.COMPLAINT")}</option>
          </Field>
          <Field id="walkin-name" name="contactName" label={t("dialogue.walkInName")} result={r("walkIn")} />
          <Field id="walkin-phone" name="contactPhone" type="tel" label={t("auth.phone")} required={false} result={r("walkIn")} />
          <Field id="walkin-title" name="title" label={t("file.title")} result={r("walkIn")} />
          <Field id="walkin-description" name="description" label={t("file.description")} textarea result={r("walkIn")} />
          <Field id="walkin-category" name="categoryId" label={t("file.category")} result={r("walkIn")}>
            <option value="">{t("file.choose")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Field>
        </IntentForm>
      ) : null}

      {canManage && scheduled ? (
        <IntentForm intent="cancel" title={t("dialogue.cancel")} submit={t("dialogue.cancel")} result={r("cancel")} version={s.version}>
          <Field id="cancel-reason" name="reason" label={t("dialogue.cancelReason")} textarea result={r("cancel")} />
        </IntentForm>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
