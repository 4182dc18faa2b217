import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fileCase } from "~/modules/cases/filing.server";
import { applyTransition } from "~/modules/cases/transitions.server";
import { buildWorld, staffActor, version } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { audienceFor } from "./access.server";
import { vnStartOfDay } from "./days";
import { assignMediators, openByMediator, recordFollowUp, recordOutcome, recordSession, referCase, requestOnline, turnIntoCase } from "./mediations.server";
import { mediationOverview } from "./overview.server";
import { mediationView } from "./view.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
let tohieuTeam: { id: string };
let otherTeam: { id: string };
let otherMediator: { id: string };

beforeAll(async () => {
  world = await buildWorld();
  tohieuTeam = await db.mediationTeam.findFirstOrThrow({ where: { members: { some: { userId: world.users.mediator.id } } } });
  const chiengan = await world.unit("CHIENGAN");
  ({ otherTeam, otherMediator } = await write(async (tx) => {
    const otherMediator = await tx.user.create({
      data: { fullName: "Cầm Thị Hòa Giải", nameSearch: "cam thi hoa giai", email: "hoagiai.chiengan@test.local", role: "MEDIATOR", unitId: chiengan.id, passwordHash: "x" },
    });
    const otherTeam = await tx.mediationTeam.create({ data: { unitId: chiengan.id, areaName: "Bản Giảng Lắc", members: { create: [{ userId: otherMediator.id, isLeader: true }] } } });
    return { otherTeam, otherMediator };
  }));
});
afterAll(() => db.$disconnect());

async function acceptedCase(title: string) {
  const unit = await world.unit("TOHIEU");
  const filed = await fileCase(
    { kind: "PETITION", title, description: `${title}: hai hộ tranh chấp lối đi chung, đề nghị phường giải quyết.`, categoryId: world.category.id, unitId: unit.id, submissionToken: randomBytes(12).toString("base64url") },
    { kind: "citizen", user: world.users.citizen2 },
    [],
  );
  if (!filed.ok) throw new Error("filing failed");
  const accepted = await applyTransition(filed.caseId, { action: "accept", actor: staffActor(world.users.reception), version: await version(filed.caseId) });
  expect(accepted.ok).toBe(true);
  return filed;
}

async function mediationByCode(code: string) {
  return db.mediation.findUniqueOrThrow({ where: { code }, include: { parties: { orderBy: { id: "asc" } }, _count: { select: { sessions: true } } } });
}

