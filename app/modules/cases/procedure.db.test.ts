import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld, citizenActor, endOfLocal, localAt, staffActor, version } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { fileCase } from "./filing.server";
import type { FileCaseInput } from "./schemas";
import { applyTransition, type TransitionInput } from "./transitions.server";

/**
 * The procedure of issue #11 in the database: suspension moves the due date by
 * the stopped days, the dialogue gate, a second complaint after an unresolved
 * deadline, denunciation extensions by complexity, complexity found while
 * handled, withdrawals. Every date is local (UTC+7); `at(d, h)` is h o'clock.
 */
let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const at = localAt;
const endOf = endOfLocal;
const token = () => randomBytes(12).toString("base64url");

async function file(kind: "COMPLAINT" | "DENUNCIATION", received: Date, unitCode = "TOHIEU") {
  const unit = await world.unit(unitCode);
  const input: FileCaseInput = {
    kind,
    title: kind === "COMPLAINT" ? "Khiếu nại quyết định thu hồi đất" : "Tố cáo cán bộ địa chính",
    description: "Nội dung đủ dài để được nhận: diện tích đo đạc không đúng thực tế, đề nghị xem xét lại.",
    categoryId: world.category.id,
    unitId: unit.id,
    decisionText: kind === "COMPLAINT" ? "Quyết định 123/QĐ-UBND" : undefined,
    learnedAt: kind === "COMPLAINT" ? "2026-05-20" : undefined,
    denouncedText: kind === "DENUNCIATION" ? "Ông Lò Văn A, cán bộ địa chính" : undefined,
    submissionToken: token(),
  };
  const filed = await fileCase(input, { kind: "citizen", user: world.users.citizen }, [], received);
  if (!filed.ok) throw new Error(JSON.stringify(filed.errors));
  return filed.caseId;
}

async function act(id: string, action: TransitionInput["action"], actor: TransitionInput["actor"], now: Date, extra: Partial<TransitionInput> = {}) {
  return applyTransition(id, { action, actor, version: await version(id), ...extra }, now);
}
async function ok(id: string, action: TransitionInput["action"], actor: TransitionInput["actor"], now: Date, extra: Partial<TransitionInput> = {}) {
  const r = await act(id, action, actor, now, extra);
  expect(r, action).toMatchObject({ ok: true });
}
const c = (id: string) => db.case.findUniqueOrThrow({ where: { id } });

/** Filed and accepted on `day`, assigned to the handler. */
async function accepted(kind: "COMPLAINT" | "DENUNCIATION", day: string, extra: Partial<TransitionInput> = {}) {
  const id = await file(kind, at(day, 8));
  const { reception, handler } = world.users;
  await ok(id, "accept", staffActor(reception), at(day), extra);
  await ok(id, "assign", staffActor(reception), at(day, 10), { assigneeId: handler.id });
  return id;
}

