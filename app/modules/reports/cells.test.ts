import { describe, expect, test } from "vitest";
import { startOfLocalDay, endOfLocalDay } from "~/modules/deadlines/calendar";
import { cells, noFacts, type CellKey, type UnitFacts, type Window } from "./cells";
import { formRows, forms, headerGrid, leavesOf, numberLabel, unknownColumns, valuesOf, type UnitRow } from "./forms";
import type { Receipt, TriageOutcome } from "./receipts";

/**
 * A hand-built data set with the answers worked out by hand: a province P
 * with communes A and B, and a village office A1 under A, over "Quý IV/2026"
 * (15/9–14/12/2026). Each figure below says which records it counts.
 */
const w: Window = { from: startOfLocalDay("2026-09-15"), to: endOfLocalDay("2026-12-14") };
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+07:00`);

const reception = (unitId: string, day: string, receptionKind: string, peopleCount: number, repeatVisit = false) => ({ unitId, receivedAt: at(day), receptionKind, peopleCount, repeatVisit });

type Opts = Partial<Omit<Receipt, "triage">> & { triage?: [TriageOutcome, string, string?] };

function receipt(id: string, unitId: string, kind: string, received: string, opts: Opts = {}): Receipt {
  const { triage, ...rest } = opts;
  return {
    caseId: id,
    unitId,
    kind,
    instance: 1,
    anonymous: false,
    receivedAt: at(received),
    triage: triage ? { outcome: triage[0], at: at(triage[1]), declineCode: triage[2] ?? null } : null,
    end: null,
    deadlines: [],
    ...rest,
  };
}

const A: UnitFacts = {
  receptions: [
    reception("A", "2026-10-01", "REGULAR", 1), // r1
    reception("A", "2026-10-02", "REGULAR", 6), // r2: a group of 6
    reception("A", "2026-10-05", "HEAD", 1, true), // r3
    reception("A", "2026-10-05", "HEAD", 7, true), // r4: a group of 7, same day as r3
    reception("A", "2026-11-03", "DELEGATED", 2), // r5
    reception("A", "2026-09-14", "REGULAR", 3), // before the period
    reception("A", "2026-12-15", "REGULAR", 3), // after it
  ],
  receptionDays: [{ unitId: "A", startsAt: at("2026-10-12", 8) }, { unitId: "A", startsAt: at("2026-10-05", 8) }],
  receipts: [
    // c1: received before the period, accepted in it, resolved on time
    receipt("c1", "A", "COMPLAINT", "2026-09-01", { triage: ["accepted", "2026-09-20"], end: { outcome: "resolved", at: at("2026-10-20"), onTime: true } }),
    // c2: accepted before the period, still being resolved, deadline passed
    receipt("c2", "A", "DENUNCIATION", "2026-08-01", { triage: ["accepted", "2026-08-05"], deadlines: [{ at: at("2026-08-05"), dueAt: at("2026-09-04", 23) }] }),
    receipt("c3", "A", "PETITION", "2026-10-03", { triage: ["declined", "2026-10-04", "NOT_COMPETENT"] }), // guided
    receipt("c4", "A", "FEEDBACK", "2026-10-05", { triage: ["declined", "2026-10-06", "ANONYMOUS_OR_FAKE"] }), // not fit
    receipt("c5", "A", "PETITION", "2026-10-07", { triage: ["transferred", "2026-10-08"] }), // forwarded to B
    receipt("c6", "A", "COMPLAINT", "2026-12-01"), // waiting
    // c7: a second-instance complaint, accepted, then withdrawn
    receipt("c7", "A", "COMPLAINT", "2026-09-16", { instance: 2, triage: ["accepted", "2026-09-18"], end: { outcome: "withdrawn", at: at("2026-10-01"), onTime: null } }),
    receipt("c8", "A", "FEEDBACK", "2026-10-10", { triage: ["withdrawn", "2026-10-11"] }), // withdrawn before any decision
    receipt("c9", "A", "COMPLAINT", "2026-12-10", { triage: ["accepted", "2026-12-20"] }), // accepted after the period
  ],
  mediations: [
    { unitId: "A", openedAt: at("2026-09-01"), outcomeAt: at("2026-09-30"), status: "AGREED", disputeType: "LAND" }, // m1 carried over, agreed
    { unitId: "A", openedAt: at("2026-10-10"), outcomeAt: at("2026-12-20"), status: "NOT_AGREED", disputeType: "FAMILY" }, // m2 outcome after the period
    { unitId: "A", openedAt: at("2026-11-01"), outcomeAt: null, status: "OPEN", disputeType: "NEIGHBOURHOOD" }, // m3
    { unitId: "A", openedAt: at("2026-08-01"), outcomeAt: at("2026-08-15"), status: "WITHDRAWN", disputeType: "OTHER" }, // m4 over before
  ],
  teams: [
    { unitId: "A", members: 3 },
    { unitId: "A", members: 4 },
  ],
};

const A1: UnitFacts = {
  ...noFacts(),
  receptions: [reception("A1", "2026-10-10", "REGULAR", 5)],
  receipts: [
    // c10: accepted, extended past the period's end: pending, not overdue
    receipt("c10", "A1", "DENUNCIATION", "2026-10-01", {
      triage: ["accepted", "2026-10-02"],
      deadlines: [
        { at: at("2026-10-02"), dueAt: at("2026-11-01", 23) },
        { at: at("2026-10-25"), dueAt: at("2026-12-31", 23) },
      ],
    }),
    // c11: accepted long before, resolved late in the period
    receipt("c11", "A1", "COMPLAINT", "2026-05-20", { triage: ["accepted", "2026-06-01"], end: { outcome: "resolved", at: at("2026-09-20"), onTime: false } }),
  ],
};

const B: UnitFacts = {
  ...noFacts(),
  receptions: [reception("B", "2026-11-20", "HEAD", 1)],
  receipts: [receipt("c5", "B", "PETITION", "2026-10-08", { triage: ["accepted", "2026-10-09"] })],
};

const cell = (key: CellKey, f: UnitFacts) => cells[key](f, w);

describe("citizen reception (01/TCD): visits, people, matters, groups", () => {
  test.each<[CellKey, number, string]>([
    ["tcd.regular.visits", 2, "r1, r2 (r6 and r7 are outside the period)"],
    ["tcd.regular.people", 7, "1 + 6"],
    ["tcd.regular.firstTime", 2, "r1, r2"],
    ["tcd.regular.repeated", 0, ""],
    ["tcd.regular.groups", 1, "r2: 6 people ≥ 5"],
    ["tcd.regular.groupPeople", 6, "r2"],
    ["tcd.regular.groupFirstTime", 1, "r2"],
    ["tcd.head.days", 2, "5/10 (r3, r4 and a held reception day) and 12/10 (a held reception day nobody came to)"],
    ["tcd.head.visits", 2, "r3, r4"],
    ["tcd.head.people", 8, "1 + 7"],
    ["tcd.head.repeated", 2, "r3, r4"],
    ["tcd.head.groups", 1, "r4"],
    ["tcd.head.groupRepeated", 1, "r4"],
    ["tcd.delegated.days", 1, "3/11"],
    ["tcd.delegated.visits", 1, "r5"],
    ["tcd.delegated.people", 2, "r5"],
    ["tcd.delegated.groups", 0, "r5 is 2 people"],
  ])("%s = %i (%s)", (key, expected) => {
    expect(cell(key, A)).toBe(expected);
  });
});

describe("petitions received and handled (02/XLD)", () => {
  test.each<[CellKey, number, string]>([
    ["xld.carriedOver", 1, "c1: received 1/9, decided 20/9 (c2 was decided before the period)"],
    ["xld.receivedIn", 7, "c3–c9"],
    ["xld.total", 8, "carried over + received"],
    ["xld.processed", 5, "c1, c3, c4, c5, c7 (c6 and c9 not decided by 14/12, c8 withdrawn)"],
    ["xld.fit", 4, "processed except c4 (anonymous)"],
    ["xld.fitMatters", 4, "one case each"],
    ["xld.fit.complaints", 2, "c1, c7"],
    ["xld.fit.denunciations", 0, ""],
    ["xld.fit.petitions", 2, "c3, c5"],
    ["xld.competent", 2, "accepted: c1, c7"],
    ["xld.competent.complaints", 2, "c1, c7"],
    ["xld.notCompetent", 2, "c3 guided, c5 forwarded"],
    ["xld.guided", 1, "c3"],
    ["xld.transferred", 1, "c5"],
  ])("%s = %i (%s)", (key, expected) => {
    expect(cell(key, A)).toBe(expected);
  });

  test("the form's own identities hold: 9 = 11+12+13 = 18+22, 18 = 19+20+21", () => {
    const v = valuesOf(forms["02-XLD"], A, w);
    expect(v[9]).toBe(v[11]! + v[12]! + v[13]!);
    expect(v[9]).toBe(v[18]! + v[22]!);
    expect(v[18]).toBe(v[19]! + v[20]! + v[21]!);
    expect(v[22]).toBe(v[23]! + v[24]!);
  });

  test("a transferred petition is received again by the unit it went to", () => {
    expect(cell("xld.receivedIn", B)).toBe(1);
    expect(cell("xld.competent.petitions", B)).toBe(1);
  });
});

describe("resolving complaints (03/GQKN) and denunciations (04/GQTC)", () => {
  test.each<[CellKey, UnitFacts, number, string]>([
    ["kn.carried", A, 0, "no complaint accepted before the period is unfinished at A"],
    ["kn.acceptedIn", A, 2, "c1, c7 (c9 accepted after the period)"],
    ["kn.total", A, 2, ""],
    ["kn.withdrawn", A, 1, "c7"],
    ["kn.resolved", A, 1, "c1"],
    ["kn.firstInstance", A, 1, "c1"],
    ["kn.secondInstance", A, 0, "c7 was withdrawn, not resolved"],
    ["kn.onTime", A, 1, "c1"],
    ["kn.pending", A, 0, ""],
    ["kn.carried", A1, 1, "c11: accepted 1/6, resolved 20/9"],
    ["kn.late", A1, 1, "c11"],
    ["tc.carried", A, 1, "c2"],
    ["tc.pending", A, 1, "c2"],
    ["tc.pendingOverdue", A, 1, "c2: due 4/9"],
    ["tc.acceptedIn", A1, 1, "c10"],
    ["tc.pending", A1, 1, "c10"],
    ["tc.pendingOverdue", A1, 0, "c10: extended to 31/12, in force on 14/12"],
  ])("%s = %i (%s)", (key, facts, expected) => {
    expect(cell(key, facts)).toBe(expected);
  });
});

describe("grassroots mediation", () => {
  test.each<[CellKey, number, string]>([
    ["hg.teams", 2, ""],
    ["hg.mediators", 7, "3 + 4"],
    ["hg.carried", 1, "m1"],
    ["hg.openedIn", 2, "m2, m3 (m4 ended before)"],
    ["hg.total", 3, ""],
    ["hg.agreed", 1, "m1"],
    ["hg.notAgreed", 0, "m2's outcome came after 14/12"],
    ["hg.ongoing", 2, "m2, m3"],
    ["hg.type.land", 1, "m1"],
    ["hg.type.family", 1, "m2"],
    ["hg.type.other", 0, "m4 is not in the period"],
  ])("%s = %i (%s)", (key, expected) => {
    expect(cell(key, A)).toBe(expected);
  });
});

describe("the forms roll up the unit tree", () => {
  const units: UnitRow[] = [
    { unitId: "P", code: "P", name: "Tỉnh", path: "/P/", parentId: null },
    { unitId: "A", code: "A", name: "Xã A", path: "/P/A/", parentId: "P" },
    { unitId: "A1", code: "A1", name: "Thôn A1", path: "/P/A/A1/", parentId: "A" },
    { unitId: "B", code: "B", name: "Xã B", path: "/P/B/", parentId: "P" },
  ];
  const facts = new Map([
    ["A", A],
    ["A1", A1],
    ["B", B],
  ]);

  test("01/TCD at the commune: its own row, the village's, and the total", () => {
    const { rows, total } = formRows(forms["01-TCD"], units[1]!, units, facts, w);
    expect(rows.map((r) => [r.unitCode, r.own])).toEqual([
      ["A", true],
      ["A1", false],
    ]);
    // Column 1 = 4 + 13 + 22: A has 2 + 2 + 1 visits, A1 one.
    expect(rows[0]!.values[1]).toBe(5);
    expect(rows[0]!.values[2]).toBe(17); // 7 + 8 + 2 people
    expect(rows[0]!.values[3]).toBe(5); // 2 + 0 + 0 + 2 + 1 + 0 matters
    expect(rows[1]!.values[1]).toBe(1);
    expect(total[1]).toBe(6);
    expect(total[8]).toBe(2); // groups received regularly: r2 and A1's group of 5
    expect(total[9]).toBe(11);
  });

  test("01/TCD at the province: the commune's row is its subtree, the total everything", () => {
    const { rows, total } = formRows(forms["01-TCD"], units[0]!, units, facts, w);
    expect(rows.map((r) => r.unitCode)).toEqual(["P", "A", "B"]);
    expect(rows[0]!.values[1]).toBe(0);
    expect(rows[1]!.values[1]).toBe(6);
    expect(rows[2]!.values[13]).toBe(1);
    expect(total[1]).toBe(7);
    expect(total[12]).toBe(3); // head's reception days: 2 at A, 1 at B
  });

  test("02/XLD at the province: unknown columns stay empty when summed", () => {
    const { rows, total } = formRows(forms["02-XLD"], units[0]!, units, facts, w);
    // A: 8; A1: c10 (c11 was accepted before the period); B: c5 after its transfer.
    expect(rows.find((r) => r.unitCode === "A")!.values[1]).toBe(9);
    expect(total[1]).toBe(10);
    expect(total[24]).toBe(1);
    expect(total[2]).toBeNull();
  });
});

describe("form layout", () => {
  test.each(Object.values(forms).map((f) => [f.id, f] as const))("%s: columns numbered 1…n in order, every cell defined", (_id, def) => {
    const leaves = leavesOf(def.columns);
    expect(leaves.map((l) => l.no)).toEqual(leaves.map((_, i) => i + 1));
    for (const l of leaves) if ("cell" in l) expect(cells[l.cell]).toBeTypeOf("function");
    for (const l of leaves) if ("sumOf" in l) for (const n of l.sumOf) expect(n).toBeLessThanOrEqual(leaves.length);
  });

  test("01/TCD's header: groups span their columns, leaves reach down to the number row", () => {
    const grid = headerGrid(forms["01-TCD"]);
    expect(grid.depth).toBe(4);
    expect(grid.width).toBe(30);
    const regular = grid.cells.find((c) => c.label === "regularReception")!;
    expect(regular).toMatchObject({ row: 0, col: 4, colSpan: 8, rowSpan: 1 });
    const headVisits = grid.cells.find((c) => c.leaf?.no === 13)!;
    expect(headVisits).toMatchObject({ row: 2, col: 13, rowSpan: 2, colSpan: 1 });
    expect(grid.cells.find((c) => c.leaf?.no === 1)).toMatchObject({ row: 0, rowSpan: 4 });
    expect(numberLabel(grid.cells.find((c) => c.leaf?.no === 3)!.leaf!)).toBe("3=6+7+15+16+24+25");
  });

  test("the columns the app cannot know are listed with their reason", () => {
    expect(unknownColumns(forms["02-XLD"]).map((c) => c.no)).toEqual([2, 3, 4, 5, 6, 7, 14, 15, 16, 17, 25, 26]);
    expect(unknownColumns(forms["01-TCD"])).toEqual([]);
    const v = valuesOf(forms["02-XLD"], A, w);
    expect(v[2]).toBeNull();
    expect(v[27]).toBeNull(); // notes
  });
});