describe("referral from a case and the outcome on its timeline", () => {
  test("the case keeps its status and unit; the mediator holds sessions and records an agreement that the case's timeline shows", async () => {
    const c = await acceptedCase("Tranh chấp lối đi chung ngõ 7");
    const before = await db.case.findUniqueOrThrow({ where: { id: c.caseId } });

    // A stale version of the case is refused, nothing is opened.
    expect(await referCase(world.users.reception, c.caseId, { version: before.version - 1, teamId: tohieuTeam.id, disputeType: "NEIGHBOURHOOD", respondentName: "Lò Văn Bên" })).toEqual({ ok: false, error: "conflict" });
    // A team of another commune is not the case's.
    expect(await referCase(world.users.reception, c.caseId, { version: before.version, teamId: otherTeam.id, disputeType: "NEIGHBOURHOOD", respondentName: "Lò Văn Bên" })).toEqual({ ok: false, error: "bad-team" });
    expect(await db.mediation.count({ where: { caseId: c.caseId } })).toBe(0);

    const referred = await referCase(world.users.reception, c.caseId, { version: before.version, teamId: tohieuTeam.id, disputeType: "NEIGHBOURHOOD", respondentName: "Lò Văn Bên", respondentContact: "Ngõ 7" });
    if (!referred.ok) throw new Error(referred.error);
    const after = await db.case.findUniqueOrThrow({ where: { id: c.caseId } });
    expect(after.status).toBe(before.status);
    expect(after.unitId).toBe(before.unitId);
    expect(after.version).toBe(before.version + 1);
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: c.caseId, type: "MEDIATION_REFERRED" } });
    expect(event.visibility).toBe("PUBLIC");
    expect(event.note).toContain(referred.code);
    // Referring twice while it is open is refused.
    expect(await referCase(world.users.reception, c.caseId, { version: after.version, teamId: tohieuTeam.id, disputeType: "NEIGHBOURHOOD", respondentName: "X" })).toEqual({ ok: false, error: "already-referred" });

    let m = await mediationByCode(referred.code);
    expect(m.openedVia).toBe("REFERRAL");
    expect(m.parties.map((p) => [p.role, p.userId])).toEqual([
      ["APPLICANT", world.users.citizen2.id],
      ["RESPONDENT", null],
    ]);
    const mediator = world.users.mediator.id;
    const partyIds = m.parties.map((p) => p.id);

    // No session yet: an agreement is refused.
    const agreement = { status: "AGREED" as const, agreementTerms: "Hai bên dùng chung lối đi rộng 2 m.", executionTerms: "Dỡ hàng rào lấn lối đi trong 15 ngày.", confirmedPartyIds: partyIds };
    expect(await recordOutcome(m.id, mediator, m.version, agreement)).toEqual({ ok: false, error: "no-session" });

    expect((await assignMediators(m.id, mediator, m.version, [mediator])).ok).toBe(true);
    m = await mediationByCode(referred.code);
    expect(await recordSession(m.id, mediator, m.version, { heldAt: new Date(), place: "Nhà văn hóa tổ 3", notes: "Lần 1: hai bên trình bày.", presentPartyIds: [partyIds[0]!] })).toEqual({ ok: true });
    // The same form sent twice: the second is a conflict, not a second session.
    expect(await recordSession(m.id, mediator, m.version, { heldAt: new Date(), place: "Nhà văn hóa tổ 3", notes: "Lần 1: hai bên trình bày.", presentPartyIds: [] })).toEqual({ ok: false, error: "conflict" });
    m = await mediationByCode(referred.code);
    expect(await recordSession(m.id, mediator, m.version, { heldAt: new Date(), place: "Nhà văn hóa tổ 3", notes: "Lần 2: thống nhất.", presentPartyIds: partyIds })).toEqual({ ok: true });
    m = await mediationByCode(referred.code);
    expect(m._count.sessions).toBe(2);

    expect(await recordOutcome(m.id, mediator, m.version, { ...agreement, confirmedPartyIds: [partyIds[0]!] })).toEqual({ ok: false, error: "confirmations-missing" });
    expect(await recordOutcome(m.id, mediator, m.version, { ...agreement, agreementTerms: "" })).toEqual({ ok: false, error: "terms-required" });
    expect(await recordOutcome(m.id, mediator, m.version, agreement)).toEqual({ ok: true });

    m = await mediationByCode(referred.code);
    expect(m.status).toBe("AGREED");
    expect(m.outcomeDays).toBe(0);
    expect(m.parties.every((p) => p.confirmedAt)).toBe(true);
    const outcome = await db.caseEvent.findFirstOrThrow({ where: { caseId: c.caseId, type: "MEDIATION_AGREED" } });
    expect(outcome.visibility).toBe("PUBLIC");
    expect(outcome.note).toContain("Hai bên dùng chung lối đi rộng 2 m.");
    expect((await db.case.findUniqueOrThrow({ where: { id: c.caseId } })).status).toBe(before.status);
    // The applicant (the case's citizen) is told.
    expect(await db.notification.count({ where: { userId: world.users.citizen2.id, type: "MEDIATION_OUTCOME" } })).toBe(1);

    // Follow-up: broken → a case in one step, once.
    expect(await recordFollowUp(m.id, mediator, m.version, { checkedAt: new Date(), status: "BROKEN", note: "Hàng rào chưa dỡ." })).toEqual({ ok: true });
    m = await mediationByCode(referred.code);
    const turned = await turnIntoCase(m.id, mediator, m.version);
    if (!turned.ok) throw new Error(turned.error);
    const newCase = await db.case.findUniqueOrThrow({ where: { code: turned.caseCode }, include: { fromMediation: true } });
    expect(newCase.kind).toBe("PETITION");
    expect(newCase.unitId).toBe(before.unitId);
    expect(newCase.citizenId).toBe(world.users.citizen2.id);
    expect(newCase.description).toContain("Hai bên dùng chung lối đi rộng 2 m.");
    expect(newCase.fromMediation.map((x) => x.code)).toEqual([referred.code]);
    m = await mediationByCode(referred.code);
    expect(await turnIntoCase(m.id, mediator, m.version)).toEqual({ ok: false, error: "already-a-case" });
  });

  test("a denunciation cannot be referred", async () => {
    const c = await acceptedCase("Lấn chiếm đất công");
    await write((tx) => tx.case.update({ where: { id: c.caseId }, data: { kind: "DENUNCIATION" } }));
    const v = await version(c.caseId);
    expect(await referCase(world.users.reception, c.caseId, { version: v, teamId: tohieuTeam.id, disputeType: "LAND", respondentName: "X" })).toEqual({ ok: false, error: "case-not-referable" });
  });
});