describe("suspension and resumption of a complaint's resolution (Luật 136/2025, new art. 11a; NĐ 155/2026 art. 28b)", () => {
  test("the due date moves by the days between the two decisions; no overdue while suspended; resolved on time against the moved date", async () => {
    const { leader, handler } = world.users;
    const id = await accepted("COMPLAINT", "2026-07-03");
    // Accepted Fri 3/7/2026 under the post-1/7 row: + 30 days = Sun 2/8 → Mon 3/8.
    expect((await c(id)).dueAt).toEqual(endOf("2026-08-03"));
    expect((await c(id)).resolveRuleId).toBe("rule-kn1-resolve-2026");

    // A ground not in force, no decision number, a decision dated in the future: refused, nothing written.
    const v = await version(id);
    expect(await act(id, "suspend", staffActor(leader), at("2026-07-14"), { groundCode: "TC_AWAIT_OTHER", note: "x", decisionNo: "1/QĐ", decisionDate: "2026-07-13" })).toEqual({ ok: false, error: "bad-ground" });
    expect(await act(id, "suspend", staffActor(leader), at("2026-07-14"), { groundCode: "KN_OBSTACLE", note: "x", decisionDate: "2026-07-13" })).toEqual({ ok: false, error: "decision-required" });
    expect(await act(id, "suspend", staffActor(leader), at("2026-07-14"), { groundCode: "KN_OBSTACLE", note: "x", decisionNo: "1/QĐ", decisionDate: "2026-07-15" })).toEqual({ ok: false, error: "bad-decision-date" });
    expect(await act(id, "suspend", staffActor(handler), at("2026-07-14"), { groundCode: "KN_OBSTACLE", note: "x", decisionNo: "1/QĐ", decisionDate: "2026-07-13" })).toEqual({ ok: false, error: "forbidden" });
    expect(await version(id)).toBe(v);

    await ok(id, "suspend", staffActor(leader), at("2026-07-14"), {
      groundCode: "KN_OBSTACLE",
      note: "Người khiếu nại điều trị dài ngày tại bệnh viện tỉnh.",
      decisionNo: "12/QĐ-UBND",
      decisionDate: "2026-07-13",
    });
    const suspended = await c(id);
    expect(suspended).toMatchObject({ status: "SUSPENDED", suspendGround: "KN_OBSTACLE", nextDueAt: null, statusBeforeInfo: "IN_PROGRESS" });
    // Nothing moves while suspended, and nothing else may happen but resume, end, notes.
    expect(await act(id, "proposeResolution", staffActor(handler), at("2026-07-20"), { note: "x" })).toEqual({ ok: false, error: "not-allowed-in-status" });
    expect(await act(id, "extend", staffActor(leader), at("2026-07-20"), { note: "x", decisionNo: "1", decisionDate: "2026-07-20" })).toEqual({ ok: false, error: "not-allowed-in-status" });

    // Resumed by a decision of Mon 27/7 (recorded on the 28th): 14 days stood still → 3/7 + 44 = Sun 16/8 → Mon 17/8.
    expect(await act(id, "resume", staffActor(leader), at("2026-07-28"), { decisionNo: "15/QĐ-UBND", decisionDate: "2026-07-12" })).toEqual({ ok: false, error: "bad-decision-date" });
    await ok(id, "resume", staffActor(leader), at("2026-07-28"), { decisionNo: "15/QĐ-UBND", decisionDate: "2026-07-27" });
    const resumed = await c(id);
    expect(resumed).toMatchObject({ status: "IN_PROGRESS", pausedDays: 14, pausedAt: null, suspendGround: null });
    expect(resumed.dueAt).toEqual(endOf("2026-08-17"));
    expect(resumed.nextDueAt).toEqual(endOf("2026-08-17"));

    // Resolved on 10/8: after the original 3/8, before the moved 17/8 — on time.
    await ok(id, "proposeResolution", staffActor(handler), at("2026-08-07"), { note: "Giữ nguyên quyết định." });
    await ok(id, "approveResolution", staffActor(leader), at("2026-08-10"));
    expect(await c(id)).toMatchObject({ status: "RESOLVED", resolvedOnTime: true });

    const events = await db.caseEvent.findMany({ where: { caseId: id, type: { in: ["SUSPENDED", "RESUMED"] } }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.type, e.visibility])).toEqual([
      ["SUSPENDED", "PUBLIC"],
      ["RESUMED", "PUBLIC"],
    ]);
    expect(JSON.parse(events[0]!.data!)).toMatchObject({ ground: "KN_OBSTACLE", decisionNo: "12/QĐ-UBND", decisionDate: "2026-07-13" });
    expect(JSON.parse(events[1]!.data!)).toMatchObject({ pausedDays: 14, dueAt: endOf("2026-08-17").toISOString() });
    expect(await db.notification.count({ where: { caseId: id, type: { in: ["CASE_SUSPENDED", "CASE_RESUMED"] } } })).toBe(2);
  });

  test("before 1/7/2026 a complaint had no suspension grounds: refused", async () => {
    const id = await accepted("COMPLAINT", "2026-06-01");
    expect(await act(id, "suspend", staffActor(world.users.leader), at("2026-06-10"), { groundCode: "KN_OBSTACLE", note: "x", decisionNo: "1", decisionDate: "2026-06-10" })).toEqual({
      ok: false,
      error: "no-grounds",
    });
  });

  test("ending (đình chỉ) on a statutory ground closes the case as ENDED", async () => {
    const id = await accepted("COMPLAINT", "2026-07-06");
    await ok(id, "end", staffActor(world.users.leader), at("2026-07-20"), { groundCode: "KN_DIED_DISSOLVED", note: "Người khiếu nại đã chết.", decisionNo: "20/QĐ", decisionDate: "2026-07-20" });
    expect(await c(id)).toMatchObject({ status: "ENDED", endGround: "KN_DIED_DISSOLVED", nextDueAt: null });
  });
});

