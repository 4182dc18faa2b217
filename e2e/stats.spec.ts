import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { parse } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import {
  accounts,
  e2eJobEnv,
  expectToast,
  fact,
  fileCaseAsCitizen,
  hydrated,
  open,
  openFromInbox,
  registerCitizen,
  signedIn,
  uniqueEmail,
  uniqueSuffix,
  vi,
  viCases,
  openAction,
} from "./utils";

/**
 * The public figures for a data set this test builds in a commune no other test
 * uses (Xã Mường Giôn): three cases — one resolved and rated 4, one declined,
 * one still waiting — then the statistics refresh (`npm run jobs`, as cron or
 * the in-server scheduler runs it), and every published form of the figures
 * must say the same: dashboard, API, Open311, the leader's CSV and XLSX.
 */
const UNIT = "Xã Mường Giôn";
const UNIT_CODE = "MUONGGION";

function refreshStatistics() {
  execFileSync("npx", ["tsx", "scripts/run-jobs.ts"], {
    env: e2eJobEnv(),
    encoding: "utf8",
  });
}

/** The current local month and year, as the dashboard names them. */
function thisMonth() {
  const local = new Date(Date.now() + 7 * 3600_000);
  return { month: local.getUTCMonth() + 1, year: local.getUTCFullYear() };
}

async function createLeader(page: Page, fullName: string, email: string, password: string) {
  await open(page, "/admin/users/new");
  await page.getByLabel(vi.fullName).fill(fullName);
  await page.getByLabel(vi.email).fill(email);
  await page.getByLabel("Vai trò").selectOption({ label: "Lãnh đạo" });
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: UNIT });
  await page.getByLabel("Chức vụ").fill("Chủ tịch UBND xã");
  await page.getByLabel("Mật khẩu ban đầu").fill(password);
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.getByRole("status")).toHaveText(`Đã tạo tài khoản ${fullName}.`);
}

