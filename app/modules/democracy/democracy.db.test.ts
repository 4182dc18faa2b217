import { beforeAll, describe, expect, test } from "vitest";
import { buildWorld } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { importRegister } from "./areas.server";
import { addMember, answerRecommendation, awaitingAnswer, boardCase, boardCases, sendPlan, sendRecommendation } from "./boards.server";
import { addComment, consultationPageSize, moderateComment, publicConsultation, publicConsultations, publishAnswers, openConsultation, unitConsultations, recordConsultationDecision, saveGroup, staffConsultation } from "./consultations.server";
import { castOnlineVote, closeMatter, openMatter, publicMatter, recordPaperBallot, residentStanding, staffMatter, rollForExport, recordDecision } from "./matters.server";
import { democracyStats } from "./stats.server";
import { conferenceForOfficer, publishConferenceReport, scheduleConference } from "./conference.server";
import { publicUnits } from "~/modules/stats/stats.server";

/**
 * The grassroots democracy services against a real database (SQLite, and
 * PostgreSQL with TEST_PG_URL): the register, a household ballot from opening
 * to its published result, one household one vote under concurrency, the
 * secret ballot, a consultation, a board's recommendation and its access to
 * the cases, and the figures. Each test builds on the world of beforeAll.
 */
const hour = 3600_000;
const day = 24 * hour;

type World = Awaited<ReturnType<typeof buildWorld>>;
let world: World;
let officer: World["users"]["reception"];
let leader: World["users"]["leader"];
let otherOfficer: { id: string; role: string; unitId: string | null };
let residents: { id: string; identityVerified: boolean; email: string | null }[];
let areaId: string;

const token = (s: string) => `test-token-${s}-${Math.random().toString(36).slice(2, 10)}`.padEnd(20, "x");

async function citizen(email: string, verified = true) {
  return write((tx) =>
    tx.user.create({ data: { fullName: `Cư dân ${email}`, nameSearch: foldForSearch(email), email, passwordHash: "x", role: "CITIZEN", identityVerified: verified } }),
  );
}

beforeAll(async () => {
  world = await buildWorld();
  officer = world.users.reception;
  leader = world.users.leader;
  const chiengan = await world.unit("CHIENGAN");
  otherOfficer = await write((tx) =>
    tx.user.create({ data: { fullName: "Cán bộ Chiềng An", nameSearch: "can bo chieng an", email: "tiepnhan.chiengan@test", passwordHash: "x", role: "RECEPTION", unitId: chiengan.id } }),
  );
  residents = [];
  for (let i = 0; i < 6; i++) residents.push(await citizen(`r${i}@test.vn`));
  residents.push(await citizen("unverified@test.vn", false));
  const csv = [
    "ma_ho,chu_ho,nguoi_bieu_quyet,lien_he",
    "A-01,Hộ Một,Hộ Một,r0@test.vn",
    "A-01,Hộ Một,Vợ Hộ Một,r1@test.vn", // two members may vote for household A-01
    "A-02,Hộ Hai,,r2@test.vn",
    "A-03,Hộ Ba,,r3@test.vn",
    "A-04,Hộ Bốn,,unverified@test.vn",
    "A-05,Hộ Năm,,",
  ].join("\n");
  const imported = await importRegister(officer, { name: "Bản Thử", kind: "VILLAGE" }, csv);
  if (!imported.ok) throw new Error(JSON.stringify(imported));
  areaId = imported.areaId;
  // Building the seeded world (75 communes, rules, demo) takes seconds on a busy shared machine.
}, 60_000);

