import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld, staffActor, version } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { fileCase } from "../cases/filing.server";
import type { FileCaseInput } from "../cases/schemas";
import { applyTransition } from "../cases/transitions.server";
import { listPublishedAnswers, publishedAnswer, withdrawPublication } from "./answers.server";
import { currentCountsByCategory, listPublicNotices, listUnitNotices, postNotice, publicNotice, publicNoticeFile, takeDownNotice } from "./notices.server";
import { dayMs } from "./posting";
import type { PostNoticeInput } from "./schemas";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const token = () => randomBytes(12).toString("base64url");
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

function noticeInput(overrides: Partial<PostNoticeInput> = {}): PostNoticeInput {
  return {
    category: "BUDGET",
    title: "Công khai quyết toán ngân sách năm 2025",
    body: "Quyết toán thu, chi ngân sách phường năm 2025 đã được Hội đồng nhân dân phê chuẩn.",
    minDays: 30,
    submissionToken: token(),
    ...overrides,
  };
}

async function post(overrides: Partial<PostNoticeInput> = {}, now = new Date(), officer = world.users.reception) {
  const r = await postNotice(officer, noticeInput(overrides), [], now);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.id;
}

describe("posting a notice", () => {
  const now = new Date("2026-11-27T03:00:00Z"); // 10:00 in Vietnam

  test("today (or no date) posts now; a later date posts at the start of that day in Vietnam; a past date is refused", async () => {
    const nowId = await post({}, now);
    expect((await db.notice.findUniqueOrThrow({ where: { id: nowId } })).postedAt.toISOString()).toBe(now.toISOString());
    const todayId = await post({ postedOn: "2026-11-27" }, now);
    expect((await db.notice.findUniqueOrThrow({ where: { id: todayId } })).postedAt.toISOString()).toBe(now.toISOString());
    const laterId = await post({ postedOn: "2026-12-01", minDays: 45 }, now);
    const later = await db.notice.findUniqueOrThrow({ where: { id: laterId } });
    expect(later.postedAt.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(later.minDays).toBe(45);
    const past = await postNotice(world.users.reception, noticeInput({ postedOn: "2026-11-26" }), [], now);
    expect(past).toEqual({ ok: false, errors: { postedOn: ["noticeBoard.errors.pastDate"] } });
    const bad = await postNotice(world.users.reception, noticeInput({ postedOn: "2026-02-30" }), [], now);
    expect(bad).toEqual({ ok: false, errors: { postedOn: ["errors.invalidDate"] } });
  });

  test("a double submit posts one notice; its file is attached once", async () => {
    const input = noticeInput();
    const file = { fileName: "du-toan.png", mimeType: "image/png", bytes: png, sha256: "a".repeat(64) };
    const [a, b] = await Promise.all([postNotice(world.users.reception, input, [file], now), postNotice(world.users.reception, input, [file], now)]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.id).toBe(b.id);
    expect(await db.notice.count({ where: { submissionToken: input.submissionToken } })).toBe(1);
    expect(await db.attachment.count({ where: { noticeId: a.id } })).toBe(1);
  });

  test("only the unit's own reception officers and leaders post: a handler, a parent unit's leader, an admin are refused", async () => {
    for (const who of [world.users.handler, world.users.provinceLeader, world.users.admin, world.users.citizen]) {
      const r = await postNotice(who, noticeInput(), [], now);
      if (who === world.users.provinceLeader) {
        // The province leader posts for the province, never for a commune.
        expect(r.ok).toBe(true);
        if (r.ok) expect((await db.notice.findUniqueOrThrow({ where: { id: r.id } })).unitId).toBe(world.users.provinceLeader.unitId);
      } else {
        expect(r).toEqual({ ok: false, forbidden: true });
      }
    }
    expect(await postNotice(world.users.leader, noticeInput(), [], now)).toMatchObject({ ok: true });
  });
});

describe("taking a notice down", () => {
  test("before its minimum period: allowed, recorded as early, the unit's leaders are notified; a second take-down is refused", async () => {
    const postedAt = new Date("2026-10-01T03:00:00Z");
    const id = await post({}, postedAt);
    const tenDaysLater = new Date(postedAt.getTime() + 10 * dayMs);
    const r = await takeDownNotice(world.users.reception, id, "Sai sót số liệu, sẽ niêm yết lại.", tenDaysLater);
    expect(r).toEqual({ ok: true, early: true });
    const n = await db.notice.findUniqueOrThrow({ where: { id } });
    expect(n.takenDownAt?.toISOString()).toBe(tenDaysLater.toISOString());
    expect(n.takedownReason).toBe("Sai sót số liệu, sẽ niêm yết lại.");
    expect(n.takenDownById).toBe(world.users.reception.id);
    const notes = await db.notification.findMany({ where: { type: "NOTICE_TAKEN_DOWN_EARLY", link: `/desk/notices/${id}` } });
    expect(notes.map((x) => x.userId)).toEqual([world.users.leader.id]);
    expect(JSON.parse(notes[0]!.params!)).toMatchObject({ days: 10, minDays: 30 });
    expect(await db.auditLog.count({ where: { targetId: id, action: "NOTICE_TAKEN_DOWN_EARLY" } })).toBe(1);

    const shown = await publicNotice(id, new Date(tenDaysLater.getTime() + dayMs));
    expect(shown).toMatchObject({ state: "TAKEN_DOWN", early: true, daysPosted: 10 });
    expect(await takeDownNotice(world.users.leader, id, "Gỡ lần hai", tenDaysLater)).toEqual({ ok: false, error: "already-down" });
  });

  test("after the minimum period: not early, nobody is alarmed", async () => {
    const postedAt = new Date("2026-09-01T03:00:00Z");
    const id = await post({}, postedAt);
    // The 30 days end at 24:00 on 1 October (Civil Code art. 148): the morning after is not early, the morning of the 30th day would be.
    expect(await takeDownNotice(world.users.leader, await post({}, postedAt), "Gỡ sáng ngày thứ 30.", new Date(postedAt.getTime() + 30 * dayMs))).toEqual({ ok: true, early: true });
    const r = await takeDownNotice(world.users.leader, id, "Hết thời hạn niêm yết.", new Date(postedAt.getTime() + 31 * dayMs));
    expect(r).toEqual({ ok: true, early: false });
    expect(await db.notification.count({ where: { link: `/desk/notices/${id}` } })).toBe(0);
  });

  test("staff of another unit, or of the parent unit, cannot take it down (and nothing changes)", async () => {
    const id = await post();
    const chiengan = await world.unit("CHIENGAN");
    const otherReception = await write((tx) =>
      tx.user.create({ data: { fullName: "Lò Văn Khác", nameSearch: "lo van khac", email: `khac-${token()}@example.test`, passwordHash: "x", role: "RECEPTION", unitId: chiengan.id } }),
    );
    for (const who of [otherReception, world.users.provinceLeader, world.users.handler]) {
      expect(await takeDownNotice(who, id, "Không có quyền")).toEqual({ ok: false, error: "forbidden" });
    }
    expect((await db.notice.findUniqueOrThrow({ where: { id } })).takenDownAt).toBeNull();
  });
});

describe("the public board", () => {
  test("shows what is up now, by unit and category, searchable without diacritics; never what is scheduled or cancelled", async () => {
    const now = new Date();
    const s = token().replace(/[^a-z]/gi, "").slice(0, 6).toLowerCase();
    const up = await post({ category: "LAND_RECOVERY", title: `Phương án bồi thường đường Tô Hiệu ${s}` }, new Date(now.getTime() - 2 * dayMs));
    const scheduled = await post({ category: "LAND_RECOVERY", title: `Bồi thường sắp niêm yết ${s}`, postedOn: new Date(now.getTime() + 7 * 3600_000 + 3 * dayMs).toISOString().slice(0, 10) }, now);
    const cancelled = await post({ category: "LAND_RECOVERY", title: `Bồi thường đã hủy ${s}`, postedOn: new Date(now.getTime() + 7 * 3600_000 + 2 * dayMs).toISOString().slice(0, 10) }, now);
    expect(await takeDownNotice(world.users.reception, cancelled, "Nhầm nội dung", now)).toEqual({ ok: true, early: false });
    const down = await post({ category: "LAND_RECOVERY", title: `Bồi thường đã gỡ ${s}` }, new Date(now.getTime() - 5 * dayMs));
    await takeDownNotice(world.users.reception, down, "Gỡ sớm để sửa", new Date(now.getTime() - dayMs));
    const tohieu = await world.unit("TOHIEU");
    const chiengan = await world.unit("CHIENGAN");

    const ids = async (q: Parameters<typeof listPublicNotices>[0]) => (await listPublicNotices(q, now)).notices.map((n) => n.id);
    expect(await ids({ show: "current", q: `boi thuong duong to hieu ${s}` })).toEqual([up]);
    expect(await ids({ show: "current", q: s, unitId: tohieu.id, category: "LAND_RECOVERY" })).toEqual([up]);
    expect(await ids({ show: "current", q: s, unitId: chiengan.id })).toEqual([]);
    expect(await ids({ show: "current", q: s, category: "BUDGET" })).toEqual([]);
    expect(await ids({ show: "past", q: s })).toEqual([down]);
    expect(await ids({ show: "all", q: s })).toEqual([up, down]);
    // The unit's officers see all four.
    const mine = (await listUnitNotices(tohieu.id, null, now)).notices.filter((n) => n.title.endsWith(s));
    expect(mine.map((n) => n.state).sort()).toEqual(["CANCELLED", "POSTED", "SCHEDULED", "TAKEN_DOWN"]);
    expect(await publicNotice(scheduled, now)).toBeNull();
    expect(await publicNotice(cancelled, new Date(now.getTime() + 10 * dayMs))).toBeNull();
  });

  test("the per-commune summary counts what is up now, by category (not scheduled, not taken down)", async () => {
    const now = new Date();
    const chiengan = await world.unit("CHIENGAN");
    const tohieu = await world.unit("TOHIEU");
    const before = await currentCountsByCategory(tohieu.id, now);
    await post({ category: "WELFARE" }, new Date(now.getTime() - dayMs));
    await post({ category: "WELFARE", postedOn: new Date(now.getTime() + 7 * 3600_000 + 2 * dayMs).toISOString().slice(0, 10) }, now);
    const down = await post({ category: "WELFARE" }, new Date(now.getTime() - dayMs));
    await takeDownNotice(world.users.reception, down, "Gỡ để sửa", now);
    const after = await currentCountsByCategory(tohieu.id, new Date(now.getTime() + 1000));
    expect((after.WELFARE ?? 0) - (before.WELFARE ?? 0)).toBe(1);
    expect(await currentCountsByCategory(chiengan.id, now)).toEqual({});
  });

  test("a notice's files are public once it is up (and stay so after it comes down), not before", async () => {
    const file = { fileName: "phuong-an.png", mimeType: "image/png", bytes: png, sha256: "b".repeat(64) };
    const now = new Date();
    const later = await postNotice(world.users.reception, noticeInput({ postedOn: new Date(now.getTime() + 7 * 3600_000 + 2 * dayMs).toISOString().slice(0, 10) }), [file], now);
    const current = await postNotice(world.users.reception, noticeInput(), [file], now);
    if (!later.ok || !current.ok) throw new Error();
    const fileOf = async (noticeId: string) => (await db.attachment.findFirstOrThrow({ where: { noticeId } })).id;
    expect((await publicNoticeFile(await fileOf(later.id), now))?.public).toBe(false);
    expect((await publicNoticeFile(await fileOf(current.id), now))?.public).toBe(true);
    await takeDownNotice(world.users.reception, current.id, "Gỡ sớm", new Date(now.getTime() + dayMs));
    expect((await publicNoticeFile(await fileOf(current.id), new Date(now.getTime() + 2 * dayMs)))?.public).toBe(true);
    // Case evidence is not a notice file.
    const evidence = await write((tx) => tx.attachment.create({ data: { sha256: "c".repeat(64), storageKey: "cc/cc/x.png", fileName: "x.png", mimeType: "image/png", size: 1 } }));
    expect(await publicNoticeFile(evidence.id, now)).toBeNull();
  });

  test("keyset pages: every public notice once, newest first", async () => {
    const base = new Date("2026-06-01T03:00:00Z");
    const s = "trang" + token().replace(/[^a-z]/gi, "").slice(0, 5).toLowerCase();
    for (let i = 0; i < 23; i++) await post({ title: `Niêm yết thử ${s} ${i}` }, new Date(base.getTime() + i * 3600_000));
    const first = await listPublicNotices({ show: "current", q: s }, new Date());
    expect(first.notices).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await listPublicNotices({ show: "current", q: s, cursor: first.nextCursor! }, new Date());
    expect(second.notices).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const titles = [...first.notices, ...second.notices].map((n) => Number(n.title.split(" ").at(-1)));
    expect(titles).toEqual([...Array(23).keys()].reverse());
  });
});

describe("published answers", () => {
  const lan = () => world.users.citizen;

  async function resolvedFeedback(input: Partial<FileCaseInput>, resolution: string) {
    const unit = await world.unit("TOHIEU");
    const filed = await fileCase(
      { kind: "FEEDBACK", title: "Đường vào bản Hài bị sạt lở", description: "Đoạn đường vào bản Hài bị sạt lở sau mưa lớn, xe máy không đi được.", categoryId: world.category.id, unitId: unit.id, submissionToken: token(), ...input },
      { kind: "citizen", user: lan() },
      [],
    );
    if (!filed.ok) throw new Error(JSON.stringify(filed.errors));
    const id = filed.caseId;
    const { reception, handler, leader } = world.users;
    const step = async (action: Parameters<typeof applyTransition>[1]["action"], actor: Parameters<typeof applyTransition>[1]["actor"], extra = {}) =>
      expect(await applyTransition(id, { action, actor, version: await version(id), ...extra })).toMatchObject({ ok: true });
    await step("accept", staffActor(reception));
    await step("assign", staffActor(reception), { assigneeId: handler.id });
    await step("proposeResolution", staffActor(handler), { note: resolution });
    await step("approveResolution", staffActor(leader));
    return { id, code: filed.code };
  }

  test("a consenting citizen's resolved feedback is published, anonymised; found by a diacritic-free search", async () => {
    const s = token().replace(/[^a-z]/gi, "").slice(0, 6).toLowerCase();
    const { id, code } = await resolvedFeedback(
      {
        title: `Đường vào bản Hài sạt lở ${s}`,
        description: `Tôi là Nguyễn Thị Lan ở bản Hài. Đoạn đường bị sạt lở sau mưa lớn. Liên hệ tôi: 0912 000 001 hoặc congdan@langnghe.local.`,
        publishConsent: true,
      },
      "Phường đã thuê máy xúc dọn đất đá; gửi bà Nguyễn Thị Lan kết quả qua số +84912000001.",
    );
    const c = await db.case.findUniqueOrThrow({ where: { id } });
    expect(c.publishedAt).not.toBeNull();
    expect(c.publicQuestion).toBe("Tôi là *** ở bản Hài. Đoạn đường bị sạt lở sau mưa lớn. Liên hệ tôi: *** hoặc ***.");
    expect(c.publicAnswer).toBe("Phường đã thuê máy xúc dọn đất đá; gửi bà *** kết quả qua số ***.");
    expect(c.publicSearch).toBe(foldForSearch(`${c.publicTitle} ${c.publicQuestion} ${c.publicAnswer}`));

    const found = await listPublishedAnswers({ q: `duong vao ban hai sat lo ${s}` });
    expect(found.answers.map((a) => a.code)).toEqual([code]);
    expect(JSON.stringify(found)).not.toMatch(/Nguyễn Thị Lan|0912|congdan@/);
    // The name is not searchable either.
    expect((await listPublishedAnswers({ q: `nguyen thi lan` })).answers.map((a) => a.code)).not.toContain(code);
    expect(await publishedAnswer(code)).toMatchObject({ code, kind: "FEEDBACK", unit: { code: "TOHIEU" } });
  });

  test("a leader of the unit (or above) withdraws a published answer: the public copy is erased, the timeline says who and why", async () => {
    const { id, code } = await resolvedFeedback({ publishConsent: true }, "Đã sửa xong đoạn đường.");
    const reason = "Bản công khai còn tên người gửi.";
    for (const who of [world.users.handler, world.users.reception, world.users.handlerChiengAn]) {
      expect(await withdrawPublication(who, code, reason)).toEqual({ ok: false, error: "forbidden" });
    }
    expect(await publishedAnswer(code)).not.toBeNull();
    expect(await withdrawPublication(world.users.provinceLeader, code, reason)).toEqual({ ok: true });
    const c = await db.case.findUniqueOrThrow({ where: { id } });
    expect([c.publishedAt, c.publicTitle, c.publicQuestion, c.publicAnswer, c.publicSearch]).toEqual([null, null, null, null, null]);
    expect(c.status).toBe("RESOLVED");
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "PUBLICATION_WITHDRAWN" } });
    expect(event).toMatchObject({ actorId: world.users.provinceLeader.id, note: reason, visibility: "PUBLIC" });
    expect(await publishedAnswer(code)).toBeNull();
    expect(await withdrawPublication(world.users.leader, code, reason)).toEqual({ ok: false, error: "not-found" });
    // The RESOLVED event says the answer was published.
    const resolvedEvent = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, type: "RESOLVED" } });
    expect(JSON.parse(resolvedEvent.data!)).toMatchObject({ published: true });
  });

  test("without consent, or for a complaint, nothing is published", async () => {
    const { id } = await resolvedFeedback({ publishConsent: false }, "Đã xử lý xong.");
    expect((await db.case.findUniqueOrThrow({ where: { id } })).publishedAt).toBeNull();

    const unit = await world.unit("TOHIEU");
    const complaint = await fileCase(
      { kind: "COMPLAINT", title: "Khiếu nại quyết định xử phạt", description: "Tôi không đồng ý với quyết định xử phạt hành chính.", categoryId: world.category.id, unitId: unit.id, decisionText: "QĐ 45/QĐ-XPHC", learnedAt: "2026-11-01", publishConsent: true, submissionToken: token() },
      { kind: "citizen", user: lan() },
      [],
    );
    if (!complaint.ok) throw new Error();
    expect((await db.case.findUniqueOrThrow({ where: { id: complaint.caseId } })).publishConsent).toBe(false);
  });
});
