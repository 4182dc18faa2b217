import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { SessionUser } from "~/modules/auth/session.server";
import { buildWorld, filePetition, staffActor, version } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { openStatuses } from "./constants";
import { requireStaffCase } from "./access.server";
import { inboxFilterSchema, inboxPageSize, listInbox, statusIndex } from "./inbox.server";
import { listCitizenCases, pageSize } from "./lists.server";
import { caseTimeline } from "./timeline.server";
import { applyTransition } from "./transitions.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const file = async (unitCode: string, title: string, at: Date, user = world.users.citizen2) => (await filePetition(world, unitCode, title, user, at)).code;

const filter = (query: Record<string, string>) => inboxFilterSchema.parse(query);

/** Every page of a list, following its cursors. */
async function allPages(unitIds: string[], query: Record<string, string>) {
  const codes: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listInbox>> = await listInbox(unitIds, world.users.reception.id, filter({ ...query, ...(cursor ? { cursor } : {}) }));
    expect(page.cases.length).toBeLessThanOrEqual(inboxPageSize);
    codes.push(...page.cases.map((c) => c.code));
    cursor = page.nextCursor;
  } while (cursor);
  return codes;
}

describe("the inbox's list", () => {
  test("pages newest first and by due date without a gap or a repeat, only the unit's cases, and searches text literally", async () => {
    const chiengan = await world.unit("CHIENGAN");
    const start = Date.parse("2026-03-02T03:00:00Z");
    const filed: string[] = [];
    // More than a page, two of them at the same instant (the cursor's tie on id).
    for (let i = 0; i < inboxPageSize + 3; i++) filed.push(await file("CHIENGAN", `Đèn đường hỏng số ${i}`, new Date(start + Math.min(i, inboxPageSize) * 3_600_000)));
    const percent = await file("CHIENGAN", "Phí vệ sinh tăng 100% so với năm trước", new Date(start - 86_400_000));
    const lookalike = await file("CHIENGAN", "Phí vệ sinh tăng 1000 đồng mỗi tháng", new Date(start - 2 * 86_400_000));
    const elsewhere = await file("TOHIEU", "Đèn đường hỏng ở phường khác", new Date(start));

    const newest = await allPages([chiengan.id], {});
    expect(new Set(newest).size).toBe(newest.length);
    expect(newest).not.toContain(elsewhere);
    expect(newest.filter((c) => filed.includes(c))).toHaveLength(filed.length);
    // Newest first: the two filed last (same instant) come before the rest, the older two at the end.
    expect(newest.indexOf(filed[0]!)).toBeGreaterThan(newest.indexOf(filed[filed.length - 1]!));
    expect(newest.indexOf(lookalike)).toBeGreaterThan(newest.indexOf(percent));

    const byDue = await allPages([chiengan.id], { sort: "due" });
    expect([...byDue].sort()).toEqual([...newest].sort());
    const rows = await db.case.findMany({ where: { code: { in: byDue } }, select: { code: true, nextDueAt: true, id: true } });
    const key = new Map(rows.map((r) => [r.code, `${r.nextDueAt!.toISOString()}|${r.id}`]));
    expect(byDue.map((c) => key.get(c)!)).toEqual(byDue.map((c) => key.get(c)!).sort());

    // "100%" is text, not a pattern: the case with 1000 is not found.
    const literal = await listInbox([chiengan.id], world.users.reception.id, filter({ q: "100%" }));
    expect(literal.cases.map((c) => c.code)).toEqual([percent]);
    const both = await listInbox([chiengan.id], world.users.reception.id, filter({ q: "phi ve sinh tang 100" }));
    expect(both.cases.map((c) => c.code).sort()).toEqual([percent, lookalike].sort());
    const code = await listInbox([chiengan.id], world.users.reception.id, filter({ q: elsewhere }));
    expect(code.cases).toEqual([]);
    expect(await listInbox([], world.users.reception.id, filter({}))).toEqual({ cases: [], nextCursor: null });
  });

  test("overdue across several units, newest first or by deadline: read a unit at a time, the same pages as all at once", async () => {
    const units = await Promise.all(["CHIENGAN", "TOHIEU", "LONGSAP"].map((code) => world.unit(code)));
    const start = Date.parse("2026-01-05T03:00:00Z");
    // Overdue by now (filed in January), in every unit, some at the same instant (ties on the date).
    for (let i = 0; i < inboxPageSize + 6; i++) {
      const unit = units[i % units.length]!;
      await file(unit.code, `Cống thoát nước tắc ${i}`, new Date(start + Math.floor(i / 2) * 3_600_000));
    }
    // One of them resolved: no longer overdue, in no list.
    const resolvedCode = await file("TOHIEU", "Đã giải quyết xong", new Date(start));
    await write((tx) => tx.case.update({ where: { code: resolvedCode }, data: { status: "RESOLVED", nextDueAt: null } }));
    const unitIds = units.map((u) => u.id);
    const now = new Date();
    const open = { unitId: { in: unitIds }, nextDueAt: { lt: now, not: null }, status: { in: [...openStatuses] } };
    const expected = async (orderBy: object[]) => (await db.case.findMany({ where: open, orderBy, select: { code: true } })).map((c) => c.code);

    const newest = await allPages(unitIds, { due: "overdue" });
    expect(newest).not.toContain(resolvedCode);
    expect(newest.length).toBeGreaterThan(inboxPageSize);
    expect(newest).toEqual(await expected([{ submittedAt: "desc" }, { id: "desc" }]));
    const byDue = await allPages(unitIds, { due: "overdue", sort: "due" });
    expect(byDue).toEqual(await expected([{ nextDueAt: "asc" }, { id: "asc" }]));
    // One unit of the three: only its own.
    const one = await allPages([units[1]!.id], { due: "overdue" });
    expect(one).toEqual((await db.case.findMany({ where: { ...open, unitId: units[1]!.id }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], select: { code: true } })).map((c) => c.code));
  });

  test("one status across several units, newest first: every page as findMany gives it, in one statement", async () => {
    const units = await Promise.all(["CHIENGAN", "TOHIEU", "LONGSAP"].map((code) => world.unit(code)));
    const start = Date.parse("2026-06-01T03:00:00Z");
    const filed: string[] = [];
    for (let i = 0; i < inboxPageSize + 8; i++) filed.push(await file(units[i % units.length]!.code, `Xin cấp lại giấy xác nhận ${i}`, new Date(start + Math.floor(i / 3) * 3_600_000)));
    // A few moved on to "accepted": in that status's list, not in "submitted".
    const moved = filed.slice(0, 4);
    await write((tx) => tx.case.updateMany({ where: { code: { in: moved } }, data: { status: "ACCEPTED" } }));
    const unitIds = units.map((u) => u.id);
    const expected = async (status: string) =>
      (await db.case.findMany({ where: { unitId: { in: unitIds }, status }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], select: { code: true } })).map((c) => c.code);

    const submitted = await allPages(unitIds, { status: "SUBMITTED" });
    expect(submitted.length).toBeGreaterThan(inboxPageSize);
    expect(submitted).toEqual(await expected("SUBMITTED"));
    for (const code of moved) expect(submitted).not.toContain(code);
    const accepted = await allPages(unitIds, { status: "ACCEPTED" });
    expect(accepted).toEqual(await expected("ACCEPTED"));
    expect(accepted).toEqual(expect.arrayContaining(moved));
    // With another filter beside it, and for one unit of the three.
    expect(await allPages(unitIds, { status: "SUBMITTED", kind: "COMPLAINT" })).toEqual([]);
    expect(await allPages([units[2]!.id], { status: "SUBMITTED" })).toEqual(
      (await db.case.findMany({ where: { unitId: units[2]!.id, status: "SUBMITTED" }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], select: { code: true } })).map((c) => c.code),
    );
  });

  test("a status with a kind, a category, \"unassigned\" or one assignee, across several units: every page as findMany gives it", async () => {
    const units = await Promise.all(["CHIENGAN", "TOHIEU", "LONGSAP"].map((code) => world.unit(code)));
    const unitIds = units.map((u) => u.id);
    const start = Date.parse("2026-07-06T03:00:00Z");
    const filed: string[] = [];
    for (let i = 0; i < 2 * inboxPageSize + 6; i++) filed.push(await file(units[i % units.length]!.code, `Đường liên thôn sạt lở ${i}`, new Date(start + Math.floor(i / 3) * 3_600_000)));
    // Two in three complaints, every fourth assigned to the handler, every fifth in another category:
    // lists of more than a page where the other filter skips rows.
    const handler = world.users.handler.id;
    const other = await db.category.findFirstOrThrow({ where: { id: { not: world.category.id } }, select: { id: true } });
    await write(async (tx) => {
      await tx.case.updateMany({ where: { code: { in: filed.filter((_, i) => i % 3 !== 0) } }, data: { kind: "COMPLAINT" } });
      await tx.case.updateMany({ where: { code: { in: filed.filter((_, i) => i % 4 === 0) } }, data: { assigneeId: handler } });
      await tx.case.updateMany({ where: { code: { in: filed.filter((_, i) => i % 5 === 0) } }, data: { categoryId: other.id } });
    });
    const expected = async (where: object) =>
      (await db.case.findMany({ where: { unitId: { in: unitIds }, status: "SUBMITTED", ...where }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], select: { code: true } })).map((c) => c.code);

    const complaints = await allPages(unitIds, { status: "SUBMITTED", kind: "COMPLAINT" });
    expect(complaints.length).toBeGreaterThan(inboxPageSize);
    expect(complaints).toEqual(await expected({ kind: "COMPLAINT" }));
    const inCategory = await allPages(unitIds, { status: "SUBMITTED", categoryId: world.category.id });
    expect(inCategory.length).toBeGreaterThan(inboxPageSize);
    expect(inCategory).toEqual(await expected({ categoryId: world.category.id }));
    for (const code of filed.filter((_, i) => i % 5 === 0)) expect(inCategory).not.toContain(code);
    const unassigned = await allPages(unitIds, { status: "SUBMITTED", assignee: "none" });
    expect(unassigned.length).toBeGreaterThan(inboxPageSize);
    expect(unassigned).toEqual(await expected({ assigneeId: null }));
    for (const code of filed.filter((_, i) => i % 4 === 0)) expect(unassigned).not.toContain(code);
    const theirs = await allPages(unitIds, { status: "SUBMITTED", assignee: handler });
    expect(theirs).toEqual(await expected({ assigneeId: handler }));
    expect(theirs).toEqual(expect.arrayContaining(filed.filter((_, i) => i % 4 === 0)));
    expect(await allPages(unitIds, { status: "SUBMITTED", kind: "COMPLAINT", assignee: "none" })).toEqual(await expected({ kind: "COMPLAINT", assigneeId: null }));
  });

  test("the status index is named for a status with other filters, newest first; not for one person's cases, a search, a due filter or the deadline order", () => {
    const index = (query: Record<string, string>) => statusIndex(filter(query), filter(query).sort === "due");
    for (const query of <Record<string, string>[]>[{ status: "SUBMITTED" }, { status: "SUBMITTED", kind: "COMPLAINT" }, { status: "SUBMITTED", assignee: "none" }, { status: "NEEDS_INFO", categoryId: "c", cursor: "x" }]) {
      expect(index(query), JSON.stringify(query)).toBe("Case_unit_status_submitted_filters_idx");
    }
    for (const query of <Record<string, string>[]>[{}, { kind: "COMPLAINT" }, { status: "SUBMITTED", assignee: "me" }, { status: "SUBMITTED", assignee: "u1" }, { status: "SUBMITTED", q: "den" }, { status: "SUBMITTED", due: "overdue" }, { status: "SUBMITTED", sort: "due" }]) {
      expect(index(query), JSON.stringify(query)).toBeUndefined();
    }
  });

  test("due soon, by deadline: the pages after a cursor keep both bounds (not before now, not after three days)", async () => {
    const longsap = await world.unit("LONGSAP");
    const now = new Date();
    const codes: string[] = [];
    for (let i = 0; i < inboxPageSize + 5; i++) codes.push(await file("LONGSAP", `Sắp đến hạn ${i}`, new Date(now.getTime() - 86_400_000)));
    // Deadlines a minute apart from an hour ahead; the last seven at the same instant, across the end of the first page (a tie on the cursor's date).
    for (const [i, code] of codes.entries()) {
      const nextDueAt = new Date(now.getTime() + 3_600_000 + Math.min(i, inboxPageSize - 2) * 60_000);
      await write((tx) => tx.case.update({ where: { code }, data: { nextDueAt } }));
    }
    const notYet = await file("LONGSAP", "Còn năm ngày", new Date(now.getTime() - 86_400_000));
    await write((tx) => tx.case.update({ where: { code: notYet }, data: { nextDueAt: new Date(now.getTime() + 5 * 86_400_000) } }));
    const pages = await allPages([longsap.id], { due: "soon", sort: "due" });
    expect(pages).not.toContain(notYet);
    const later = new Date(now.getTime() + 3 * 86_400_000);
    const expected = await db.case.findMany({
      where: { unitId: longsap.id, status: { in: [...openStatuses] }, nextDueAt: { gte: now, lte: later } },
      orderBy: [{ nextDueAt: "asc" }, { id: "asc" }],
      select: { code: true },
    });
    expect(pages.length).toBeGreaterThan(inboxPageSize);
    expect(pages).toEqual(expected.map((c) => c.code));
    expect(pages).toEqual(expect.arrayContaining(codes));
  });

  test("a citizen's own cases page by cursor, theirs only", async () => {
    const start = Date.parse("2026-04-01T03:00:00Z");
    const mine: string[] = [];
    for (let i = 0; i < pageSize + 2; i++) mine.push(await file("TOHIEU", `Hỏi về thủ tục số ${i}`, new Date(start + i * 60_000), world.users.citizen));
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listCitizenCases>> = await listCitizenCases(world.users.citizen.id, { cursor });
      expect(page.cases.length).toBeLessThanOrEqual(pageSize);
      all.push(...page.cases.map((c) => c.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.length).toBeGreaterThan(pageSize);
    expect(new Set(all).size).toBe(all.length);
    // Newest first: this test's cases in the reverse of the order they were filed.
    expect(all.filter((c) => mine.includes(c))).toEqual([...mine].reverse());
    const theirs = await db.case.findMany({ where: { citizenId: { not: world.users.citizen.id } }, select: { code: true } });
    for (const { code } of theirs) expect(all).not.toContain(code);
  });
});