describe("the household register", () => {
  test("imported from the commune's CSV, accounts linked by email or phone", async () => {
    const households = await db.household.findMany({ where: { areaId }, include: { voters: true }, orderBy: { code: "asc" } });
    expect(households.map((h) => [h.code, h.voters.length, h.voters.filter((v) => v.userId).length])).toEqual([
      ["A-01", 2, 2],
      ["A-02", 1, 1],
      ["A-03", 1, 1],
      ["A-04", 1, 1],
      ["A-05", 1, 0],
    ]);
    expect(await db.auditLog.count({ where: { action: "HOUSEHOLD_REGISTER_IMPORTED", targetId: areaId } })).toBe(1);
  });

  test("a register with a bad line is refused whole; another commune's officer may not import into it", async () => {
    const bad = await importRegister(officer, { areaId }, "ma_ho,chu_ho\nA-01,Hộ Một\n,Không mã\n");
    expect(bad).toEqual({ ok: false, problems: [{ line: 3, problem: "missingCode" }] });
    await expect(importRegister(otherOfficer, { areaId }, "ma_ho,chu_ho\nX,Y\n")).rejects.toMatchObject({ status: 403 });
    expect(await db.household.count({ where: { areaId } })).toBe(5);
  });
});

async function openBallot(overrides: Partial<Parameters<typeof openMatter>[1]> = {}, now = new Date()) {
  const result = await openMatter(
    officer,
    {
      subject: "DECIDE_CONTRIBUTION",
      title: "Đóng góp làm đường bê tông",
      description: "Mỗi hộ đóng góp 500.000 đồng và hai ngày công.",
      form: "BALLOT",
      areaId,
      opensAt: new Date(now.getTime() - hour),
      closesAt: new Date(now.getTime() + 2 * day),
      secret: false,
      online: true,
      submissionToken: token("matter"),
      ...overrides,
    },
    [],
    now,
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.id;
}

const household = async (code: string) => (await db.household.findFirstOrThrow({ where: { areaId, code } })).id;

describe("a household ballot", () => {
  test("opens with the roll of the village and the rule in force copied onto it", async () => {
    const id = await openBallot();
    const m = await db.democracyMatter.findUniqueOrThrow({ where: { id }, include: { _count: { select: { electors: true } } } });
    expect({ electorate: m.electorate, rolled: m._count.electors, threshold: [m.thresholdNum, m.thresholdDen, m.thresholdStrict], online: m.online, secret: m.secret }).toEqual({
      electorate: 5,
      rolled: 5,
      threshold: [2, 3, false],
      online: true,
      secret: false,
    });
  });

  test("another commune's officer can neither open a matter for it nor see it", async () => {
    await expect(openMatter(otherOfficer, { subject: "DECIDE_OTHER", title: "x", description: "y", form: "BALLOT", areaId, opensAt: new Date(), closesAt: new Date(Date.now() + day), secret: false, online: true, submissionToken: token("o") }, [])).resolves.toMatchObject({
      ok: false,
    });
    const id = await openBallot();
    await expect(staffMatter(otherOfficer, id, null)).rejects.toMatchObject({ status: 403 });
    await expect(recordPaperBallot(otherOfficer, id, await household("A-05"), "FOR")).rejects.toMatchObject({ status: 403 });
    expect(await db.democracyVote.count({ where: { matterId: id } })).toBe(0);
  });

  test("a verified resident votes for their household and may change it until the close; one household, one vote", async () => {
    const id = await openBallot();
    const a01 = await household("A-01");
    expect(await castOnlineVote(residents[0]!, id, a01, "AGAINST")).toEqual({ ok: true, changed: false });
    // The other member of the household changes the household's vote.
    expect(await castOnlineVote(residents[1]!, id, a01, "FOR")).toEqual({ ok: true, changed: true });
    expect(await db.democracyVote.count({ where: { matterId: id } })).toBe(1);
    expect(await db.democracyBallot.findMany({ where: { matterId: id }, select: { choice: true, householdId: true } })).toEqual([{ choice: "FOR", householdId: a01 }]);
    const standing = await residentStanding(residents[0]!, id);
    expect(standing).toMatchObject({ onRoll: true, canVote: true, households: [{ code: "A-01", choice: "FOR", vote: { channel: "ONLINE" } }] });
  });

  test("a resident of another village, or of another household, cannot vote: 403 and nothing written", async () => {
    const id = await openBallot();
    const outsider = await citizen("outsider@test.vn");
    await expect(castOnlineVote(outsider, id, await household("A-02"), "FOR")).rejects.toMatchObject({ status: 403 });
    await expect(castOnlineVote(residents[0]!, id, await household("A-02"), "FOR")).rejects.toMatchObject({ status: 403 });
    expect(await db.democracyVote.count({ where: { matterId: id } })).toBe(0);
    expect(await db.democracyBallot.count({ where: { matterId: id } })).toBe(0);
  });

  test("an unverified resident is told to verify their identity; the vote is not taken", async () => {
    const id = await openBallot();
    expect(await castOnlineVote(residents[6]!, id, await household("A-04"), "FOR")).toEqual({ ok: false, error: "democracy.refusals.notVerified" });
    expect(await db.democracyVote.count({ where: { matterId: id } })).toBe(0);
  });

  test("two members of a household voting at the same instant make one vote (and twenty submissions still one)", async () => {
    const id = await openBallot();
    const a01 = await household("A-01");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => castOnlineVote(residents[i % 2]!, id, a01, i % 3 === 0 ? "AGAINST" : "FOR")),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.changed)).toHaveLength(1);
    expect(await db.democracyVote.count({ where: { matterId: id } })).toBe(1);
    expect(await db.democracyBallot.count({ where: { matterId: id } })).toBe(1);
    expect((await db.democracyVote.findFirstOrThrow({ where: { matterId: id } })).changes).toBe(19);
  });

  test("no vote before the opening or after the close; the close counts only the period's ballots", async () => {
    const now = new Date();
    const id = await openBallot({ opensAt: new Date(now.getTime() + day), closesAt: new Date(now.getTime() + 2 * day) }, now);
    expect(await castOnlineVote(residents[2]!, id, await household("A-02"), "FOR", now)).toEqual({ ok: false, error: "democracy.refusals.notOpenYet" });
    const later = new Date(now.getTime() + 3 * day);
    expect(await castOnlineVote(residents[2]!, id, await household("A-02"), "FOR", later)).toEqual({ ok: false, error: "democracy.refusals.periodOver" });
  });

  test("4 of 5 households FOR a contribution: adopted (two thirds of all), published on the notice board", async () => {
    const now = new Date();
    const id = await openBallot({}, now);
    await castOnlineVote(residents[0]!, id, await household("A-01"), "FOR", now);
    await castOnlineVote(residents[2]!, id, await household("A-02"), "FOR", now);
    await castOnlineVote(residents[3]!, id, await household("A-03"), "FOR", now);
    await recordPaperBallot(officer, id, await household("A-05"), "FOR", now);
    const after = new Date(now.getTime() + 3 * day);
    // Paper ballots cast in the period may still be entered after it; online votes may not.
    await recordPaperBallot(officer, id, await household("A-04"), "AGAINST", after);
    const m = await db.democracyMatter.findUniqueOrThrow({ where: { id } });
    const closed = await closeMatter(officer, id, m.version, after);
    expect(closed).toMatchObject({ ok: true, result: "ADOPTED" });
    const notice = await db.notice.findUniqueOrThrow({ where: { id: (closed as { noticeId: string }).noticeId } });
    expect(notice).toMatchObject({ category: "INVESTMENT", minDays: 30 });
    expect(notice.body).toContain("Kết quả: thông qua");
    expect(await db.democracyMatter.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CLOSED", votesFor: 4, votesAgainst: 1, turnout: 5, noticeId: notice.id });
    // A second close (a double click, another officer) changes nothing.
    expect(await closeMatter(officer, id, m.version, after)).toMatchObject({ ok: false });
    expect(await db.notice.count({ where: { title: { contains: "Đóng góp làm đường bê tông" } } })).toBeGreaterThanOrEqual(1);
    expect(await recordDecision(officer, id, { decisionRef: "Biên bản số 12/BB", decisionText: "Thông qua mức đóng góp.", version: m.version + 1 }, after)).toEqual({ ok: true });
  });

  test("3 of 5 FOR a contribution: over half but short of two thirds — not adopted", async () => {
    const now = new Date();
    const id = await openBallot({}, now);
    await castOnlineVote(residents[0]!, id, await household("A-01"), "FOR", now);
    await castOnlineVote(residents[2]!, id, await household("A-02"), "FOR", now);
    await castOnlineVote(residents[3]!, id, await household("A-03"), "FOR", now);
    const after = new Date(now.getTime() + 3 * day);
    const m = await db.democracyMatter.findUniqueOrThrow({ where: { id } });
    expect(await closeMatter(officer, id, m.version, after)).toMatchObject({ ok: true, result: "NOT_ADOPTED" });
    const pub = await publicMatter(id, after);
    expect(pub?.result).toMatchObject({ result: "NOT_ADOPTED", votesFor: 3, votesAgainst: 0, turnout: 3 });
    expect(pub?.needed).toBe(4);
  });

  test("a vote arriving after the count is refused: the close locks the matter first", async () => {
    const now = new Date();
    const id = await openBallot({ closesAt: new Date(now.getTime() + day) }, now);
    await recordPaperBallot(officer, id, await household("A-05"), "FOR", now);
    const after = new Date(now.getTime() + 2 * day);
    const m = await db.democracyMatter.findUniqueOrThrow({ where: { id } });
    const [closed, late] = await Promise.all([closeMatter(officer, id, m.version, after), recordPaperBallot(officer, id, await household("A-04"), "FOR", after)]);
    expect(closed.ok).toBe(true);
    const final = await db.democracyMatter.findUniqueOrThrow({ where: { id } });
    const ballots = await db.democracyBallot.count({ where: { matterId: id } });
    // Either the late ballot was counted before the close or refused after it: never a ballot outside the count.
    expect(ballots).toBe((final.votesFor ?? 0) + (final.votesAgainst ?? 0));
    if (!late.ok) expect(late.error).toBe("democracy.refusals.finished");
  });
});