describe("who may do what", () => {
  test("a mediator of another team is refused and nothing is written", async () => {
    const opened = await openByMediator(world.users.mediator.id, {
      teamId: tohieuTeam.id,
      disputeType: "CIVIL_DEBT",
      description: "Vay 20 triệu đồng chưa trả.",
      parties: [
        { role: "APPLICANT", name: "A", contact: "0912000111" },
        { role: "RESPONDENT", name: "B", contact: "0912000222" },
      ],
      mediatorIds: [],
      submissionToken: randomBytes(12).toString("base64url"),
    });
    if (!opened.ok) throw new Error(opened.error);
    const m = await mediationByCode(opened.code);
    const auditsBefore = await db.auditLog.count({ where: { targetId: m.id } });
    expect(await recordSession(m.id, otherMediator.id, m.version, { heldAt: new Date(), place: "x", notes: "x", presentPartyIds: [] })).toEqual({ ok: false, error: "forbidden" });
    expect(await recordOutcome(m.id, otherMediator.id, m.version, { status: "WITHDRAWN" })).toEqual({ ok: false, error: "forbidden" });
    const after = await mediationByCode(opened.code);
    expect(after.version).toBe(m.version);
    expect(after.status).toBe("OPEN");
    expect(after._count.sessions).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: m.id } })).toBe(auditsBefore);
    // …nor may they open one for a team that is not theirs.
    const foreign = await openByMediator(otherMediator.id, { teamId: tohieuTeam.id, disputeType: "OTHER", description: "x", parties: [], mediatorIds: [], submissionToken: randomBytes(12).toString("base64url") });
    expect(foreign).toEqual({ ok: false, error: "forbidden" });
  });

  test("the team and the commune's staff see contacts; a party sees only their own; others are refused", async () => {
    const result = await requestOnline(
      { id: world.users.citizen.id, fullName: world.users.citizen.fullName },
      { teamId: tohieuTeam.id, disputeType: "FAMILY", description: "Chia tài sản sau ly hôn.", applicantContact: "0912000001", respondentName: "Nguyễn Văn Chồng", respondentContact: "0912999888", submissionToken: "request-token-0123456789" },
    );
    if (!result.ok) throw new Error(result.error);
    // A double submit opens one mediation.
    expect(await requestOnline({ id: world.users.citizen.id, fullName: "x" }, { teamId: tohieuTeam.id, disputeType: "FAMILY", description: "x", respondentName: "x", submissionToken: "request-token-0123456789" })).toEqual({ ok: true, code: result.code, duplicate: true });
    const m = await db.mediation.findUniqueOrThrow({ where: { code: result.code }, include: { team: { select: { unit: { select: { id: true, path: true } } } }, parties: true } });
    const asSession = (u: (typeof world.users)[keyof typeof world.users]) => ({ ...u, sessionId: "s", unread: 0, unit: u.unit ? { id: u.unit.id, name: u.unit.name, path: u.unit.path, code: u.unit.code } : null });
    expect(await audienceFor(asSession(world.users.mediator), m)).toBe("team");
    expect(await audienceFor(asSession(world.users.reception), m)).toBe("staff");
    expect(await audienceFor(asSession(world.users.citizen), m)).toBe("party");
    expect(await audienceFor(asSession(world.users.citizen2), m)).toBe("not-found");
    expect(await audienceFor(asSession(world.users.handlerChiengAn), m)).toBe("forbidden");
    expect(await audienceFor({ ...asSession(world.users.mediator), id: otherMediator.id }, m)).toBe("forbidden");

    const partyView = await mediationView(m.id, "party", world.users.citizen.id);
    expect(partyView.parties.map((p) => p.contact)).toEqual(["0912000001", null]);
    const teamView = await mediationView(m.id, "team", world.users.mediator.id);
    expect(teamView.parties.map((p) => p.contact)).toEqual(["0912000001", "0912999888"]);
  });
});

