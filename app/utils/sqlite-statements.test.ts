import Database from "better-sqlite3";
import { expect, test } from "vitest";
import { reusingStatements } from "./db.server";

type Statement = ReturnType<Parameters<typeof reusingStatements>[0]>;

/** Used as the adapter uses a connection: prepare(sql).bind(args), then reader / run / columns / raw().all. */
test("each SQL text is compiled once and answers with the values of each call, raw for the adapter and as objects otherwise", () => {
  const sqlite = new Database(":memory:");
  const compiled: string[] = [];
  const prepare = reusingStatements((sql) => {
    compiled.push(sql);
    return sqlite.prepare(sql) as unknown as Statement;
  });
  prepare("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)").bind([]).run();
  const insert = "INSERT INTO t (id, name) VALUES (?, ?)";
  for (const [id, name] of [[1, "Tô Hiệu"], [2, "Chiềng Lề"], [3, "Quyết Thắng"]] as const) prepare(insert).bind([id, name]).run();
  const select = "SELECT id, name FROM t WHERE id >= ? ORDER BY id";
  const first = prepare(select).bind([2]);
  expect(first.reader).toBe(true);
  expect(first.columns()).toMatchObject([
    { name: "id", type: "INTEGER" },
    { name: "name", type: "TEXT" },
  ]);
  // The columns are asked of SQLite once per statement, then kept with it.
  expect(prepare(select).bind([3]).columns()).toBe(first.columns());
  expect(first.raw().all()).toEqual([[2, "Chiềng Lề"], [3, "Quyết Thắng"]]);
  expect(prepare(select).bind([3]).raw().all()).toEqual([[3, "Quyết Thắng"]]);
  // The kept statement is not left raw for a caller that reads objects.
  expect(prepare(select).all(1)).toEqual([{ id: 1, name: "Tô Hiệu" }, { id: 2, name: "Chiềng Lề" }, { id: 3, name: "Quyết Thắng" }]);
  const fourth = prepare(insert).bind([4, "x"]);
  expect(fourth.reader).toBe(false);
  fourth.run();
  expect(compiled.filter((sql) => sql === insert)).toHaveLength(1);
  expect(compiled.filter((sql) => sql === select)).toHaveLength(1);
  // A failing call leaves the statement usable.
  expect(() => prepare(insert).bind([1, "again"]).run()).toThrow(/UNIQUE/);
  expect(prepare(select).bind([4]).raw().all()).toEqual([[4, "x"]]);
  sqlite.close();
});
