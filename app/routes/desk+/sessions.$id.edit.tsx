import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { sessionSchema } from "~/modules/dialogue/schemas";
import { chairOptions, requireStaffSession, splitErrors, updateSession } from "~/modules/dialogue/sessions.server";
import { toLocalInput } from "~/modules/dialogue/time";
import { badRequest } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { SessionForm } from "./__session-form";
import { readForm } from "~/utils/form-data.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** Edit or postpone a scheduled session (a new start time tells every participant). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "session:manage");
  const s = await requireStaffSession(user, params.id);
  if (s.status !== "SCHEDULED") badRequest("not-scheduled");
  const t = await getT(request);
  return {
    title: t("dialogue.editHeading", { title: s.title }),
    id: s.id,
    chairs: await chairOptions(s.unitId),
    defaults: {
      kind: s.kind,
      title: s.title,
      chairId: s.chairId,
      startsAt: toLocalInput(s.startsAt),
      endsAt: toLocalInput(s.endsAt),
      place: s.place ?? "",
      link: s.link ?? "",
      capacity: String(s.capacity),
      isPublic: s.isPublic,
      version: s.version,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "session:manage");
  const s = await requireStaffSession(user, params.id);
  const submission = parseWithZod(await readForm(request), { schema: sessionSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await updateSession(user, s.id, { ...submission.value, kind: s.kind as typeof submission.value.kind });
  if (!result.ok) return data({ result: submission.reply(splitErrors(result.errors)) }, { status: result.status ?? 400 });
  return redirectWithToast(`/desk/sessions/${s.id}`, { key: "dialogue.done.updated", params: { title: submission.value.title }, type: "success" });
}

export default function EditSession() {
  const { t } = useTranslation();
  const { title, id, chairs, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="narrow-wide" aria-labelledby="edit-session-title">
      <p>
        <Link to={`/desk/sessions/${id}`}>← {defaults.title}</Link>
      </p>
      <h1 id="edit-session-title">{title}</h1>
      <p className="field-hint">{t("dialogue.editHint")}</p>
      <SessionForm lastResult={actionData?.result} chairs={chairs} defaultValue={defaults} submitLabel={t("common.save")} kindFixed />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
