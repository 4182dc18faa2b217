import { createServer, type Server } from "node:http";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

/**
 * What the app sent, read back the way a person would receive it: SMS from a
 * real HTTP gateway receiver on 127.0.0.1 (the server is configured with its
 * address, see playwright.config.ts), emails from the .eml files of the
 * server's outbox directory.
 */
/** Where the server sends SMS during the e2e run (E2E_SMS_PORT, or the app's port + 20000). */
export const smsReceiverPort = Number(process.env.E2E_SMS_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 20000);

export type Sms = { to: string; text: string; authorization: string | undefined };

export async function startSmsReceiver(port: number): Promise<{ messages: Sms[]; close: () => Promise<void> }> {
  const messages: Sms[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        const body = JSON.parse(raw) as { to: string; text: string };
        messages.push({ to: body.to, text: body.text, authorization: req.headers.authorization });
        res.writeHead(202, { "Content-Type": "application/json" }).end(JSON.stringify({ id: `e2e-${messages.length}` }));
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return { messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export const emailOutbox = path.resolve("test-results/outbox");

/**
 * The newest email to `to` as the mail driver delivered it (an .eml file in
 * the outbox directory), or null. utils.ts's lastEmailTo reads the outbox
 * table instead: what was queued, not what went out.
 */
export async function deliveredEmailTo(to: string): Promise<{ subject: string; text: string } | null> {
  let files: string[] = [];
  try {
    files = (await readdir(emailOutbox)).filter((f) => f.endsWith(".eml")).sort();
  } catch {
    return null;
  }
  for (const file of files.reverse()) {
    const raw = await readFile(path.join(emailOutbox, file));
    if (!raw.toString("utf8").toLowerCase().includes(to.toLowerCase())) continue;
    const mail = await simpleParser(raw);
    const recipient = mail.to && !Array.isArray(mail.to) ? mail.to.text : "";
    if (recipient.toLowerCase() === to.toLowerCase()) return { subject: mail.subject ?? "", text: mail.text ?? "" };
  }
  return null;
}