describe("a secret ballot", () => {
  test("keeps the choice apart from who voted, and seals the box at the close", async () => {
    const now = new Date();
    // Electing the village head: secret by rule, whatever the form said (and on paper: no online vote for it).
    const election = await openBallot({ subject: "DECIDE_VILLAGE_HEAD", title: "Bầu trưởng bản", secret: false }, now);
    expect(await db.democracyMatter.findUniqueOrThrow({ where: { id: election } })).toMatchObject({ secret: true, online: false });
    // A matter the commune chose to put to a secret ballot, online allowed.
    const id = await openBallot({ subject: "DECIDE_OTHER", title: "Chọn ngày hội bản", secret: true }, now);
    const m0 = await db.democracyMatter.findUniqueOrThrow({ where: { id } });
    expect(m0).toMatchObject({ secret: true, online: true });
    expect(await castOnlineVote(residents[0]!, id, await household("A-01"), "AGAINST", now)).toEqual({ ok: true, changed: false });
    expect(await castOnlineVote(residents[1]!, id, await household("A-01"), "FOR", now)).toEqual({ ok: true, changed: true }); // the other member
    expect(await castOnlineVote(residents[2]!, id, await household("A-02"), "AGAINST", now)).toMatchObject({ ok: true });
    await recordPaperBallot(officer, id, await household("A-05"), "FOR", now);
    const ballots = await db.democracyBallot.findMany({ where: { matterId: id } });
    expect(ballots).toHaveLength(3);
    expect(ballots.every((b) => b.householdId === null && b.boxKey)).toBe(true);
    // Nobody reading the pages learns a choice: the roll, the export, the resident's own view.
    const staff = await staffMatter(officer, id, null, now);
    expect(staff?.roll.households.every((h) => h.choice === null)).toBe(true);
    expect((await rollForExport(officer, id))?.rows.every((r) => r.choice === null)).toBe(true);
    expect((await residentStanding(residents[0]!, id, now)) as { households: { choice: unknown }[] }).toMatchObject({ households: [{ choice: null }] });
    const audits = await db.auditLog.findMany({ where: { targetId: id } });
    expect(audits.map((a) => a.data ?? "").join(" ")).not.toMatch(/FOR|AGAINST/);
    // No running count while the vote is open.
    expect((await publicMatter(id, now))?.result).toBeNull();

    const after = new Date(now.getTime() + 3 * day);
    // 2 FOR of 5 households: not more than half.
    expect(await closeMatter(officer, id, m0.version, after)).toMatchObject({ ok: true, result: "NOT_ADOPTED" });
    const sealed = await db.democracyBallot.findMany({ where: { matterId: id } });
    expect(sealed.map((b) => b.choice).sort()).toEqual(["AGAINST", "FOR", "FOR"]);
    expect(sealed.every((b) => b.boxKey === null && b.householdId === null)).toBe(true);
    expect(sealed.some((b) => ballots.some((old) => old.id === b.id))).toBe(false); // new random ids
  });
});

