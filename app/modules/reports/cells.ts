/**
 * Every cell of the statistical forms, defined once (pure). A cell is a count
 * over one unit's own facts in a reporting window; a row of a unit's subtree
 * and the total row are sums of those counts (forms.ts rolls them up). The
 * forms (forms.ts) only name these cells; nothing else decides what "a visit",
 * "a petition carried over" or "resolved on time" means. Pinned by a
 * hand-built data set with worked answers in cells.test.ts.
 *
 * The window is the reporting period as instants: from the start of its first
 * local day to the end of its last (Asia/Ho_Chi_Minh).
 */
import { deadlineAt, type Receipt } from "./receipts";

export type Window = { from: Date; to: Date };

/** One line of the reception register (ReceptionRecord). */
export type ReceptionFact = {
  unitId: string;
  receivedAt: Date;
  /** REGULAR (tiếp thường xuyên), HEAD (the head receives), DELEGATED (on the head's behalf). */
  receptionKind: string;
  peopleCount: number;
  repeatVisit: boolean;
};

/** A reception day the unit held (a DialogueSession of kind RECEPTION_DAY, status HELD). */
export type ReceptionDayFact = { unitId: string; startsAt: Date };

export type MediationFact = { unitId: string; openedAt: Date; outcomeAt: Date | null; status: string; disputeType: string };
export type TeamFact = { unitId: string; members: number };

export type UnitFacts = {
  receptions: ReceptionFact[];
  receptionDays: ReceptionDayFact[];
  receipts: Receipt[];
  mediations: MediationFact[];
  teams: TeamFact[];
};

export const noFacts = (): UnitFacts => ({ receptions: [], receptionDays: [], receipts: [], mediations: [], teams: [] });

/** People in one visit from which it is a group visit (Luật Tiếp công dân 2013, art. 29: "từ năm người"). */
export const GROUP_VISIT_FROM = 5;
export const isGroupVisit = (peopleCount: number) => peopleCount >= GROUP_VISIT_FROM;

/**
 * Decline reasons that make a petition not fit to be handled (đơn không đủ
 * điều kiện xử lý): it is processed, but is neither within nor outside the
 * unit's competence. A petition declined as NOT_COMPETENT is fit to be handled
 * and outside the unit's competence: the decline tells the citizen where to
 * go (guided, hướng dẫn).
 */
export const unfitDeclineCodes = ["ALREADY_RESOLVED", "ANONYMOUS_OR_FAKE", "OUT_OF_TIME", "NOT_ELIGIBLE", "WITHDRAWN_BEFORE", "OTHER"] as const;

const within = (d: Date, w: Window) => d.getTime() >= w.from.getTime() && d.getTime() <= w.to.getTime();
const before = (d: Date, w: Window) => d.getTime() < w.from.getTime();
const byEnd = (d: Date | undefined | null, w: Window) => !!d && d.getTime() <= w.to.getTime();
const count = <T>(xs: readonly T[], p: (x: T) => boolean) => xs.reduce((n, x) => n + (p(x) ? 1 : 0), 0);
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);
const localDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

// ───────────────────────── citizen reception (01/TCD) ─────────────────────────
// A visit (lượt tiếp) is one register line; its matter (vụ việc) is one per line,
// received for the first time or again (repeatVisit); its people are peopleCount.

type Mode = "REGULAR" | "HEAD" | "DELEGATED";
const visits = (f: UnitFacts, w: Window, mode: Mode, group = false) =>
  f.receptions.filter((r) => r.receptionKind === mode && within(r.receivedAt, w) && (!group || isGroupVisit(r.peopleCount)));

function receptionCells(mode: Mode) {
  return {
    visits: (f: UnitFacts, w: Window) => visits(f, w, mode).length,
    people: (f: UnitFacts, w: Window) => sum(visits(f, w, mode), (r) => r.peopleCount),
    firstTime: (f: UnitFacts, w: Window) => count(visits(f, w, mode), (r) => !r.repeatVisit),
    repeated: (f: UnitFacts, w: Window) => count(visits(f, w, mode), (r) => r.repeatVisit),
    groups: (f: UnitFacts, w: Window) => visits(f, w, mode, true).length,
    groupPeople: (f: UnitFacts, w: Window) => sum(visits(f, w, mode, true), (r) => r.peopleCount),
    groupFirstTime: (f: UnitFacts, w: Window) => count(visits(f, w, mode, true), (r) => !r.repeatVisit),
    groupRepeated: (f: UnitFacts, w: Window) => count(visits(f, w, mode, true), (r) => r.repeatVisit),
  };
}

