import { afterAll, describe, expect, test } from "vitest";
import { nextCaseCode } from "~/modules/cases/codes.server";
import { ConflictError, db, write } from "./db.server";

/**
 * The SQLite write rule under load (and the same on PostgreSQL with
 * TEST_PG_URL): a burst of concurrent writes, some forced to roll back, leaves
 * exactly the rows that were acknowledged.
 */
afterAll(() => db.$disconnect());

async function aUnit(code: string) {
  return write(async (tx) => {
    const level = await tx.unitLevel.upsert({
      where: { code: "COMMUNE" },
      create: { code: "COMMUNE", nameVi: "Xã", nameEn: "Commune", rank: 3 },
      update: {},
    });
    return tx.unit.create({ data: { code, name: code, nameSearch: code.toLowerCase(), levelId: level.id, path: `/${code}/` } });
  });
}

describe("write()", () => {
  test("concurrent writes, half rolled back: exactly the acknowledged rows remain", async () => {
    const attempts = Array.from({ length: 60 }, (_, i) => i);
    const results = await Promise.allSettled(
      attempts.map((i) =>
        write(async (tx) => {
          await tx.setting.create({ data: { key: `burst-${i}`, value: String(i) } });
          // Yield so other transactions' statements could interleave if they were not serialised.
          await new Promise((r) => setImmediate(r));
          await tx.setting.update({ where: { key: `burst-${i}` }, data: { value: `${i}!` } });
          if (i % 2 === 1) throw new Error(`rollback ${i}`);
          return i;
        }),
      ),
    );
    const acknowledged = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const rejected = results.filter((r) => r.status === "rejected");
    expect(acknowledged).toHaveLength(30);
    expect(rejected).toHaveLength(30);

    const rows = await db.setting.findMany({ where: { key: { startsWith: "burst-" } } });
    expect(rows.map((r) => Number(r.key.slice(6))).sort((a, b) => a - b)).toEqual(acknowledged.sort((a, b) => a - b));
    expect(rows.every((r) => r.value.endsWith("!"))).toBe(true);
  });

  test("a write outside a failing transaction is not swallowed by its rollback", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const failing = write(async (tx) => {
      await tx.setting.create({ data: { key: "doomed", value: "x" } });
      await gate;
      throw new Error("roll back");
    });
    const other = write((tx) => tx.setting.create({ data: { key: "survivor", value: "y" } }));
    release();
    await expect(failing).rejects.toThrow("roll back");
    await other;
    expect(await db.setting.findUnique({ where: { key: "doomed" } })).toBeNull();
    expect(await db.setting.findUnique({ where: { key: "survivor" } })).not.toBeNull();
  });

  test("optimistic version: two people submit edits of the same row they both saw; one wins, the other is told", async () => {
    const unit = await aUnit("OPTI");
    // Both officials loaded the page showing this state (its version travels in the form).
    const seen = await db.unit.findUniqueOrThrow({ where: { id: unit.id } });
    const edit = (name: string) =>
      write(async (tx) => {
        const { count } = await tx.unit.updateMany({
          where: { id: unit.id, sortOrder: seen.sortOrder },
          data: { name, sortOrder: { increment: 1 } },
        });
        if (count === 0) throw new ConflictError();
        return name;
      });
    const results = await Promise.allSettled([edit("first"), edit("second")]);
    const winners = results.filter((r) => r.status === "fulfilled");
    const losers = results.filter((r) => r.status === "rejected");
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect((losers[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const final = await db.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(final.sortOrder).toBe(1);
    expect(final.name).toBe((winners[0] as PromiseFulfilledResult<string>).value);
  });

  test("tracking codes filed at the same instant never collide", async () => {
    const unit = await aUnit("TOHIEU");
    const codes = await Promise.all(Array.from({ length: 40 }, () => write((tx) => nextCaseCode(tx, unit, 2026))));
    expect(new Set(codes).size).toBe(40);
    expect(codes.sort().at(-1)).toBe("TOHIEU-2026-000040");
  });
});
