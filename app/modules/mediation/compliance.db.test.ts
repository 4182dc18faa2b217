import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { remindMediationStart, teamCompliance, withStartDeadlines } from "./compliance.server";
import { assignMediators, openByMediator, recordSession, requestOnline } from "./mediations.server";
import { addMember, setMemberProfile, updateTeam } from "./teams.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
let team: { id: string; unitId: string };
let second: { id: string };
beforeAll(async () => {
  world = await buildWorld();
  team = await db.mediationTeam.findFirstOrThrow({ where: { members: { some: { userId: world.users.mediator.id } } }, select: { id: true, unitId: true } });
  second = await write((tx) => tx.user.create({ data: { fullName: "Quàng Thị Hòa", nameSearch: "quang thi hoa", email: "hoagiai2.tohieu@test.local", role: "MEDIATOR", unitId: team.unitId, passwordHash: "x" } }));
  await addMember(world.users.admin.id, team, second.id, false);
});
afterAll(() => db.$disconnect());

const parties = [
  { role: "APPLICANT" as const, name: "Lò Văn Đề" },
  { role: "RESPONDENT" as const, name: "Cà Thị Đáp" },
];
// Monday 2 November 2026, 09:00 in Vietnam: mediation must start by the end of Thursday 5 November.
const monday = new Date("2026-11-02T02:00:00Z");
const at = (iso: string) => new Date(iso);
const notes = (userId: string, type: string) => db.notification.count({ where: { userId, type } });

describe("the 3-day start from assignment (art. 20 k.2)", () => {
  test("reminded on the last day and once overdue — each reminder once — and not once a session is held", async () => {
    const opened = await openByMediator(world.users.mediator.id, { teamId: team.id, disputeType: "LAND", description: "Tranh chấp ranh giới vườn giữa hai hộ.", parties, mediatorIds: [world.users.mediator.id] }, monday);
    const started = await openByMediator(world.users.mediator.id, { teamId: team.id, disputeType: "FAMILY", description: "Mâu thuẫn gia đình về chia tài sản.", parties, mediatorIds: [world.users.mediator.id] }, monday);
    if (!opened.ok || !started.ok) throw new Error("opening failed");
    const startedId = (await db.mediation.findUniqueOrThrow({ where: { code: started.code } })).id;
    const s = await recordSession(startedId, world.users.mediator.id, 0, { heldAt: at("2026-11-03T02:00:00Z"), place: "Nhà văn hóa", notes: "Nghe hai bên trình bày", presentPartyIds: [] });
    expect(s.ok).toBe(true);

    const [row] = await withStartDeadlines([await db.mediation.findUniqueOrThrow({ where: { code: opened.code }, select: { status: true, mediators: { select: { assignedAt: true } }, sessions: { select: { heldAt: true } } } })], at("2026-11-03T02:00:00Z"));
    expect(row!.startBy!.toISOString()).toBe("2026-11-05T16:59:59.999Z");
    expect(row!.startState).toBe("DUE");

    const mediator = world.users.mediator.id;
    const dueBefore = await notes(mediator, "MEDIATION_START_DUE");
    expect(await remindMediationStart(at("2026-11-04T02:00:00Z"))).toEqual({ due: 0, overdue: 0 }); // the day before: nothing yet
    expect(await remindMediationStart(at("2026-11-05T02:00:00Z"))).toEqual({ due: 1, overdue: 0 }); // the last day
    expect(await remindMediationStart(at("2026-11-05T09:00:00Z"))).toEqual({ due: 0, overdue: 0 }); // the same day again: once
    expect(await notes(mediator, "MEDIATION_START_DUE")).toBe(dueBefore + 1);
    expect(await remindMediationStart(at("2026-11-05T17:00:00Z"))).toEqual({ due: 0, overdue: 1 }); // 00:00 Friday: overdue
    expect(await remindMediationStart(at("2026-11-06T17:00:00Z"))).toEqual({ due: 0, overdue: 0 });
    const overdue = await db.notification.findFirstOrThrow({ where: { userId: mediator, type: "MEDIATION_START_OVERDUE" }, orderBy: { createdAt: "desc" } });
    expect(overdue.params).toContain(opened.code);
    expect(overdue.link).toBe(`/mediation/${opened.code}`);
  });

  test("an online request has no deadline until a mediator is assigned; a mediator kept in a reassignment keeps their date", async () => {
    const req = await requestOnline({ id: world.users.citizen.id, fullName: world.users.citizen.fullName }, { teamId: team.id, disputeType: "NEIGHBOURHOOD", description: "Hàng xóm để vật liệu xây dựng chắn lối đi chung.", respondentName: "Hộ ông Bình", submissionToken: "online-start-deadline-test-1" }, monday);
    if (!req.ok) throw new Error("request failed");
    const load = () => db.mediation.findUniqueOrThrow({ where: { code: req.code }, select: { id: true, version: true, status: true, mediators: { orderBy: { assignedAt: "asc" }, select: { userId: true, assignedAt: true } }, sessions: { select: { heldAt: true } } } });
    expect((await withStartDeadlines([await load()], monday))[0]!.startState).toBe("UNASSIGNED");
    const m = await load();
    expect((await assignMediators(m.id, world.users.mediator.id, m.version, [world.users.mediator.id])).ok).toBe(true);
    const first = (await load()).mediators[0]!.assignedAt;
    const again = await load();
    expect((await assignMediators(again.id, world.users.mediator.id, again.version, [world.users.mediator.id, second.id])).ok).toBe(true);
    const after = await load();
    expect(after.mediators.find((x) => x.userId === world.users.mediator.id)!.assignedAt.toISOString()).toBe(first.toISOString());
    expect(after.mediators).toHaveLength(2);
  });
});

describe("team composition (art. 12 k.1)", () => {
  test("warns — never blocks — until the team has three members, a woman and, in an ethnic area, an ethnic-minority mediator", async () => {
    expect((await teamCompliance(team.id)).map((w) => w.code)).toEqual(["TOO_FEW_MEMBERS", "NO_WOMAN"]);
    const third = await write((tx) => tx.user.create({ data: { fullName: "Hà Văn Ba", nameSearch: "ha van ba", email: "hoagiai3.tohieu@test.local", role: "MEDIATOR", unitId: team.unitId, passwordHash: "x" } }));
    expect((await addMember(world.users.admin.id, team, third.id, false, { gender: "MALE", ethnicMinority: true })).ok).toBe(true);
    expect((await teamCompliance(team.id)).map((w) => w.code)).toEqual(["NO_WOMAN"]);
    await setMemberProfile(world.users.admin.id, team.id, second.id, { gender: "FEMALE", ethnicMinority: false });
    expect(await teamCompliance(team.id)).toEqual([]);
    await updateTeam(world.users.admin.id, team.id, { areaName: "Tổ dân phố 3", active: true, ethnicArea: true });
    expect(await teamCompliance(team.id)).toEqual([]); // Hà Văn Ba is an ethnic-minority mediator
    await setMemberProfile(world.users.admin.id, team.id, third.id, { gender: "MALE", ethnicMinority: null });
    expect((await teamCompliance(team.id)).map((w) => w.code)).toEqual(["NO_ETHNIC_MINORITY"]);
    expect(await db.auditLog.count({ where: { action: "MEDIATION_MEMBER_PROFILE", targetId: team.id } })).toBe(2);
  });
});