describe("overview", () => {
  test("figures per team, per dispute type and for the commune, on a hand-built data set", async () => {
    const unit = await world.unit("CHIENGAN");
    const at = (s: string) => new Date(s);
    const { teamA, teamB } = await write(async (tx) => ({
      teamA: await tx.mediationTeam.create({ data: { unitId: unit.id, areaName: "Tổ A" } }),
      teamB: await tx.mediationTeam.create({ data: { unitId: unit.id, areaName: "Tổ B" } }),
    }));
    const rows: [string, string, string, number | null, string][] = [
      // team, type, status, outcome days, opened at
      [teamA.id, "LAND", "AGREED", 4, "2026-03-02T02:00:00Z"],
      [teamA.id, "LAND", "NOT_AGREED", 10, "2026-03-05T02:00:00Z"],
      [teamA.id, "FAMILY", "AGREED", 2, "2026-03-10T02:00:00Z"],
      [teamA.id, "FAMILY", "OPEN", null, "2026-03-20T02:00:00Z"],
      [teamB.id, "LAND", "WITHDRAWN", 1, "2026-03-01T00:00:00+07:00"], // first instant of the period: in
      [teamB.id, "CIVIL_DEBT", "AGREED", 7, "2026-03-15T02:00:00Z"],
      [teamB.id, "OTHER", "OPEN", null, "2026-03-31T23:30:00+07:00"], // last evening of the period: in
      [teamB.id, "LAND", "AGREED", 3, "2026-02-28T23:59:00+07:00"], // before: out
      [teamA.id, "LAND", "AGREED", 3, "2026-04-01T00:10:00+07:00"], // after: out
    ];
    await write(async (tx) => {
      for (const [i, [teamId, disputeType, status, outcomeDays, openedAt]] of rows.entries()) {
        await tx.mediation.create({ data: { code: `HG-CHIENGAN-2026-${String(9000 + i)}`, teamId, openedVia: "MEDIATOR", disputeType, description: "x", status, outcomeDays, openedAt: at(openedAt) } });
      }
    });
    const o = await mediationOverview(unit.id, { from: vnStartOfDay("2026-03-01"), to: vnStartOfDay("2026-04-01") });
    // Worked out by hand from the rows above (7 in the period):
    // commune: agreed 3, not agreed 1, withdrawn 1, open 2; rate 3/4; days (4+10+2+1+7)/5 = 4.8
    expect(o.total).toEqual({ opened: 7, open: 2, agreed: 3, notAgreed: 1, withdrawn: 1, successRate: 0.75, averageDays: 4.8 });
    // Tổ A: 4 opened, agreed 2 of 3 mediated, days (4+10+2)/3
    const a = o.byTeam.find((x) => x.areaName === "Tổ A")!;
    expect(a).toMatchObject({ opened: 4, open: 1, agreed: 2, notAgreed: 1, withdrawn: 0, successRate: 2 / 3 });
    expect(a.averageDays).toBeCloseTo(16 / 3, 10);
    // Tổ B: 3 opened, 1 agreed of 1 mediated (the withdrawal is not a failure), days (1+7)/2
    expect(o.byTeam.find((x) => x.areaName === "Tổ B")).toMatchObject({ opened: 3, open: 1, agreed: 1, notAgreed: 0, withdrawn: 1, successRate: 1, averageDays: 4 });
    // The other commune's seeded team is not here; Chiềng An's team from the access tests is, with nothing in March.
    expect(o.byTeam.find((x) => x.areaName === "Tổ dân phố 3")).toBeUndefined();
    expect(o.byTeam.find((x) => x.areaName === "Bản Giảng Lắc")).toMatchObject({ opened: 0, successRate: null, averageDays: null });
    const type = (t: string) => o.byType.find((x) => x.disputeType === t)!;
    expect(type("LAND")).toMatchObject({ opened: 3, agreed: 1, notAgreed: 1, withdrawn: 1, successRate: 0.5, averageDays: 5 });
    expect(type("FAMILY")).toMatchObject({ opened: 2, open: 1, agreed: 1, successRate: 1, averageDays: 2 });
    expect(type("CIVIL_DEBT")).toMatchObject({ opened: 1, agreed: 1, successRate: 1, averageDays: 7 });
    expect(type("OTHER")).toMatchObject({ opened: 1, open: 1, successRate: null, averageDays: null });
    expect(type("NEIGHBOURHOOD")).toMatchObject({ opened: 0, successRate: null, averageDays: null });
  });
});
