import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld, citizenActor, staffActor, version } from "~/test/world";
import { db } from "~/utils/db.server";
import { fileCase } from "./filing.server";
import { listCitizenCases, recentUnitCases } from "./lists.server";
import type { FileCaseInput } from "./schemas";
import { secretMatches } from "./secret.server";
import { proposedReplyBy } from "./info-request.server";
import { applyTransition } from "./transitions.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const token = () => randomBytes(12).toString("base64url");

async function complaintInput(overrides: Partial<FileCaseInput> = {}): Promise<FileCaseInput> {
  const unit = await world.unit("TOHIEU");
  return {
    kind: "COMPLAINT",
    title: "Khiếu nại quyết định thu hồi đất",
    description: "Tôi không đồng ý với diện tích đất bị thu hồi trong quyết định.",
    categoryId: world.category.id,
    unitId: unit.id,
    decisionText: "Quyết định 123/QĐ-UBND",
    learnedAt: "2026-11-01",
    submissionToken: token(),
    ...overrides,
  };
}

const citizen = () => ({ kind: "citizen" as const, user: world.users.citizen });

describe("filing", () => {
  test("a complaint gets a code, an acceptance deadline, a SUBMITTED event and a notification", async () => {
    const now = new Date("2026-11-27T03:00:00Z");
    const result = await fileCase(await complaintInput(), citizen(), [], now);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.code).toMatch(/^TOHIEU-2026-\d{6}$/);
    const c = await db.case.findUniqueOrThrow({ where: { id: result.caseId }, include: { events: true } });
    expect(c.status).toBe("SUBMITTED");
    // Received after 1 July 2026: 7 working days (Nghị định 155/2026 Điều 10; until then 10 working days,
    // and before issue #11 the app wrongly counted 10 calendar days → 7 Dec). From Fri 27 Nov: 30/11, 1–4/12, 7/12, 8/12.
    expect(c.acceptDueAt?.toISOString()).toBe("2026-12-08T16:59:59.999Z");
    expect(c.acceptRuleId).toBe("rule-kn-accept-2026");
    // Forward within 5 working days if the unit is not competent: 30/11, 1, 2, 3, 4/12.
    expect(c.forwardDueAt?.toISOString()).toBe("2026-12-04T16:59:59.999Z");
    expect(c.events.map((e) => e.type)).toEqual(["SUBMITTED"]);
    expect(await db.notification.count({ where: { userId: world.users.citizen.id, caseId: c.id } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: world.users.citizen.email! } })).toBeGreaterThan(0);
  });

  test("a double submit of one form creates one case", async () => {
    const input = await complaintInput();
    const [a, b] = await Promise.all([fileCase(input, citizen(), []), fileCase(input, citizen(), [])]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.code).toBe(b.code);
    expect(await db.case.count({ where: { submissionToken: input.submissionToken } })).toBe(1);
  });

  test("an anonymous feedback gets a secret that opens it; the same form twice gives the same secret", async () => {
    const unit = await world.unit("CHIENGAN");
    const input: FileCaseInput = {
      kind: "FEEDBACK",
      title: "Đèn đường hỏng",
      description: "Đèn đường trước chợ không sáng đã một tuần nay.",
      categoryId: world.category.id,
      unitId: unit.id,
      anonymous: true,
      submissionToken: token(),
    };
    const first = await fileCase(input, { kind: "anonymous" }, []);
    const again = await fileCase(input, { kind: "anonymous" }, []);
    if (!first.ok || !again.ok) throw new Error("filing failed");
    expect(first.secret).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(again.secret).toBe(first.secret);
    const c = await db.case.findUniqueOrThrow({ where: { id: first.caseId } });
    expect(c.anonymous).toBe(true);
    expect(c.contactName).toBeNull();
    expect(secretMatches(first.secret!, c.secretHash)).toBe(true);
    expect(secretMatches("AAAA-AAAA", c.secretHash)).toBe(false);
  });

  test("a denunciation needs a verified identity; the complaint's late filing needs a reason", async () => {
    const unit = await world.unit("TOHIEU");
    const denunciation = await fileCase(
      { kind: "DENUNCIATION", title: "Tố cáo cán bộ nhận hối lộ", description: "Cán bộ địa chính yêu cầu nộp tiền ngoài quy định.", denouncedText: "Ông A", categoryId: world.category.id, unitId: unit.id, contactName: "B", submissionToken: token() },
      { kind: "anonymous" },
      [],
    );
    expect(denunciation).toEqual({ ok: false, errors: { kind: ["cases.errors.denunciationNeedsIdentity"] } });
    const late = await fileCase(await complaintInput({ learnedAt: "2026-01-05" }), citizen(), [], new Date("2026-11-27T03:00:00Z"));
    // Past the 90 days the citizen states the obstacle and how many days it lasted (art. 9 ¶2).
    expect(late).toEqual({ ok: false, errors: { lateReason: ["cases.errors.lateReasonRequired"], obstacleDays: ["procedure.errors.obstacleDaysRequired"] } });
    const withReason = await fileCase(
      await complaintInput({ learnedAt: "2026-01-05", lateReason: "Tôi nằm viện điều trị dài ngày.", obstacleDays: 40 }),
      citizen(),
      [],
      new Date("2026-04-20T03:00:00Z"),
    );
    if (!withReason.ok) throw new Error(JSON.stringify(withReason.errors));
    const c = await db.case.findUniqueOrThrow({ where: { id: withReason.caseId } });
    // Mon 5 Jan 2026 + 90 + 40 days = Fri 15 May 2026.
    expect(c.obstacleDays).toBe(40);
    expect(c.filingLimitAt?.toISOString()).toBe("2026-05-15T16:59:59.999Z");
  });
});

