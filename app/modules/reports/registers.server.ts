/**
 * The registers' lines for a unit and a period, as the text each column
 * prints (the page, the print view and the CSV show the same). Bounded: at
 * most REGISTER_MAX lines per period (the page says when there are more).
 * Searches are diacritic-insensitive (folded text); a sealed line is never
 * found by its denouncer's name and never shows it.
 */
import type { Language } from "~/i18n/config";
import { canAccessUnit, requirePermission } from "~/modules/auth/guards.server";
import { roleHasPermission } from "~/modules/auth/roles";
import { statsPage, unitOptions } from "~/modules/stats/page.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { foldForSearch } from "~/utils/text";
import type { Window } from "./cells";
import { loadFacts, windowOf } from "./facts.server";
import { handlingColumn, isRegisterKind, isSealedLine, registers, representativeNames, type RegisterKind } from "./registers";

export const REGISTER_MAX = 2000;

type T = (key: string, options?: Record<string, unknown>) => string;
export type RegisterLine = { key: string; sealed: boolean; cells: Record<string, string> };
export type RegisterResult = { lines: RegisterLine[]; truncated: boolean };

const join = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join(" — ");

export async function registerLines(kind: RegisterKind, unitId: string, w: Window, query: string, t: T, language: Language): Promise<RegisterResult> {
  // Every word must appear, in any order: "boi thuong duong ban" finds "bồi thường khi mở rộng đường bản".
  const q = foldForSearch(query.trim()).split(/\s+/).filter(Boolean);
  switch (kind) {
    case "reception":
      return receptionLines(unitId, w, q, t, language);
    case "petitions":
      return petitionLines(unitId, w, q, t, language);
    case "mediation":
      return mediationLines(unitId, w, q, t, language);
  }
}

const matches = (haystack: string, words: string[]) => words.every((w) => haystack.includes(w));

async function receptionLines(unitId: string, w: Window, q: string[], t: T, language: Language): Promise<RegisterResult> {
  const rows = await db.receptionRecord.findMany({
    where: { unitId, receivedAt: { gte: w.from, lte: w.to }, AND: q.map((word) => ({ searchText: { contains: word } })) },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: REGISTER_MAX + 1,
    select: {
      id: true,
      unitId: true,
      receivedAt: true,
      visitorName: true,
      visitorContact: true,
      visitorIdNumber: true,
      visitorAddress: true,
      peopleCount: true,
      representatives: true,
      representativeCount: true,
      classification: true,
      receptionKind: true,
      repeatVisit: true,
      resolvedBefore: true,
      handlingMode: true,
      matter: true,
      handling: true,
      receiver: { select: { fullName: true } },
      case: { select: { code: true, kind: true, status: true, unitId: true } },
    },
  });
  const none = t("reports.registers.none");
  const lines = rows.slice(0, REGISTER_MAX).map((r, i): RegisterLine => {
    const sealed = isSealedLine(r, r.case);
    const sealedText = t("reports.registers.sealed");
    const reps = representativeNames(r.representatives);
    const kind = r.classification ? t(`caseKind.${r.classification}`) : none;
    const people = r.peopleCount >= 5 || reps.length ? t("reports.registers.group", { people: r.peopleCount, reps: r.representativeCount }) : String(r.peopleCount);
    const mark = handlingColumn(r, r.case);
    return {
      key: r.id,
      sealed,
      cells: {
        no: String(i + 1),
        date: formatDateTime(r.receivedAt, language),
        visitor: sealed ? sealedText : join(r.visitorName, r.visitorAddress, r.visitorContact),
        idNumber: sealed ? sealedText : (r.visitorIdNumber ?? none),
        matter: r.matter,
        classification: `${kind} / ${people}${!sealed && reps.length ? `: ${reps.join(", ")}` : ""}`,
        resolvedBefore: r.resolvedBefore ?? "",
        accepted: mark === "accepted" ? "x" : "",
        guided: mark === "guided" ? "x" : "",
        transferred: mark === "transferred" ? "x" : "",
        followUp: r.case ? `${r.case.code}: ${t(`caseStatus.${r.case.status}`)}` : "",
        notes: join(t(`reports.registers.receptionKinds.${r.receptionKind}`), r.repeatVisit ? t("reports.col.repeated") : null, r.handling),
        receiver: r.receiver.fullName,
      },
    };
  });
  return { lines, truncated: rows.length > REGISTER_MAX };
}