test("the public figures match a data set built here, on the dashboard, the API, Open311 and the leader's exports", async ({ browser }) => {
  test.setTimeout(240_000);
  const s = uniqueSuffix();
  const { month, year } = thisMonth();

  // A citizen files three cases with Mường Giôn.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  const person = await registerCitizen(citizen);
  const resolvedCode = await fileCaseAsCitizen(citizen, "FEEDBACK", {
    title: `Cầu treo bản Giôn hỏng tay vịn ${s}`,
    description: "Tay vịn cầu treo bản Giôn bị gãy hai đoạn, học sinh qua cầu rất nguy hiểm.",
    category: "Giao thông",
    unit: UNIT,
  });
  const waitingCode = await fileCaseAsCitizen(citizen, "FEEDBACK", {
    title: `Nước sinh hoạt bản Giôn bị đục ${s}`,
    description: "Nguồn nước tự chảy về bản bị đục sau mưa lớn, đề nghị xã kiểm tra bể lọc.",
    category: "Môi trường",
    unit: UNIT,
  });
  const declinedCode = await fileCaseAsCitizen(citizen, "PETITION", {
    title: `Đề nghị chia lại ranh giới nương ${s}`,
    description: "Đề nghị xã phân xử ranh giới nương giữa hai gia đình trong bản.",
    category: "Đất đai",
    unit: UNIT,
  });

  // The commune's leader (created by the administrator) handles two of them.
  const admin = await signedIn(browser, accounts.admin.email);
  const leaderName = `Lò Văn Lãnh Đạo ${s}`;
  const leaderEmail = uniqueEmail("lanhdao");
  const leaderPassword = "nuong-che-muong-gion-2026";
  await createLeader(admin.page, leaderName, leaderEmail, leaderPassword);
  await admin.context.close();
  const leader = await signedIn(browser, leaderEmail, leaderPassword);

  await openFromInbox(leader.page, resolvedCode);
  await leader.page.getByRole("button", { name: "Thụ lý", exact: true }).click();
  await expectToast(leader.page, `Đã thụ lý hồ sơ ${resolvedCode}.`);
  await leader.page.getByLabel("Cán bộ xử lý").selectOption({ label: `${leaderName} (tôi)` });
  await leader.page.getByRole("button", { name: "Phân công xử lý" }).click();
  await expectToast(leader.page, `Đã phân công xử lý hồ sơ ${resolvedCode}.`);
  await leader.page.getByLabel("Nội dung kết quả giải quyết").fill(`Đã thay tay vịn cầu treo bằng cáp thép mới (${s}).`);
  await leader.page.getByRole("button", { name: "Đề xuất kết quả giải quyết" }).click();
  await expectToast(leader.page, "Đã gửi đề xuất kết quả để lãnh đạo duyệt.");
  await leader.page.getByRole("button", { name: "Duyệt kết quả" }).click();
  await expectToast(leader.page, `Đã duyệt kết quả giải quyết hồ sơ ${resolvedCode}.`);

  await openFromInbox(leader.page, declinedCode);
  const declinePanel = await openAction(leader.page, "Không thụ lý");
  await declinePanel.getByLabel("Lý do theo quy định").selectOption({ label: "Không thuộc thẩm quyền giải quyết" });
  await declinePanel.getByLabel("Giải thích cho công dân").fill(`Tranh chấp ranh giới do tổ hòa giải và Tòa án giải quyết (${s}).`);
  await declinePanel.getByRole("button", { name: "Không thụ lý", exact: true }).click();
  await expectToast(leader.page, `Đã trả lời không thụ lý hồ sơ ${declinedCode}.`);

  // The citizen accepts the resolution and rates it 4.
  await open(citizen, `/cases/${resolvedCode}`);
  await citizen.getByRole("button", { name: "Tôi đồng ý với kết quả" }).click();
  await expectToast(citizen, `Cảm ơn bạn. Hồ sơ ${resolvedCode} đã đóng; mời bạn đánh giá.`);
  await citizen.getByLabel("4 — Hài lòng").check();
  await citizen.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expectToast(citizen, "Cảm ơn bạn đã đánh giá.");
  await expect(fact(citizen, viCases.statusTerm)).toHaveText(viCases.status.CLOSED);

  refreshStatistics();

  // The public dashboard, signed out, for Mường Giôn and this month.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await open(visitor, "/stats");
  await expect(visitor.getByRole("heading", { level: 1, name: "Thống kê công khai" })).toBeVisible();
  await visitor.getByLabel("Đơn vị", { exact: true }).selectOption({ label: UNIT });
  await visitor.getByLabel("Kỳ", { exact: true }).selectOption({ label: "Tháng" });
  await visitor.getByLabel("Năm", { exact: true }).selectOption(String(year));
  await visitor.getByLabel("Tháng", { exact: true }).selectOption(String(month));
  await visitor.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(visitor).toHaveURL(new RegExp(`unit=${UNIT_CODE}`));
  await expect(visitor.getByRole("heading", { level: 2, name: /tiếp nhận/ })).toHaveText(
    `${UNIT}, tháng ${month}/${year}: tiếp nhận 3 hồ sơ, đã giải quyết 1 (50,0%), đang giải quyết 1.`,
  );
  await expect(visitor.getByText("Ngoài ra, 1 hồ sơ không được thụ lý và 0 hồ sơ người gửi đã rút.")).toBeVisible();
  const card = (name: string) => visitor.locator(`[data-key="${name}"] .summary-value`);
  await expect(card("received")).toHaveText("3");
  await expect(card("resolved")).toHaveText("1");
  await expect(card("inProgress")).toHaveText("1");
  await expect(card("resolvedRate")).toHaveText("50,0%");
  await expect(card("onTimeRate")).toHaveText("100,0%");
  await expect(card("averageDays")).toHaveText("0 ngày");
  await expect(card("averageRating")).toHaveText("4/5");
  await expect(card("satisfiedShare")).toHaveText("100,0%");

  // Each chart is an image with a summary, and its numbers are in a table.
  for (const title of ["Tiếp nhận và giải quyết theo tháng", "Theo loại đơn", "Theo lĩnh vực"]) {
    const figure = visitor.getByRole("figure", { name: title });
    await expect(figure.getByRole("img", { name: `Biểu đồ: ${title}. Số liệu chi tiết ở bảng ngay dưới.` })).toBeVisible();
    await expect(figure.getByRole("table", { name: title })).toBeVisible();
  }
  const byKind = visitor.getByRole("table", { name: "Theo loại đơn" });
  await expect(byKind.getByRole("row", { name: /^Phản ánh/ }).locator('[data-col="received"]')).toHaveText("2");
  await expect(byKind.getByRole("row", { name: /^Phản ánh/ }).locator('[data-col="resolved"]')).toHaveText("1");
  await expect(byKind.getByRole("row", { name: /^Kiến nghị/ }).locator('[data-col="received"]')).toHaveText("1");
  const monthKey = `${year}-${String(month).padStart(2, "0")}`;
  const trendRow = visitor.getByRole("table", { name: "Tiếp nhận và giải quyết theo tháng" }).locator(`[data-row="${monthKey}"]`);
  await expect(trendRow.locator('[data-col="received"]')).toHaveText("3");
  const byField = visitor.getByRole("table", { name: "Theo lĩnh vực" });
  for (const field of ["Giao thông", "Môi trường", "Đất đai"]) {
    await expect(byField.getByRole("row", { name: new RegExp(`^${field}`) }).locator('[data-col="received"]')).toHaveText("1");
  }
  const dashboardHtml = await visitor.content();

  // The API and Open311 say the same.
  const api = await visitor.request.get(`/api/v1/stats?unit=${UNIT_CODE}&period=month&year=${year}&month=${month}`);
  expect(api.status()).toBe(200);
  expect(api.headers()["cache-control"]).toContain("public");
  const apiText = await api.text();
  const stats = JSON.parse(apiText);
  expect(stats.unit).toEqual({ code: UNIT_CODE, name: UNIT });
  expect(stats.figures).toMatchObject({ received: 3, resolved: 1, inProgress: 1, declined: 1, withdrawn: 0, resolvedRate: 0.5, onTimeRate: 1, averageRating: 4, satisfiedShare: 1 });
  const again = await visitor.request.get(`/api/v1/stats?unit=${UNIT_CODE}&period=month&year=${year}&month=${month}`, {
    headers: { "If-None-Match": api.headers()["etag"] ?? "" },
  });
  expect(again.status()).toBe(304);

  const open311 = await visitor.request.get(`/open311/v2/requests.json?service_request_id=${[resolvedCode, waitingCode, declinedCode].join(",")}`);
  expect(open311.status()).toBe(200);
  const open311Text = await open311.text();
  const requests = JSON.parse(open311Text) as { service_request_id: string; status: string; service_code: string; agency_responsible: string }[];
  const byCode = Object.fromEntries(requests.map((r) => [r.service_request_id, r]));
  expect(Object.keys(byCode).sort()).toEqual([resolvedCode, waitingCode, declinedCode].sort());
  expect(byCode[resolvedCode]).toMatchObject({ status: "closed", service_code: "TRANSPORT", agency_responsible: UNIT });
  expect(byCode[waitingCode]).toMatchObject({ status: "open", service_code: "ENVIRONMENT" });
  expect(byCode[declinedCode]).toMatchObject({ status: "closed", service_code: "LAND" });
  const services = await (await visitor.request.get("/open311/v2/services.json")).json();
  expect(services.map((x: { service_code: string }) => x.service_code)).toEqual(expect.arrayContaining(["TRANSPORT", "ENVIRONMENT", "LAND"]));
  expect((await visitor.request.get("/open311/v2/requests.json?start_date=yesterday")).status()).toBe(400);

  // The leader's exports: the unit's row and the total, parsed from the files.
  await open(leader.page, `/desk/reports?unit=${UNIT_CODE}&period=month&year=${year}&month=${month}`);
  await expect(leader.page.getByRole("heading", { level: 1, name: "Báo cáo của đơn vị" })).toBeVisible();
  const [csvDownload] = await Promise.all([leader.page.waitForEvent("download"), leader.page.getByRole("link", { name: "Tải CSV" }).click()]);
  const csvText = readFileSync((await csvDownload.path())!, "utf8");
  const csv = parse(csvText.replace(/^\ufeff/, "")) as string[][];
  const [csvHeader = [], csvOwn = [], csvTotal = []] = csv;
  expect(csvHeader.slice(0, 5)).toEqual(["Mã đơn vị", "Đơn vị", "Tiếp nhận", "Đã giải quyết", "Đang giải quyết"]);
  expect(csv).toHaveLength(3);
  expect(csvOwn.slice(0, 7)).toEqual([UNIT_CODE, `${UNIT} (gửi trực tiếp)`, "3", "1", "1", "1", "0"]);
  expect(csvTotal.slice(0, 5)).toEqual(["", "Tổng cộng", "3", "1", "1"]);
  expect(csvTotal[7]).toBe("50");
  const [xlsxDownload] = await Promise.all([leader.page.waitForEvent("download"), leader.page.getByRole("link", { name: "Tải Excel (XLSX)" }).click()]);
  const sheets = await readXlsxFile(readFileSync((await xlsxDownload.path())!));
  const rows = sheets[0]?.data ?? [];
  expect(rows).toHaveLength(3);
  expect(rows[1]?.slice(0, 5)).toEqual([UNIT_CODE, `${UNIT} (gửi trực tiếp)`, 3, 1, 1]);
  expect(rows[2]?.slice(1, 4)).toEqual(["Tổng cộng", 3, 1]);

  // A leader of Mường Giôn cannot report on another unit's tree; a citizen cannot open reports.
  expect((await leader.page.request.get("/desk/reports?unit=TOHIEU")).status()).toBe(403);
  expect((await leader.page.request.get("/desk/reports/export?format=csv&unit=TOHIEU")).status()).toBe(403);
  expect((await citizen.request.get("/desk/reports")).status()).toBe(403);

  // Nothing personal in anything public or exported: not this citizen, not the seeded ones.
  const ranking = await (await visitor.request.get(`/stats/ranking?period=month&year=${year}&month=${month}`)).text();
  for (const body of [dashboardHtml, apiText, open311Text, csvText, ranking]) {
    for (const secret of [person.fullName, person.email, accounts.citizen.fullName, accounts.citizen.email, accounts.citizen2.fullName, "0912000001", "912000001"]) {
      expect(body).not.toContain(secret);
    }
  }
  await Promise.all([citizenContext.close(), visitorContext.close(), leader.context.close()]);
});

