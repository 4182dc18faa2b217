import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { multipart, send, type FilePart, type Pair } from "~/test/http/client";
import { startServer, type RunningServer } from "~/test/http/server";
import { buildHttpWorld, type HttpWorld } from "~/test/http/world";

/**
 * Online dossier filing is limited per address like the case form
 * (FILING_PER_ADDRESS_HOURLY, 30 an hour by default), through the whole
 * request pipeline: every form sent counts, over the limit nothing is filed
 * and the form comes back with what was typed and a clear message.
 */
let server: RunningServer;
let w: HttpWorld;

beforeAll(async () => {
  w = await buildHttpWorld();
  server = await startServer({ SESSION_SECRET: process.env.SESSION_SECRET! });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await db.$disconnect();
});

const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function birthForm(token: string, extra: Pair[] = []) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { code: "1.001193" }, include: { papers: true } });
  const tohieu = await db.unit.findUniqueOrThrow({ where: { code: "TOHIEU" } });
  const pairs: Pair[] = [["procedure", procedure.code], ["unitId", tohieu.id], ["applicantName", "Người Gửi Nhiều Lần"], ["submissionToken", token], ...extra];
  const files: FilePart[] = procedure.papers.map((p) => ({ name: `paper-${p.position}`, fileName: `p${p.position}.png`, type: "image/png", bytes: png }));
  return multipart(pairs, files);
}

describe("online dossier filing, per address", () => {
  test("the 31st form in an hour is sent back with its values and a message, nothing filed; other addresses go on", async () => {
    const from = "192.0.2.90";
    const cookie = w.cookies.citizen2;
    for (let i = 0; i < 30; i++) {
      const res = await send(server.url, "/onestop/new?procedure=1.001193", { ...(await birthForm(`tok-limit-${String(i).padStart(10, "0")}`, [["applicantEmail", "not-an-email"]])), from, cookie });
      expect(res.status, `form ${i + 1}`).toBe(400); // sent back for the e-mail: counted all the same
    }
    const token = "tok-limit-over-0000000";
    const over = await send(server.url, "/onestop/new?procedure=1.001193", { ...(await birthForm(token)), from, cookie });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(over.text).toContain("Bạn thao tác quá nhanh");
    expect(over.text).toContain("Người Gửi Nhiều Lần"); // the form kept
    expect(await db.dossier.count({ where: { submissionToken: token } })).toBe(0);

    // The counter is the case form's too: the same address cannot go on filing cases instead.
    const asCase = await send(server.url, "/cases/new?kind=feedback", {
      ...multipart([["kind", "FEEDBACK"], ["title", "Đèn đường hỏng"], ["description", "Đèn đường ở tổ 3 hỏng đã lâu."], ["submissionToken", "tok-limit-case-0000000"]]),
      from,
      cookie,
    });
    expect(asCase.status).toBe(429);
    // Its answer says when to come back, as the dossier form's does.
    expect(Number(asCase.headers.get("retry-after"))).toBeGreaterThan(0);

    // Another address files the same form.
    const elsewhere = await send(server.url, "/onestop/new?procedure=1.001193", { ...(await birthForm("tok-limit-other-000000")), from: "192.0.2.91", cookie });
    expect(elsewhere.status).toBe(302);
    expect(await db.dossier.count({ where: { submissionToken: "tok-limit-other-000000" } })).toBe(1);
  });
});
