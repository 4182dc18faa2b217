import { parseWithZod } from "@conform-to/zod";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors } from "~/components/forms";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { mayManageTeamsOf } from "~/modules/mediation/access.server";
import { memberSchema } from "~/modules/mediation/schemas";
import { addMember, makeLeader, memberCandidates, removeMember, updateTeam } from "~/modules/mediation/teams.server";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { Field, type Result } from "./__panels";
import { readForm } from "~/utils/form-data.server";

export const meta: MetaFunction<typeof loader> = pageMeta;

async function load(request: Request, teamId: string | undefined) {
  const user = await requirePermission(request, "mediation:manage-teams");
  const team = await db.mediationTeam.findUnique({
    where: { id: teamId ?? "" },
    include: {
      unit: { select: { id: true, name: true, path: true } },
      members: { orderBy: [{ isLeader: "desc" }], select: { isLeader: true, user: { select: { id: true, fullName: true, email: true } } } },
    },
  });
  if (!team) notFound();
  // Another commune's officer is refused (403), and nothing is written.
  if (!mayManageTeamsOf(user, team.unit)) forbidden();
  return { user, team };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { team } = await load(request, params.teamId);
  const [candidates, t] = await Promise.all([memberCandidates(team), getT(request)]);
  return json({
    title: `${team.areaName} · ${t("mediation.teams.heading")}`,
    team: { id: team.id, areaName: team.areaName, active: team.active, unit: team.unit.name, members: team.members.map((m) => ({ ...m.user, isLeader: m.isLeader })) },
    candidates,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, team } = await load(request, params.teamId);
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: memberSchema });
  if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
  const v = submission.value;
  const back = `/mediation/teams/${team.id}`;
  switch (v.intent) {
    case "update":
      await updateTeam(user.id, team.id, { areaName: v.areaName, active: !!v.active });
      return redirectWithToast(back, { key: "mediation.teams.updated", type: "success" });
    case "addMember": {
      const result = await addMember(user.id, team, v.userId, !!v.isLeader);
      if (!result.ok) return json({ intent, result: submission.reply({ fieldErrors: { userId: ["mediation.teams.badMember"] } }) }, { status: 400 });
      return redirectWithToast(back, { key: "mediation.teams.memberAdded", type: "success" });
    }
    case "makeLeader": {
      const result = await makeLeader(user.id, team.id, v.userId);
      if (!result.ok) return json({ intent, result: submission.reply({ formErrors: ["mediation.teams.badMember"] }) }, { status: 400 });
      return redirectWithToast(back, { key: "mediation.teams.leaderSet", type: "success" });
    }
    case "removeMember":
      await removeMember(user.id, team.id, v.userId);
      return redirectWithToast(back, { key: "mediation.teams.memberRemoved", type: "success" });
  }
}

export default function TeamPage() {
  const { t } = useTranslation();
  const { team, candidates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const r = (intent: string) => (actionData?.intent === intent ? (actionData.result as Result) : null);
  return (
    <section aria-labelledby="team-title">
      <h1 id="team-title">
        {team.areaName} — {team.unit}
      </h1>
      <p className="field-hint">{t("mediation.teams.lawHint")}</p>
      <h2>{t("mediation.teams.members")}</h2>
      <FormErrors errors={r("makeLeader")?.error?.[""]} />
      {team.members.length ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("mediation.teams.member")}</th>
              <th scope="col">{t("auth.email")}</th>
              <th scope="col">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {team.members.map((m) => (
              <tr key={m.id}>
                <td data-label={t("mediation.teams.member")}>
                  {m.fullName}
                  {m.isLeader ? <span className="tag">{t("mediation.teams.leader")}</span> : null}
                </td>
                <td data-label={t("auth.email")}>{m.email ?? "—"}</td>
                <td data-label={t("common.actions")}>
                  <div className="actions">
                    {!m.isLeader ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="makeLeader" />
                        <input type="hidden" name="userId" value={m.id} />
                        <button type="submit" className="link-button" aria-label={`${t("mediation.teams.makeLeader")}: ${m.fullName}`}>
                          {t("mediation.teams.makeLeader")}
                        </button>
                      </Form>
                    ) : null}
                    <Form method="post">
                      <input type="hidden" name="intent" value="removeMember" />
                      <input type="hidden" name="userId" value={m.id} />
                      <button type="submit" className="link-button" aria-label={`${t("mediation.teams.remove")}: ${m.fullName}`}>
                        {t("mediation.teams.remove")}
                      </button>
                    </Form>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("mediation.teams.none")}</p>
      )}

      <section className="action-panel" aria-labelledby="add-member-title">
        <h3 id="add-member-title">{t("mediation.teams.addMember")}</h3>
        {candidates.length ? (
          <Form method="post">
            <input type="hidden" name="intent" value="addMember" />
            <div className="field">
              <label htmlFor="member-userId">{t("mediation.teams.member")}</label>
              <p id="member-hint" className="field-hint">
                {t("mediation.teams.memberHint")}
              </p>
              <select id="member-userId" name="userId" required defaultValue="" aria-describedby="member-hint">
                <option value="">{t("file.choose")}</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.fullName}
                    {c.email ? ` (${c.email})` : ""}
                  </option>
                ))}
              </select>
              <ErrorList errors={r("addMember")?.error?.userId} />
            </div>
            <div className="field field-checkbox">
              <input id="member-isLeader" type="checkbox" name="isLeader" value="on" />
              <label htmlFor="member-isLeader">{t("mediation.teams.isLeader")}</label>
            </div>
            <button type="submit" className="button primary">
              {t("mediation.teams.addMember")}
            </button>
          </Form>
        ) : (
          <p>{t("mediation.teams.noCandidates")}</p>
        )}
      </section>

      <section className="action-panel" aria-labelledby="update-team-title">
        <h3 id="update-team-title">{t("common.edit")}</h3>
        <Form method="post">
          <input type="hidden" name="intent" value="update" />
          <Field intent="update" name="areaName" label={t("mediation.teams.areaName")} result={r("update")} defaultValue={team.areaName} />
          <div className="field field-checkbox">
            <input id="team-active" type="checkbox" name="active" value="on" defaultChecked={team.active} aria-describedby="team-active-errors" />
            <label htmlFor="team-active">{t("mediation.teams.active")}</label>
            <ErrorList id="team-active-errors" errors={r("update")?.error?.active} />
          </div>
          <button type="submit" className="button">
            {t("mediation.teams.save")}
          </button>
        </Form>
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
