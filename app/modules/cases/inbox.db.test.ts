import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld, filePetition } from "~/test/world";
import { db } from "~/utils/db.server";
import { inboxFilterSchema, inboxPageSize, listInbox } from "./inbox.server";
import { listCitizenCases, pageSize } from "./lists.server";

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
