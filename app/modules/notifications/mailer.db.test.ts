import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db, write } from "~/utils/db.server";

/**
 * Emails go out through a real SMTP server (smtp-server on 127.0.0.1), the
 * way they would to the province's mail relay.
 */
const received: ParsedMail[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  process.env.SMTP_URL = `smtp://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

describe("sending queued email", () => {
  test("queued messages are delivered once, in Vietnamese, and marked sent", async () => {
    const { notify } = await import("./notifications.server");
    const { sendQueuedEmails } = await import("./mailer.server");
    await write((tx) =>
      notify(tx, { email: "lan@example.vn", language: "vi" }, "CASE_ACCEPTED", { code: "TOHIEU-2026-000001", unit: "Phường Tô Hiệu", dueAt: "2026-12-18" }, { link: "/cases/TOHIEU-2026-000001" }),
    );
    expect(await sendQueuedEmails()).toBe(1);
    expect(await sendQueuedEmails()).toBe(0);
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.subject).toContain("Hồ sơ TOHIEU-2026-000001 đã được thụ lý");
    expect(mail.text).toContain("Phường Tô Hiệu đã thụ lý hồ sơ TOHIEU-2026-000001");
    expect(mail.text).toContain("/cases/TOHIEU-2026-000001");
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("lan@example.vn");
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to: "lan@example.vn" } });
    expect(row.status).toBe("SENT");
  });

  test("a failed delivery is retried later, not lost", async () => {
    const { sendQueuedEmails } = await import("./mailer.server");
    await write((tx) => tx.outboxEmail.create({ data: { to: "x@example.vn", subject: "s", text: "t" } }));
    // The recipient's server refuses: stop ours, then try.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await sendQueuedEmails()).toBe(0);
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to: "x@example.vn" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(row.lastError).toBeTruthy();
  });
});
