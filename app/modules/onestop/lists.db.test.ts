import { beforeAll, describe, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { buildWorld } from "~/test/world";
import { fileDossier } from "./dossiers.server";
import { dossierPageSize, listOwnDossiers, listQueue, queueFilterSchema } from "./lists.server";
import { at, pngFile } from "./test-helpers";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
}, 60_000);

/** Files `count` birth registrations online at Tô Hiệu, a minute apart from `first`. */
async function fileMany(count: number, first: Date, prefix: string) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { code: "1.001193" } });
  const tohieu = await world.unit("TOHIEU");
  const c = world.users.citizen;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const filed = await fileDossier(
      { procedureId: procedure.id, unitId: tohieu.id, submissionToken: `${prefix}-${String(i).padStart(16, "0")}` },
      { kind: "citizen", user: { id: c.id, fullName: c.fullName, email: c.email, phone: c.phone } },
      await Promise.all([0, 1, 2].map(pngFile)),
      new Date(first.getTime() + i * 60_000),
    );
    if (!filed.ok) throw new Error(JSON.stringify(filed));
    ids.push(filed.dossierId);
  }
  return ids;
}

/** Every page of a queue, following its "next page" cursor as the link does. */
async function walk(user: Parameters<typeof listQueue>[0], params: Record<string, string>, now: Date) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listQueue(user, queueFilterSchema.parse({ ...params, cursor }), now);
    pages.push(page.dossiers.map((d) => d.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 20);
  return pages;
}

describe("the desk's queue, a page at a time", () => {
  test("every dossier once, earliest deadline first, those without a deadline last, pages of the inbox's size", async () => {
    const ids = await fileMany(dossierPageSize + 8, at("2026-11-23T08:00"), "queue-walk");
    // Five whose clock is stopped (nothing owed by a date): they come after every dated one, by id.
    const undated = ids.slice(3, 8);
    await db.dossier.updateMany({ where: { id: { in: undated } }, data: { nextDueAt: null } });
    // Two sharing a deadline: the id breaks the tie, and the cursor must not skip or repeat either.
    const shared = at("2026-11-25T16:00");
    await db.dossier.updateMany({ where: { id: { in: ids.slice(10, 12) } }, data: { nextDueAt: shared } });

    const now = at("2026-11-24T12:00");
    const pages = await walk(world.users.reception, { queue: "desk" }, now);
    const listed = pages.flat();

    const expected = (await db.dossier.findMany({
      where: { deskUnitId: world.users.reception.unitId!, status: { in: ["SUBMITTED", "RESULT_READY", "NEEDS_SUPPLEMENT"] } },
      select: { id: true, nextDueAt: true },
    }))
      .sort((a, b) => (a.nextDueAt && b.nextDueAt ? a.nextDueAt.getTime() - b.nextDueAt.getTime() : a.nextDueAt ? -1 : b.nextDueAt ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((d) => d.id);
    expect(expected.length).toBeGreaterThan(dossierPageSize);
    expect(listed).toEqual(expected);
    expect(pages[0]).toHaveLength(dossierPageSize);
    expect(pages.length).toBe(Math.ceil(expected.length / dossierPageSize));
    expect(listed.slice(-undated.length).sort()).toEqual([...undated].sort());

    // The overdue filter walks only the dated ones before `now`, in the same order.
    const overdue = (await walk(world.users.reception, { queue: "desk", overdue: "1" }, now)).flat();
    const dueBefore = new Set((await db.dossier.findMany({ where: { id: { in: expected }, nextDueAt: { lt: now } }, select: { id: true } })).map((d) => d.id));
    expect(dueBefore.size).toBeGreaterThan(0);
    expect(overdue).toEqual(expected.filter((id) => dueBefore.has(id)));
  });

  test("the applicant's own list: newest first, every dossier once across pages, nobody else's", async () => {
    const c = world.users.citizen;
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listOwnDossiers(c.id, cursor);
      pages.push(page.dossiers.map((d) => d.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 20);
    const expected = (await db.dossier.findMany({ where: { citizenId: c.id }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], select: { id: true } })).map((d) => d.id);
    expect(expected.length).toBeGreaterThan(dossierPageSize);
    expect(pages.flat()).toEqual(expected);
    expect(pages[0]).toHaveLength(dossierPageSize);
    expect((await listOwnDossiers(world.users.citizen2.id)).dossiers).toEqual([]);
  });
});