async function petitionLines(unitId: string, w: Window, q: string[], t: T, language: Language): Promise<RegisterResult> {
  // The unit's receipts in the period: petitions that arrived at the unit (filed or transferred in).
  const facts = await loadFacts([unitId], w, { petitions: true });
  const receipts = (facts.get(unitId)?.receipts ?? []).filter((r) => r.receivedAt >= w.from && r.receivedAt <= w.to).sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  const ids = [...new Set(receipts.map((r) => r.caseId))];
  const cases = new Map<string, Awaited<ReturnType<typeof caseDetails>>[number]>();
  for (let i = 0; i < ids.length; i += 500) for (const c of await caseDetails(ids.slice(i, i + 500))) cases.set(c.id, c);
  const none = t("reports.registers.none");
  const lines: RegisterLine[] = [];
  for (const r of receipts) {
    const c = cases.get(r.caseId);
    if (!c) continue;
    const sealed = isSealedLine({ classification: null }, c);
    const sender = sealed ? t("reports.registers.sealed") : c.anonymous ? none : join(c.citizen?.fullName ?? c.contactName, c.contactPhone ?? c.contactEmail);
    // A sealed line is found by its code and title only.
    const haystack = foldForSearch([c.code, c.title, sealed ? "" : sender].join(" "));
    if (!matches(haystack, q)) continue;
    const decision = r.triage && r.triage.at <= w.to ? r.triage : null;
    lines.push({
      key: `${r.caseId}-${r.receivedAt.getTime()}`,
      sealed,
      cells: {
        no: String(lines.length + 1),
        received: formatDateTime(r.receivedAt, language),
        code: c.code,
        sender,
        channel: t(`channels.${c.channel}`),
        matter: c.title,
        kind: t(`caseKind.${c.kind}`),
        decision: t(`reports.registers.decisions.${decision?.outcome ?? "pending"}`) + (decision?.declineCode ? ` (${t(`declineCodes.${decision.declineCode}`)})` : ""),
        decidedAt: decision ? formatDate(decision.at, language) : "",
        status: t(`caseStatus.${c.status}`),
        notes: "",
      },
    });
    if (lines.length > REGISTER_MAX) break;
  }
  return { lines: lines.slice(0, REGISTER_MAX), truncated: lines.length > REGISTER_MAX };
}

function caseDetails(ids: string[]) {
  return db.case.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true, title: true, kind: true, status: true, channel: true, anonymous: true, contactName: true, contactPhone: true, contactEmail: true, citizen: { select: { fullName: true } } },
  });
}

async function mediationLines(unitId: string, w: Window, q: string[], t: T, language: Language): Promise<RegisterResult> {
  const rows = await db.mediation.findMany({
    where: { team: { unitId }, openedAt: { gte: w.from, lte: w.to } },
    orderBy: [{ openedAt: "asc" }, { id: "asc" }],
    take: REGISTER_MAX + 1,
    select: {
      id: true,
      code: true,
      openedAt: true,
      outcomeAt: true,
      status: true,
      disputeType: true,
      description: true,
      agreementTerms: true,
      advice: true,
      team: { select: { areaName: true } },
      parties: { select: { role: true, name: true }, orderBy: { role: "asc" } },
      mediators: { select: { user: { select: { fullName: true } } } },
    },
  });
  const lines: RegisterLine[] = [];
  for (const m of rows.slice(0, REGISTER_MAX)) {
    const parties = m.parties.map((p) => `${p.name} (${t(`mediation.partyRoles.${p.role}`)})`).join("; ");
    if (!matches(foldForSearch([m.code, m.description, parties, m.team.areaName].join(" ")), q)) continue;
    lines.push({
      key: m.id,
      sealed: false,
      cells: {
        no: String(lines.length + 1),
        opened: formatDate(m.openedAt, language),
        code: m.code,
        team: m.team.areaName,
        parties,
        dispute: join(t(`mediation.types.${m.disputeType}`), m.description),
        mediators: m.mediators.map((x) => x.user.fullName).join(", "),
        outcome: t(`mediation.statuses.${m.status}`),
        outcomeAt: m.outcomeAt ? formatDate(m.outcomeAt, language) : "",
        notes: m.agreementTerms ?? m.advice ?? "",
      },
    });
  }
  return { lines, truncated: rows.length > REGISTER_MAX };
}

/** Column headers as printed: a grouped column is "Group: column". */
export function registerHeaders(kind: RegisterKind, t: T): { key: string; label: string }[] {
  return registers[kind].columns.map((c) => ({
    key: c.key,
    label: c.group ? `${t(`reports.registers.columns.${c.group}`)}: ${t(`reports.registers.columns.${c.key}`)}` : t(`reports.registers.columns.${c.key}`),
  }));
}

/**
 * A register page's request: the staff member's unit (a leader may choose a
 * unit of their tree; another tree's unit is a 403), the period (this month
 * by default) and the search. Reads nothing before the checks pass.
 */
export async function registerRequest(request: Request, kindParam: string | undefined) {
  const user = await requirePermission(request, "case:read:unit");
  if (!user.unit || !user.unitId) notFound();
  if (!isRegisterKind(kindParam)) notFound("reports.errors.register");
  const url = new URL(request.url);
  if (!url.searchParams.get("period")) url.searchParams.set("period", "month");
  const page = await statsPage(new Request(url, request), { defaultUnit: user.unit.code });
  const home = page.query.units.find((u) => u.id === user.unitId);
  if (!home) forbidden();
  const mayChoose = roleHasPermission(user.role, "case:read:subtree");
  const options = mayChoose ? unitOptions(page.query.units, home) : [{ code: home.code, name: home.name, depth: 0 }];
  const qRaw = url.searchParams.get("q") ?? "";
  const errors: Record<string, string> = page.query.ok ? {} : { ...page.query.errors };
  if (qRaw.length > 100) errors.q = "reports.errors.search";
  const values: Record<string, string> = { ...page.values, period: url.searchParams.get("period")!, q: qRaw.slice(0, 100) };
  const base = { ...page, kind: kindParam, values, errors, options };
  if (!page.query.ok || errors.q) return { ...base, data: null };
  const scope = page.query.scope;
  if (!canAccessUnit(user, scope)) forbidden();
  const w = windowOf(page.query.period);
  const result = await registerLines(kindParam, scope.id, w, qRaw, page.t, page.language);
  return { ...base, data: { unit: { code: scope.code, name: scope.name }, period: page.query.period, ...result } };
}
