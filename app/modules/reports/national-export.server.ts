import { requirePermission } from "~/modules/auth/guards.server";
import { statsPage } from "~/modules/stats/page.server";
import { db } from "~/utils/db.server";
import { forbidden } from "~/utils/http.server";
import type { Window } from "./cells";
import { exportRecord } from "./national-export";

const PAGE = 200;

const caseSelect = {
  id: true,
  code: true,
  kind: true,
  instance: true,
  channel: true,
  status: true,
  unit: { select: { code: true, name: true } },
  originUnit: { select: { code: true, name: true } },
  category: { select: { code: true, nameVi: true } },
  title: true,
  description: true,
  locationText: true,
  decisionText: true,
  learnedAt: true,
  denouncedText: true,
  anonymous: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  citizen: { select: { fullName: true, email: true, phone: true } },
  submittedAt: true,
  receivedAt: true,
  acceptDueAt: true,
  acceptedAt: true,
  dueAt: true,
  originalDueAt: true,
  extensionCount: true,
  complex: true,
  pausedAt: true,
  resolutionText: true,
  resolvedAt: true,
  resolvedOnTime: true,
  appealDueAt: true,
  closedAt: true,
  declineCode: true,
  declineReason: true,
  appealReason: true,
  satisfaction: true,
  appealOf: { select: { code: true } },
  appeal: { select: { code: true } },
} as const;

/**
 * The export's lines for the cases now at a unit of the scope and submitted in
 * the window, in pages of PAGE cases (keyset on id: memory stays flat however
 * many cases there are). Each line is one JSON object and a newline.
 */
export async function* exportLines(unitIds: string[], w: Window, exportedAt = new Date()): AsyncGenerator<string> {
  let after: string | undefined;
  for (;;) {
    const cases = await db.case.findMany({
      where: { unitId: { in: unitIds }, submittedAt: { gte: w.from, lte: w.to }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE,
      select: caseSelect,
    });
    if (!cases.length) return;
    const events = await db.caseEvent.findMany({
      where: { caseId: { in: cases.map((c) => c.id) } },
      orderBy: [{ caseId: "asc" }, { createdAt: "asc" }],
      select: { caseId: true, type: true, createdAt: true, fromStatus: true, toStatus: true, visibility: true, note: true, data: true, actor: { select: { role: true } } },
    });
    const byCase = new Map<string, typeof events>();
    for (const e of events) {
      const list = byCase.get(e.caseId) ?? [];
      list.push(e);
      byCase.set(e.caseId, list);
    }
    for (const c of cases) yield JSON.stringify(exportRecord(c, byCase.get(c.id) ?? [], exportedAt)) + "\n";
    if (cases.length < PAGE) return;
    after = cases.at(-1)!.id;
  }
}

/** The lines as a byte stream for a download response. */
export function exportStream(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

/** The leader's unit (or one under it) and period of an export; another tree's unit: 403. */
export async function exportScope(request: Request, params: URLSearchParams) {
  const user = await requirePermission(request, "report:unit");
  if (!user.unit) forbidden();
  const url = new URL(request.url);
  url.search = params.toString();
  if (!url.searchParams.get("period")) url.searchParams.set("period", "report-year");
  const page = await statsPage(new Request(url, { headers: request.headers }), { defaultUnit: user.unit.code });
  const home = page.query.units.find((u) => u.id === user.unitId);
  if (!home) forbidden();
  if (page.query.ok && !page.query.scope.path.startsWith(user.unit.path)) forbidden();
  return { user, page, home, period: url.searchParams.get("period")! };
}