describe("a consultation", () => {
  test("collects comments, is moderated and grouped, publishes the commune's answers after the close, then its decision", async () => {
    const now = new Date();
    const opened = await openConsultation(
      officer,
      { subject: "CONSULT_CONSTRUCTION_PLANNING", title: "Quy hoạch khu dân cư", description: "Lấy ý kiến về dự thảo quy hoạch.", opensAt: now, closesAt: new Date(now.getTime() + day), submissionToken: token("c") },
      [],
      now,
    );
    if (!opened.ok) throw new Error("not opened");
    const id = opened.id;
    const c1 = await addComment({ id: residents[0]!.id, role: "CITIZEN" }, id, { body: `Tôi là Cư dân r0@test.vn, số 0912 345 678: cần thêm sân chơi.`, submissionToken: token("cm") }, now);
    const c2 = await addComment({ id: residents[2]!.id, role: "CITIZEN" }, id, { body: "Đường nội bộ nên rộng 5 m.", submissionToken: token("cm") }, now);
    const c3 = await addComment({ id: residents[3]!.id, role: "CITIZEN" }, id, { body: "Quảng cáo linh tinh.", submissionToken: token("cm") }, now);
    await expect(addComment({ id: officer.id, role: officer.role }, id, { body: "x".repeat(20), submissionToken: token("cm") }, now)).rejects.toMatchObject({ status: 403 });
    if (!c1.ok || !c2.ok || !c3.ok) throw new Error("comments");
    // Nothing is public before the answers.
    expect((await publicConsultation(id, null, now))?.groups).toEqual([]);
    const after = new Date(now.getTime() + 2 * day);
    expect(await addComment({ id: residents[0]!.id, role: "CITIZEN" }, id, { body: "Quá hạn rồi.", submissionToken: token("cm") }, after)).toEqual({ ok: false, error: "democracy.refusals.closed" });

    const g = await saveGroup(officer, id, { title: "Sân chơi và đường nội bộ" }, after);
    if (!g.ok) throw new Error("group");
    await moderateComment(officer, id, { commentId: c1.id, decision: "ACCEPTED", groupId: g.id }, after);
    await moderateComment(officer, id, { commentId: c2.id, decision: "ACCEPTED", groupId: g.id }, after);
    let view = await staffConsultation(officer, id, after);
    expect(view.readiness).toEqual({ pending: 1, ungrouped: 0, unanswered: 1 });
    expect(await publishAnswers(officer, id, view.consultation.version, after)).toEqual({ ok: false, errors: { "": ["democracy.refusals.notReady"] } });
    await moderateComment(officer, id, { commentId: c3.id, decision: "REJECTED", reason: "Không liên quan đến dự thảo." }, after);
    await saveGroup(officer, id, { groupId: g.id, title: "Sân chơi và đường nội bộ", answer: "Phường bổ sung sân chơi và mở đường nội bộ 5 m." }, after);
    view = await staffConsultation(officer, id, after);
    const published = await publishAnswers(officer, id, view.consultation.version, after);
    expect(published).toMatchObject({ ok: true });
    const notice = await db.notice.findUniqueOrThrow({ where: { id: (published as { noticeId: string }).noticeId } });
    expect(notice.category).toBe("CONSULTATION");
    expect(notice.body).toContain("Phường bổ sung sân chơi");

    const pub = await publicConsultation(id, null, after);
    expect(pub?.groups).toHaveLength(1);
    const bodies = pub!.groups[0]!.comments.map((c) => c.body).join(" ");
    expect(bodies).toContain("Đường nội bộ nên rộng 5 m.");
    expect(bodies).not.toContain("0912 345 678"); // the author's contact masked
    expect(bodies).not.toContain("r0@test.vn");
    expect(bodies).not.toContain("Quảng cáo"); // rejected: never public
    const decided = await recordConsultationDecision(officer, id, { decisionRef: "QĐ 45/QĐ-UBND", decisionText: "Phê duyệt quy hoạch có điều chỉnh.", version: view.consultation.version + 1 }, after);
    expect(decided).toEqual({ ok: true });
  });
});