/**
 * Reception days (kỳ tiếp): the distinct local days on which the head (or the
 * person on the head's behalf) received citizens, counting a held reception
 * day at which nobody came for the head.
 */
function receptionDays(f: UnitFacts, w: Window, mode: "HEAD" | "DELEGATED"): number {
  const days = new Set(visits(f, w, mode).map((r) => localDay(r.receivedAt)));
  if (mode === "HEAD") for (const s of f.receptionDays) if (within(s.startsAt, w)) days.add(localDay(s.startsAt));
  return days.size;
}

const regular = receptionCells("REGULAR");
const head = receptionCells("HEAD");
const delegated = receptionCells("DELEGATED");

// ──────────────────────── petitions received (02/XLD) ────────────────────────
// The petitions of the form are the unit's receipts (receipts.ts): carried over
// (received before the period and not yet decided when it began) or received in it.

const carriedOver = (r: Receipt, w: Window) => before(r.receivedAt, w) && (!r.triage || !before(r.triage.at, w));
const receivedIn = (r: Receipt, w: Window) => within(r.receivedAt, w);
const inForm = (r: Receipt, w: Window) => carriedOver(r, w) || receivedIn(r, w);
/** Processed: the unit decided (accepted, declined or transferred) by the end of the period. */
const processed = (r: Receipt, w: Window) => inForm(r, w) && !!r.triage && r.triage.outcome !== "withdrawn" && byEnd(r.triage.at, w);
const fit = (r: Receipt, w: Window) =>
  processed(r, w) && !(r.triage!.outcome === "declined" && (unfitDeclineCodes as readonly string[]).includes(r.triage!.declineCode ?? "OTHER"));
const competent = (r: Receipt, w: Window) => fit(r, w) && r.triage!.outcome === "accepted";
const guided = (r: Receipt, w: Window) => fit(r, w) && r.triage!.outcome === "declined";
const transferred = (r: Receipt, w: Window) => fit(r, w) && r.triage!.outcome === "transferred";
const isPetitionOrFeedback = (r: Receipt) => r.kind === "PETITION" || r.kind === "FEEDBACK";

// ───────────────── resolving complaints and denunciations (03/GQKN, 04/GQTC) ─────────────────
// The unit's accepted petitions of the kind: carried over (accepted before the period,
// not finished when it began) or accepted in it; then how they ended by its close.

function resolutionCells(kind: "COMPLAINT" | "DENUNCIATION") {
  const accepted = (r: Receipt) => r.kind === kind && r.triage?.outcome === "accepted";
  const carried = (r: Receipt, w: Window) => accepted(r) && before(r.triage!.at, w) && (!r.end || !before(r.end.at, w));
  const acceptedIn = (r: Receipt, w: Window) => accepted(r) && within(r.triage!.at, w);
  const handled = (r: Receipt, w: Window) => carried(r, w) || acceptedIn(r, w);
  const endedAs = (r: Receipt, w: Window, outcome: string) => handled(r, w) && r.end?.outcome === outcome && byEnd(r.end.at, w);
  const pending = (r: Receipt, w: Window) => handled(r, w) && (!r.end || !byEnd(r.end.at, w));
  return {
    carried: (f: UnitFacts, w: Window) => count(f.receipts, (r) => carried(r, w)),
    acceptedIn: (f: UnitFacts, w: Window) => count(f.receipts, (r) => acceptedIn(r, w)),
    total: (f: UnitFacts, w: Window) => count(f.receipts, (r) => handled(r, w)),
    matters: (f: UnitFacts, w: Window) => new Set(f.receipts.filter((r) => handled(r, w)).map((r) => r.caseId)).size,
    withdrawn: (f: UnitFacts, w: Window) => count(f.receipts, (r) => endedAs(r, w, "withdrawn")),
    resolved: (f: UnitFacts, w: Window) => count(f.receipts, (r) => endedAs(r, w, "resolved")),
    resolvedFirstInstance: (f: UnitFacts, w: Window) => count(f.receipts, (r) => endedAs(r, w, "resolved") && r.instance === 1),
    resolvedSecondInstance: (f: UnitFacts, w: Window) => count(f.receipts, (r) => endedAs(r, w, "resolved") && r.instance >= 2),
    onTime: (f: UnitFacts, w: Window) => count(f.receipts, (r) => endedAs(r, w, "resolved") && r.end!.onTime === true),
    late: (f: UnitFacts, w: Window) => count(f.receipts, (r) => endedAs(r, w, "resolved") && r.end!.onTime === false),
    pending: (f: UnitFacts, w: Window) => count(f.receipts, (r) => pending(r, w)),
    /** Still being resolved at the close of the period, past the deadline in force then. */
    pendingOverdue: (f: UnitFacts, w: Window) =>
      count(f.receipts, (r) => {
        if (!pending(r, w)) return false;
        const due = deadlineAt(r, w.to);
        return !!due && due.getTime() < w.to.getTime();
      }),
  };
}