describe("lists", () => {
  test("a new case shows its acceptance deadline in 'my cases' and the desk's recent list, as the inbox does", async () => {
    const result = await fileCase(await complaintInput(), citizen(), [], new Date("2026-11-27T03:00:00Z"));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const c = await db.case.findUniqueOrThrow({ where: { id: result.caseId } });
    expect(c.dueAt).toBeNull();
    expect(c.nextDueAt).not.toBeNull();
    const mine = await listCitizenCases(world.users.citizen.id, {});
    expect(mine.cases.find((x) => x.id === c.id)?.dueAt?.toISOString()).toBe(c.nextDueAt!.toISOString());
    const recent = await recentUnitCases(c.unitId, 100);
    expect(recent.find((x) => x.id === c.id)?.dueAt?.toISOString()).toBe(c.nextDueAt!.toISOString());
  });
});

describe("the workflow in the database", () => {
  test("SUBMITTED → … → CLOSED across reception, handler, leader and citizen, with one event per step", async () => {
    const filed = await fileCase(await complaintInput(), citizen(), []);
    if (!filed.ok) throw new Error();
    const id = filed.caseId;
    const { reception, handler, leader } = world.users;
    const step = async (action: Parameters<typeof applyTransition>[1]["action"], actor: Parameters<typeof applyTransition>[1]["actor"], extra = {}) => {
      const r = await applyTransition(id, { action, actor, version: await version(id), ...extra });
      expect(r).toMatchObject({ ok: true });
      return r;
    };
    await step("accept", staffActor(reception));
    const accepted = await db.case.findUniqueOrThrow({ where: { id } });
    expect(accepted.dueAt).not.toBeNull();
    await step("requestInfo", staffActor(reception), { note: "Xin gửi bản sao quyết định." });
    await step("provideInfo", citizenActor(world.users.citizen), { note: "Tôi gửi kèm bản sao." });
    expect((await db.case.findUniqueOrThrow({ where: { id } })).status).toBe("ACCEPTED");
    await step("assign", staffActor(reception), { assigneeId: handler.id });
    await step("note", staffActor(handler), { note: "Đã xác minh thực địa." });
    await step("proposeResolution", staffActor(handler), { note: "Giữ nguyên quyết định; giải thích cho công dân." });
    await step("approveResolution", staffActor(leader));
    const resolved = await db.case.findUniqueOrThrow({ where: { id } });
    expect(resolved.status).toBe("RESOLVED");
    expect(resolved.resolvedOnTime).toBe(true);
    expect(resolved.appealDueAt).not.toBeNull();
    await step("acceptResolution", citizenActor(world.users.citizen));
    await step("rate", citizenActor(world.users.citizen), { rating: 4, note: "Cán bộ nhiệt tình." });

    const events = await db.caseEvent.findMany({ where: { caseId: id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.type)).toEqual([
      "SUBMITTED", "ACCEPTED", "INFO_REQUESTED", "INFO_PROVIDED", "ASSIGNED", "NOTE", "RESOLUTION_PROPOSED", "RESOLVED", "CLOSED", "RATED",
    ]);
    expect(events.filter((e) => e.visibility === "INTERNAL").map((e) => e.type)).toEqual(["ASSIGNED", "NOTE", "RESOLUTION_PROPOSED"]);
    const final = await db.case.findUniqueOrThrow({ where: { id } });
    expect(final).toMatchObject({ status: "CLOSED", satisfaction: 4, version: 9 });
  });

  test("a request for information tells the citizen the reply-by date: in-app, by email and by SMS", async () => {
    const filed = await fileCase(await complaintInput(), citizen(), []);
    if (!filed.ok) throw new Error();
    const id = filed.caseId;
    const { reception } = world.users;
    const asked = new Date();
    await applyTransition(id, { action: "accept", actor: staffActor(reception), version: await version(id) });
    const r = await applyTransition(id, { action: "requestInfo", actor: staffActor(reception), version: await version(id), note: "Xin gửi bản sao quyết định.", replyBy: "2099-12-18" });
    expect(r).toMatchObject({ ok: true });
    const notice = await db.notification.findFirstOrThrow({ where: { caseId: id, type: "INFO_REQUESTED" } });
    expect(JSON.parse(notice.params ?? "{}")).toMatchObject({ replyBy: "2099-12-18" });
    const { email, phone } = world.users.citizen;
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email!, createdAt: { gte: asked }, subject: { contains: filed.code } }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain("18/12/2099");
    const sms = await db.outboxSms.findFirstOrThrow({ where: { to: phone!, createdAt: { gte: asked }, text: { contains: "bo sung" } }, orderBy: { createdAt: "desc" } });
    expect(sms.text).toContain("18/12/2099");
  });

  test("a request for information sent without a date gets the app's default one, and the citizen is told it", async () => {
    const filed = await fileCase(await complaintInput(), citizen(), []);
    if (!filed.ok) throw new Error();
    const id = filed.caseId;
    const { reception } = world.users;
    await applyTransition(id, { action: "accept", actor: staffActor(reception), version: await version(id) });
    await applyTransition(id, { action: "requestInfo", actor: staffActor(reception), version: await version(id), note: "Xin gửi bản sao." });
    const { date } = await proposedReplyBy();
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "INFO_REQUESTED" } });
    expect(JSON.parse(event.data ?? "{}")).toMatchObject({ replyBy: date });
    const notice = await db.notification.findFirstOrThrow({ where: { caseId: id, type: "INFO_REQUESTED" } });
    expect(JSON.parse(notice.params ?? "{}")).toMatchObject({ replyBy: date });
  });

  test("two officials acting at once: one wins, the other is told and nothing of theirs is written", async () => {
    const filed = await fileCase(await complaintInput(), citizen(), []);
    if (!filed.ok) throw new Error();
    const seen = await version(filed.caseId);
    const [a, b] = await Promise.all([
      applyTransition(filed.caseId, { action: "accept", actor: staffActor(world.users.reception), version: seen }),
      applyTransition(filed.caseId, { action: "decline", actor: staffActor(world.users.leader), version: seen, reasonCode: "NOT_COMPETENT", note: "Không thuộc thẩm quyền." }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toEqual({ ok: false, error: "conflict" });
    const events = await db.caseEvent.count({ where: { caseId: filed.caseId } });
    expect(events).toBe(2);
  });

  test("staff of another unit are refused and nothing is written", async () => {
    const filed = await fileCase(await complaintInput(), citizen(), []);
    if (!filed.ok) throw new Error();
    const before = await db.case.findUniqueOrThrow({ where: { id: filed.caseId } });
    const r = await applyTransition(filed.caseId, { action: "accept", actor: staffActor(world.users.handlerChiengAn), version: before.version });
    expect(r).toEqual({ ok: false, error: "forbidden" });
    const after = await db.case.findUniqueOrThrow({ where: { id: filed.caseId } });
    expect(after).toEqual(before);
  });

  test("decline needs a reason; transfer to the same unit is refused; transfer keeps the code", async () => {
    const filed = await fileCase(await complaintInput(), citizen(), []);
    if (!filed.ok) throw new Error();
    const reception = staffActor(world.users.reception);
    expect(await applyTransition(filed.caseId, { action: "decline", actor: reception, version: 0 })).toEqual({ ok: false, error: "note-required" });
    const tohieu = await world.unit("TOHIEU");
    expect(await applyTransition(filed.caseId, { action: "transfer", actor: reception, version: 0, targetUnitId: tohieu.id, note: "x" })).toEqual({
      ok: false,
      error: "same-unit",
    });
    const chiengan = await world.unit("CHIENGAN");
    const moved = await applyTransition(filed.caseId, { action: "transfer", actor: reception, version: 0, targetUnitId: chiengan.id, note: "Thuộc thẩm quyền phường Chiềng An." });
    expect(moved).toEqual({ ok: true, status: "SUBMITTED", code: filed.code, appealCode: undefined });
    const c = await db.case.findUniqueOrThrow({ where: { id: filed.caseId } });
    expect(c.unitId).toBe(chiengan.id);
    expect(c.code).toBe(filed.code);
    // The old unit no longer acts on it; the new one does.
    expect(await applyTransition(filed.caseId, { action: "accept", actor: reception, version: c.version })).toEqual({ ok: false, error: "forbidden" });
    expect((await applyTransition(filed.caseId, { action: "accept", actor: staffActor(world.users.handlerChiengAn), version: c.version })).ok).toBe(false);
  });

  test("an appeal opens a linked second-instance case at the parent unit", async () => {
    const filed = await fileCase(await complaintInput(), citizen(), []);
    if (!filed.ok) throw new Error();
    const id = filed.caseId;
    const { reception, handler, leader } = world.users;
    for (const [action, actor, extra] of [
      ["accept", staffActor(reception), {}],
      ["assign", staffActor(reception), { assigneeId: handler.id }],
      ["proposeResolution", staffActor(handler), { note: "Bác đơn khiếu nại." }],
      ["approveResolution", staffActor(leader), {}],
    ] as const) {
      expect((await applyTransition(id, { action, actor, version: await version(id), ...extra })).ok).toBe(true);
    }
    const appealed = await applyTransition(id, { action: "appeal", actor: citizenActor(world.users.citizen), version: await version(id), note: "Tôi không đồng ý với kết quả." });
    if (!appealed.ok) throw new Error(appealed.error);
    const second = await db.case.findUniqueOrThrow({ where: { code: appealed.appealCode! }, include: { unit: true, appealOf: true } });
    expect(second).toMatchObject({ instance: 2, status: "SUBMITTED", citizenId: world.users.citizen.id });
    expect(second.unit.code).toBe("SLA");
    expect(second.appealOf?.id).toBe(id);
    expect((await db.case.findUniqueOrThrow({ where: { id }, include: { appeal: true } })).appeal?.id).toBe(second.id);
    // Only once.
    expect((await applyTransition(id, { action: "appeal", actor: citizenActor(world.users.citizen), version: await version(id), note: "again" })).ok).toBe(false);
  });
});
