import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, FormErrors } from "~/components/forms";
import { ActionItem, ActionPanel, Badge, DataTable, PageHeader } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { mayManageTeamsOf } from "~/modules/mediation/access.server";
import { teamCompliance } from "~/modules/mediation/compliance.server";
import { memberProfile, memberSchema } from "~/modules/mediation/schemas";
import { addMember, makeLeader, memberCandidates, removeMember, setMemberProfile, updateTeam } from "~/modules/mediation/teams.server";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { Field, type Result } from "./__panels";
import { readForm } from "~/utils/form-data.server";
import { MemberActions, ProfileFields, TeamWarnings } from "./__team-forms";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

async function load(request: Request, teamId: string | undefined) {
  const user = await requirePermission(request, "mediation:manage-teams");
  const team = await db.mediationTeam.findUnique({
    where: { id: teamId ?? "" },
    include: {
      unit: { select: { id: true, name: true, path: true } },
      members: { orderBy: [{ isLeader: "desc" }], select: { isLeader: true, gender: true, ethnicMinority: true, user: { select: { id: true, fullName: true, email: true } } } },
    },
  });
  if (!team) notFound();
  // Another commune's officer is refused (403), and nothing is written.
  if (!mayManageTeamsOf(user, team.unit)) forbidden();
  return { user, team };
}

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { team } = await load(request, params.teamId);
  const [candidates, warnings, t] = await Promise.all([memberCandidates(team), teamCompliance(team.id), getT(request)]);
  return {
    title: `${team.areaName} · ${t("mediation.teams.heading")}`,
    team: {
      id: team.id,
      areaName: team.areaName,
      active: team.active,
      ethnicArea: team.ethnicArea,
      unit: team.unit.name,
      members: team.members.map((m) => ({ ...m.user, isLeader: m.isLeader, gender: m.gender, ethnicMinority: m.ethnicMinority })),
    },
    candidates,
    warnings,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, team } = await load(request, params.teamId);
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: memberSchema });
  if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
  const v = submission.value;
  const back = `/mediation/teams/${team.id}`;
  switch (v.intent) {
    case "update":
      await updateTeam(user.id, team.id, { areaName: v.areaName, active: !!v.active, ethnicArea: !!v.ethnicArea });
      return redirectWithToast(back, { key: "mediation.teams.updated", type: "success" });
    case "addMember": {
      const result = await addMember(user.id, team, v.userId, !!v.isLeader, memberProfile(v));
      if (!result.ok) return data({ intent, result: submission.reply({ fieldErrors: { userId: ["mediation.teams.badMember"] } }) }, { status: 400 });
      return redirectWithToast(back, { key: "mediation.teams.memberAdded", type: "success" });
    }
    case "setProfile": {
      const result = await setMemberProfile(user.id, team.id, v.userId, memberProfile(v));
      if (!result.ok) return data({ intent, result: submission.reply({ fieldErrors: { userId: ["mediation.teams.badMember"] } }) }, { status: 400 });
      return redirectWithToast(back, { key: "mediationCompliance.profileSaved", type: "success" });
    }
    case "makeLeader": {
      const result = await makeLeader(user.id, team.id, v.userId);
      if (!result.ok) return data({ intent, result: submission.reply({ formErrors: ["mediation.teams.badMember"] }) }, { status: 400 });
      return redirectWithToast(back, { key: "mediation.teams.leaderSet", type: "success" });
    }
    case "removeMember":
      await removeMember(user.id, team.id, v.userId);
      return redirectWithToast(back, { key: "mediation.teams.memberRemoved", type: "success" });
  }
}

