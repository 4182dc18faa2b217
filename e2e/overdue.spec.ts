import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { accounts, e2eJobEnv, fileCaseAsCitizen, login, units } from "./utils";

/**
 * Deadlines cannot be waited for in a test, so the scheduled jobs are run
 * through their cron command (`npm run jobs`) as of a later date, against the
 * e2e database — the same code path the in-server scheduler runs.
 */
function runJobsAsOf(now: Date) {
  const output = execFileSync("npx", ["tsx", "scripts/run-jobs.ts", `--now=${now.toISOString()}`], {
    env: e2eJobEnv(),
    encoding: "utf8",
  });
  return JSON.parse(output.trim().split("\n").at(-1)!);
}

/**
 * How many times `text` appears in a paged list, following "Trang sau" to the
 * end: the leader of the ward gets an alert for every overdue case in the
 * shared database, more than one page, in an order that depends on the
 * database (alerts written in one round share a timestamp on PostgreSQL).
 */
async function countAcrossPages(page: Page, path: string, text: string): Promise<number> {
  await page.goto(path);
  let count = 0;
  for (;;) {
    count += await page.getByText(text, { exact: true }).count();
    const next = page.getByRole("link", { name: "Trang sau" });
    if ((await next.count()) === 0) return count;
    await page.goto(new URL((await next.getAttribute("href"))!, page.url()).toString());
  }
}

test("an overdue case alerts its handler and the leader once, however often the jobs run", async ({ browser }) => {
  // Two rounds of the jobs CLI (each a tsx start and a pass over the whole e2e database) on a shared machine.
  test.slow();
  const citizen = await browser.newContext();
  const citizenPage = await citizen.newPage();
  await login(citizenPage, accounts.citizen.email);
  const code = await fileCaseAsCitizen(citizenPage, "FEEDBACK", {
    title: `Cống thoát nước tắc ${Date.now()}`,
    description: "Cống thoát nước bị tắc, nước tràn ra đường mỗi khi mưa.",
    category: "Môi trường",
    unit: units.tohieu,
  });

  const officer = await browser.newContext();
  const officerPage = await officer.newPage();
  await login(officerPage, accounts.reception.email);
  await officerPage.goto(`/desk/cases/${code}`);
  await officerPage.getByRole("button", { name: "Thụ lý", exact: true }).click();
  await expect(officerPage.getByText(`Đã thụ lý hồ sơ ${code}.`)).toBeVisible();
  await officerPage.getByLabel("Cán bộ xử lý").selectOption({ label: "Cầm Văn Dũng" });
  await officerPage.getByRole("button", { name: "Phân công xử lý" }).click();
  await expect(officerPage.getByText(`Đã phân công xử lý hồ sơ ${code}.`)).toBeVisible();

  // Well past any feedback deadline (15 working days).
  const later = new Date(Date.now() + 60 * 24 * 60 * 60 * 1000);
  const first = runJobsAsOf(later);
  expect(first.maintenance.alerted).toBeGreaterThanOrEqual(1);
  const second = runJobsAsOf(later);
  expect(second.maintenance.alerted).toBe(0);

  for (const who of [accounts.handler.email, accounts.leader.email]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, who);
    expect(await countAcrossPages(page, "/notifications", `Hồ sơ ${code} đã quá hạn`)).toBe(1);
    await context.close();
  }
  await citizen.close();
  await officer.close();
});
