import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readConfig } from "@remix-run/dev/dist/config.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { Fuzzer } from "./http/fuzz";
import { startServer, sqliteFile, WriteLog, type RunningServer } from "./http/server";
import { surface } from "./http/surface";
import { buildHttpWorld, type HttpWorld } from "./http/world";

/**
 * No input gives a 500. Every loader with parameters and every action (each
 * intent) of the production server gets bad values generated from its zod
 * schema — wrong types, impossible dates, huge and empty strings, NUL, bad
 * UTF-8, fields sent twice or never, forged cursors, malformed multipart —
 * and each answer must be a 4xx that wrote nothing and shows the form's error
 * with the rest of the form kept (app/test/http/fuzz.ts says exactly what is
 * checked). Routes and intents are read from the code: one missing from
 * app/test/http/surface.ts fails the first test.
 */
const appDir = path.resolve(__dirname, "..");

async function routesInCode() {
  const config = await readConfig(path.resolve(appDir, ".."));
  return Object.values(config.routes).map((route) => {
    const file = path.join(appDir, route.file);
    const source = readFileSync(file, "utf8");
    // The route's own file and the `__` component files beside it that it imports.
    // An import names no extension: the sibling is a component (.tsx) or plain server code (.ts).
    const siblings = [...source.matchAll(/from "\.\/(__[\w.-]+)"/g)].map((m) => {
      const base = path.join(path.dirname(file), m[1]!);
      const found = ["", ".tsx", ".ts"].map((ext) => `${base}${ext}`).find((f) => existsSync(f) && statSync(f).isFile());
      if (!found) throw new Error(`${route.file} imports ./${m[1]}, which is not there`);
      return readFileSync(found, "utf8");
    });
    const dispatchesOnIntent = /formData\.get\("intent"\)|\bv\.intent\b|\bvalue\.intent\b/.test(source);
    const intents = dispatchesOnIntent
      ? [...new Set([source, ...siblings].flatMap((s) => [...s.matchAll(/intent(?:=|\s*===\s*)"(\w+)"|name="intent" value="(\w+)"/g)].map((m) => m[1] ?? m[2]!)))]
      : [];
    return {
      id: route.id,
      hasLoader: /export (async )?function loader|export const loader/.test(source),
      hasAction: /export (async )?function action|export const action/.test(source),
      intents,
    };
  });
}

describe("no input gives a 500", () => {
  let server: RunningServer;
  let log: WriteLog;
  let world: HttpWorld;

  beforeAll(async () => {
    world = await buildHttpWorld();
    await db.$disconnect();
    log = new WriteLog(sqliteFile());
    server = await startServer({ SESSION_SECRET: process.env.SESSION_SECRET! });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    log?.close();
  });

  test("every route and intent in the code is in the surface list", async () => {
    const routes = await routesInCode();
    const missing: string[] = [];
    for (const r of routes) {
      if (!r.hasLoader && !r.hasAction) continue;
      const s = surface[r.id];
      if (!s) {
        missing.push(`route ${r.id}`);
        continue;
      }
      if (r.hasAction && !s.actions) missing.push(`action of ${r.id}`);
      const intents = r.intents.length ? r.intents : r.hasAction ? [""] : [];
      for (const intent of intents) if (!s.actions?.[intent]) missing.push(`intent "${intent}" of ${r.id}`);
    }
    const stale = Object.keys(surface).filter((id) => !routes.some((r) => r.id === id));
    if (missing.length || stale.length) console.info(`not in the surface list:\n${[...missing, ...stale.map((id) => `stale ${id}`)].join("\n")}`);
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  test("bad input: never a 5xx, nothing written, the error shown on the form", async () => {
    const fuzzer = new Fuzzer(server, log, world);
    const started = Date.now();
    // NO500_ONLY=<regex of route ids> runs a part of the surface, to look into one failure quickly.
    const only = process.env.NO500_ONLY ? new RegExp(process.env.NO500_ONLY) : null;
    const routes = Object.entries(surface).filter(([routeId]) => !only || only.test(routeId));
    await fuzzer.runLoaders(routes.filter(([, s]) => !s.auditsReads).flatMap(([routeId, s]) => fuzzer.loaderRequests(routeId, s)));
    await fuzzer.runLoaders(routes.filter(([, s]) => s.auditsReads).flatMap(([routeId, s]) => fuzzer.loaderRequests(routeId, s)), { auditsReads: true });
    for (const [routeId, s] of routes) {
      for (const [intent, spec] of Object.entries(s.actions ?? {})) await fuzzer.action(routeId, s, intent, spec);
    }
    const byKind = fuzzer.failures.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.kind]: (acc[f.kind] ?? 0) + 1 }), {});
    console.info(
      `no-500: ${fuzzer.requests} requests in ${Math.round((Date.now() - started) / 1000)} s, slowest ${fuzzer.slowest.ms} ms (${fuzzer.slowest.request}); ` +
        `${fuzzer.failures.length} failures ${JSON.stringify(byKind)}`,
    );
    const report = fuzzer.failures.map((f) => `${f.kind}: ${f.request} → ${f.detail}`);
    if (process.env.NO500_REPORT) (await import("node:fs")).writeFileSync(process.env.NO500_REPORT, `${report.join("\n")}\n\nserver stderr:\n${server.stderr.join("")}`);
    expect(report).toEqual([]);
  }, 900_000);
});