/** A demo account as the session gives it to a loader. */
function asSession(user: (typeof world.users)[keyof typeof world.users]): SessionUser {
  const { unit } = user;
  return { ...user, unit: unit ? { id: unit.id, name: unit.name, path: unit.path, code: unit.code } : null, sessionId: "test", unread: 0 };
}

describe("the staff case page's reads in plain SQL", () => {
  test("the case with its assignee, citizen and appeal links, its timeline with actors; another unit's staff refused", async () => {
    const filed = await filePetition(world, "TOHIEU", "Xin sửa đường nội bản Hài", world.users.citizen, new Date("2026-05-04T03:00:00Z"));
    const reception = staffActor(world.users.reception);
    await applyTransition(filed.caseId, { action: "accept", actor: reception, version: await version(filed.caseId) }, new Date("2026-05-05T03:00:00Z"));
    await applyTransition(filed.caseId, { action: "assign", actor: reception, version: await version(filed.caseId), assigneeId: world.users.handler.id }, new Date("2026-05-05T04:00:00Z"));

    const { case: c } = await requireStaffCase(asSession(world.users.reception), filed.code);
    const prisma = await db.case.findUniqueOrThrow({ where: { code: filed.code } });
    // Every column as Prisma reads it (dates as dates, booleans as booleans), plus the links.
    expect(c).toMatchObject(prisma);
    expect(c.assignee).toEqual({ id: world.users.handler.id, fullName: world.users.handler.fullName });
    expect(c.citizen).toEqual({ id: world.users.citizen.id, fullName: world.users.citizen.fullName, email: world.users.citizen.email, phone: world.users.citizen.phone });
    expect(c.appeal).toBeNull();
    expect(c.appealOf).toBeNull();
    expect(c.unit.name).toBe((await world.unit("TOHIEU")).name);

    const timeline = await caseTimeline(c.id, "staff");
    const events = await db.caseEvent.findMany({ where: { caseId: c.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: true } });
    expect(timeline.map((e) => [e.id, e.type, e.actor?.fullName ?? null])).toEqual(events.map((e) => [e.id, e.type, e.actor?.fullName ?? null]));
    expect(timeline.every((e) => e.createdAt instanceof Date && Array.isArray(e.attachments))).toBe(true);
    // The citizen sees the office, never the official's name.
    expect((await caseTimeline(c.id, "citizen")).every((e) => !e.actor?.fullName || e.actor.role === "CITIZEN")).toBe(true);

    const refused = await requireStaffCase(asSession(world.users.handlerChiengAn), filed.code).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(403);
  });
});