describe("the consultation lists", () => {
  test("page newest first by opening time, each consultation once, the public list filtered by commune", async () => {
    const base = Date.UTC(2026, 5, 1);
    const titles: string[] = [];
    for (let i = 0; i < consultationPageSize + 3; i++) {
      const opensAt = new Date(base + Math.floor(i / 2) * day); // two share each opening time: the id breaks the tie
      const opened = await openConsultation(
        otherOfficer,
        { subject: "CONSULT_CONSTRUCTION_PLANNING", title: `Dự thảo số ${i}`, description: "Lấy ý kiến về dự thảo.", opensAt, closesAt: new Date(opensAt.getTime() + day), submissionToken: token(`page${i}`) },
        [],
        opensAt,
      );
      if (!opened.ok) throw new Error(JSON.stringify(opened));
      titles.push(`Dự thảo số ${i}`);
    }
    const first = await unitConsultations(otherOfficer.unitId!, null);
    expect(first.consultations).toHaveLength(consultationPageSize);
    expect(first.nextCursor).not.toBeNull();
    const second = await unitConsultations(otherOfficer.unitId!, first.nextCursor);
    expect(second.nextCursor).toBeNull();
    const seen = [...first.consultations, ...second.consultations];
    expect(seen.map((c) => c.title).sort()).toEqual([...titles].sort());
    const times = seen.map((c) => c.opensAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const publicFirst = await publicConsultations({ unitId: otherOfficer.unitId, cursor: null });
    expect(publicFirst.consultations.map((c) => c.id)).toEqual(first.consultations.map((c) => c.id));
    expect(publicFirst.consultations.every((c) => c.unit.code === "CHIENGAN")).toBe(true);
  });
});

describe("a People's Inspection Board", () => {
  test("sends a recommendation; the commune's late answer is recorded as late; overdue shows meanwhile", async () => {
    const tohieu = await world.unit("TOHIEU");
    const board = await db.supervisionBoard.findFirstOrThrow({ where: { unitId: tohieu.id, kind: "PEOPLES_INSPECTION" } });
    expect(await addMember(officer, board.id, { account: "r5@test.vn", role: "MEMBER" })).toEqual({ ok: true });
    const member = residents[5]!;
    const now = new Date();
    const sent = await sendRecommendation(
      member,
      board.id,
      { title: "Chậm trả lời đơn kiến nghị", findings: "Ba đơn kiến nghị quá hạn.", recommendation: "Đề nghị phường trả lời các đơn quá hạn.", deliveredOn: undefined, submissionToken: token("rec") },
      [],
      now,
    );
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    expect(sent.dueAt.getTime()).toBeGreaterThan(now.getTime() + 14 * day);
    const later = new Date(sent.dueAt.getTime() + day);
    const desk = await awaitingAnswer([tohieu.id], later);
    expect(desk.overdue).toBeGreaterThanOrEqual(1);
    expect(desk.rows.find((r) => r.id === sent.id)?.overdue).toBe(true);
    // Only the commune's leader answers; not its reception officer, not another commune.
    await expect(answerRecommendation(officer, sent.id, { answer: "x", version: 0 }, later)).rejects.toMatchObject({ status: 403 });
    expect(await answerRecommendation(leader, sent.id, { answer: "Phường đã trả lời ba đơn.", version: 0 }, later)).toEqual({ ok: true, onTime: false });
    expect(await db.supervisionRecommendation.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "ANSWERED", answeredOnTime: false });
    expect(await db.notification.count({ where: { userId: member.id, type: "DEMOCRACY_RECOMMENDATION_ANSWERED" } })).toBe(1);
  });

  test("a plan must reach the commune five working days ahead", async () => {
    const board = await db.supervisionBoard.findFirstOrThrow({ where: { kind: "PEOPLES_INSPECTION" } });
    const member = residents[5]!;
    const now = new Date("2026-08-27T15:00:00+07:00");
    expect(await sendPlan(member, board.id, { title: "Giám sát quý IV", content: "Giám sát việc giải quyết đơn thư.", activityFrom: "2026-09-01", activityTo: "2026-09-10" }, now)).toMatchObject({ ok: false });
    expect(await sendPlan(member, board.id, { title: "Giám sát quý IV", content: "Giám sát việc giải quyết đơn thư.", activityFrom: "2026-09-15", activityTo: "2026-09-20" }, now)).toMatchObject({ ok: true });
  });

  test("reads the commune's cases, never a sender's identity, each look audited; another commune's case is a 404; a non-member 403", async () => {
    const board = await db.supervisionBoard.findFirstOrThrow({ where: { kind: "PEOPLES_INSPECTION" } });
    const member = residents[5]!;
    const list = await boardCases(member, board.id, null);
    expect(list.cases.length).toBeGreaterThan(0);
    expect(JSON.stringify(list)).not.toContain("congdan@langnghe.local");
    expect(JSON.stringify(list)).not.toContain("Nguyễn Thị Lan");
    const code = list.cases[0]!.code;
    const viewed = await boardCase(member, board.id, code);
    expect(viewed.case.code).toBe(code);
    expect(await db.auditLog.count({ where: { action: "SUPERVISION_CASE_VIEWED", actorId: member.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "SUPERVISION_CASES_LISTED", actorId: member.id } })).toBe(1);
    const chiengan = await world.unit("CHIENGAN");
    const foreign = await db.case.findFirst({ where: { unitId: chiengan.id }, select: { code: true } });
    if (foreign) await expect(boardCase(member, board.id, foreign.code)).rejects.toMatchObject({ status: 404 });
    await expect(boardCases(residents[0]!, board.id, null)).rejects.toMatchObject({ status: 403 });
  });
});