describe("the mandatory dialogue (Luật Khiếu nại art. 30, 39)", () => {
  async function holdDialogue(caseId: string, held: boolean) {
    const { leader, handler } = world.users;
    return write(async (tx) => {
      const s = await tx.dialogueSession.create({
        data: {
          unitId: leader.unitId!,
          kind: "THEMATIC",
          title: "Đối thoại khiếu nại đất đai",
          chairId: leader.id,
          createdById: handler.id,
          startsAt: at("2026-07-20"),
          endsAt: at("2026-07-20", 11),
          status: held ? "HELD" : "SCHEDULED",
          minutesSavedAt: held ? at("2026-07-20", 12) : null,
          minutesSummary: held ? "Hai bên trình bày; giữ nguyên ý kiến." : null,
        },
      });
      await tx.sessionAgendaItem.create({ data: { sessionId: s.id, caseId, title: "Khiếu nại đất đai" } });
      return s.id;
    });
  }

  test("first instance: when the officer records that demand and verification differ, no resolution until a held session with minutes", async () => {
    const { handler, leader } = world.users;
    const id = await accepted("COMPLAINT", "2026-07-06");
    // Nothing recorded: no dialogue needed.
    await ok(id, "recordVerification", staffActor(handler), at("2026-07-10"), { demandDiffers: true, note: "Diện tích đo lại 412 m², công dân yêu cầu 520 m²." });
    expect(await act(id, "proposeResolution", staffActor(handler), at("2026-07-11"), { note: "x" })).toEqual({ ok: false, error: "dialogue-required" });
    // A scheduled (not yet held) session is not enough.
    await holdDialogue(id, false);
    expect(await act(id, "proposeResolution", staffActor(handler), at("2026-07-11"), { note: "x" })).toEqual({ ok: false, error: "dialogue-required" });
    const sessionId = await holdDialogue(id, true);
    await ok(id, "proposeResolution", staffActor(handler), at("2026-07-21"), { note: "Bác yêu cầu; giữ nguyên quyết định." });
    await ok(id, "approveResolution", staffActor(leader), at("2026-07-22"));
    const resolved = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "RESOLVED" } });
    expect(JSON.parse(resolved.data!)).toMatchObject({ dialogueSessionId: sessionId });
  });

  test("first instance, demand and verification agree: no dialogue needed", async () => {
    const { handler, leader } = world.users;
    const id = await accepted("COMPLAINT", "2026-07-06");
    await ok(id, "recordVerification", staffActor(handler), at("2026-07-10"), { demandDiffers: false, note: "Kết quả xác minh đúng như yêu cầu." });
    await ok(id, "proposeResolution", staffActor(handler), at("2026-07-11"), { note: "Chấp nhận khiếu nại." });
    await ok(id, "approveResolution", staffActor(leader), at("2026-07-12"));
  });
});

describe("a second complaint when the first-instance deadline passed without a decision (art. 33)", () => {
  test("refused before the deadline, opens the second instance after it, refused once the 30 days from the deadline are over", async () => {
    const citizen = citizenActor(world.users.citizen);
    const id = await accepted("COMPLAINT", "2026-07-01");
    // Wed 1/7 + 30 = Fri 31/7.
    expect((await c(id)).dueAt).toEqual(endOf("2026-07-31"));
    expect(await act(id, "appeal", citizen, at("2026-07-30"), { note: "Quá hạn chưa giải quyết." })).toEqual({ ok: false, error: "deadline-not-passed" });
    // 31/7 + 30 = Sun 30/8 → 31/8, 1/9, 2/9 off → Thu 3/9 is the last day.
    expect(await act(id, "appeal", citizen, at("2026-09-04"), { note: "Quá hạn chưa giải quyết." })).toEqual({ ok: false, error: "appeal-window-closed" });
    const r = await act(id, "appeal", citizen, at("2026-09-03", 16), { note: "Đã quá thời hạn giải quyết mà chưa có quyết định." });
    expect(r).toMatchObject({ ok: true, status: "APPEALED" });
    if (!r.ok) return;
    const first = await c(id);
    expect(first).toMatchObject({ status: "APPEALED", nextDueAt: null });
    const second = await db.case.findUniqueOrThrow({ where: { code: r.appealCode! } });
    expect(second).toMatchObject({ instance: 2, appealOfId: id, status: "SUBMITTED", acceptRuleId: "rule-kn-accept-2026" });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "APPEALED" } });
    expect(JSON.parse(event.data!)).toMatchObject({ unresolvedDueAt: endOf("2026-07-31").toISOString(), appealCode: r.appealCode });
  });

  test("the second instance always waits for its dialogue", async () => {
    const citizen = citizenActor(world.users.citizen);
    const id = await accepted("COMPLAINT", "2026-07-01");
    const r = await act(id, "appeal", citizen, at("2026-08-10"), { note: "Quá hạn." });
    if (!r.ok) throw new Error(r.error);
    const second = await db.case.findUniqueOrThrow({ where: { code: r.appealCode! } });
    const { provinceLeader } = world.users;
    await ok(second.id, "accept", staffActor(provinceLeader), at("2026-08-11"));
    await ok(second.id, "assign", staffActor(provinceLeader), at("2026-08-11", 10), { assigneeId: provinceLeader.id });
    expect(await act(second.id, "proposeResolution", staffActor(provinceLeader), at("2026-08-20"), { note: "x" })).toEqual({ ok: false, error: "dialogue-required" });
  });
});

