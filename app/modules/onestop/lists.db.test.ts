import { beforeAll, describe, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { buildWorld } from "~/test/world";
import { fileDossier } from "./dossiers.server";
import { dossierPageSize, listOwnDossiers, listQueue, queueFilterSchema } from "./lists.server";
import { at, pngFile } from "./test-helpers";

let world: Awaited<ReturnType<typeof buildWorld>>;
/** The dossiers this file files: the citizen's, at Tô Hiệu's desk. */
let filed: string[];
beforeAll(async () => {
  world = await buildWorld();
  filed = await fileMany(60, at("2026-11-23T08:00"), "queue-walk");
}, 60_000);

/** Files `count` birth registrations online at Tô Hiệu, a minute apart from `first`. */
async function fileMany(count: number, first: Date, prefix: string) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { code: "1.001193" } });
  const tohieu = await world.unit("TOHIEU");
  const c = world.users.citizen;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await fileDossier(
      { procedureId: procedure.id, unitId: tohieu.id, submissionToken: `${prefix}-${String(i).padStart(16, "0")}` },
      { kind: "citizen", user: { id: c.id, fullName: c.fullName, email: c.email, phone: c.phone } },
      await Promise.all([0, 1, 2].map(pngFile)),
      new Date(first.getTime() + i * 60_000),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    ids.push(result.dossierId);
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

/** The desk's dossiers in the queue's order, worked out here: deadline first (those without one last), then id. */
async function deskOrder(where: { nextDueAt?: { lt: Date } } = {}) {
  const rows = await db.dossier.findMany({
    where: { deskUnitId: world.users.reception.unitId!, status: { in: ["SUBMITTED", "RESULT_READY", "NEEDS_SUPPLEMENT"] }, ...where },
    select: { id: true, nextDueAt: true },
  });
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .sort((a, b) => (a.nextDueAt && b.nextDueAt ? a.nextDueAt.getTime() - b.nextDueAt.getTime() : a.nextDueAt ? -1 : b.nextDueAt ? 1 : 0) || byId(a.id, b.id))
    .map((d) => d.id);
}

describe("the desk's queue, a page at a time", () => {
  test("every dossier once, earliest deadline first, those without a deadline last; pages end inside a tie and inside the undated", async () => {
    // Deadlines set so that the pages' ends fall where a cursor can go wrong. Years before any other
    // dossier's, so these 30 come first: 20 one minute apart, then 10 sharing one deadline (positions
    // 20-29: the first page's end, after 25, splits them and only the id can say where to go on).
    // The other 30 have none (their clock stopped): with fewer than 20 other dated dossiers at the desk,
    // the second page ends among them and the third starts from an undated cursor.
    const base = at("2000-01-03T08:00");
    for (const [i, id] of filed.slice(0, 20).entries()) await db.dossier.update({ where: { id }, data: { nextDueAt: new Date(base.getTime() + i * 60_000) } });
    await db.dossier.updateMany({ where: { id: { in: filed.slice(20, 30) } }, data: { nextDueAt: at("2000-01-04T08:00") } });
    await db.dossier.updateMany({ where: { id: { in: filed.slice(30) } }, data: { nextDueAt: null } });

    const expected = await deskOrder();
    const now = at("2026-11-24T12:00");
    const pages = await walk(world.users.reception, { queue: "desk" }, now);
    expect(pages[0]).toHaveLength(dossierPageSize);
    expect(pages.length).toBe(Math.ceil(expected.length / dossierPageSize));
    expect(pages.flat()).toEqual(expected);
    // Where the pages end: the first inside the tie, the second among the undated.
    const tied = new Set(filed.slice(20, 30));
    expect(tied.has(pages[0]!.at(-1)!) && tied.has(pages[1]![0]!)).toBe(true);
    const undated = new Set((await db.dossier.findMany({ where: { id: { in: expected }, nextDueAt: null }, select: { id: true } })).map((d) => d.id));
    expect(undated.has(pages[1]!.at(-1)!) && undated.has(pages[2]![0]!)).toBe(true);

    // The overdue filter walks only the dated ones before `now`, in the same order, across the same tie.
    const overdue = await walk(world.users.reception, { queue: "desk", overdue: "1" }, now);
    expect(overdue.flat()).toEqual(await deskOrder({ nextDueAt: { lt: now } }));
    expect(tied.has(overdue[0]!.at(-1)!) && tied.has(overdue[1]![0]!)).toBe(true);
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
    expect(expected.length).toBeGreaterThan(2 * dossierPageSize);
    expect(pages.flat()).toEqual(expected);
    expect(pages[0]).toHaveLength(dossierPageSize);
    expect((await listOwnDossiers(world.users.citizen2.id)).dossiers).toEqual([]);
  });
});
