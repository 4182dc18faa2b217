import { beforeAll, describe, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { buildWorld } from "~/test/world";
import { importCatalogue, readCatalogueFile } from "./catalogue-admin.server";
import { fieldOptions, listProcedures, procedureRefs, procedureRefsById } from "./catalogue.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
}, 60_000);

const csv = (rows: string[][]) => Buffer.from("\ufeff" + rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(";")).join("\n"), "utf8");
const header = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Mã lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện", "Thời hạn giải quyết", "Phí, lệ phí", "Kết quả thực hiện", "Thành phần hồ sơ", "Căn cứ pháp lý", "Nguồn"];

describe("the seeded catalogue", () => {
  test("15–25 real procedures, each with its legal basis and source, steps from the desk to the desk", async () => {
    const procedures = await db.procedure.findMany({ include: { steps: { orderBy: { position: "asc" } }, papers: true } });
    expect(procedures.length).toBeGreaterThanOrEqual(15);
    expect(procedures.length).toBeLessThanOrEqual(25);
    for (const p of procedures) {
      expect(p.legalBasis.length, p.code).toBeGreaterThan(10);
      expect(p.source.length, p.code).toBeGreaterThan(10);
      expect(p.papers.length, p.code).toBeGreaterThan(0);
      expect(p.steps[0]?.kind, p.code).toBe("RECEIVE");
      expect(p.steps.at(-1)?.kind, p.code).toBe("RETURN");
    }
    // Both levels, and the unconfirmed ones say so.
    expect(new Set(procedures.map((p) => p.level))).toEqual(new Set(["COMMUNE", "PROVINCE"]));
    expect(procedures.some((p) => !p.confirmed)).toBe(true);
    expect(procedures.find((p) => p.code === "1.001193")?.timeUnit).toBe("SAME_DAY");
  });
});

describe("importing a catalogue in the national shape", () => {
  test("a CSV adds new procedures and updates known ones; a bad file writes nothing", async () => {
    const rows = [
      header,
      ["1.999901", "Thủ tục thử nghiệm cấp xã", "Hộ tịch", "HO_TICH", "Cấp xã", "", "05 ngày làm việc", "Không", "Giấy xác nhận", "* Đơn đề nghị\nGiấy tờ khác (nếu có)", "Văn bản thử", "Tệp thử"],
      ["1.001193", "Đăng ký khai sinh", "Hộ tịch", "HO_TICH", "Cấp xã", "", "Trong ngày", "Miễn", "Giấy khai sinh", "Tờ khai", "Luật Hộ tịch 2014", "Tệp thử"],
    ];
    // The lists kept in memory (the catalogue, its fields, the dashboard's names) are read before the import…
    const listed = async () => {
      const [all, active, fields, refs, byId] = await Promise.all([listProcedures({ includeInactive: true }), listProcedures({}), fieldOptions(), procedureRefs(), procedureRefsById()]);
      return { all: all.map((p) => p.code), active: active.map((p) => p.code), fields: fields.map((f) => f.fieldCode), refs: refs.map((p) => p.code), byId: [...byId.values()].map((p) => p.code) };
    };
    const kept = await listed();
    expect(kept.active).not.toContain("1.999901");
    const result = await importCatalogue(await readCatalogueFile("catalogue.csv", csv(rows)), world.users.admin.id);
    // …and the import's new version of the procedures makes every one of them read again.
    const now = await listed();
    for (const list of [now.all, now.active, now.refs, now.byId]) expect(list).toContain("1.999901");
    expect(now.fields).toEqual(kept.fields);
    expect(result).toEqual({ ok: true, created: 1, updated: 1 });
    const added = await db.procedure.findUniqueOrThrow({ where: { code: "1.999901" }, include: { papers: { orderBy: { position: "asc" } }, steps: true } });
    expect(added).toMatchObject({ timeUnit: "WORKING_DAYS", timeAmount: 5, confirmed: false });
    expect(added.papers.map((p) => [p.name, p.required])).toEqual([
      ["Đơn đề nghị", true],
      ["Giấy tờ khác (nếu có)", false],
    ]);
    expect(added.steps.length).toBe(4);
    expect(await db.auditLog.count({ where: { action: "PROCEDURES_IMPORTED" } })).toBe(1);

    const before = await db.procedure.count();
    const bad = await importCatalogue(
      await readCatalogueFile("bad.csv", csv([header, ["1.999902", "Một thủ tục tốt", "Khác", "KHAC", "Cấp xã", "", "3 ngày làm việc", "", "", "Đơn", "", ""], ["1.999903", "Cơ quan không có", "Khác", "KHAC", "Cấp tỉnh", "KHONGCO", "10 ngày", "", "", "Đơn", "", ""]])),
      world.users.admin.id,
    );
    expect(bad.ok).toBe(false);
    expect(await db.procedure.count()).toBe(before);
  });
});