describe("denunciation extensions by complexity (Luật Tố cáo art. 30; NĐ 31/2019 art. 3), each by a decision", () => {
  test("refused unless complex; a second refused unless especially complex; never a third", async () => {
    const { leader } = world.users;
    const id = await accepted("DENUNCIATION", "2026-08-03");
    // Mon 3/8 + 30 = Wed 2/9 → Thu 3/9.
    expect((await c(id)).dueAt).toEqual(endOf("2026-09-03"));
    const extend = (now: Date, no: string) => act(id, "extend", staffActor(leader), now, { note: "Cần xác minh thêm.", decisionNo: no, decisionDate: localDay(now) });
    expect(await act(id, "extend", staffActor(leader), at("2026-08-20"), { note: "x" })).toEqual({ ok: false, error: "decision-required" });
    expect(await extend(at("2026-08-20"), "30/QĐ")).toEqual({ ok: false, error: "needs-complex" });
    await ok(id, "setComplexity", staffActor(leader), at("2026-08-20"), { complexity: "COMPLEX", note: "Phải xác minh tại hai địa điểm (NĐ 31/2019 Điều 3 k.2 a)." });
    expect((await extend(at("2026-08-21"), "31/QĐ")).ok).toBe(true);
    // 3/8 + 60 = Fri 2/10.
    expect(await c(id)).toMatchObject({ extensionCount: 1, dueAt: endOf("2026-10-02") });
    expect(await extend(at("2026-09-25"), "40/QĐ")).toEqual({ ok: false, error: "needs-especially-complex" });
    await ok(id, "setComplexity", staffActor(leader), at("2026-09-25"), { complexity: "ESPECIALLY_COMPLEX", note: "Nhiều người, nhiều nội dung, yếu tố nước ngoài." });
    expect((await extend(at("2026-09-26"), "41/QĐ")).ok).toBe(true);
    // 3/8 + 90 = Sun 1/11 → Mon 2/11.
    expect(await c(id)).toMatchObject({ extensionCount: 2, dueAt: endOf("2026-11-02") });
    expect(await extend(at("2026-10-30"), "50/QĐ")).toEqual({ ok: false, error: "max-extensions-reached" });
    const events = await db.caseEvent.findMany({ where: { caseId: id, type: "EXTENDED" } });
    expect(events.map((e) => JSON.parse(e.data!).decisionNo)).toEqual(["31/QĐ", "41/QĐ"]);
  });

  test("verified at several places: marked at receipt, the acceptance limit becomes 10 working days", async () => {
    const id = await file("DENUNCIATION", at("2026-08-28", 8));
    // Fri 28/8: 7 working days → 11/9.
    expect((await c(id)).acceptDueAt).toEqual(endOf("2026-09-11"));
    await ok(id, "setComplexity", staffActor(world.users.reception), at("2026-08-28"), { complexity: "COMPLEX", note: "Phải xác minh tại ba xã." });
    // … 10 working days → 16/9.
    expect(await c(id)).toMatchObject({ acceptDueAt: endOf("2026-09-16"), nextDueAt: endOf("2026-09-16"), complex: true });
  });
});