export default function TeamPage() {
  const { t } = useTranslation();
  const { team, candidates, warnings } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const r = (intent: string) => (actionData?.intent === intent ? (actionData.result as Result) : null);
  const yesNo = (v: boolean | null) => t(`mediationCompliance.yesNo.${v === null ? "UNKNOWN" : v ? "yes" : "no"}`);
  return (
    <section aria-labelledby="team-title">
      <PageHeader
        titleId="team-title"
        title={`${team.areaName} — ${team.unit}`}
        subtitle={t("mediation.teams.lawHint")}
        badges={
          <>
            {warnings.length ? <Badge tone="warn">{t("mediationCompliance.badge")}</Badge> : null}
            {team.ethnicArea ? <Badge tone="info">{t("mediationCompliance.ethnicArea")}</Badge> : null}
          </>
        }
      />
      <TeamWarnings warnings={warnings} />
      <FormErrors errors={r("makeLeader")?.error?.[""]} />
      <DataTable
        caption={t("mediation.teams.members")}
        captionVisible
        rows={team.members}
        rowKey={(m) => m.id}
        empty={t("mediation.teams.none")}
        columns={[
          { key: "name", header: t("mediation.teams.member"), label: t("mediation.teams.member"), primary: true, cell: (m) => m.fullName },
          { key: "email", header: t("auth.email"), label: t("auth.email"), wideOnly: true, cell: (m) => m.email ?? "—" },
          { key: "gender", header: t("mediationCompliance.gender"), label: t("mediationCompliance.gender"), cell: (m) => t(`mediationCompliance.genders.${m.gender === "FEMALE" || m.gender === "MALE" ? m.gender : "UNKNOWN"}`) },
          { key: "ethnic", header: t("mediationCompliance.ethnicMinority"), label: t("mediationCompliance.ethnicMinority"), cell: (m) => yesNo(m.ethnicMinority) },
          { key: "actions", header: t("common.actions"), label: t("common.actions"), cell: (m) => <MemberActions member={m} /> },
        ]}
      />
      <ActionPanel title={t("common.actions")}>
        <ActionItem id="addMember" label={t("mediation.teams.addMember")} primary={warnings.length > 0} open={!!r("addMember") || warnings.length > 0}>
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
              <ProfileFields prefix="member" result={r("addMember")} />
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
        </ActionItem>
        {team.members.length ? (
          <ActionItem id="setProfile" label={t("mediationCompliance.profile")} open={!!r("setProfile")}>
            <Form method="post">
              <input type="hidden" name="intent" value="setProfile" />
              <div className="field">
                <label htmlFor="profile-userId">{t("mediation.teams.member")}</label>
                <select id="profile-userId" name="userId" required defaultValue="">
                  <option value="">{t("file.choose")}</option>
                  {team.members.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.fullName}
                    </option>
                  ))}
                </select>
                <ErrorList errors={r("setProfile")?.error?.userId} />
              </div>
              <ProfileFields prefix="profile" result={r("setProfile")} />
              <button type="submit" className="button">
                {t("common.save")}
              </button>
            </Form>
          </ActionItem>
        ) : null}
        <ActionItem id="update" label={t("common.edit")} open={!!r("update")}>
          <Form method="post">
            <input type="hidden" name="intent" value="update" />
            <Field intent="update" name="areaName" label={t("mediation.teams.areaName")} result={r("update")} defaultValue={team.areaName} />
            <div className="field field-checkbox">
              <input id="team-ethnicArea" type="checkbox" name="ethnicArea" value="on" defaultChecked={team.ethnicArea} aria-describedby="team-ethnicArea-errors" />
              <label htmlFor="team-ethnicArea">{t("mediationCompliance.ethnicArea")}</label>
              <ErrorList id="team-ethnicArea-errors" errors={r("update")?.error?.ethnicArea} />
            </div>
            <div className="field field-checkbox">
              <input id="team-active" type="checkbox" name="active" value="on" defaultChecked={team.active} aria-describedby="team-active-errors" />
              <label htmlFor="team-active">{t("mediation.teams.active")}</label>
              <ErrorList id="team-active-errors" errors={r("update")?.error?.active} />
            </div>
            <button type="submit" className="button">
              {t("mediation.teams.save")}
            </button>
          </Form>
        </ActionItem>
      </ActionPanel>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
