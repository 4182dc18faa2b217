import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

/**
 * The server matches the same route tree three times per request (Remix's
 * route lookup, the loaders' static handler, the render), and React Router 6
 * flattens, ranks and compiles ~140 routes into regular expressions on every
 * call: ~2 ms a call on this machine, more than a whole bare Remix page.
 * patches/@remix-run+router+1.23.3.patch (applied by `npm ci`'s postinstall)
 * caches the ranked branches per route tree and each pattern's expression,
 * and passes over a branch whose first segment is a plain word other than the
 * pathname's with a string comparison, and keeps each tree's answer for the
 * last thousand pathnames (handed out as copies). The render made a new route tree for
 * every request, which defeated the cache: patches/@remix-run+react*.patch and
 * patches/react-router-dom*.patch keep the server's routes and their data
 * routes per build.
 * These tests hold the patched matcher to the same answers as before, call
 * after call, since a cache that leaked one call's params into the next would
 * route a citizen to another case.
 */
const require = createRequire(import.meta.url);
const router = require("@remix-run/router") as typeof import("@remix-run/router");

const tree = [
  {
    id: "root",
    path: "",
    children: [
      { id: "index", index: true },
      { id: "cases.$code", path: "cases/:code" },
      { id: "cases.new", path: "cases/new" },
      { id: "cases.$code.files.$id", path: "cases/:code/files/:id" },
      { id: "notices.$id?", path: "notices/:id?" },
      { id: "docs.*", path: "docs/*" },
      { id: "Inbox", path: "inbox", caseSensitive: true },
      {
        id: "desk",
        path: "desk",
        children: [
          { id: "desk._index", index: true },
          { id: "desk.cases.$code", path: "cases/:code" },
          { id: "desk.pathless", children: [{ id: "desk.reports", path: "reports" }] },
        ],
      },
      { id: "calendar.ics", path: "calendar.ics" },
      { id: "$lang.about", path: ":lang/about" },
      { id: "splat", path: "*" },
    ],
  },
];

function ids(pathname: string) {
  return router.matchRoutes(tree, pathname)?.map((match) => ({ id: match.route.id, params: match.params, pathname: match.pathname })) ?? null;
}

