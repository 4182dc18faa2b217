import { afterAll, describe, expect, test } from "vitest";
import { languageCookie } from "~/i18n/i18n.server";
import { db, write } from "./db.server";
import { pageCacheKey } from "./page-cache.server";
import { referenceChanged } from "./reference-cache.server";

afterAll(() => db.$disconnect());

const visit = (path: string, headers: Record<string, string> = {}) => new Request(`http://page-cache.invalid${path}`, { headers });

describe("which visits may share a page (pageCacheKey)", () => {
  test("a visitor with a session or any other cookie gets no key: the page is made for them alone", async () => {
    expect(await pageCacheKey(visit("/", { Cookie: "__session=abc" }))).toBeNull();
    expect(await pageCacheKey(visit("/", { Cookie: `${languageCookie.name}=ImVuIg%3D%3D; toast=1` }))).toBeNull();
  });

  test("signed-out visitors share by address and language, whichever way the language was chosen", async () => {
    const plain = await pageCacheKey(visit("/stats?period=quarter"));
    expect(plain).not.toBeNull();
    expect(await pageCacheKey(visit("/stats?period=quarter"))).toBe(plain);
    expect(await pageCacheKey(visit("/stats?period=month"))).not.toBe(plain);
    const english = await pageCacheKey(visit("/stats?period=quarter", { "Accept-Language": "en-GB,en;q=0.9" }));
    expect(english).not.toBe(plain);
    const chosen = await languageCookie.serialize("en");
    expect(await pageCacheKey(visit("/stats?period=quarter", { Cookie: chosen.split(";")[0]! }))).toBe(english);
  });

  test("a statistics refresh or a change of a reference list gives every page a new key", async () => {
    const before = await pageCacheKey(visit("/"));
    await write((tx) => tx.setting.upsert({ where: { key: "stats.refreshedAt" }, create: { key: "stats.refreshedAt", value: "2026-11-28T06:00:00Z" }, update: { value: "2026-11-28T06:00:00Z" } }));
    const refreshed = await pageCacheKey(visit("/"));
    expect(refreshed).not.toBe(before);
    await write((tx) => referenceChanged(tx, "units"));
    expect(await pageCacheKey(visit("/"))).not.toBe(refreshed);
  });
});
