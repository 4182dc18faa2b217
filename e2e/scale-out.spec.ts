import { createWriteStream, type WriteStream } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { SMTPServer } from "smtp-server";
import { startApp, startBalancer, stopAll, waitForPort } from "../scripts/topology.mjs";
import { accounts, caseCodePattern, e2eJobEnv, hydrated, open, registerCitizen, samplePdf, uniqueSuffix, vi, viCases } from "./utils";

/**
 * Several app servers on one database, behind the load balancer a deployment
 * uses (HAProxy with deploy/haproxy.cfg, round robin, no affinity): this spec
 * starts two app servers and HAProxy of its own, on the suite's database, with
 * the scheduled jobs running on both every few hundred milliseconds and their
 * emails going to an SMTP server in this process. Consecutive requests go to
 * different servers, and a journey must not notice: sessions, rate limits,
 * form tokens, notifications and jobs (each runs once, by lease) hold across
 * them, and so do the files (in the suite's S3-compatible server when the run
 * uses one). Then one server is killed in the middle of a burst of filings: every
 * filing the citizen was told about is kept, none is doubled.
 */
const basePort = Number(process.env.E2E_PORT ?? 3210);
const appPorts = [basePort + 12, basePort + 13];
const balancerPort = basePort + 14;
const balancerURL = `http://127.0.0.1:${balancerPort}`;

test.describe.configure({ mode: "serial", timeout: 120_000 });
test.skip(
  !process.env.E2E_DATABASE_URL?.startsWith("postgres"),
  "several app servers share one PostgreSQL; on SQLite the suite runs on npm start's worker cluster (cluster.spec.ts)",
);
test.use({ baseURL: balancerURL });

type Mail = { to: string; body: string };
const mails: Mail[] = [];
let smtp: SMTPServer;
let log: WriteStream;
const servers: ChildProcess[] = [];
let balancer: ChildProcess;

function serverEnv(port: number, smtpPort: number) {
  return {
    ...e2eJobEnv(),
    NODE_ENV: "production",
    COOKIE_SECURE: "false",
    PORT: String(port),
    TRUST_PROXY: "1",
    RUN_JOBS: "true",
    JOBS_INTERVAL_MS: "300",
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    // As scripts/e2e-server.mjs: every spec files and signs in from 127.0.0.1, far past one address's limits.
    REGISTER_PER_ADDRESS_HOURLY: "500",
    FILING_PER_ADDRESS_HOURLY: "500",
    SIGN_IN_PER_ADDRESS_FREE: "100000",
  };
}

function startServer(index: number, smtpPort: number) {
  const server = startApp(serverEnv(appPorts[index]!, smtpPort), { name: `app${index + 1}`, log });
  servers[index] = server;
  return server;
}

/** Which server answered (HAProxy's X-Served-By). */
function servedBy(headers: Record<string, string>): string {
  return headers["x-served-by"] ?? "?";
}

/** Waits until HAProxy sends requests to every named server (its health checks passed). */
async function untilBothServe(request: APIRequestContext) {
  await expect
    .poll(
      async () => {
        const seen = new Set<string>();
        for (let i = 0; i < 4; i++) seen.add(servedBy((await request.get("/healthz")).headers()));
        return [...seen].sort().join(",");
      },
      { timeout: 30_000 },
    )
    .toBe("app1,app2");
}

test.beforeAll(async ({}, testInfo) => {
  log = createWriteStream(testInfo.outputPath("servers.log"));
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), body });
        callback();
      });
    },
  });
  // A server killed on purpose (below) drops its mail connection with a reset: an expected end, not
  // an error of this test (smtp-server emits it as an "error" event, which unheard would fail the test).
  smtp.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") throw error;
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  startServer(0, smtpPort);
  startServer(1, smtpPort);
  await Promise.all(appPorts.map((port) => waitForPort(port, 60_000)));
  balancer = await startBalancer({ port: balancerPort, addresses: appPorts.map((p) => `127.0.0.1:${p}`), log });
});

test.afterAll(async () => {
  await stopAll([...servers, balancer].filter(Boolean));
  await new Promise<void>((resolve) => smtp.close(resolve));
  log.end();
});

/** Records which server answered each document and form request of a page. */
function watchServers(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", (response) => {
    const type = response.request().resourceType();
    if (type === "document" || type === "fetch") seen.push(servedBy(response.headers()));
  });
  return seen;
}

