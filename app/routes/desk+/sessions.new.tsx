import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { complaintDialogueLeadDays } from "~/modules/dialogue/constants";
import { sessionSchema } from "~/modules/dialogue/schemas";
import { agendaCase, chairOptions, createSession, splitErrors } from "~/modules/dialogue/sessions.server";
import { toLocalInput } from "~/modules/dialogue/time";
import dialogueStyles from "~/styles/dialogue.css";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { SessionForm } from "./__session-form";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;
export const links: LinksFunction = () => [{ rel: "stylesheet", href: dialogueStyles }];

const dayMs = 24 * 60 * 60 * 1000;

export const shouldRevalidate = revalidateAfterRefusal;

/** Schedules a session of the official's unit; `?case=CODE` starts the dialogue a complaint requires. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "session:manage");
  if (!user.unitId) notFound();
  const t = await getT(request);
  const code = new URL(request.url).searchParams.get("case");
  const fromCase = code ? await agendaCase(user.unitId, code) : null;
  if (code && !fromCase) notFound();
  const chairs = await chairOptions(user.unitId);
  // A complaint's dialogue: at least five days ahead, at 08:00 (Vietnamese time).
  const start = fromCase ? new Date(Date.now() + (complaintDialogueLeadDays + 1) * dayMs) : null;
  const startsAt = start ? `${toLocalInput(start).slice(0, 10)}T08:00` : "";
  const endsAt = start ? `${toLocalInput(start).slice(0, 10)}T10:00` : "";
  return {
    title: fromCase ? t("dialogue.form.scheduleDialogue") : t("dialogue.form.newHeading"),
    chairs,
    fromCase: fromCase ? { code: fromCase.code, title: fromCase.title, kind: fromCase.kind } : null,
    submissionToken: randomBytes(18).toString("base64url"),
    defaults: fromCase
      ? { kind: "THEMATIC", title: t("dialogue.form.dialogueTitle", { code: fromCase.code }), caseCode: fromCase.code, startsAt, endsAt, capacity: "0" }
      : { kind: "RECEPTION_DAY", capacity: "10", isPublic: true },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "session:manage");
  const submission = parseWithZod(await readForm(request), { schema: sessionSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await createSession(user, submission.value);
  if (!result.ok) return data({ result: submission.reply(splitErrors(result.errors)) }, { status: 400 });
  return redirectWithToast(`/desk/sessions/${result.id}`, { key: "dialogue.done.created", params: { title: submission.value.title }, type: "success" });
}

export default function NewSession() {
  const { t } = useTranslation();
  const { title, chairs, defaults, fromCase, submissionToken } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="narrow-wide" aria-labelledby="new-session-title">
      <h1 id="new-session-title">{title}</h1>
      {fromCase ? (
        <p className="notice">
          {t("dialogue.form.fromCase", { code: fromCase.code, title: fromCase.title, days: complaintDialogueLeadDays })}
        </p>
      ) : null}
      <SessionForm lastResult={actionData?.result} chairs={chairs} defaultValue={{ ...defaults, submissionToken }} submitLabel={t("dialogue.form.create")} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
