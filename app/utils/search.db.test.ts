import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fileCase } from "~/modules/cases/filing.server";
import { buildWorld } from "~/test/world";
import { createClient, db, isPostgres, write } from "./db.server";
import { textMatch } from "./search.server";
import { foldForSearch } from "./text";

/**
 * Text search through the index (FTS5 trigram on SQLite, pg_trgm on
 * PostgreSQL) finds what `contains` on the folded text finds: with or without
 * diacritics, anywhere in the text, and follows inserts, updates and deletes.
 */
let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

async function file(title: string) {
  const unit = await world.unit("TOHIEU");
  const result = await fileCase(
    {
      kind: "FEEDBACK",
      title,
      description: "Nội dung phản ánh đủ dài để được nhận vào hệ thống.",
      categoryId: world.category.id,
      unitId: unit.id,
      submissionToken: randomBytes(12).toString("base64url"),
    },
    { kind: "citizen", user: world.users.citizen },
    [],
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  mine.push(result.caseId);
  return result;
}

/** The cases this file filed (the demo world has some of its own). */
const mine: string[] = [];

/** Titles of the cases a search finds. */
async function found(query: string, options?: { maxIds?: number; words?: boolean }) {
  const rows = await db.case.findMany({ where: { AND: [await textMatch("caseText", query, options), { id: { in: mine } }] }, select: { title: true } });
  return rows.map((r) => r.title).sort();
}

describe("text search", () => {
  test("with or without diacritics, anywhere in the text; what contains finds, the index finds", async () => {
    await file("Đèn đường hỏng trước cổng chợ Tô Hiệu");
    await file("Đường ống nước vỡ ở bản Hôm");
    await file("Rác thải tập kết sai nơi quy định");
    expect(await found("Đèn đường")).toEqual(["Đèn đường hỏng trước cổng chợ Tô Hiệu"]);
    expect(await found("den duong")).toEqual(["Đèn đường hỏng trước cổng chợ Tô Hiệu"]);
    expect(await found("duong")).toEqual(["Đèn đường hỏng trước cổng chợ Tô Hiệu", "Đường ống nước vỡ ở bản Hôm"]);
    expect(await found("ONG NUOC VO")).toEqual(["Đường ống nước vỡ ở bản Hôm"]);
    expect(await found("khong co o dau")).toEqual([]);
    for (const q of ["den duong", "duong", "rac thai", "ho"]) {
      const plain = await db.case.findMany({ where: { searchText: { contains: foldForSearch(q) }, id: { in: mine } }, select: { title: true } });
      expect(await found(q)).toEqual(plain.map((r) => r.title).sort());
    }
  });

  test("by words, in any order, with or without diacritics (the public board's search)", async () => {
    await file("Thu phí vệ sinh năm 2027 tại tổ 3");
    await file("Phí trông xe năm 2026");
    expect(await found("phí vệ sinh 2027")).toEqual([]); // as a phrase: not there
    expect(await found("phí vệ sinh 2027", { words: true })).toEqual(["Thu phí vệ sinh năm 2027 tại tổ 3"]);
    expect(await found("2027 PHI ve SINH", { words: true })).toEqual(["Thu phí vệ sinh năm 2027 tại tổ 3"]);
    expect(await found("phí năm", { words: true })).toEqual(["Phí trông xe năm 2026", "Thu phí vệ sinh năm 2027 tại tổ 3"]);
    expect(await found("phí 2028", { words: true })).toEqual([]);
    // What ANDed `contains` finds, the index finds (also past maxIds, by scanning).
    expect(await found("phi nam", { words: true, maxIds: 1 })).toEqual(await found("phi nam", { words: true }));
  });

  test("follows updates and deletes; a very common word falls back to scanning and finds the same", async () => {
    const { caseId } = await file("Cống thoát nước bị tắc");
    expect(await found("thoat nuoc")).toEqual(["Cống thoát nước bị tắc"]);
    await write((tx) => tx.case.update({ where: { id: caseId }, data: { searchText: foldForSearch("Mương thủy lợi bị bồi lấp") } }));
    expect(await found("thoat nuoc")).toEqual([]);
    expect(await found("muong thuy loi")).toEqual(["Cống thoát nước bị tắc"]);
    expect(await found("nuoc", { maxIds: 1 })).toEqual(await found("nuoc"));
    expect(await textMatch("caseText", "nuoc", { maxIds: 1 })).toEqual({ searchText: { contains: "nuoc" } });
    // The index's ids up to maxIds matches, a scan past them (every case of the database counts, not only this test's).
    if (!isPostgres()) {
      const all = await db.case.count({ where: { searchText: { contains: "nuoc" } } });
      expect(all).toBeGreaterThan(1);
      const byIndex = (await textMatch("caseText", "nuoc", { maxIds: all })) as { id?: { in: string[] } };
      expect(byIndex.id?.in).toHaveLength(all);
      expect(await textMatch("caseText", "nuoc", { maxIds: all - 1 })).toEqual({ searchText: { contains: "nuoc" } });
    }
    await write(async (tx) => {
      await tx.caseEvent.deleteMany({ where: { caseId } });
      await tx.notification.deleteMany({ where: { caseId } });
      await tx.case.delete({ where: { id: caseId } });
    });
    expect(await found("muong thuy loi")).toEqual([]);
  });

  test.runIf(isPostgres())("PostgreSQL: a search anywhere in the text can use the trigram index", async () => {
    const plan = await write(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off"); // a test database is too small for the planner to bother
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT "id" FROM "Case" WHERE "searchText" LIKE '%den duong%'`);
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Case_searchText_trgm_idx");
  });

  test.runIf(isPostgres())("PostgreSQL: a search by words uses the trigram index of the notices and of the published answers", async () => {
    for (const [table, column, index] of [["Notice", "searchText", "Notice_searchText_trgm_idx"], ["Case", "publicSearch", "Case_publicSearch_trgm_idx"]] as const) {
      const plan = await write(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT "id" FROM "${table}" WHERE "${column}" LIKE '%phi%' AND "${column}" LIKE '%sinh%' AND "${column}" LIKE '%2027%'`);
      });
      expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain(index);
    }
  });

  test.skipIf(isPostgres())("SQLite: a search by words is one FTS5 lookup (the trigram index), not a scan of the table", async () => {
    for (const fts of ["NoticeSearchText", "CasePublicSearch"]) {
      const plan = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN SELECT rowid FROM "${fts}" WHERE "${fts}" MATCH '"phi" AND "sinh" AND "2027"'`);
      expect(plan.map((r) => r.detail).join("\n")).toMatch(/VIRTUAL TABLE INDEX/);
    }
    expect(await textMatch("noticeText", "phí vệ sinh 2027", { words: true })).toHaveProperty("id");
  });

  test.skipIf(isPostgres())("SQLite: an index whose triggers are gone (a migration rebuilt the table) is rebuilt at the next connection", async () => {
    await file("Sạt lở taluy dương đường vào bản");
    await db.$executeRawUnsafe(`DROP TRIGGER "CaseSearchText_search_ai"`);
    await db.$executeRawUnsafe(`DELETE FROM "CaseSearchText"`);
    const fresh = createClient();
    try {
      const { id } = await fresh.case.findFirstOrThrow({ where: { title: { startsWith: "Sạt lở" } }, select: { id: true } });
      const rows = await fresh.$queryRawUnsafe<{ id: string }[]>(
        `SELECT c."id" AS "id" FROM "Case" c WHERE c.rowid IN (SELECT rowid FROM "CaseSearchText" WHERE "CaseSearchText" MATCH '"taluy duong"')`,
      );
      expect(rows.map((r) => r.id)).toEqual([id]);
      const triggers = await fresh.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'CaseSearchText_search_%'`);
      expect(triggers).toHaveLength(3);
    } finally {
      await fresh.$disconnect();
    }
  });
});