describe("complexity decided when known", () => {
  test("a complaint found complex while handled moves to 45 days; in a remote unit to 60", async () => {
    const { leader } = world.users;
    const id = await accepted("COMPLAINT", "2026-07-03");
    await ok(id, "setComplexity", staffActor(leader), at("2026-07-20"), { complexity: "COMPLEX", note: "Nhiều nội dung phải xác minh (NĐ 155/2026, Điều 3a k.1 b)." });
    // 3/7 + 45 = Mon 17/8.
    expect(await c(id)).toMatchObject({ complex: true, dueAt: endOf("2026-08-17"), nextDueAt: endOf("2026-08-17") });

    const remote = await world.unit("CHIENGAN");
    await write((tx) => tx.unit.update({ where: { id: remote.id }, data: { remote: true } }));
    try {
      const other = await file("COMPLAINT", at("2026-07-03", 8), "CHIENGAN");
      await ok(other, "accept", staffActor(world.users.provinceLeader), at("2026-07-03"));
      // Remote: 3/7 + 45 = 17/8; complex remote: + 60 = Tue 1/9 (off), 2/9 (off) → Thu 3/9.
      expect(await c(other)).toMatchObject({ remoteArea: true, dueAt: endOf("2026-08-17") });
      await ok(other, "setComplexity", staffActor(world.users.provinceLeader), at("2026-07-20"), { complexity: "COMPLEX", note: "Vụ việc phức tạp." });
      expect((await c(other)).dueAt).toEqual(endOf("2026-09-03"));
      // The unit's flag changing later does not move a running case.
      await write((tx) => tx.unit.update({ where: { id: remote.id }, data: { remote: false } }));
      await ok(other, "note", staffActor(world.users.provinceLeader), at("2026-07-21"), { note: "Ghi chú." });
      expect((await c(other)).remoteArea).toBe(true);
    } finally {
      await write((tx) => tx.unit.update({ where: { id: remote.id }, data: { remote: false } }));
    }
  });
});

describe("withdrawal as a recorded step", () => {
  test("a complaint withdrawn: WITHDRAWN, with what it means from 1/7/2026 in the event", async () => {
    const id = await accepted("COMPLAINT", "2026-07-06");
    await ok(id, "withdraw", citizenActor(world.users.citizen), at("2026-07-08"), { note: "Đã thỏa thuận được." });
    expect((await c(id)).status).toBe("WITHDRAWN");
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "WITHDRAWN" } });
    expect(JSON.parse(event.data!).consequenceVi).toContain("không được xem xét lại");
  });

  test("an accepted denunciation: the withdrawal is recorded and the resolver told; it ends only by the resolver's decision", async () => {
    const { leader, handler } = world.users;
    const id = await accepted("DENUNCIATION", "2026-08-03");
    await ok(id, "withdraw", citizenActor(world.users.citizen), at("2026-08-05"), { note: "Tôi rút đơn." });
    const after = await c(id);
    expect(after.status).toBe("IN_PROGRESS");
    expect(after.withdrawalRequestedAt).toEqual(at("2026-08-05"));
    expect((await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "WITHDRAWAL_REQUESTED" } })).visibility).toBe("PUBLIC");
    expect(await db.notification.count({ where: { caseId: id, type: "WITHDRAWAL_REQUESTED", userId: { in: [leader.id, handler.id] } } })).toBe(2);
    await ok(id, "end", staffActor(leader), at("2026-08-06"), { groundCode: "TC_WITHDRAWN", note: "Không có dấu hiệu vi phạm; chấp nhận việc rút tố cáo.", decisionNo: "7/QĐ", decisionDate: "2026-08-06" });
    expect((await c(id)).status).toBe("ENDED");
  });

  test("…or the resolver continues it (signs of a violation, Luật Tố cáo art. 33 k.3), and the denouncer is told", async () => {
    const { leader } = world.users;
    const id = await accepted("DENUNCIATION", "2026-08-03");
    expect(await act(id, "continueResolution", staffActor(leader), at("2026-08-04"), { note: "x" })).toEqual({ ok: false, error: "no-withdrawal" });
    await ok(id, "withdraw", citizenActor(world.users.citizen), at("2026-08-05"), { note: "Tôi rút đơn." });
    await ok(id, "continueResolution", staffActor(leader), at("2026-08-06"), { note: "Hành vi bị tố cáo có dấu hiệu vi phạm pháp luật." });
    expect(await c(id)).toMatchObject({ status: "IN_PROGRESS", withdrawalRequestedAt: null });
    expect((await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "CONTINUED_AFTER_WITHDRAWAL" } })).visibility).toBe("PUBLIC");
    expect(await db.notification.count({ where: { caseId: id, type: "CASE_CONTINUED", userId: world.users.citizen.id } })).toBe(1);
  });
});

function localDay(d: Date) {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