test("an unknown unit or an inverted period gets a clear 400: messages beside the fields, the input kept; the API answers JSON", async ({ page }) => {
  const response = await page.goto("/stats?unit=KHONGCO&period=custom&from=2026-05-01&to=2026-04-01");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("alert")).toContainText("Chưa xem được số liệu");
  await expect(page.getByText("Không có đơn vị này.")).toBeVisible();
  await expect(page.getByText("Ngày kết thúc phải sau ngày bắt đầu.")).toBeVisible();
  await expect(page.getByLabel("Từ ngày")).toHaveValue("2026-05-01");
  await expect(page.getByLabel("Đến ngày")).toHaveAttribute("aria-invalid", "true");
  await hydrated(page);

  const api = await page.request.get("/api/v1/stats?unit=SLA&period=quarter&quarter=7");
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({
    error: { code: "bad_request", message: "Tham số không hợp lệ.", issues: [{ path: "quarter", message: "Quý phải từ 1 đến 4." }] },
  });
  const unknown = await page.request.get("/api/v1/stats?untit=SLA");
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error.issues[0]?.path).toBe("untit");
});

test("the unit ranking shows sample sizes and does not rank units with too few cases", async ({ page }) => {
  await open(page, "/stats/ranking?period=year");
  await expect(page.getByRole("heading", { level: 1, name: "Xếp hạng đơn vị" })).toBeVisible();
  await expect(page.getByText(/không được xếp hạng theo tỷ lệ đó/)).toBeVisible();
  // The first 20 units, then a link to every one (the ranks are counted over all of them).
  await expect(page.locator("#ranking tbody tr")).toHaveCount(20);
  await expect(page.getByText(/^20 đơn vị đầu bảng trong \d+ đơn vị\.$/)).toBeVisible();
  const firstRanks = await page.locator('#ranking tbody [data-col="rank"]').allInnerTexts();
  await page.getByRole("link", { name: /^Xem cả \d+ đơn vị$/ }).click();
  await expect(page).toHaveURL(/all=1/);
  await expect.poll(() => page.locator("#ranking tbody tr").count()).toBeGreaterThan(20);
  expect((await page.locator('#ranking tbody [data-col="rank"]').allInnerTexts()).slice(0, 20)).toEqual(firstRanks);
  // Mường Giôn has at most a handful of resolved cases: too few to rank, its sample shown.
  const row = page.locator(`[data-row="${UNIT_CODE}"]`);
  await expect(row.locator('[data-col="onTimeRate"]')).toHaveText("Chưa đủ số liệu để xếp hạng");
  await expect(row.getByRole("link", { name: UNIT })).toHaveAttribute("href", new RegExp(`/stats\\?.*unit=${UNIT_CODE}`));
  // The same units, now by name. The address changes a moment before React shows the new table: poll it.
  const names = page.locator("#ranking tbody th");
  const byName = (await names.allInnerTexts()).sort((a, b) => a.localeCompare(b, "vi"));
  await page.getByLabel("Sắp xếp theo").selectOption({ label: "Tên đơn vị" });
  await page.getByRole("button", { name: "Sắp xếp", exact: true }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect.poll(() => names.allInnerTexts()).toEqual(byName);
});

test("an administrator changes the ranking threshold: bad input is refused beside the field, the change shows at once and is audited", async ({ browser }) => {
  const admin = await signedIn(browser, accounts.admin.email);
  await open(admin.page, "/admin/statistics");
  const field = admin.page.getByLabel("Số hồ sơ tối thiểu để xếp hạng");
  await expect(field).toHaveValue("10");
  await field.fill("mười");
  await admin.page.getByRole("button", { name: "Lưu" }).click();
  await expect(admin.page.getByText("Nhập một số nguyên từ 1 đến 1000.")).toBeVisible();
  await expect(admin.page.getByLabel("Số hồ sơ tối thiểu để xếp hạng")).toHaveValue("mười");

  await admin.page.getByLabel("Số hồ sơ tối thiểu để xếp hạng").fill("1");
  await admin.page.getByRole("button", { name: "Lưu" }).click();
  await expectToast(admin.page, "Đã lưu: đơn vị cần ít nhất 1 hồ sơ để được xếp hạng.");
  try {
    // Mường Giôn's one resolved case (from the first test) is now enough to rank it.
    await open(admin.page, "/stats/ranking?period=year&all=1");
    await expect(admin.page.getByText(/dưới 1 hồ sơ đã giải quyết/)).toBeVisible();
    await expect(admin.page.locator(`[data-row="${UNIT_CODE}"] [data-col="onTimeRate"]`)).toHaveText("100,0%");
    await open(admin.page, "/admin/audit");
    await expect(admin.page.getByRole("main")).toContainText("Sửa cài đặt");
  } finally {
    await open(admin.page, "/admin/statistics");
    await admin.page.getByLabel("Số hồ sơ tối thiểu để xếp hạng").fill("10");
    await admin.page.getByRole("button", { name: "Lưu" }).click();
    await expectToast(admin.page, "Đã lưu: đơn vị cần ít nhất 10 hồ sơ để được xếp hạng.");
  }
  // Not an administrator: refused.
  const leader = await signedIn(browser, accounts.leader.email);
  expect((await leader.page.request.get("/admin/statistics")).status()).toBe(403);
  await Promise.all([admin.context.close(), leader.context.close()]);
});

test("the province dashboard lists the ten units with most cases and links to every unit: found by name, sorted, each opening its own figures", async ({ page }) => {
  await open(page, "/stats?period=year");
  const figure = page.getByRole("figure", { name: "Theo đơn vị" });
  const top = figure.getByRole("table", { name: /^\d+ đơn vị tiếp nhận nhiều hồ sơ nhất$/ });
  await expect(top).toBeVisible();
  const topRows = top.locator("tbody tr");
  const shown = await topRows.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(10);
  // Most received first; the chart draws the same units.
  const received = (await top.locator('tbody [data-col="received"]').allInnerTexts()).map((n) => Number(n.replace(/\./g, "")));
  expect(received).toEqual([...received].sort((a, b) => b - a));
  await expect(figure.locator(".bar-row")).toHaveCount(shown);
  const firstCode = await topRows.first().getAttribute("data-row");
  const firstFigures = await topRows.first().locator("td").allInnerTexts();

  await figure.getByRole("link", { name: /^Xem cả \d+ đơn vị/ }).click();
  await expect(page).toHaveURL(/\/stats\/units\?unit=SLA&period=year/);
  await expect(page.getByRole("heading", { level: 1, name: "Số liệu từng đơn vị" })).toBeVisible();
  // The same unit has the same figures on the full list.
  const all = page.getByRole("table", { name: /^Các đơn vị, năm \d{4}$/ });
  expect(await all.locator(`[data-row="${firstCode}"] td`).allInnerTexts()).toEqual(firstFigures);
  expect(await all.locator("tbody tr").count()).toBeGreaterThanOrEqual(shown);

  // Units without cases on request, then by name A→Z from the column header.
  const withCases = await all.locator("tbody tr").count();
  await page.getByLabel("Cả đơn vị không có hồ sơ trong kỳ").check();
  await page.getByRole("button", { name: "Tìm đơn vị" }).click();
  await expect(page).toHaveURL(/units=all/);
  await expect.poll(() => all.locator("tbody tr").count()).toBeGreaterThan(withCases);
  await all.getByRole("link", { name: /^Đơn vị/ }).click();
  await expect(page).toHaveURL(/usort=name&udir=asc.*units=all/);
  const names = await all.locator("tbody th").allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));

  // Found by name without diacritics; the unit's name opens its own dashboard for the same period.
  await page.getByLabel("Tên đơn vị").fill("muong gion");
  await page.getByRole("button", { name: "Tìm đơn vị" }).click();
  await expect(all.locator("tbody tr")).toHaveCount(1);
  await expect(page.getByText(/^1 trong \d+ đơn vị\./)).toBeVisible();
  await all.getByRole("link", { name: UNIT }).click();
  await expect(page).toHaveURL(new RegExp(`/stats\\?unit=${UNIT_CODE}&period=year`));
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${UNIT}, năm \\d{4}: tiếp nhận`) })).toBeVisible();

  // A name nobody has, and a kind of unit that is not in the list.
  await open(page, "/stats/units?q=khong-co-don-vi-nay");
  await expect(page.getByText("Không có đơn vị nào khớp với tìm kiếm.")).toBeVisible();
  const bad = await page.goto("/stats/units?level=NOPE&q=abc");
  expect(bad?.status()).toBe(400);
  await expect(page.getByText("Không có loại đơn vị này trong danh sách.")).toBeVisible();
  await expect(page.getByLabel("Tên đơn vị")).toHaveValue("abc");
  // Old links to the dashboard's sorted or complete table land on the full list.
  await page.goto("/stats?unit=SLA&usort=name&units=all");
  await expect(page).toHaveURL(/\/stats\/units\?unit=SLA&usort=name&units=all/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the dashboard's form, charts and tables work on a plain page", async ({ page }) => {
    await page.goto("/stats");
    await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "Phường Tô Hiệu" });
    await page.getByLabel("Kỳ", { exact: true }).selectOption({ label: "Quý" });
    await page.getByRole("button", { name: "Xem số liệu" }).click();
    await expect(page).toHaveURL(/unit=TOHIEU.*period=quarter/);
    await expect(page.getByRole("heading", { level: 2, name: /^Phường Tô Hiệu, quý \d năm \d{4}: tiếp nhận/ })).toBeVisible();
    await expect(page.getByRole("figure", { name: "Theo loại đơn" }).getByRole("table")).toBeVisible();
    await expect(page.getByLabel("Đơn vị", { exact: true })).toHaveValue("TOHIEU");
  });

  test("from the province's top units to the full list, a search and a unit's page", async ({ page }) => {
    await page.goto("/stats");
    await page.getByRole("link", { name: /^Xem cả \d+ đơn vị/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Số liệu từng đơn vị" })).toBeVisible();
    await page.getByLabel("Tên đơn vị").fill("Tô Hiệu");
    await page.getByRole("button", { name: "Tìm đơn vị" }).click();
    await expect(page).toHaveURL(/\/stats\/units\?.*q=T/);
    await page.getByRole("link", { name: "Phường Tô Hiệu" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^Phường Tô Hiệu, năm \d{4}: tiếp nhận/ })).toBeVisible();
  });
});
