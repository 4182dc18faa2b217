import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

/**
 * The SQLite write rule (db.server.ts): no plain write on the shared client —
 * every write goes through write(tx => …). A plain `db.x.create(...)` would run
 * inside whatever interactive transaction is open and vanish with its rollback.
 */
const writeMethods = ["create", "createMany", "update", "updateMany", "upsert", "delete", "deleteMany", "executeRaw", "executeRawUnsafe"];
const plainWrite = new RegExp(`\\bdb\\.(\\w+\\.(${writeMethods.join("|")})|\\$(executeRaw|executeRawUnsafe))\\s*[(<\`]`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("every write goes through write()", () => {
  test("the rule's pattern catches a plain write", () => {
    expect(plainWrite.test("await db.case.update({ where })")).toBe(true);
    expect(plainWrite.test("await db.$executeRaw`DELETE`")).toBe(true);
    expect(plainWrite.test("await tx.case.update({ where })")).toBe(false);
    expect(plainWrite.test("await db.case.findMany()")).toBe(false);
  });

  test("no module under app/ writes on the shared client", () => {
    const offenders = sourceFiles(path.resolve("app")).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${path.relative(".", file)}:${i + 1}` }))
        .filter(({ line }) => plainWrite.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
