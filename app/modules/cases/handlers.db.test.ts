import { afterAll, describe, expect, test } from "vitest";
import { watchedSetting } from "~/utils/reference-cache.server";
import { db, write } from "~/utils/db.server";
import { assignableHandlers, userNames } from "./handlers.server";

/**
 * The plain-SQL reads of the signed-in pages, on SQLite and (TEST_PG_URL) on
 * PostgreSQL: the same answer as the Prisma queries they replaced.
 */
afterAll(() => db.$disconnect());

async function aUnit(code: string) {
  return write(async (tx) => {
    const level = await tx.unitLevel.upsert({ where: { code: "COMMUNE" }, create: { code: "COMMUNE", nameVi: "Xã", nameEn: "Commune", rank: 3 }, update: {} });
    return tx.unit.create({ data: { code, name: code, nameSearch: code.toLowerCase(), levelId: level.id, path: `/${code}/` } });
  });
}

async function aUser(fullName: string, role: string, unitId: string | null, disabled = false) {
  return write((tx) => tx.user.create({ data: { fullName, nameSearch: fullName.toLowerCase(), passwordHash: "x", role, unitId, disabled } }));
}

describe("assignableHandlers", () => {
  test("the unit's active handlers and leaders by name; not other roles, other units or disabled accounts", async () => {
    const unit = await aUnit("HANDLERS-A");
    const other = await aUnit("HANDLERS-B");
    const zoe = await aUser("Zoë Handler", "HANDLER", unit.id);
    const an = await aUser("An Leader", "LEADER", unit.id);
    await aUser("Bình Reception", "RECEPTION", unit.id);
    await aUser("Chi Disabled", "HANDLER", unit.id, true);
    await aUser("Dung Elsewhere", "HANDLER", other.id);
    await aUser("Em Citizen", "CITIZEN", null);

    const expected = await db.user.findMany({
      where: { unitId: unit.id, role: { in: ["HANDLER", "LEADER"] }, disabled: false },
      select: { id: true, fullName: true },
      orderBy: { fullName: "asc" },
    });
    const found = await assignableHandlers(unit.id);
    expect(found).toEqual([
      { id: an.id, fullName: "An Leader" },
      { id: zoe.id, fullName: "Zoë Handler" },
    ]);
    expect(found).toEqual(expected);
    expect(await assignableHandlers(null)).toEqual([]);
  });
});

describe("userNames", () => {
  test("names by id, each id once, unknown ids and nulls left out", async () => {
    const unit = await aUnit("NAMES-A");
    const a = await aUser("Lò Văn A", "HANDLER", unit.id);
    const b = await aUser("Cầm Thị B", "LEADER", unit.id, true);
    const names = await userNames([a.id, null, b.id, a.id, "no-such-user"]);
    expect([...names].sort()).toEqual([[a.id, "Lò Văn A"], [b.id, "Cầm Thị B"]].sort());
    expect((await userNames([null])).size).toBe(0);
  });
});

describe("watchedSetting", () => {
  test("reads the current value of a watched key, committed before the read", async () => {
    await write((tx) => tx.setting.upsert({ where: { key: "stats.minSample" }, create: { key: "stats.minSample", value: "7" }, update: { value: "7" } }));
    expect(await watchedSetting("stats.minSample")).toBe("7");
    await write((tx) => tx.setting.update({ where: { key: "stats.minSample" }, data: { value: "9" } }));
    expect(await watchedSetting("stats.minSample")).toBe("9");
  });
});
