import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache, sharedLifetime } from "../../server/page-cache.js";

/**
 * The public page cache (server/page-cache.js) in front of a stand-in for
 * Remix that counts its renders and writes the request's nonce into the page,
 * as the real pages do, over real HTTP.
 */
type Answer = { status?: number; headers?: Record<string, string>; body?: (nonce: string) => string };

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function start(answer: Answer, options: { maxSeconds?: number; maxEntries?: number; maxEntryBytes?: number; key?: (req: express.Request) => string | null } = {}) {
  let clock = 1_000_000;
  let renders = 0;
  let nonces = 0;
  const cache = createPageCache({ maxSeconds: () => options.maxSeconds ?? 30, maxEntries: options.maxEntries, maxEntryBytes: options.maxEntryBytes, now: () => clock });
  const app = express();
  app.use((req, res, next) => {
    res.locals.cspNonce = `nonce${(nonces += 1)}x`;
    next();
  });
  app.all("*", (req, res, next) => {
    const render = () => {
      renders += 1;
      res.status(answer.status ?? 200);
      for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
      // Written in pieces, as a streamed render is.
      const body = (answer.body ?? ((n) => `<p>render ${renders}</p><script nonce="${n}"></script>`))(res.locals.cspNonce);
      res.write(body.slice(0, 10));
      res.end(body.slice(10));
    };
    cache.handle(req, res, render, async () => (options.key ? options.key(req) : req.path)).catch(next);
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return {
    get: (path = "/", init?: RequestInit) => fetch(base + path, init),
    renders: () => renders,
    advance: (ms: number) => (clock += ms),
    cache,
  };
}

const shared = { "Cache-Control": "public, max-age=0, s-maxage=30", "Content-Type": "text/html; charset=utf-8" };

describe("the public page cache", () => {
  it("renders a shared page once, and gives later visitors the same page with their own nonce", async () => {
    const app = await start({ headers: shared });
    const first = await app.get();
    expect(await first.text()).toBe('<p>render 1</p><script nonce="nonce1x"></script>');
    const second = await app.get();
    expect(await second.text()).toBe('<p>render 1</p><script nonce="nonce2x"></script>');
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30");
    expect(second.headers.get("age")).toBe("0");
    expect(app.renders()).toBe(1);
  });

  it("keeps a page for its s-maxage, never longer than the configured maximum", async () => {
    const app = await start({ headers: { ...shared, "Cache-Control": "public, s-maxage=60" } }, { maxSeconds: 20 });
    await app.get();
    app.advance(19_000);
    expect(await (await app.get()).text()).toContain("render 1");
    app.advance(1_000);
    expect(await (await app.get()).text()).toContain("render 2");
    expect(app.renders()).toBe(2);
  });

  it.each([
    ["private", { headers: { "Cache-Control": "private, no-store" } }],
    ["for the browser only (max-age without s-maxage)", { headers: { "Cache-Control": "public, max-age=300" } }],
    ["no-cache", { headers: { "Cache-Control": "public, no-cache, s-maxage=30" } }],
    ["setting a cookie", { headers: { ...shared, "Set-Cookie": "toast=; Max-Age=0" } }],
    ["not a 200", { status: 404, headers: shared }],
  ] as [string, Answer][])("never keeps an answer that is %s", async (_what, answer) => {
    const app = await start(answer);
    await app.get();
    await app.get();
    expect(app.renders()).toBe(2);
    expect(app.cache.size).toBe(0);
  });

  it("neither looks up nor keeps a request the app gives no key (a signed-in visitor), nor a POST", async () => {
    const app = await start({ headers: shared }, { key: (req) => (req.get("cookie") ? null : req.path) });
    await app.get();
    const signedIn = await app.get("/", { headers: { cookie: "session=abc" } });
    expect(await signedIn.text()).toContain("render 2");
    await app.get("/", { method: "POST" });
    expect(app.renders()).toBe(3);
    expect(await (await app.get()).text()).toContain("render 1");
  });

  it("asks no key for a while for a path whose last 200 was private (a lookup), then asks again", async () => {
    let keys = 0;
    const app = await start({ headers: { "Cache-Control": "private, no-store" } }, { key: (req) => (keys++, req.path) });
    await app.get("/track?code=A");
    await app.get("/track?code=B");
    expect(keys).toBe(1);
    await app.get("/other");
    expect(keys).toBe(2);
    app.advance(30_000);
    await app.get("/track?code=C");
    expect(keys).toBe(3);
    expect(app.renders()).toBe(4);
  });

  it("keeps pages apart by key, and forgets the oldest beyond its size", async () => {
    const app = await start({ headers: shared }, { maxEntries: 2 });
    for (const path of ["/a", "/b", "/c"]) await app.get(path);
    expect(app.cache.size).toBe(2);
    expect(await (await app.get("/c")).text()).toContain("render 3");
    expect(await (await app.get("/a")).text()).toContain("render 4");
  });

  it("does not keep a page larger than an entry may be", async () => {
    const app = await start({ headers: shared, body: (n) => `<p>${"x".repeat(2_000)}</p><script nonce="${n}"></script>` }, { maxEntryBytes: 1_000 });
    await app.get();
    expect(app.cache.size).toBe(0);
  });

  it("answers 304 from the cache when the client has the same ETag, and HEAD without a body", async () => {
    const app = await start({ headers: { ...shared, ETag: '"v1"' }, body: () => '{"figures":1}' });
    await app.get();
    const notModified = await app.get("/", { headers: { "If-None-Match": '"v1"' } });
    expect(notModified.status).toBe(304);
    const head = await app.get("/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("13");
    expect(app.renders()).toBe(1);
  });
});

describe("sharedLifetime", () => {
  it.each([
    ["public, max-age=0, s-maxage=30", 30],
    ["PUBLIC, S-MAXAGE=15", 15],
    ["public, max-age=300", 0],
    ["private, s-maxage=30", 0],
    ["public, s-maxage=30, no-store", 0],
    ["public, s-maxage=abc", 0],
    [undefined, 0],
  ])("%s → %i s", (header, seconds) => {
    expect(sharedLifetime(header)).toBe(seconds);
  });
});
