import { readForm } from "~/utils/form-data.server";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { Field, IntentForm, Select, resultFor } from "~/components/democracy";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ActionItem, ActionPanel, Badge, DataTable, AppLink, PageHeader } from "~/components/kit";
import { NextPageLink } from "~/components/pagination";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { addMember, createBoard, removeMember, unitBoards, unitRecommendations } from "~/modules/democracy/boards.server";
import { boardKinds, memberRoles } from "~/modules/democracy/constants";
import { boardSchema, memberSchema, removeMemberSchema } from "~/modules/democracy/schemas";
import { formatDate } from "~/utils/dates";
import { badRequest } from "~/utils/http.server";
import { decodeCursor } from "~/utils/keyset";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { requireDemocracyDesk } from "./__democracy.server";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

export const shouldRevalidate = revalidateAfterRefusal;

/** The commune's supervision boards — members (residents) and their recommendations — for its officers. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const cursor = new URL(request.url).searchParams.get("cursor");
  if (cursor && !decodeCursor(cursor)) badRequest();
  const [t, boards, recommendations] = await Promise.all([getT(request), unitBoards(user.unitId), unitRecommendations(user.unitId, cursor)]);
  return { title: t("democracy.desk.boardsPage.heading"), unit: user.unit.name, boards, recommendations };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireDemocracyDesk(request);
  const values = Object.fromEntries(await readForm(request)) as Record<string, string>;
  const back = (key: string) => redirectWithToast("/desk/democracy/boards", { key, type: "success" });
  const invalid = (errors: Record<string, string[]>) => data({ intent: values.intent, errors, values }, { status: 400 });
  if (values.intent === "createBoard") {
    const p = boardSchema.safeParse({ ...values, project: values.project || undefined });
    if (!p.success) return invalid(p.error.flatten().fieldErrors as Record<string, string[]>);
    await createBoard(user, p.data);
    return back("democracy.desk.boardsPage.created");
  }
  if (values.intent === "addMember") {
    const p = memberSchema.safeParse(values);
    if (!p.success) return invalid(p.error.flatten().fieldErrors as Record<string, string[]>);
    const r = await addMember(user, p.data.boardId, p.data);
    return r.ok ? back("democracy.desk.boardsPage.memberAdded") : invalid("errors" in r ? r.errors : {});
  }
  if (values.intent === "removeMember") {
    const p = removeMemberSchema.safeParse(values);
    if (!p.success) badRequest();
    await removeMember(user, p.data.boardId, p.data.userId);
    return back("democracy.desk.boardsPage.memberRemoved");
  }
  badRequest();
}

export default function Boards() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { unit, boards, recommendations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const create = resultFor(actionData, "createBoard");
  const member = resultFor(actionData, "addMember");
  return (
    <section aria-labelledby="boards-title">
      <p>
        <Link to="/desk/democracy">{t("democracy.desk.heading")}</Link>
      </p>
      <PageHeader title={t("democracy.desk.boardsPage.heading")} titleId="boards-title" subtitle={unit} />
      <ActionPanel title={t("democracy.desk.matter.actions")}>
        {boards.length ? (
          <ActionItem id="addMember" label={t("democracy.desk.boardsPage.addMember")} primary open={actionData?.intent === "addMember"}>
            <IntentForm intent="addMember" submit={t("democracy.desk.boardsPage.add")} errors={member.errors} primary>
              <Select intent="addMember" name="boardId" label={t("democracy.desk.boardsPage.name")} options={boards.map((b) => ({ value: b.id, label: b.name }))} defaultValue={member.values.boardId} errors={member.errors.boardId} />
              <Field intent="addMember" name="account" label={t("democracy.desk.boardsPage.account")} required errors={member.errors.account} defaultValue={member.values.account} />
              <Select intent="addMember" name="role" label={t("democracy.desk.boardsPage.role")} options={memberRoles.map((r) => ({ value: r, label: t(`democracy.memberRoles.${r}`) }))} defaultValue={member.values.role ?? "MEMBER"} errors={member.errors.role} />
            </IntentForm>
          </ActionItem>
        ) : null}
        <ActionItem id="createBoard" label={t("democracy.desk.boardsPage.newBoard")} open={actionData?.intent === "createBoard" || !boards.length}>
          <IntentForm intent="createBoard" submit={t("democracy.desk.boardsPage.create")} errors={create.errors}>
            <Select intent="createBoard" name="kind" label={t("democracy.desk.boardsPage.kind")} options={boardKinds.map((k) => ({ value: k, label: t(`democracy.boardKinds.${k}`) }))} defaultValue={create.values.kind} errors={create.errors.kind} />
            <Field intent="createBoard" name="name" label={t("democracy.desk.boardsPage.name")} required errors={create.errors.name} defaultValue={create.values.name} />
            <Field intent="createBoard" name="project" label={t("democracy.desk.boardsPage.project")} errors={create.errors.project} defaultValue={create.values.project} />
          </IntentForm>
        </ActionItem>
      </ActionPanel>
      <DataTable
        caption={t("democracy.desk.boardsPage.heading")}
        rows={boards}
        rowKey={(b) => b.id}
        empty={t("democracy.desk.boardsPage.none")}
        columns={[
          { key: "name", header: t("democracy.desk.boardsPage.name"), label: t("democracy.desk.boardsPage.name"), primary: true, cell: (b) => `${b.name}${b.project ? ` — ${b.project}` : ""}` },
          { key: "kind", header: t("democracy.desk.boardsPage.kind"), label: t("democracy.desk.boardsPage.kind"), cell: (b) => t(`democracy.boardKinds.${b.kind}`) },
          {
            key: "members",
            header: t("democracy.board.members"),
            label: t("democracy.board.members"),
            cell: (b) => (
              <ul>
                {b.members.map((m) => (
                  <li key={m.user.id}>
                    {m.user.fullName} ({t(`democracy.memberRoles.${m.role}`)}){" "}
                    <IntentForm intent="removeMember" submit={t("democracy.desk.boardsPage.remove")}>
                      <input type="hidden" name="boardId" value={b.id} />
                      <input type="hidden" name="userId" value={m.user.id} />
                    </IntentForm>
                  </li>
                ))}
              </ul>
            ),
          },
          { key: "open", header: t("democracy.desk.boardsPage.open"), label: t("democracy.desk.boardsPage.open"), numeric: true, cell: (b) => b._count.recommendations },
        ]}
      />
      <h2>{t("democracy.desk.recommendationsHeading")}</h2>
      <DataTable
        caption={t("democracy.desk.recommendationsHeading")}
        rows={recommendations.rows}
        rowKey={(r) => r.id}
        empty={t("democracy.board.noRecommendations")}
        columns={[
          { key: "title", header: t("democracy.board.recTitle"), label: t("democracy.board.recTitle"), primary: true, cell: (r) => <AppLink to={`/desk/democracy/recommendations/${r.id}`}>{r.title}</AppLink> },
          { key: "board", header: t("democracy.desk.boardsPage.name"), label: t("democracy.desk.boardsPage.name"), cell: (r) => r.board.name },
          { key: "due", header: t("democracy.board.dueAt"), label: t("democracy.board.dueAt"), cell: (r) => formatDate(r.dueAt, language) },
          {
            key: "state",
            header: t("democracy.status"),
            label: t("democracy.status"),
            cell: (r) =>
              r.overdue ? <Badge tone="danger">{t("democracy.board.overdue")}</Badge> : r.status === "ANSWERED" ? <Badge tone={r.answeredOnTime ? "ok" : "warn"}>{t(r.answeredOnTime ? "democracy.board.onTime" : "democracy.board.late")}</Badge> : t("democracy.board.states.SENT"),
          },
        ]}
      />
      <NextPageLink cursor={recommendations.nextCursor} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
