import { createServer, type IncomingMessage, type Server } from "node:http";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { foldForSearch } from "~/utils/text";
import { db, write } from "~/utils/db.server";
import { notify } from "./notifications.server";
import { fileDriver, httpGateway, sendQueuedSms } from "./sms.server";
import { smsLimit } from "./sms-text";

/**
 * SMS go out through a real HTTP receiver on 127.0.0.1, the way they would
 * to a telecom's gateway: what it receives, its refusals and retries.
 */
type Received = { headers: IncomingMessage["headers"]; body: { to: string; text: string; reference: string } };
const received: Received[] = [];
let failNext = 0;
let server: Server;
let url = "";
const key = "test-gateway-key";

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end("busy");
        return;
      }
      received.push({ headers: req.headers, body: JSON.parse(raw) });
      res.writeHead(202, { "Content-Type": "application/json" }).end(JSON.stringify({ id: `gw-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  url = `http://127.0.0.1:${address.port}/sms`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

beforeEach(async () => {
  received.length = 0;
  failNext = 0;
  await write((tx) => tx.outboxSms.deleteMany({}));
});

let n = 0;
async function citizen(overrides: { notifyBySms?: boolean; phone?: string | null } = {}) {
  const i = ++n;
  return write((tx) =>
    tx.user.create({
      data: {
        fullName: `Lò Thị Tin ${i}`,
        nameSearch: foldForSearch(`Lò Thị Tin ${i}`),
        phone: overrides.phone === undefined ? `+8491200${String(1000 + i)}` : overrides.phone,
        passwordHash: "x",
        notifyBySms: overrides.notifyBySms ?? true,
      },
    }),
  );
}

const gateway = () => httpGateway({ url, key });

describe("SMS notifications", () => {
  test("a citizen is told by one SMS without diacritics; the gateway gets it once, with the key", async () => {
    const lan = await citizen();
    await write((tx) =>
      notify(tx, { userId: lan.id }, "CASE_ACCEPTED", { code: "TOHIEU-2026-000123", unit: "Phường Tô Hiệu", dueAt: "2026-12-18" }, { link: "/cases/TOHIEU-2026-000123" }),
    );
    expect(await sendQueuedSms({ provider: gateway() })).toBe(1);
    expect(await sendQueuedSms({ provider: gateway() })).toBe(0);
    expect(received).toHaveLength(1);
    const { headers, body } = received[0]!;
    expect(headers.authorization).toBe(`Bearer ${key}`);
    expect(body.to).toBe(lan.phone);
    expect(body.text).toBe("Lang Nghe: Phuong To Hieu da thu ly ho so TOHIEU-2026-000123. Han giai quyet: 18/12/2026. http://localhost:3000/cases/TOHIEU-2026-000123");
    expect(body.text.length).toBeLessThanOrEqual(smsLimit);
    expect(headers["idempotency-key"]).toBe(body.reference);
    const row = await db.outboxSms.findUniqueOrThrow({ where: { id: body.reference } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, providerId: "gw-1" });
  });

  test("a refused delivery is retried later, then goes once; after the last retry it is given up", async () => {
    const lan = await citizen();
    await write((tx) => notify(tx, { userId: lan.id }, "CASE_RESOLVED", { code: "TOHIEU-2026-000124", unit: "Phường Tô Hiệu", note: "" }, { link: "/cases/TOHIEU-2026-000124" }));
    failNext = 1;
    expect(await sendQueuedSms({ provider: gateway() })).toBe(0);
    let row = await db.outboxSms.findFirstOrThrow({ where: { to: lan.phone! } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toContain("503");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: nothing is sent.
    expect(await sendQueuedSms({ provider: gateway() })).toBe(0);
    // Its time comes.
    await write((tx) => tx.outboxSms.update({ where: { id: row.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } }));
    expect(await sendQueuedSms({ provider: gateway() })).toBe(1);
    row = await db.outboxSms.findUniqueOrThrow({ where: { id: row.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(received).toHaveLength(1);

    // A gateway that keeps refusing: five attempts, then FAILED.
    await write((tx) => notify(tx, { phone: "+84912009999" }, "CASE_CLOSED", { code: "X-2026-000001", unit: "U" }, {}));
    failNext = 99;
    for (let i = 0; i < 5; i++) {
      await write((tx) => tx.outboxSms.updateMany({ where: { to: "+84912009999" }, data: { nextAttemptAt: new Date(Date.now() - 1000) } }));
      await sendQueuedSms({ provider: gateway() });
    }
    expect(await db.outboxSms.findFirstOrThrow({ where: { to: "+84912009999" } })).toMatchObject({ status: "FAILED", attempts: 5 });
  });

  test("two senders at once (two servers, or the jobs and an immediate delivery): each message goes once", async () => {
    const people = await Promise.all([citizen(), citizen(), citizen()]);
    for (const p of people) await write((tx) => notify(tx, { userId: p.id }, "CASE_SUBMITTED", { code: "TOHIEU-2026-000200", unit: "Phường Tô Hiệu" }, {}));
    const [a, b] = await Promise.all([sendQueuedSms({ provider: gateway() }), sendQueuedSms({ provider: gateway() })]);
    expect(a + b).toBe(3);
    expect(received.map((r) => r.body.to).sort()).toEqual(people.map((p) => p.phone).sort());
  });

  test("no SMS for someone who turned SMS off, nor for staff work notices", async () => {
    const quiet = await citizen({ notifyBySms: false });
    const official = await citizen();
    await write(async (tx) => {
      await notify(tx, { userId: quiet.id }, "CASE_ACCEPTED", { code: "A-2026-000001", unit: "U", dueAt: "2026-12-18" }, {});
      await notify(tx, { userId: official.id }, "CASE_ASSIGNED", { code: "A-2026-000002" }, {});
    });
    expect(await db.outboxSms.count()).toBe(0);
    // Both still have the in-app notification.
    expect(await db.notification.count({ where: { userId: { in: [quiet.id, official.id] } } })).toBe(2);
  });

  test("a rolled-back change sends nothing", async () => {
    const lan = await citizen();
    await expect(
      write(async (tx) => {
        await notify(tx, { userId: lan.id }, "CASE_DECLINED", { code: "B-2026-000001", unit: "U", note: "", reasonCode: "OTHER" }, {});
        throw new Error("the transition failed");
      }),
    ).rejects.toThrow("the transition failed");
    expect(await db.outboxSms.count({ where: { to: lan.phone! } })).toBe(0);
  });

  test("the demo's file driver writes each message to a file; a one-time code is blanked once sent", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "lny-sms-"));
    await write((tx) => tx.outboxSms.create({ data: { to: "+84912000777", text: "Lang Nghe: ma dat lai mat khau 123456", sensitive: true } }));
    expect(await sendQueuedSms({ provider: fileDriver(dir) })).toBe(1);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(await readFile(path.join(dir, files[0]!), "utf8")).toBe("To: +84912000777\n\nLang Nghe: ma dat lai mat khau 123456\n");
    expect(await db.outboxSms.findFirstOrThrow({ where: { to: "+84912000777" } })).toMatchObject({ status: "SENT", text: "" });
  });
});
