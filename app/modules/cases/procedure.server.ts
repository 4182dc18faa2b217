import { db } from "~/utils/db.server";
import { cachedReference } from "~/utils/reference-cache.server";
import { loadDeadlineContext } from "../deadlines/deadlines.server";
import { caseStateOf, type CaseForState } from "./procedure";

/** Rules, days off and procedural grounds: small tables, read whole, kept in memory until changed (loadDeadlineContext). */
export async function loadProcedureContext() {
  const [{ rules, calendar }, grounds] = await Promise.all([loadDeadlineContext(), cachedReference("rules", "grounds", () => db.procedureGround.findMany())]);
  return { rules, calendar, grounds };
}
export type ProcedureContext = Awaited<ReturnType<typeof loadProcedureContext>>;

/**
 * The dialogue session that satisfies a complaint's mandatory dialogue: one
 * with this case on its agenda that was held and whose minutes were saved.
 */
export async function heldDialogueOf(caseId: string) {
  const item = await db.sessionAgendaItem.findFirst({
    where: { caseId, session: { status: "HELD", minutesSavedAt: { not: null } } },
    orderBy: { session: { startsAt: "desc" } },
    select: { session: { select: { id: true, title: true, startsAt: true } } },
  });
  return item?.session ?? null;
}

/**
 * A case's state for the state machine, with everything the procedure needs looked up.
 * `known.appeal`: the case's appeal as the caller already read it in this request (the staff
 * case page, requireStaffCase), so it is not asked again.
 */
export async function procedureFacts(c: CaseForState & { id: string }, now = new Date(), ctx?: ProcedureContext, known?: { appeal: { code: string } | null }) {
  const [context, dialogueSession, appeal] = await Promise.all([
    ctx ?? loadProcedureContext(),
    c.kind === "COMPLAINT" ? heldDialogueOf(c.id) : null,
    known ? known.appeal : db.case.findUnique({ where: { appealOfId: c.id }, select: { code: true } }),
  ]);
  const state = caseStateOf(c, { ...context, dialogueHeld: !!dialogueSession, hasAppeal: !!appeal, now });
  return { state, context, dialogueSession, appealCode: appeal?.code ?? null };
}
