import { afterAll, describe, expect, test } from "vitest";
import { db, write } from "./db.server";
import { watchedSetting } from "./reference-cache.server";
import { inRequestScope, requestMemo } from "./request-scope.server";

afterAll(() => db.$disconnect());

const setMinSample = (value: string) =>
  write((tx) => tx.setting.upsert({ where: { key: "stats.minSample" }, create: { key: "stats.minSample", value }, update: { value } }));

describe("answers shared by the loaders of one page request", () => {
  test("within one request the watched settings are read once; the next request reads them afresh", async () => {
    await setMinSample("11");
    await inRequestScope(async () => {
      expect(await watchedSetting("stats.minSample")).toBe("11");
      await setMinSample("12"); // as if another server changed it while this page was being built
      expect(await watchedSetting("stats.minSample")).toBe("11");
    });
    await inRequestScope(async () => {
      expect(await watchedSetting("stats.minSample")).toBe("12");
    });
  });

  test("outside a request (jobs, scripts, an action's writes) every read is fresh", async () => {
    await setMinSample("21");
    expect(await watchedSetting("stats.minSample")).toBe("21");
    await setMinSample("22");
    expect(await watchedSetting("stats.minSample")).toBe("22");
  });

  test("two requests at once keep their own answers", async () => {
    let calls = 0;
    const compute = () => ++calls;
    const [a, b] = await Promise.all([
      inRequestScope(async () => [requestMemo("n", compute), await Promise.resolve(), requestMemo("n", compute)]),
      inRequestScope(async () => [requestMemo("n", compute), await Promise.resolve(), requestMemo("n", compute)]),
    ]);
    expect(a![0]).toBe(a![2]);
    expect(b![0]).toBe(b![2]);
    expect(a![0]).not.toBe(b![0]);
    expect(calls).toBe(2);
  });
});
