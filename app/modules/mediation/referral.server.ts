import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import { selectRows } from "~/utils/driver-sql.server";
import { forbidden } from "~/utils/http.server";
import { redirectWithToast } from "~/utils/toast.server";
import { roleHasPermission } from "../auth/roles";
import type { SessionUser } from "../auth/session.server";
import { referableCaseStatuses } from "./constants";
import { referCase } from "./mediations.server";
import { referCaseSchema } from "./schemas";

type CaseForReferral = { id: string; code: string; kind: string; status: string; unitId: string; anonymous: boolean };

/** Who may refer: staff of the case's unit who triage or handle cases (the case page has already checked the unit). */
function mayRefer(user: Pick<SessionUser, "role">): boolean {
  return roleHasPermission(user.role, "case:triage") || roleHasPermission(user.role, "case:handle");
}

/** What the desk case page needs for its "refer to mediation" panel. */
export async function referralPanel(user: SessionUser, c: CaseForReferral) {
  // Plain SQL, the same on SQLite and PostgreSQL: every view of the case page asks both, and the
  // Prisma queries (one with a relation) cost ~1 ms of CPU each, far more than the SQL.
  const [mediations, teams] = await Promise.all([
    selectRows<{ code: string; status: string; areaName: string }>`
      SELECT m."code" AS "code", m."status" AS "status", t."areaName" AS "areaName"
      FROM "Mediation" m JOIN "MediationTeam" t ON t."id" = m."teamId"
      WHERE m."caseId" = ${c.id}
      ORDER BY m."openedAt" ASC`,
    selectRows<{ id: string; areaName: string }>`
      SELECT "id", "areaName" FROM "MediationTeam" WHERE "unitId" = ${c.unitId} AND "active" ORDER BY "areaName" ASC`,
  ]);
  const referable =
    mayRefer(user) &&
    teams.length > 0 &&
    (referableCaseStatuses as readonly string[]).includes(c.status) &&
    c.kind !== "DENUNCIATION" &&
    !c.anonymous &&
    !mediations.some((m) => m.status === "OPEN");
  return { mediations, teams, canRefer: referable };
}

const errorKey = {
  conflict: "cases.errors.conflict",
  "bad-team": "mediation.errors.badTeam",
  "case-not-referable": "mediation.errors.caseNotReferable",
  "already-referred": "mediation.errors.alreadyReferred",
} as Record<string, string>;

/** The desk case page's action for intent "referMediation". */
export async function handleReferral(user: SessionUser, c: { id: string; code: string }, formData: FormData) {
  if (!mayRefer(user)) forbidden();
  const submission = parseWithZod(formData, { schema: referCaseSchema });
  if (submission.status !== "success") return data({ intent: "referMediation", result: submission.reply(), identity: null }, { status: 400 });
  const v = submission.value;
  const result = await referCase(user, c.id, { version: v.version, teamId: v.teamId, disputeType: v.disputeType, respondentName: v.respondentName, respondentContact: v.respondentContact });
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    return data(
      { intent: "referMediation", result: submission.reply({ formErrors: [errorKey[result.error] ?? "cases.errors.notAllowed"] }), identity: null },
      { status: result.error === "conflict" ? 409 : 400 },
    );
  }
  return redirectWithToast(`/desk/cases/${c.code}`, { key: "mediation.done.referred", params: { code: c.code, mediation: result.code }, type: "success" });
}
