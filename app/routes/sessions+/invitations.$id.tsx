import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Fact } from "~/components/facts";
import type { Language } from "~/i18n/config";
import { requireUser } from "~/modules/auth/guards.server";
import { requireOwnInvitation, respondToInvitation } from "~/modules/dialogue/booking.server";
import { badRequest } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { SessionFacts } from "./__session-facts";
import { invitationResponseSchema } from "~/modules/dialogue/schemas";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** An invitation to a dialogue: the invited citizen alone may open it (anyone else gets 404) and confirm or decline. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const p = await requireOwnInvitation(params.id, user.id);
  return json({
    title: p.session.title,
    p: {
      id: p.id,
      response: p.response,
      session: { ...p.session, agenda: p.session.agenda.filter((a) => a.case?.citizenId === user.id).map((a) => a.title) },
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const p = await requireOwnInvitation(params.id, user.id);
  const submission = invitationResponseSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!submission.success) badRequest();
  const { response } = submission.data;
  const r = await respondToInvitation(p.id, user.id, response);
  if (!r.ok) return json({ error: "dialogue.errors.notScheduled" }, { status: 409 });
  return redirectWithToast(`/sessions/invitations/${p.id}`, { key: `dialogue.done.${response}`, type: "success" });
}

export default function InvitationPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { p } = useLoaderData<typeof loader>();
  const s = p.session;
  return (
    <article aria-labelledby="invitation-title" className="narrow-wide">
      <p>
        <Link to="/sessions">← {t("dialogue.mine.heading")}</Link>
      </p>
      <h1 id="invitation-title">{t("dialogue.invitation.heading", { title: s.title })}</h1>
      <dl className="facts">
        <SessionFacts s={s} />
        <Fact term={t("dialogue.status")}>{t(`dialogue.statuses.${s.status}`)}</Fact>
        {s.cancelReason ? <Fact term={t("dialogue.cancelReason")}>{s.cancelReason}</Fact> : null}
        <Fact term={t("dialogue.response")}>{t(`dialogue.responses.${p.response}`)}</Fact>
      </dl>
      {s.agenda.length ? (
        <section aria-labelledby="your-matters">
          <h2 id="your-matters">{t("dialogue.invitation.yourMatters")}</h2>
          <ul>
            {s.agenda.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {s.status === "SCHEDULED" ? (
        <Form method="post" className="actions">
          <button type="submit" name="response" value="CONFIRMED" className="button primary">
            {t("dialogue.invitation.confirm")}
          </button>
          <button type="submit" name="response" value="DECLINED" className="button">
            {t("dialogue.invitation.decline")}
          </button>
        </Form>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