/** The fields of the citizen's feedback form, as the browser would send them. */
function feedbackForm(token: string, title: string, unitId: string, categoryId: string) {
  return {
    kind: "FEEDBACK",
    title,
    description: "Đèn đường trước cổng trường tiểu học bị hỏng đã hai tuần, buổi tối rất tối.",
    unitId,
    categoryId,
    confirmNew: "on",
    submissionToken: token,
  };
}

type Multipart = Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;

/** Posts the filing form; on a receipt, the code it shows. A failure (e.g. the server died) is null. */
async function postFiling(request: APIRequestContext, fields: Multipart): Promise<{ code: string | null; server: string; why?: string }> {
  const response = await request
    .post("/cases/new?kind=feedback", { multipart: fields, headers: { Origin: balancerURL }, maxRedirects: 0, timeout: 15_000 })
    .catch(() => null);
  if (!response) return { code: null, server: "?", why: "no answer" };
  const server = servedBy(response.headers());
  if (response.status() !== 302) return { code: null, server, why: `filing ${response.status()}` };
  const receipt = await request.get("/cases/receipt", { timeout: 15_000 }).catch(() => null);
  if (!receipt?.ok()) return { code: null, server, why: `receipt ${receipt?.status() ?? "no answer"}` };
  const code = (await receipt.text()).match(/[A-Z0-9]+-\d{4}-\d{6}/)?.[0] ?? null;
  return { code, server };
}

/** The unit and category ids the filing form offers (read from the page, as a browser would). */
async function formChoices(page: Page) {
  await open(page, "/cases/new?kind=feedback");
  const main = page.getByRole("main");
  await main.getByLabel(viCases.unit).selectOption({ label: "Phường Tô Hiệu" });
  await main.getByLabel(viCases.category).selectOption({ label: "Giao thông" });
  return {
    unitId: await main.getByLabel(viCases.unit).inputValue(),
    categoryId: await main.getByLabel(viCases.category).inputValue(),
  };
}

