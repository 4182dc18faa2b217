import { execFileSync } from "node:child_process";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { accounts, e2eJobEnv, fileDossierOnline as fileOnline, hydrated, login, open, registerCitizen, samplePdf, samplePng, signedIn, vi } from "./utils";

/**
 * The one-stop desk end to end (issue #15): a birth registration filed online
 * (by a citizen without JavaScript), asked once for a missing paper,
 * supplemented, received with a printed slip, appraised, signed, returned and
 * rated, counted on the dashboard; a second dossier running late, prompted,
 * apologised once, counted late; and who may not see or touch a dossier.
 */
// The suite's database, SQLite or PostgreSQL (playwright.config.ts), and its file storage.
const e2eEnv = e2eJobEnv();

function onestopJobs(now = new Date()) {
  // Under the jobs' leases: a lease another process holds (scale-out's job-running servers) is waited for.
  const out = execFileSync("npx", ["tsx", "scripts/onestop-jobs.ts", `--now=${now.toISOString()}`], { env: e2eEnv, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

function backdate(code: string, days: number) {
  execFileSync("npx", ["tsx", "e2e/support/backdate-dossier.ts", code, String(days)], { env: e2eEnv, encoding: "utf8" });
}

async function figures(request: APIRequestContext, procedure: string) {
  const res = await request.get(`/api/v1/dossiers/stats?unit=TOHIEU&procedure=${procedure}`);
  expect(res.status()).toBe(200);
  return (await res.json()).figures as { newReceived: number; resolved: number; supplementRequests: number; ratedCount: number; resolvedLate: number; apologies: number };
}

/** The staff page of a dossier, from the citizen's path. */
const staffPath = (citizenPath: string) => citizenPath.replace("/onestop/mine/", "/desk/dossiers/");

async function act(page: Page, path: string, action: string, fill?: (p: Page) => Promise<void>, submit = action) {
  await open(page, path);
  await page.getByText(action, { exact: true }).first().click(); // opens the action's <details>
  if (fill) await fill(page);
  await page.locator("details[open]").getByRole("button", { name: submit, exact: true }).click();
}

async function staff(browser: Browser, email: string) {
  return (await signedIn(browser, email)).page;
}

test.describe.configure({ mode: "serial" });

test("a birth registration from online filing to a rated result, counted on the dashboard", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const before = await figures(request, "1.001193");

  // The citizen works without JavaScript: every form is a plain form.
  const citizenContext = await browser.newContext({ javaScriptEnabled: false });
  const citizen = await citizenContext.newPage();
  await registerCitizen(citizen);
  const path = await fileOnline(citizen, "1.001193", ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Giấy tờ tùy thân của người đi đăng ký"]);
  await expect(citizen.getByText("Chờ kiểm tra").first()).toBeVisible();

  // The desk finds the birth certificate unreadable and asks once, listing it.
  const desk = await staff(browser, accounts.reception.email);
  await act(desk, staffPath(path), "Kiểm tra thành phần hồ sơ", async (p) => {
    await p.getByRole("checkbox", { name: /Giấy chứng sinh/ }).uncheck();
    await p.getByLabel("Hướng dẫn bổ sung (nêu rõ lý do)").fill("Bản chụp giấy chứng sinh bị mờ, đề nghị chụp lại rõ nét.");
  }, "Yêu cầu bổ sung");
  await expect(desk.getByText("Đã gửi yêu cầu bổ sung hồ sơ.")).toBeVisible();
  await expect(desk.getByText(/Còn thiếu: Giấy chứng sinh/)).toBeVisible();

  // The citizen sees the one request and supplies the paper.
  await open(citizen, path);
  await expect(citizen.getByText("Chờ bổ sung").first()).toBeVisible();
  await expect(citizen.getByText(/Còn thiếu: Giấy chứng sinh/)).toBeVisible();
  // The printable request lists every missing paper at once, with the desk's note (art. 17 k.1 c).
  await citizen.getByRole("link", { name: "In phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" }).click();
  await expect(citizen.getByRole("heading", { name: "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" })).toBeVisible();
  await expect(citizen.locator("article.slip li").filter({ hasText: "Giấy chứng sinh" })).toHaveCount(1);
  await expect(citizen.getByText(/Bản chụp giấy chứng sinh bị mờ/)).toBeVisible();
  await open(citizen, path);
  await citizen.getByText("Bổ sung giấy tờ", { exact: true }).first().click();
  await citizen.getByLabel(/Giấy chứng sinh/).setInputFiles({ name: "giay-chung-sinh.png", mimeType: "image/png", buffer: samplePng() });
  await citizen.locator("details#action-supply").getByRole("button", { name: "Bổ sung giấy tờ" }).click();
  await expect(citizen.getByText("Đã gửi giấy tờ bổ sung.")).toBeVisible();

  // The desk receives it: a dossier code and the receipt and appointment slip with its QR code.
  await act(desk, staffPath(path), "Kiểm tra thành phần hồ sơ", async (p) => {
    for (const box of await p.getByRole("checkbox").all()) if (!(await box.isChecked()) && (await box.isVisible())) await box.check();
  }, "Tiếp nhận, cấp mã hồ sơ");
  await expect(desk.getByText(/Đã tiếp nhận hồ sơ TOHIEU-\d{6}-\d{4}\./)).toBeVisible();
  const code = (await desk.getByRole("heading", { level: 1 }).innerText()).trim();
  expect(code).toMatch(/^TOHIEU-\d{6}-\d{4}$/);
  const due = (await desk.locator(".badge-fact").filter({ hasText: "Hẹn trả kết quả" }).innerText()).replace("Hẹn trả kết quả: ", "");
  await desk.getByRole("link", { name: "Giấy tiếp nhận và hẹn trả kết quả" }).click();
  await expect(desk.getByRole("heading", { name: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" })).toBeVisible();
  await expect(desk.getByText(code, { exact: true })).toBeVisible();
  await expect(desk.locator(".slip-qr svg")).toBeVisible();
  await expect(desk.locator("dd.big").filter({ hasText: due })).toBeVisible();
  const trackUrl = await desk.locator(".slip-qr a").getAttribute("href");
  expect(trackUrl).toContain(`/onestop/track?code=${code}`);
  // The unit's queue finds it by its code, with its procedure's and unit's names.
  await open(desk, `/desk/dossiers?queue=all&q=${code}`);
  const row = desk.getByRole("row").filter({ has: desk.getByRole("link", { name: code }) });
  await expect(row).toContainText("Đăng ký khai sinh");
  await expect(row).toContainText("Phường Tô Hiệu");

  // The public lookup (the QR's target) shows progress, nothing personal.
  const lookup = await browser.newPage();
  await lookup.goto(`/onestop/track?code=${code}`);
  await expect(lookup.getByRole("heading", { name: code })).toBeVisible();
  await expect(lookup.getByText("Đang giải quyết").first()).toBeVisible();
  expect(await lookup.content()).not.toContain("giay-chung-sinh.png");

  // The ward's specialist appraises, the leader signs, the desk returns the result.
  const handler = await staff(browser, accounts.handler.email);
  await act(handler, staffPath(path), "Thẩm định xong");
  await expect(handler.getByText("Đã hoàn thành bước xử lý.")).toBeVisible();
  const leader = await staff(browser, accounts.leader.email);
  await act(leader, staffPath(path), "Ký duyệt kết quả");
  await expect(leader.getByText("Có kết quả, chờ trả").first()).toBeVisible();
  await act(desk, staffPath(path), "Trả kết quả");
  await expect(desk.getByText("Đã trả kết quả.")).toBeVisible();

  // The citizen rates the service; the dossier is closed with its result.
  await open(citizen, path);
  await citizen.getByText("Đánh giá việc giải quyết", { exact: true }).first().click();
  await citizen.getByLabel("5 — Rất hài lòng").check();
  await citizen.locator("details#action-rate").getByRole("button", { name: "Đánh giá việc giải quyết" }).click();
  await expect(citizen.getByText("Cảm ơn bạn đã đánh giá.")).toBeVisible();
  await expect(citizen.getByText("Đã trả kết quả").first()).toBeVisible();

  // The dashboard counts it once its figures are refreshed (the job's round).
  onestopJobs();
  const after = await figures(request, "1.001193");
  expect(after.newReceived).toBe(before.newReceived + 1);
  expect(after.resolved).toBe(before.resolved + 1);
  expect(after.supplementRequests).toBe(before.supplementRequests + 1);
  expect(after.ratedCount).toBe(before.ratedCount + 1);
  await open(lookup, "/stats/dossiers?unit=TOHIEU&procedure=1.001193");
  await expect(lookup.getByRole("heading", { level: 2, name: /Phường Tô Hiệu, năm \d{4}: tiếp nhận/ })).toBeVisible();
  await citizenContext.close();
});

test("a dossier running late: prompted in time, apologised once with a new date, counted late", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const before = await figures(request, "1.001022");
  const citizen = (await browser.newContext()).newPage();
  const page = await citizen;
  await registerCitizen(page);
  const path = await fileOnline(page, "1.001022", ["Tờ khai đăng ký nhận cha, mẹ, con", "Chứng cứ chứng minh quan hệ cha, mẹ, con"]);

  const desk = await staff(browser, accounts.reception.email);
  await act(desk, staffPath(path), "Kiểm tra thành phần hồ sơ", undefined, "Tiếp nhận, cấp mã hồ sơ");
  const code = (await desk.getByRole("heading", { level: 1 }).innerText()).trim();
  const dueAt = new Date((await desk.locator(".badge-fact time").first().getAttribute("datetime"))!);
  const [yyyy, mm, dd] = new Date(dueAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10).split("-");
  const dueDay = new Date(`${yyyy}-${mm}-${dd}T08:00:00+07:00`);

  // The job prompts the unit holding it the day before the due date — once, however often it runs.
  const dayBefore = new Date(dueDay.getTime() - 86_400_000);
  expect(onestopJobs(dayBefore).maintenance.prompted).toBeGreaterThanOrEqual(1);
  expect(onestopJobs(dayBefore).maintenance.prompted).toBe(0);
  const handler = await staff(browser, accounts.handler.email);
  await open(handler, "/notifications");
  // Dates in a notification are in words (dd/mm/yyyy), never ISO.
  await expect(handler.getByText(`Hồ sơ ${code} sắp đến hạn ${dd}/${mm}/${yyyy}`, { exact: true })).toHaveCount(1);

  // The handler sends the apology with a new date, before the due date; only once.
  const newDate = new Date(dueDay.getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
  await act(handler, staffPath(path), "Gửi phiếu xin lỗi và hẹn lại ngày trả kết quả", async (p) => {
    await p.getByLabel("Lý do chậm").fill("Cần xác minh thêm chứng cứ tại nơi cư trú trước đây.");
    await p.getByLabel("Ngày hẹn trả mới").fill(newDate);
  });
  await expect(handler.getByText("Đã gửi phiếu xin lỗi và hẹn lại ngày trả kết quả.")).toBeVisible();
  await expect(handler.getByText("Đơn vị làm chậm: Phường Tô Hiệu", { exact: false })).toBeVisible();
  await expect(handler.getByText("Gửi phiếu xin lỗi và hẹn lại ngày trả kết quả", { exact: true })).toHaveCount(0);
  await open(page, path);
  await expect(page.getByRole("link", { name: "Phiếu xin lỗi và hẹn lại ngày trả kết quả" })).toBeVisible();

  // Ten days pass: the result comes after the original date, and counts late.
  backdate(code, 10);
  await act(handler, staffPath(path), "Thẩm định xong");
  const leader = await staff(browser, accounts.leader.email);
  await act(leader, staffPath(path), "Ký duyệt kết quả");
  await expect(leader.locator(".badge-fact").filter({ hasText: "Quá hạn" }).first()).toBeVisible();
  onestopJobs();
  const after = await figures(request, "1.001022");
  expect(after.resolvedLate).toBe(before.resolvedLate + 1);
  expect(after.apologies).toBe(before.apologies + 1);
});

test("another unit's officer is refused (403, nothing written); another citizen sees nothing (404)", async ({ browser }) => {
  const citizenPage = await (await browser.newContext()).newPage();
  await registerCitizen(citizenPage);
  const path = await fileOnline(citizenPage, "1.004873", ["Tờ khai cấp Giấy xác nhận tình trạng hôn nhân"]);

  const outsider = await staff(browser, accounts.handlerChiengAn.email);
  const response = await outsider.goto(staffPath(path));
  expect(response?.status()).toBe(403);
  await expect(outsider.getByRole("heading", { name: vi.forbiddenTitle })).toBeVisible();
  const post = await outsider.request.post(staffPath(path), { multipart: { intent: "refuseAtIntake", version: "0", reasonCode: "OTHER", note: "thử" } });
  expect(post.status()).toBe(403);

  const other = await staff(browser, accounts.citizen2.email);
  expect((await other.goto(path))?.status()).toBe(404);
  expect((await other.request.post(path, { multipart: { intent: "withdraw", version: "0" } })).status()).toBe(404);

  // Nothing was written: the dossier still waits for the desk, with its one event.
  await open(citizenPage, path);
  await expect(citizenPage.getByText("Chờ kiểm tra").first()).toBeVisible();
  await expect(citizenPage.locator("ol.timeline > li")).toHaveCount(1);
  // Its own desk refuses it; the applicant prints the refusal with its reason, another citizen cannot.
  const desk = await staff(browser, accounts.reception.email);
  await act(desk, staffPath(path), "Từ chối tiếp nhận", async (p) => {
    const form = p.locator("details[open]");
    await form.getByLabel("Lý do", { exact: true }).selectOption({ label: "Không thuộc thẩm quyền giải quyết" });
    await form.getByLabel("Giải thích cho người nộp").fill("Người đăng ký thường trú ở xã khác.");
  });
  await expect(desk.getByText("Đã từ chối tiếp nhận hồ sơ.")).toBeVisible();
  await open(citizenPage, path);
  await citizenPage.getByRole("link", { name: "In phiếu từ chối tiếp nhận, giải quyết hồ sơ" }).click();
  await expect(citizenPage.getByRole("heading", { name: "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ" })).toBeVisible();
  await expect(citizenPage.getByText(/Không thuộc thẩm quyền giải quyết: Người đăng ký thường trú ở xã khác/)).toBeVisible();
  const refusalPath = new URL(citizenPage.url()).pathname;
  expect(refusalPath).toMatch(/^\/onestop\/refusal\//);
  expect((await other.goto(refusalPath))?.status()).toBe(404);
});

test("a leader's one-stop report downloads as CSV and XLSX; an administrator imports a catalogue file", async ({ browser, request }) => {
  const leader = await staff(browser, accounts.leader.email);
  await open(leader, "/desk/reports/dossiers");
  await expect(leader.getByRole("heading", { level: 1, name: "Báo cáo giải quyết thủ tục hành chính" })).toBeVisible();
  const csv = await leader.request.get("/desk/reports/dossiers/export?format=csv&unit=TOHIEU&period=year");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Tổng tiếp nhận");
  expect(text).toContain("Phường Tô Hiệu");
  expect(text).toContain("Tổng cộng");
  expect(text).not.toContain(accounts.citizen.fullName); // aggregates only
  const xlsx = await leader.request.get("/desk/reports/dossiers/export?format=xlsx&unit=TOHIEU&period=year");
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  // Another tree is refused.
  expect((await leader.request.get("/desk/reports/dossiers?unit=CHIENGAN")).status()).toBe(403);

  // Signed-out visitors share the catalogue's pages (the public page cache): make sure a server answers from it.
  const cachedCatalogue = async (path: string) => {
    let res = await request.get(path);
    for (let tries = 1; tries < 12 && res.headers()["age"] === undefined; tries++) res = await request.get(path);
    expect(res.headers()["age"]).toBeDefined();
    return res.text();
  };
  const code = `9.${Date.now().toString().slice(-6)}`;
  expect(await cachedCatalogue("/onestop")).not.toContain(code);

  const admin = await staff(browser, accounts.admin.email);
  await open(admin, "/admin/procedures");
  const file = ["Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Thời hạn giải quyết;Thành phần hồ sơ;Căn cứ pháp lý", `${code};Thủ tục nhập thử;Hộ tịch;Cấp xã;05 ngày làm việc;Đơn đề nghị;Văn bản thử`].join("\n");
  await admin.getByLabel("Tệp CSV hoặc XLSX").setInputFiles({ name: "danh-muc.csv", mimeType: "text/csv", buffer: Buffer.from(file, "utf8") });
  await admin.getByRole("button", { name: "Nhập", exact: true }).click();
  await expect(admin.getByText("Đã nhập 1 thủ tục mới, cập nhật 0 thủ tục.")).toBeVisible();
  await open(admin, `/onestop/procedures/${code}`);
  await expect(admin.getByRole("heading", { name: "Thủ tục nhập thử" })).toBeVisible();
  await expect(admin.getByText("5 ngày làm việc")).toBeVisible();
  // The catalogue changed: no server answers with the page it kept from before (every one lists the new procedure).
  for (let i = 0; i < 4; i++) expect(await (await request.get("/onestop")).text()).toContain(code);

  // An administrator renames it: the public page shows the new name at once, though it was shared.
  expect(await cachedCatalogue(`/onestop/procedures/${code}`)).toContain("Thủ tục nhập thử");
  await open(admin, `/admin/procedures/${code}`);
  await admin.getByLabel("Tên thủ tục").fill("Thủ tục nhập thử, đã đổi tên");
  await admin.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(admin.getByText("Đã lưu thủ tục.")).toBeVisible();
  for (let i = 0; i < 4; i++) expect(await (await request.get(`/onestop/procedures/${code}`)).text()).toContain("Thủ tục nhập thử, đã đổi tên");
});

test("signed-out visitors share the dashboard and its API until the figures are refreshed; then no server answers with the old refresh", async ({ request }) => {
  // The open-data answer and the page, as the public page cache keeps them (docs/decisions/022-public-page-cache.md).
  const api = "/api/v1/dossiers/stats?unit=TOHIEU";
  const page = "/stats/dossiers?unit=TOHIEU";
  const refreshedAt = async () => {
    const res = await request.get(api);
    expect(res.status()).toBe(200);
    return { age: res.headers()["age"], at: (await res.json()).refreshedAt as string | null };
  };
  // Each app server (or worker) keeps its own cache: ask until one answers from it (another spec's job run can change every key meanwhile).
  let before = await refreshedAt();
  for (let tries = 1; tries < 12 && before.age === undefined; tries++) before = await refreshedAt();
  expect(before.age).toBeDefined();
  let shown = await request.get(page);
  for (let tries = 1; tries < 12 && shown.headers()["age"] === undefined; tries++) shown = await request.get(page);
  expect(shown.headers()["cache-control"]).toContain("s-maxage=");
  expect(shown.headers()["age"]).toBeDefined();

  // The refresh is part of the cache's key: no server answers with the figures it kept from before.
  onestopJobs();
  for (let i = 0; i < 4; i++) {
    const after = await refreshedAt();
    expect(after.at).not.toBe(before.at);
  }
});

test("a province's dashboard shows the ten units and procedures that received most; every one is a link away", async ({ page }) => {
  // Two tsx runs (eleven dossiers filed, then the jobs, under their lease) before a dozen pages:
  // 36 s in a CI run on a slow evening, over the 30 s default.
  test.slow();
  // Eleven communes receive one dossier each, for eleven procedures: with Phường Tô Hiệu's, more than ten of each.
  const filed = JSON.parse(execFileSync("npx", ["tsx", "e2e/support/dossiers-across-units.ts", "11"], { env: e2eEnv, encoding: "utf8" }).trim().split("\n").at(-1)!) as { unit: string; procedure: string }[];
  onestopJobs();
  for (const [table, caption, more, fewer, allCaption, param, flag] of [
    ["units", "10 đơn vị tiếp nhận nhiều hồ sơ nhất", /Xem cả (\d+) đơn vị có hồ sơ/, "Chỉ xem 10 đơn vị tiếp nhận nhiều hồ sơ nhất", "Theo đơn vị, nhiều hồ sơ nhất trước", "unit", "allUnits=1"],
    ["procedures", "10 thủ tục có nhiều hồ sơ được tiếp nhận nhất", /Xem cả (\d+) thủ tục có hồ sơ/, "Chỉ xem 10 thủ tục có nhiều hồ sơ nhất", "Theo thủ tục, nhiều hồ sơ nhất trước", "procedure", "allProcedures=1"],
  ] as const) {
    await open(page, "/stats/dossiers?unit=SLA&period=year&year=2026");
    const rows = page.locator(`table#${table} tbody tr`);
    await expect(page.locator(`table#${table} caption`)).toHaveText(caption);
    await expect(rows).toHaveCount(10);
    const link = page.getByRole("link", { name: more });
    const total = Number((await link.innerText()).match(more)![1]);
    expect(total).toBeGreaterThanOrEqual(12);
    await link.click();
    // The same unit and period, this table's rows all shown.
    await expect(page).toHaveURL(new RegExp(`unit=SLA&period=year&year=2026.*${flag}#${table}$`));
    await expect(page.locator(`table#${table} caption`)).toHaveText(allCaption);
    await expect(page.getByRole("link", { name: more })).toHaveCount(0);
    // Every one, most received first (another test's dossier at another unit may have joined since the count).
    const keys = await rows.evaluateAll((trs) => trs.map((r) => r.getAttribute("data-row")));
    expect(keys.length).toBeGreaterThanOrEqual(total);
    for (const f of filed) expect(keys).toContain(f[param]);
    // And back to the ten.
    await page.getByRole("link", { name: fewer }).click();
    await expect(page).not.toHaveURL(new RegExp(flag));
    await expect(rows).toHaveCount(10);
  }
  // Both tables at once: each link keeps the other table as it is.
  await open(page, "/stats/dossiers?unit=SLA&allUnits=1");
  await page.getByRole("link", { name: /Xem cả \d+ thủ tục có hồ sơ/ }).click();
  await expect(page).toHaveURL(/allUnits=1&allProcedures=1#procedures$/);
  expect(await page.locator("table#units tbody tr").count()).toBeGreaterThan(10);
  expect(await page.locator("table#procedures tbody tr").count()).toBeGreaterThan(10);
});

test.describe("on a phone and in English", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the catalogue and the desk's queue fit a 390 px phone, main action in view", async ({ page }) => {
    await open(page, "/onestop");
    await expect(page.getByRole("heading", { level: 1, name: "Thủ tục hành chính" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await login(page, accounts.reception.email);
    await open(page, "/desk/dossiers");
    await expect(page.getByRole("link", { name: "Tiếp nhận hồ sơ trực tiếp" })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await open(page, "/stats/dossiers");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("the catalogue and the dashboard in English", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" } });
    const page = await context.newPage();
    await open(page, "/onestop");
    await expect(page.getByRole("heading", { level: 1, name: "Administrative procedures" })).toBeVisible();
    await open(page, "/onestop/procedures/1.001193");
    await expect(page.getByRole("heading", { name: "Birth registration" })).toBeVisible();
    await open(page, "/stats/dossiers");
    await expect(page.getByRole("heading", { level: 1, name: "Administrative procedure figures" })).toBeVisible();
    await context.close();
  });
});
