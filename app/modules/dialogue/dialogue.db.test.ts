import { randomBytes } from "node:crypto";
import ICAL from "ical.js";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { roleHasPermission, roles } from "~/modules/auth/roles";
import { fileCase } from "~/modules/cases/filing.server";
import { buildWorld } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { approveJoinRequest, bookSlot, requestToJoin, requireOwnInvitation, respondToInvitation } from "./booking.server";
import { calendarFeed } from "./calendar.server";
import { alertOverdueCommitments, dueCommitments, fileWalkIn, recordAttendance, saveMinutes } from "./minutes.server";
import { receptionCompliance } from "./frequency.server";
import { createServerI18n } from "~/i18n/i18n.server";
import { windowOf } from "~/modules/reports/facts.server";
import { registerHeaders, registerLines } from "~/modules/reports/registers.server";
import { toCsvFile } from "~/utils/csv.server";
import { registerEntries } from "./register.server";
import { sessionSchema, type SessionInput } from "./schemas";
import { addCaseToAgenda, cancelSession, createSession, updateSession } from "./sessions.server";
import { toLocalInput } from "./time";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const dayMs = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-27T03:00:00Z"); // 10:00 in Vietnam
const at = (days: number, hour = 8) => `${toLocalInput(new Date(now.getTime() + days * dayMs)).slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;

function input(over: Partial<Record<keyof SessionInput, unknown>> = {}): SessionInput {
  const parsed = sessionSchema.parse({
    kind: "RECEPTION_DAY",
    title: "Tiếp công dân định kỳ tháng 12",
    chairId: world.users.leader.id,
    startsAt: at(3, 8),
    endsAt: at(3, 11),
    place: "Trụ sở UBND phường Tô Hiệu",
    capacity: "3",
    isPublic: true,
    ...over,
  });
  return parsed;
}

async function citizens(n: number) {
  return write(async (tx) => {
    const made = [];
    for (let i = 0; i < n; i++) {
      const s = randomBytes(4).toString("hex");
      made.push(await tx.user.create({ data: { fullName: `Công dân ${s}`, nameSearch: `cong dan ${s}`, email: `cd-${s}@example.test`, passwordHash: "x", role: "CITIZEN" } }));
    }
    return made;
  });
}

async function schedule(over: Partial<Record<keyof SessionInput, unknown>> = {}) {
  const r = await createSession(world.users.reception, input(over), now);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}

describe("scheduling", () => {
  test("a reception day in the past, or chaired by someone who is not a leader of the unit, is refused", async () => {
    const past = await createSession(world.users.reception, input({ startsAt: at(-1, 8), endsAt: at(-1, 11) }), now);
    expect(past).toEqual({ ok: false, errors: { startsAt: ["dialogue.errors.inPast"] } });
    const handlerChair = await createSession(world.users.reception, input({ chairId: world.users.handler.id }), now);
    expect(handlerChair).toEqual({ ok: false, errors: { chairId: ["dialogue.errors.chairNotLeader"] } });
    const otherUnitLeader = await createSession(world.users.reception, input({ chairId: world.users.provinceLeader.id }), now);
    expect(otherUnitLeader.ok).toBe(false);
    expect(await db.dialogueSession.count({ where: { title: "Tiếp công dân định kỳ tháng 12" } })).toBe(0);
  });

  test("a double submit of the form schedules one session", async () => {
    const token = randomBytes(16).toString("base64url");
    const form = input({ title: "Tiếp dân gửi hai lần", submissionToken: token });
    const [a, b] = await Promise.all([createSession(world.users.reception, form, now), createSession(world.users.reception, form, now)]);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.id).toBe(b.id);
    const again = await createSession(world.users.reception, form, now);
    expect(again).toEqual(a);
    expect(await db.dialogueSession.count({ where: { title: "Tiếp dân gửi hai lần" } })).toBe(1);
  });

  test("handlers and reception schedule sessions; citizens and mediators do not", () => {
    expect(roles.filter((r) => roleHasPermission(r, "session:manage"))).toEqual(["RECEPTION", "HANDLER", "LEADER"]);
    expect(roles.filter((r) => roleHasPermission(r, "session:book"))).toEqual(["CITIZEN"]);
  });

  test("postponing tells those who booked; a stale edit is refused; a cancelled session takes no minutes", async () => {
    const id = await schedule({ title: "Tiếp dân để hoãn" });
    const [a] = await citizens(1);
    expect((await bookSlot(id, a!, "Hỏi về cấp giấy chứng nhận quyền sử dụng đất", now)).ok).toBe(true);
    const s = await db.dialogueSession.findUniqueOrThrow({ where: { id } });
    const moved = await updateSession(world.users.reception, id, input({ title: "Tiếp dân để hoãn", startsAt: at(5, 8), endsAt: at(5, 11), version: String(s.version) }), now);
    expect(moved.ok).toBe(true);
    const after = await db.dialogueSession.findUniqueOrThrow({ where: { id } });
    expect(after.postponedFrom?.toISOString()).toBe(s.startsAt.toISOString());
    expect(await db.notification.count({ where: { userId: a!.id, type: "SESSION_RESCHEDULED" } })).toBe(1);
    const stale = await updateSession(world.users.reception, id, input({ title: "Sửa cũ", version: String(s.version) }), now);
    expect(stale).toMatchObject({ ok: false, status: 409 });

    expect((await cancelSession(id, after.version, "Lãnh đạo đi công tác đột xuất")).ok).toBe(true);
    expect(await db.notification.count({ where: { userId: a!.id, type: "SESSION_CANCELLED" } })).toBe(1);
    const minutes = await saveMinutes(id, { version: after.version + 1, items: [] }, now);
    expect(minutes).toMatchObject({ ok: false, errors: { "": ["dialogue.errors.cancelled"] } });
    expect((await db.dialogueSession.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
  });

  test("a complaint's dialogue is at least five days ahead, with the case on the agenda and its citizen invited (others get 404)", async () => {
    const r = await fileCase(
      { kind: "COMPLAINT", title: "Khiếu nại mức bồi thường đất", description: "Không đồng ý với mức bồi thường trong quyết định thu hồi đất.", categoryId: world.category.id, unitId: (await world.unit("TOHIEU")).id, decisionText: "QĐ 12/QĐ-UBND", learnedAt: "2026-11-20", submissionToken: randomBytes(12).toString("base64url") },
      { kind: "citizen", user: world.users.citizen },
      [],
      now,
    );
    if (!r.ok) throw new Error("filing failed");
    const tooSoon = await createSession(world.users.handler, input({ kind: "THEMATIC", capacity: "0", caseCode: r.code, startsAt: at(3, 14), endsAt: at(3, 16) }), now);
    expect(tooSoon).toEqual({ ok: false, errors: { startsAt: ["dialogue.errors.leadTime?days=5"] } });
    const made = await createSession(world.users.handler, input({ kind: "THEMATIC", capacity: "0", caseCode: r.code, startsAt: at(6, 14), endsAt: at(6, 16) }), now);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const invitation = await db.sessionParticipant.findFirstOrThrow({ where: { sessionId: made.id, userId: world.users.citizen.id } });
    expect(await db.notification.count({ where: { userId: world.users.citizen.id, type: "SESSION_INVITED" } })).toBe(1);
    await expect(requireOwnInvitation(invitation.id, world.users.citizen2.id)).rejects.toMatchObject({ status: 404 });
    expect((await respondToInvitation(invitation.id, world.users.citizen2.id, "DECLINED")).ok).toBe(false);
    expect((await respondToInvitation(invitation.id, world.users.citizen.id, "CONFIRMED")).ok).toBe(true);

    // A public dialogue: a citizen asks to join; they cannot approve themselves, staff can.
    const joinable = await db.dialogueSession.findUniqueOrThrow({ where: { id: made.id } });
    await write((tx) => tx.dialogueSession.update({ where: { id: joinable.id }, data: { isPublic: true } }));
    expect(await requestToJoin(made.id, world.users.citizen2, now)).toEqual({ ok: true });
    expect(await requestToJoin(made.id, world.users.citizen2, now)).toEqual({ ok: false, error: "already" });
    const request = await db.sessionParticipant.findFirstOrThrow({ where: { sessionId: made.id, userId: world.users.citizen2.id } });
    expect(request.response).toBe("REQUESTED");
    expect((await respondToInvitation(request.id, world.users.citizen2.id, "CONFIRMED")).ok).toBe(false);
    expect(await approveJoinRequest(made.id, request.id)).toBe(true);
    expect((await db.sessionParticipant.findUniqueOrThrow({ where: { id: request.id } })).response).toBe("CONFIRMED");
    expect(await addCaseToAgenda(made.id, r.code)).toEqual({ ok: false, errors: { caseCode: ["dialogue.errors.alreadyOnAgenda"] } });
  });
});

describe("booking a slot", () => {
  test("simultaneous bookings never go over capacity, and nobody books twice", async () => {
    const id = await schedule({ title: "Tiếp dân đông người", capacity: "3" });
    const people = await citizens(8);
    const results = await Promise.all(people.map((c, i) => bookSlot(id, c, `Việc cần trình bày số ${i + 1} với lãnh đạo`, now)));
    const booked = results.filter((r) => r.ok);
    expect(booked).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.error === "full")).toHaveLength(5);
    const rows = await db.sessionBooking.findMany({ where: { sessionId: id }, orderBy: { slot: "asc" } });
    expect(rows.map((b) => b.slot)).toEqual([1, 2, 3]);

    const second = await schedule({ title: "Tiếp dân đặt hai lần", capacity: "5" });
    const [c] = await citizens(1);
    const twice = await Promise.all([bookSlot(second, c!, "Trình bày việc lối đi chung", now), bookSlot(second, c!, "Trình bày việc lối đi chung", now)]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(twice.find((r) => !r.ok)).toEqual({ ok: false, error: "already-booked" });
    expect(await bookSlot(second, c!, "Trình bày lần nữa việc khác", now)).toEqual({ ok: false, error: "already-booked" });
    expect(await db.sessionBooking.count({ where: { sessionId: second } })).toBe(1);
  });
});

describe("holding the session", () => {
  test("attendance, a walk-in case, minutes with a commitment: the case's timeline, the desk, the register and the overdue alert", async () => {
    const id = await schedule({ title: "Tiếp công dân ngày 30/11", capacity: "4" });
    const [visitor] = await citizens(1);
    const booking = await bookSlot(id, visitor!, "Đề nghị sửa cống thoát nước tổ 7", now);
    expect(booking.ok).toBe(true);
    const token = randomBytes(12).toString("base64url");
    const walkIn = { kind: "FEEDBACK" as const, contactName: "Lò Văn Đến", title: "Đèn đường ngõ 9 hỏng", description: "Ba bóng đèn ngõ 9 hỏng từ một tháng nay, tối đi lại nguy hiểm.", categoryId: world.category.id, submissionToken: token };
    const filed = await fileWalkIn(id, world.users.reception.id, walkIn, now);
    expect(filed.ok).toBe(true);
    if (!filed.ok) return;
    // A double submit files one case.
    expect(await fileWalkIn(id, world.users.reception.id, walkIn, now)).toEqual({ ok: true, code: filed.code });
    const c = await db.case.findUniqueOrThrow({ where: { code: filed.code } });
    expect(c.channel).toBe("DIALOGUE");
    const items = await db.sessionAgendaItem.findMany({ where: { sessionId: id } });
    expect(items).toHaveLength(1);

    const b = await db.sessionBooking.findFirstOrThrow({ where: { sessionId: id } });
    // Before the session's start nobody can have come: attendance is refused and nothing is ticked.
    expect(await recordAttendance(id, { attended: [], signed: [], bookingsAttended: [b.id] }, now)).toEqual({ ok: false, errors: { "": ["dialogue.errors.attendanceNotYet"] }, status: 409 });
    expect(await db.sessionBooking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ attended: null });
    const startsAt = (await db.dialogueSession.findUniqueOrThrow({ where: { id } })).startsAt;
    expect((await recordAttendance(id, { attended: [], signed: [], bookingsAttended: [b.id] }, startsAt)).ok).toBe(true);
    expect(await db.sessionBooking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ attended: true });
    const s = await db.dialogueSession.findUniqueOrThrow({ where: { id } });
    const due = new Date(now.getTime() + 10 * dayMs);
    const minutes = { version: s.version, summary: "Giao các bộ phận xử lý", items: [{ id: items[0]!.id, discussion: "Công dân phản ánh đèn hỏng.", conclusion: "Thay bóng đèn trong 10 ngày.", commitments: [{ responsible: "Tổ dân phố 9", what: "Thay ba bóng đèn ngõ 9", dueAt: due }] }] };
    // Before the session's start (three days ahead) the minutes are refused and nothing is written.
    expect(await saveMinutes(id, minutes, now)).toEqual({ ok: false, errors: { "": ["dialogue.errors.notYetHeld"] }, status: 409 });
    expect(await db.dialogueSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SCHEDULED", minutesSavedAt: null, version: s.version });
    expect(await db.commitment.count({ where: { sessionId: id } })).toBe(0);
    // The day it takes place, once it has begun.
    const heldAt = new Date(s.startsAt.getTime() + 4 * 3600_000);
    const saved = await saveMinutes(id, minutes, heldAt);
    expect(saved.ok).toBe(true);
    expect((await db.dialogueSession.findUniqueOrThrow({ where: { id } })).status).toBe("HELD");
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: "DIALOGUE_HELD" } });
    expect(event.visibility).toBe("PUBLIC");
    expect(event.note).toBe("Thay bóng đèn trong 10 ngày.");
    expect(JSON.parse(event.data!)).toMatchObject({ session: "Tiếp công dân ngày 30/11" });

    const tohieu = await world.unit("TOHIEU");
    expect((await dueCommitments([tohieu.id])).map((x) => x.what)).toContain("Thay ba bóng đèn ngõ 9");
    // The overdue alert goes once, to the unit's leaders.
    const later = new Date(due.getTime() + dayMs);
    expect(await alertOverdueCommitments(later)).toBe(1);
    expect(await alertOverdueCommitments(later)).toBe(0);
    expect(await db.notification.count({ where: { userId: world.users.leader.id, type: "COMMITMENT_OVERDUE" } })).toBe(1);

    // The register: the walk-in and the visitor who booked and came.
    const entries = await registerEntries(tohieu.id, "2026-11");
    const mine = entries.filter((e) => e.session?.id === id);
    expect(mine.map((e) => e.visitorName).sort()).toEqual(["Lò Văn Đến", visitor!.fullName].sort());
    // Saving the minutes again does not register the same visitor twice.
    const held = await db.dialogueSession.findUniqueOrThrow({ where: { id } });
    expect((await saveMinutes(id, { version: held.version, summary: "Giao các bộ phận xử lý", items: [{ id: items[0]!.id, conclusion: "Thay bóng đèn trong 10 ngày.", commitments: [{ responsible: "Tổ dân phố 9", what: "Thay ba bóng đèn ngõ 9", dueAt: due }] }] }, heldAt)).ok).toBe(true);
    expect((await registerEntries(tohieu.id, "2026-11")).filter((e) => e.session?.id === id)).toHaveLength(2);
    expect(await db.caseEvent.count({ where: { caseId: c.id, type: "DIALOGUE_HELD" } })).toBe(1);
    // …nor alert again about the same, unchanged commitment.
    expect(await alertOverdueCommitments(new Date(later.getTime() + dayMs))).toBe(0);
    expect(await db.commitment.count({ where: { sessionId: id } })).toBe(1);
    // The register's CSV: the walk-in, filed as a case, followed up by its code.
    const t = createServerI18n("vi").t;
    const { lines } = await registerLines("reception", tohieu.id, windowOf({ from: "2026-11-01", to: "2026-11-30" }), "", t, "vi");
    const headers = registerHeaders("reception", t);
    const rows = parseCsv(toCsvFile([headers.map((h) => h.label), ...lines.map((l) => headers.map((h) => l.cells[h.key] ?? ""))]).replace(/^\uFEFF/, "")) as string[][];
    expect(rows[0]![0]).toBe("STT");
    const follow = headers.findIndex((h) => h.key === "followUp");
    expect(rows.some((r) => r[2]!.startsWith("Lò Văn Đến") && r[follow]!.startsWith(filed.code))).toBe(true);

    // Held versus required: the ward's chair held a reception day; a commune's chair owes one a WEEK (art. 15 k.2 d).
    const { rules } = await receptionCompliance(tohieu.id, "2026-11", new Date("2026-12-15T03:00:00Z"));
    const weekly = rules.find((r) => r.rule.host === "HEAD")!;
    expect(weekly.rule.period).toBe("WEEK");
    expect(weekly.periods.map((p) => p.key)).toEqual(["2026-W45", "2026-W46", "2026-W47", "2026-W48"]);
    const leader = weekly.rows.find((r) => r.subject.id === world.users.leader.id)!;
    expect(leader.cells.some((c) => c.state === "OK")).toBe(true);
    expect(leader.short).toBe(leader.cells.filter((c) => c.held < 1).length);
  });
});

describe("the iCalendar feed", () => {
  test("parses with ical.js: one event per public session, cancelled ones marked", async () => {
    const id = await schedule({ title: "Tiếp dân trong lịch", startsAt: at(4, 8), endsAt: at(4, 11) });
    const hidden = await schedule({ title: "Họp nội bộ không công khai", isPublic: false, kind: "THEMATIC", capacity: "0" });
    const body = await calendarFeed({ baseUrl: "https://langnghe.example", title: "Lịch tiếp công dân", kindLabel: (k) => k, now });
    const cal = new ICAL.Component(ICAL.parse(body));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const mine = events.find((e) => e.uid === `${id}@langnghe`);
    expect(mine).toBeDefined();
    expect(mine!.summary).toBe("RECEPTION_DAY: Tiếp dân trong lịch");
    expect(mine!.startDate.toJSDate().toISOString()).toBe(new Date(`${at(4, 8)}:00+07:00`).toISOString());
    expect(mine!.location).toBe("Trụ sở UBND phường Tô Hiệu");
    expect(events.some((e) => e.uid === `${hidden}@langnghe`)).toBe(false);
  });
});