describe("the annual dialogue conference", () => {
  test("scheduled as a dialogue session with the statutory agenda, announced in time; its report published once held", async () => {
    const now = new Date();
    const local = (d: Date) => new Date(d.getTime() + 7 * hour).toISOString().slice(0, 16);
    const input = (startsAt: Date) => ({
      title: "Hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân",
      chairId: leader.id,
      startsAt: local(startsAt),
      endsAt: local(new Date(startsAt.getTime() + 3 * hour)),
      place: "Hội trường UBND phường",
      capacity: 0,
      isPublic: true,
      submissionToken: token("conf"),
    });
    // Announced less than seven days ahead: refused, nothing scheduled.
    expect(await scheduleConference(officer, input(new Date(now.getTime() + 3 * day)), now)).toEqual({ ok: false, errors: { startsAt: ["democracy.errors.conferenceNotice?days=7"] } });
    const startsAt = new Date(now.getTime() + 10 * day);
    const scheduled = await scheduleConference(officer, input(startsAt), now);
    if (!scheduled.ok) throw new Error(JSON.stringify(scheduled));
    const session = await db.dialogueSession.findUniqueOrThrow({ where: { id: scheduled.sessionId }, include: { agenda: { orderBy: { sortOrder: "asc" } } } });
    expect(session.kind).toBe("ANNUAL_CONFERENCE");
    expect(session.agenda.map((a) => a.title)).toEqual([
      "UBND báo cáo tình hình hoạt động của chính quyền địa phương",
      "Nhân dân nêu ý kiến, kiến nghị về quyền và nghĩa vụ của công dân tại địa phương",
      "Chủ tịch UBND trả lời, giải trình và cam kết",
      "Kết luận hội nghị",
    ]);
    const view = await conferenceForOfficer(officer, scheduled.sessionId, now);
    expect(view?.mayPublish).toBe(false);
    expect(await publishConferenceReport(officer, scheduled.sessionId, now)).toEqual({ ok: false, errors: { "": ["democracy.refusals.notHeld"] } });
    await expect(conferenceForOfficer({ ...otherOfficer, unit: null }, scheduled.sessionId, now)).rejects.toMatchObject({ status: 403 });
    // Held and minuted (the session pages do this): the report goes on the notice board.
    await write((tx) => tx.dialogueSession.update({ where: { id: scheduled.sessionId }, data: { status: "HELD", minutesSummary: "Hơn 200 người dân dự; 14 ý kiến về đường, điện, nước sạch.", minutesSavedAt: startsAt } }));
    const later = new Date(startsAt.getTime() + 2 * day);
    const published = await publishConferenceReport(officer, scheduled.sessionId, later);
    expect(published).toMatchObject({ ok: true });
    const notice = await db.notice.findUniqueOrThrow({ where: { id: (published as { noticeId: string }).noticeId } });
    expect(notice.body).toContain("Hơn 200 người dân dự");
    expect(notice.body).toContain("Điều 43");
    expect((await conferenceForOfficer(officer, scheduled.sessionId, later))?.reportLate).toBe(false);
  });
});

