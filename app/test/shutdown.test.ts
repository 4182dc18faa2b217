import { request, Agent } from "node:http";
import Database from "better-sqlite3";
import { afterEach, describe, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { startServer, sqliteFile, type RunningServer } from "./http/server";
import { buildHttpWorld } from "./http/world";

/**
 * SIGTERM/SIGINT: the server stops accepting, finishes what is in flight,
 * releases its job leases and exits within SHUTDOWN_GRACE_MS — also with an
 * idle keep-alive connection open (a browser tab) or a client that never
 * finishes its request.
 */
let server: RunningServer | undefined;
const grace = 3_000;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function start(env: Record<string, string> = {}) {
  server = await startServer({ SESSION_SECRET: process.env.SESSION_SECRET!, SHUTDOWN_GRACE_MS: String(grace), ...env });
  return server;
}

function exited(s: RunningServer): Promise<{ code: number | null; at: number }> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve({ code: s.child.exitCode, at: Date.now() });
    s.child.once("exit", (code) => resolve({ code, at: Date.now() }));
  });
}

describe("graceful shutdown", () => {
  test("an idle keep-alive connection does not keep the server alive", async () => {
    await buildHttpWorld();
    await db.$disconnect();
    const s = await start();
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => request(`${s.url}/healthz`, { agent }, (res) => res.resume().on("end", resolve)).on("error", reject).end());
    const signalled = Date.now();
    s.child.kill("SIGINT");
    const { code, at } = await exited(s);
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(1_500);
    agent.destroy();
  });

  test("a request in flight finishes, then the server exits; nothing new is accepted meanwhile", async () => {
    const s = await start();
    const body = "identifier=ai%40example.test&password=sai-mat-khau-day";
    let answered = 0;
    const req = request(`${s.url}/login`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(body.length), Origin: s.url } }, (res) => {
      answered = res.statusCode ?? 0;
      res.resume();
    });
    req.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 300));
    const signalled = Date.now();
    s.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    // Stopped accepting: a new connection is refused.
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    req.end(body.slice(10));
    const { code, at } = await exited(s);
    expect(answered).toBe(400); // the wrong password's answer, not a dropped connection
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(grace);
  });

  test("a client that never finishes is cut after the grace period: the exit is bounded", async () => {
    const s = await start();
    const req = request(`${s.url}/login`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "1000", Origin: s.url } });
    req.on("error", () => {});
    req.write("identifier=");
    await new Promise((r) => setTimeout(r, 300));
    const signalled = Date.now();
    s.child.kill("SIGTERM");
    const { at } = await exited(s);
    expect(at - signalled).toBeGreaterThanOrEqual(grace - 200);
    expect(at - signalled).toBeLessThan(grace + 2_000);
  });

  test("with the jobs running, the server's leases are released when it stops", async () => {
    const s = await start({ RUN_JOBS: "true" });
    const file = new Database(sqliteFile(), { readonly: true });
    try {
      // The first round starts with the server; stop it while it may still hold leases.
      await new Promise((r) => setTimeout(r, 200));
      const pid = s.child.pid!;
      s.child.kill("SIGTERM");
      const { code } = await exited(s);
      expect(code).toBe(0);
      const held = file.prepare("SELECT name FROM JobLease WHERE holder LIKE ?").all(`${pid}-%`);
      expect(held).toEqual([]);
    } finally {
      file.close();
    }
  });
});