describe("route matching with the cached branches and patterns", () => {
  it("is the patched build that the server loads", () => {
    const source = readFileSync(require.resolve("@remix-run/router"), "utf8");
    expect(source).toContain("rankedBranchesOf(routes)");
    expect(source).toContain("compilePathUncached");
    expect(source).toContain("firstLiteralOf(branch)");
    expect(source).toContain("keptMatchesOf(routes)");
    expect(source).toContain("pathname.length > KEPT_PATH_LENGTH");
    expect(readFileSync(require.resolve("@remix-run/react/dist/routes.js"), "utf8")).toContain("createServerRoutesOnce");
    expect(readFileSync(require.resolve("react-router-dom/server.js"), "utf8")).toContain("dataRoutesByRoutes");
  });

  it("gives each call its own params, the same answers twice over", () => {
    for (let round = 0; round < 2; round++) {
      expect(ids("/cases/LN-2026-000001")?.at(-1)).toEqual({ id: "cases.$code", params: { code: "LN-2026-000001" }, pathname: "/cases/LN-2026-000001" });
      expect(ids("/cases/LN-2026-000002")?.at(-1)?.params).toEqual({ code: "LN-2026-000002" });
      // A static segment still outranks a parameter.
      expect(ids("/cases/new")?.at(-1)?.id).toBe("cases.new");
      expect(ids("/cases/A/files/7")?.at(-1)?.params).toEqual({ code: "A", id: "7" });
      expect(ids("/notices")?.at(-1)?.params).toEqual({});
      expect(ids("/notices/9")?.at(-1)?.params).toEqual({ id: "9" });
      expect(ids("/docs/a/b")?.at(-1)?.params).toEqual({ "*": "a/b" });
      expect(ids("/")?.at(-1)?.id).toBe("index");
      expect(ids("/nowhere/at/all")?.at(-1)).toEqual({ id: "splat", params: { "*": "nowhere/at/all" }, pathname: "/nowhere/at/all" });
    }
  });

  it("passes over other sections by their first word, and still finds every route of this one", () => {
    expect(ids("/desk")?.map((m) => m.id)).toEqual(["root", "desk", "desk._index"]);
    expect(ids("/desk/")?.at(-1)?.id).toBe("desk._index");
    expect(ids("/desk/cases/X")?.at(-1)?.params).toEqual({ code: "X" });
    expect(ids("/desk/reports")?.map((m) => m.id)).toEqual(["root", "desk", "desk.pathless", "desk.reports"]);
    // Case-insensitive like the patterns themselves; a percent-encoded word is the word.
    expect(ids("/DESK/Cases/X")?.at(-1)?.id).toBe("desk.cases.$code");
    expect(ids("/d%65sk/cases/X")?.at(-1)?.id).toBe("desk.cases.$code");
    expect(ids("/calendar.ics")?.at(-1)?.id).toBe("calendar.ics");
    expect(ids("/calendarXics")?.at(-1)?.id).toBe("splat");
    // A first segment that is a parameter is never passed over.
    expect(ids("/vi/about")?.at(-1)).toEqual({ id: "$lang.about", params: { lang: "vi" }, pathname: "/vi/about" });
    expect(ids("/desk/nowhere")?.at(-1)?.id).toBe("splat");
    expect(ids("/deskx/cases/X")?.at(-1)?.id).toBe("splat");
  });

  it("keeps case sensitivity apart for the same pattern", () => {
    expect(ids("/inbox")?.at(-1)?.id).toBe("Inbox");
    expect(ids("/INBOX")?.at(-1)?.id).toBe("splat");
    expect(router.matchPath({ path: "/inbox", caseSensitive: false }, "/INBOX")?.pathname).toBe("/INBOX");
    expect(router.matchPath({ path: "/inbox", caseSensitive: true }, "/INBOX")).toBeNull();
    expect(router.matchPath({ path: "/inbox", end: false }, "/inbox/x")?.pathnameBase).toBe("/inbox");
    expect(router.matchPath({ path: "/inbox", end: true }, "/inbox/x")).toBeNull();
  });

  it("answers a pathname asked before with copies: a caller that changes its matches changes no later answer", () => {
    const first = router.matchRoutes(tree, "/cases/LN-2026-000007")!;
    (first.at(-1)!.params as Record<string, string>).code = "LN-2026-999999";
    first.at(-1)!.pathname = "/cases/LN-2026-999999";
    first.pop();
    const again = router.matchRoutes(tree, "/cases/LN-2026-000007")!;
    expect(again.map((m) => m.route.id)).toEqual(["root", "cases.$code"]);
    expect(again.at(-1)!.params).toEqual({ code: "LN-2026-000007" });
    expect(again.at(-1)!.pathname).toBe("/cases/LN-2026-000007");
    (again.at(-1)!.params as Record<string, string>).code = "changed";
    expect(router.matchRoutes(tree, "/cases/LN-2026-000007")!.at(-1)!.params).toEqual({ code: "LN-2026-000007" });
    // Under another basename the same pathname is another question.
    expect(router.matchRoutes(tree, "/app/cases/X", "/app")?.at(-1)?.params).toEqual({ code: "X" });
    expect(router.matchRoutes(tree, "/app/cases/X")?.at(-1)?.route.id).toBe("splat");
    // No match is kept as no match (the same tree, asked twice).
    const small = [{ id: "only", path: "cases/:code" }];
    expect(router.matchRoutes(small, "/nowhere")).toBeNull();
    expect(router.matchRoutes(small, "/nowhere")).toBeNull();
    expect(router.matchRoutes(small, "/cases/Y")?.at(-1)?.params).toEqual({ code: "Y" });
    // A made-up address of many kilobytes is matched as ever (and not kept: see the patch).
    const long = `/cases/${"x".repeat(20_000)}`;
    expect(router.matchRoutes(small, long)?.at(-1)?.params.code).toHaveLength(20_000);
    expect(router.matchRoutes(small, long)?.at(-1)?.params.code).toHaveLength(20_000);
  });

  it("sees a new route tree (a new build) rather than a cached one", () => {
    const other = [{ id: "only", path: "cases/:code" }];
    expect(router.matchRoutes(other, "/cases/X")?.map((match) => match.route.id)).toEqual(["only"]);
    expect(ids("/cases/X")?.at(-1)?.id).toBe("cases.$code");
  });
});