test("the figures of the commune: matters decided and turnout, consultations, recommendations on time", async () => {
  const units = await publicUnits();
  const tohieu = units.find((u) => u.code === "TOHIEU")!;
  const today = new Date(Date.now() + 7 * hour).toISOString().slice(0, 10);
  const inFourDays = new Date(Date.now() + 4 * day + 7 * hour).toISOString().slice(0, 10);
  const stats = await democracyStats(tohieu, units, { from: today, to: inFourDays });
  const matters = await db.democracyMatter.findMany({ where: { unitId: tohieu.id, result: { not: null } } });
  expect(stats.total.mattersDecided).toBe(matters.length);
  expect(stats.total.adopted).toBe(matters.filter((m) => m.result === "ADOPTED").length);
  expect(stats.total.householdsOnRolls).toBe(matters.reduce((s, m) => s + m.electorate, 0));
  expect(stats.byUnit.map((u) => u.unit.code)).toEqual(["TOHIEU"]);
});

test("an administrator corrects a rule (audited): new matters take the new figure, an open matter keeps the one it opened with", async () => {
  const open = await openBallot();
  const rule = await db.democracyRule.findFirstOrThrow({ where: { code: "DECIDE_CONTRIBUTION" } });
  const { updateDemocracyRule } = await import("./rules.server");
  expect(
    await updateDemocracyRule(world.users.admin.id, { ruleId: rule.id, ratioNum: 1, ratioDen: 2, ratioStrict: true, onlineBallot: true, confirmed: true, source: "Văn bản gốc, Điều 21 khoản 1 (đối chiếu)" }),
  ).toBe(true);
  const audit = await db.auditLog.findFirstOrThrow({ where: { action: "DEMOCRACY_RULE_CHANGED", targetId: rule.id } });
  expect(JSON.parse(audit.data!)).toMatchObject({ code: "DECIDE_CONTRIBUTION", before: { ratioNum: 2, ratioDen: 3, confirmed: false }, after: { ratioNum: 1, ratioDen: 2, confirmed: true } });
  const later = await openBallot();
  const [a, b] = await Promise.all([db.democracyMatter.findUniqueOrThrow({ where: { id: open } }), db.democracyMatter.findUniqueOrThrow({ where: { id: later } })]);
  expect([a.thresholdNum, a.thresholdDen, a.thresholdStrict]).toEqual([2, 3, false]);
  expect([b.thresholdNum, b.thresholdDen, b.thresholdStrict]).toEqual([1, 2, true]);
});