test("a signed-in journey whose requests alternate between two servers: session, form token, files, notification, one email, rate limit", async ({ page, request, browser }) => {
  await untilBothServe(request);
  const served = watchServers(page);

  // Session: registered on one server, recognised by both.
  const citizen = await registerCitizen(page);
  const toCitizen = () => mails.filter((m) => m.to === citizen.email.toLowerCase()).length;
  // The registration code's email, sent by whichever server's job took it: once.
  await expect.poll(toCitizen, { timeout: 20_000 }).toBe(1);
  for (const path of ["/cases", "/notifications", "/cases", "/notifications"]) {
    await open(page, path);
    await expect(page.getByRole("banner").getByRole("button", { name: vi.signOut })).toBeVisible();
  }
  expect(new Set(served)).toEqual(new Set(["app1", "app2"]));

  // Form token: the same filing sent twice, to the two servers, is one case.
  const { unitId, categoryId } = await formChoices(page);
  const token = randomBytes(18).toString("base64url");
  const title = `Đèn đường hỏng cổng trường ${uniqueSuffix()}`;
  const evidence = { name: "bien-ban-hien-truong.pdf", mimeType: "application/pdf", buffer: samplePdf(`Scale-out ${token}`) };
  const form = { ...feedbackForm(token, title, unitId, categoryId), files: evidence };
  const first = await postFiling(page.request, form);
  expect(first.code).toMatch(caseCodePattern);
  // Sent again (a double click, a retry) until the other server takes it. (Each
  // filing is a POST and a GET of the receipt, so a lone request shifts the turn.)
  // Other tests running at the same time also take turns, so the number of requests
  // slipped in between varies (one, then two…) until the other server answers.
  for (let repeats = 0; ; repeats++) {
    expect(repeats, "the balancer never chose the other server").toBeLessThan(12);
    const again = await postFiling(page.request, form);
    expect(again.code).toBe(first.code);
    if (again.server !== first.server) break;
    for (let i = 0; i <= repeats % 2; i++) await page.request.get("/healthz");
  }
  const code = first.code!;

  // Notification written by one server, counted in the header by the other.
  for (let i = 0; i < 2; i++) {
    await open(page, "/notifications");
    await expect(page.getByRole("main").getByText(code).first()).toBeVisible();
    // The phone bar and the wide header both carry it; one is shown.
    await expect(page.getByRole("banner").getByText(/thông báo chưa đọc/).filter({ visible: true })).toHaveCount(1);
  }
  await open(page, "/cases");
  await expect(page.getByRole("main").getByRole("link", { name: code })).toHaveCount(1);

  // The evidence, stored by the server that took the filing, comes back byte for byte from both.
  await open(page, `/cases/${code}`);
  const href = await page.getByRole("link", { name: evidence.name }).first().getAttribute("href");
  const downloadedFrom = new Set<string>();
  for (let i = 0; i < 6 && downloadedFrom.size < 2; i++) {
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(Buffer.compare(await download.body(), evidence.buffer)).toBe(0);
    downloadedFrom.add(servedBy(download.headers()));
  }
  expect(downloadedFrom).toEqual(new Set(["app1", "app2"]));

  // The receipt email is sent once, although both servers run the email job every 300 ms.
  // (The citizen's first email was the registration code.)
  await expect.poll(toCitizen, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  // A few more rounds on both servers: still once.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(toCitizen()).toBe(2);

  // Rate limit: the account's five free tries and a sixth, alternating servers, make the next one wait —
  // counted in the database, so it does not matter which server saw which try.
  const other = await browser.newContext({ baseURL: balancerURL });
  const login = await other.newPage();
  const attempts = watchServers(login);
  await open(login, "/login");
  for (let attempt = 1; attempt <= 6; attempt++) {
    await login.getByLabel(vi.identifier).fill(citizen.email);
    await login.getByLabel(vi.password, { exact: true }).fill(`sai-mat-khau-${attempt}`);
    await login.getByRole("main").getByRole("button", { name: vi.signIn }).click();
    await expect(login.getByRole("main").getByRole("alert")).toHaveText(vi.invalidCredentials);
    await hydrated(login);
  }
  await login.getByLabel(vi.password, { exact: true }).fill(citizen.password);
  await login.getByRole("main").getByRole("button", { name: vi.signIn }).click();
  await expect(login.getByRole("main").getByRole("alert")).toHaveText(/Bạn đã thử đăng nhập nhiều lần\. Vui lòng đợi \d+ giây/);
  expect(new Set(attempts)).toEqual(new Set(["app1", "app2"]));
  await other.close();
});

test("one server killed in the middle of a burst of filings: every acknowledged filing is kept, none doubled, the other server carries on", async ({ page, request, playwright }) => {
  await untilBothServe(request);
  await registerCitizen(page);
  const { unitId, categoryId } = await formChoices(page);

  const tokens = Array.from({ length: 12 }, () => randomBytes(18).toString("base64url"));
  const acknowledged = new Map<string, string>(); // token → code the citizen was shown
  const failedOnce = new Set<string>();
  const failures: string[] = [];
  let killed = false;
  const suffix = uniqueSuffix();

  // Four filings at a time (four tabs: each its own receipt cookie); after the
  // fourth receipt, app1 is killed (SIGKILL: no goodbye).
  const session = await page.context().storageState();
  let next = 0;
  async function worker() {
    const tab = await playwright.request.newContext({ baseURL: balancerURL, storageState: session });
    while (next < tokens.length) {
      const token = tokens[next++]!;
      const fields = feedbackForm(token, `Nước sinh hoạt yếu tổ ${next} ${suffix}`, unitId, categoryId);
      // A citizen whose page failed presses "send" again, a moment later: the same form, the same
      // token. (At once, every try could reach the balancer before it has seen app1 gone: it checks
      // every second and needs two failed checks, deploy/haproxy.cfg.)
      for (let attempt = 0; attempt < 6 && !acknowledged.has(token); attempt++) {
        if (attempt) await new Promise((resolve) => setTimeout(resolve, 1_000));
        const { code, server, why } = await postFiling(tab, fields);
        if (code) acknowledged.set(token, code);
        else {
          failedOnce.add(token);
          failures.push(`${server}: ${why}`);
        }
        if (acknowledged.size >= 4 && !killed) {
          killed = true;
          servers[0]!.kill("SIGKILL");
        }
      }
    }
    await tab.dispose();
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
  expect(killed).toBe(true);
  test.info().annotations.push({ type: "filings that failed and were sent again", description: String(failedOnce.size) });
  expect(acknowledged.size, `tries that failed: ${failures.join("; ")}`).toBe(tokens.length);
  // Every token got its own case; a repeated token was answered with its first case.
  expect(new Set(acknowledged.values()).size).toBe(tokens.length);

  // The citizen's list, now served by app2 alone, has each acknowledged case once.
  const after = await page.request.get("/healthz");
  expect(servedBy(after.headers())).toBe("app2");
  await open(page, "/cases");
  for (const code of acknowledged.values()) {
    await expect(page.getByRole("main").getByRole("link", { name: code, exact: true })).toHaveCount(1);
  }

  // app1 comes back and takes its turn again.
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  startServer(0, smtpPort);
  await waitForPort(appPorts[0]!, 60_000);
  await untilBothServe(request);
});