const complaints = resolutionCells("COMPLAINT");
const denunciations = resolutionCells("DENUNCIATION");

// ──────────────────────────── grassroots mediation ────────────────────────────
// A mediation is carried over (opened before the period, no outcome when it
// began) or opened in it; its outcome counts when reached by the close.

const medInForm = (m: MediationFact, w: Window) => within(m.openedAt, w) || (before(m.openedAt, w) && (!m.outcomeAt || !before(m.outcomeAt, w)));
const medOutcome = (status: string) => (f: UnitFacts, w: Window) =>
  count(f.mediations, (m) => medInForm(m, w) && m.status === status && byEnd(m.outcomeAt, w));
const medType = (type: string) => (f: UnitFacts, w: Window) => count(f.mediations, (m) => medInForm(m, w) && m.disputeType === type);

export const cells = {
  // 01/TCD
  "tcd.regular.visits": regular.visits,
  "tcd.regular.people": regular.people,
  "tcd.regular.firstTime": regular.firstTime,
  "tcd.regular.repeated": regular.repeated,
  "tcd.regular.groups": regular.groups,
  "tcd.regular.groupPeople": regular.groupPeople,
  "tcd.regular.groupFirstTime": regular.groupFirstTime,
  "tcd.regular.groupRepeated": regular.groupRepeated,
  "tcd.head.days": (f: UnitFacts, w: Window) => receptionDays(f, w, "HEAD"),
  "tcd.head.visits": head.visits,
  "tcd.head.people": head.people,
  "tcd.head.firstTime": head.firstTime,
  "tcd.head.repeated": head.repeated,
  "tcd.head.groups": head.groups,
  "tcd.head.groupPeople": head.groupPeople,
  "tcd.head.groupFirstTime": head.groupFirstTime,
  "tcd.head.groupRepeated": head.groupRepeated,
  "tcd.delegated.days": (f: UnitFacts, w: Window) => receptionDays(f, w, "DELEGATED"),
  "tcd.delegated.visits": delegated.visits,
  "tcd.delegated.people": delegated.people,
  "tcd.delegated.firstTime": delegated.firstTime,
  "tcd.delegated.repeated": delegated.repeated,
  "tcd.delegated.groups": delegated.groups,
  "tcd.delegated.groupPeople": delegated.groupPeople,
  "tcd.delegated.groupFirstTime": delegated.groupFirstTime,
  "tcd.delegated.groupRepeated": delegated.groupRepeated,
  // 02/XLD
  "xld.total": (f: UnitFacts, w: Window) => count(f.receipts, (r) => inForm(r, w)),
  "xld.carriedOver": (f: UnitFacts, w: Window) => count(f.receipts, (r) => carriedOver(r, w)),
  "xld.receivedIn": (f: UnitFacts, w: Window) => count(f.receipts, (r) => receivedIn(r, w)),
  "xld.processed": (f: UnitFacts, w: Window) => count(f.receipts, (r) => processed(r, w)),
  "xld.fit": (f: UnitFacts, w: Window) => count(f.receipts, (r) => fit(r, w)),
  /** One matter per case: the app does not merge petitions about the same matter. */
  "xld.fitMatters": (f: UnitFacts, w: Window) => new Set(f.receipts.filter((r) => fit(r, w)).map((r) => r.caseId)).size,
  "xld.fit.complaints": (f: UnitFacts, w: Window) => count(f.receipts, (r) => fit(r, w) && r.kind === "COMPLAINT"),
  "xld.fit.denunciations": (f: UnitFacts, w: Window) => count(f.receipts, (r) => fit(r, w) && r.kind === "DENUNCIATION"),
  "xld.fit.petitions": (f: UnitFacts, w: Window) => count(f.receipts, (r) => fit(r, w) && isPetitionOrFeedback(r)),
  "xld.competent": (f: UnitFacts, w: Window) => count(f.receipts, (r) => competent(r, w)),
  "xld.competent.complaints": (f: UnitFacts, w: Window) => count(f.receipts, (r) => competent(r, w) && r.kind === "COMPLAINT"),
  "xld.competent.denunciations": (f: UnitFacts, w: Window) => count(f.receipts, (r) => competent(r, w) && r.kind === "DENUNCIATION"),
  "xld.competent.petitions": (f: UnitFacts, w: Window) => count(f.receipts, (r) => competent(r, w) && isPetitionOrFeedback(r)),
  "xld.notCompetent": (f: UnitFacts, w: Window) => count(f.receipts, (r) => guided(r, w) || transferred(r, w)),
  "xld.guided": (f: UnitFacts, w: Window) => count(f.receipts, (r) => guided(r, w)),
  "xld.transferred": (f: UnitFacts, w: Window) => count(f.receipts, (r) => transferred(r, w)),
  // 03/GQKN
  "kn.carried": complaints.carried,
  "kn.acceptedIn": complaints.acceptedIn,
  "kn.total": complaints.total,
  "kn.matters": complaints.matters,
  "kn.withdrawn": complaints.withdrawn,
  "kn.resolved": complaints.resolved,
  "kn.firstInstance": complaints.resolvedFirstInstance,
  "kn.secondInstance": complaints.resolvedSecondInstance,
  "kn.onTime": complaints.onTime,
  "kn.late": complaints.late,
  "kn.pending": complaints.pending,
  "kn.pendingOverdue": complaints.pendingOverdue,
  // 04/GQTC
  "tc.carried": denunciations.carried,
  "tc.acceptedIn": denunciations.acceptedIn,
  "tc.total": denunciations.total,
  "tc.matters": denunciations.matters,
  "tc.withdrawn": denunciations.withdrawn,
  "tc.resolved": denunciations.resolved,
  "tc.onTime": denunciations.onTime,
  "tc.late": denunciations.late,
  "tc.pending": denunciations.pending,
  "tc.pendingOverdue": denunciations.pendingOverdue,
  // Grassroots mediation
  "hg.teams": (f: UnitFacts) => f.teams.length,
  "hg.mediators": (f: UnitFacts) => sum(f.teams, (t) => t.members),
  "hg.total": (f: UnitFacts, w: Window) => count(f.mediations, (m) => medInForm(m, w)),
  "hg.carried": (f: UnitFacts, w: Window) => count(f.mediations, (m) => before(m.openedAt, w) && medInForm(m, w)),
  "hg.openedIn": (f: UnitFacts, w: Window) => count(f.mediations, (m) => within(m.openedAt, w)),
  "hg.agreed": medOutcome("AGREED"),
  "hg.notAgreed": medOutcome("NOT_AGREED"),
  "hg.withdrawn": medOutcome("WITHDRAWN"),
  "hg.ongoing": (f: UnitFacts, w: Window) => count(f.mediations, (m) => medInForm(m, w) && (!m.outcomeAt || !byEnd(m.outcomeAt, w))),
  "hg.type.land": medType("LAND"),
  "hg.type.family": medType("FAMILY"),
  "hg.type.neighbourhood": medType("NEIGHBOURHOOD"),
  "hg.type.civilDebt": medType("CIVIL_DEBT"),
  "hg.type.other": medType("OTHER"),
} satisfies Record<string, (f: UnitFacts, w: Window) => number>;

export type CellKey = keyof typeof cells;
