import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import {
  accounts,
  escapeRegExp,
  expectToast,
  fillCaseForm,
  hydrated,
  login,
  open,
  openFilingForm,
  registerCitizen,
  samplePdf,
  signedIn,
  submitCase,
  uniqueSuffix,
  units,
  vi,
} from "./utils";

/** Vietnamese strings of the notice board and published answers (app/i18n/locales/board.ts). */
const board = {
  deskHeading: "Niêm yết của đơn vị",
  newNotice: "Đăng bản niêm yết",
  category: "Nội dung niêm yết",
  budget: "Ngân sách, tài chính (dự toán, quyết toán, thu chi các quỹ)",
  landRecovery: "Thu hồi đất, bồi thường, hỗ trợ, tái định cư",
  title: "Tiêu đề",
  body: "Nội dung",
  minDays: "Số ngày niêm yết tối thiểu",
  files: "Chọn tệp",
  submit: "Niêm yết",
  publicHeading: "Bảng niêm yết công khai",
  unit: "Đơn vị niêm yết",
  filter: "Lọc",
  takeDownReason: "Lý do gỡ",
  takeDown: "Gỡ bản niêm yết",
  earlyTag: "Gỡ sớm",
  answersHeading: "Câu hỏi và câu trả lời đã công khai",
  answersSearch: "Tìm trong câu hỏi, câu trả lời (có dấu hoặc không dấu)",
  consent: "Đồng ý công khai câu hỏi và câu trả lời (đã ẩn danh)",
};

/** The Tô Hiệu reception officer posts a notice (optionally with a PDF); returns its id. */
async function postNotice(page: Page, opts: { title: string; body: string; category: string; minDays?: string; pdf?: boolean }) {
  await open(page, "/desk/notices");
  await expect(page.getByRole("heading", { level: 1, name: board.deskHeading })).toBeVisible();
  await page.getByRole("link", { name: board.newNotice }).click();
  await expect(page.getByRole("heading", { level: 1, name: board.newNotice })).toBeVisible();
  await hydrated(page);
  const main = page.getByRole("main");
  await main.getByLabel(board.category).selectOption({ label: opts.category });
  await main.getByLabel(board.title, { exact: true }).fill(opts.title);
  await main.getByLabel(board.body, { exact: true }).fill(opts.body);
  if (opts.minDays) await main.getByLabel(board.minDays).fill(opts.minDays);
  if (opts.pdf) await main.getByLabel(board.files).setInputFiles([{ name: "du-toan-2027.pdf", mimeType: "application/pdf", buffer: samplePdf("Du toan 2027") }]);
  await main.getByRole("button", { name: board.submit, exact: true }).click();
  await expectToast(page, `Đã đăng bản niêm yết “${opts.title}”.`);
  await expect(page).toHaveURL(/\/desk\/notices\/[a-z0-9]+$/);
  return page.url().split("/").pop()!;
}

test.describe("Public notice board", () => {
  test("an officer posts a notice with a file; the public board shows it by commune and category; an early take-down warns", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const title = `Công khai dự toán ngân sách năm 2027 ${s}`;
    const reception = await signedIn(browser, accounts.reception.email);
    const id = await postNotice(reception.page, {
      title,
      body: `Dự toán thu, chi ngân sách phường năm 2027 đã được Hội đồng nhân dân thông qua (${s}).`,
      category: board.budget,
      pdf: true,
    });
    await expect(reception.page.getByRole("main")).toContainText("Đang niêm yết");

    // Anyone, without signing in: the board by commune and category.
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await open(page, "/notices");
    await expect(page.getByRole("heading", { level: 1, name: board.publicHeading })).toBeVisible();
    const search = page.getByRole("search");
    await search.getByLabel(board.unit).selectOption({ label: units.tohieu });
    await search.getByLabel(board.category).selectOption({ label: board.budget });
    await search.getByRole("button", { name: board.filter }).click();
    await expect(page).toHaveURL(/unit=TOHIEU/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(units.tohieu);
    const summary = page.getByRole("navigation", { name: `Đang niêm yết tại ${units.tohieu}, theo nội dung` });
    await expect(summary.getByRole("link", { name: new RegExp(`^${escapeRegExp(board.budget)} \\(\\d+\\)$`) })).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: title });
    await expect(row).toContainText(board.budget);
    await expect(row).toContainText(units.tohieu);
    // Another commune, another category: not there.
    await open(page, "/notices?unit=CHIENGAN&category=BUDGET");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    await open(page, "/notices?unit=TOHIEU&category=LAND_RECOVERY");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    // A diacritic-free search finds it.
    await open(page, `/notices?q=${encodeURIComponent(`du toan ngan sach nam 2027 ${s}`)}`);
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(/Niêm yết từ \d{2}\/\d{2}\/\d{4}, ít nhất đến \d{2}\/\d{2}\/\d{4} \(30 ngày liên tục\)\./);
    // Its file downloads without signing in.
    const href = await page.getByRole("link", { name: "du-toan-2027.pdf" }).getAttribute("href");
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // Taken down the same day: allowed, but early — a warning before, and after.
    await open(reception.page, `/desk/notices/${id}`);
    await expect(reception.page.getByRole("note")).toContainText("Chưa đủ 30 ngày");
    await reception.page.getByLabel(board.takeDownReason).fill(`Sai số liệu chi thường xuyên, sẽ niêm yết lại (${s}).`);
    await reception.page.getByRole("button", { name: board.takeDown }).click();
    await expectToast(reception.page, "Đã gỡ bản niêm yết trước thời hạn tối thiểu; lãnh đạo đơn vị đã được thông báo.");
    const staffRow = reception.page.getByRole("row").filter({ hasText: title });
    await expect(staffRow).toContainText("Đã gỡ");
    await expect(staffRow).toContainText(board.earlyTag);
    await reception.context.close();

    // The public notice page says so; it left the current board but is in the archive.
    await open(page, `/notices/${id}`);
    await expect(page.getByRole("alert")).toContainText("Cảnh báo: bản niêm yết này đã bị gỡ sớm — sau 0 ngày, trong khi thời hạn tối thiểu là 30 ngày");
    await expect(page.getByRole("alert")).toContainText(`Sai số liệu chi thường xuyên, sẽ niêm yết lại (${s}).`);
    await open(page, `/notices?q=${s}`);
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    await open(page, `/notices?q=${s}&show=past`);
    await expect(page.getByRole("row").filter({ hasText: title })).toContainText(board.earlyTag);
    await visitor.close();

    // The ward's leader was told.
    const leader = await signedIn(browser, accounts.leader.email);
    await open(leader.page, "/notifications");
    await expect(leader.page.getByRole("main")).toContainText(`Bản niêm yết bị gỡ sớm: ${title}`);
    await leader.context.close();
  });

  test("staff of another unit cannot post or take down (403); a handler has no notice desk", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const title = `Phương án bồi thường mở rộng đường ${s}`;
    const reception = await signedIn(browser, accounts.reception.email);
    const id = await postNotice(reception.page, { title, body: `Phương án bồi thường cho các hộ bị ảnh hưởng (${s}).`, category: board.landRecovery, minDays: "45" });
    await reception.context.close();

    // The province's leader is staff of another unit: the Tô Hiệu notice is not theirs.
    const province = await signedIn(browser, accounts.provinceLeader.email);
    const view = await province.page.goto(`/desk/notices/${id}`);
    expect(view?.status()).toBe(403);
    await expect(province.page.getByRole("heading", { level: 1, name: vi.forbiddenTitle })).toBeVisible();
    const post = await province.page.request.post(`/desk/notices/${id}`, { form: { reason: "Thử gỡ hộ phường" } });
    expect(post.status()).toBe(403);
    await province.context.close();

    const handler = await signedIn(browser, accounts.handlerChiengAn.email);
    expect((await handler.page.goto("/desk/notices"))?.status()).toBe(403);
    expect((await handler.page.goto("/desk/notices/new"))?.status()).toBe(403);
    await handler.context.close();

    // Still up, with its 45 days.
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await open(page, `/notices/${id}`);
    await expect(page.getByRole("main")).toContainText("(45 ngày liên tục)");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await visitor.close();
  });

  test("without JavaScript: a too-short period is refused next to the field, the text is kept, then it posts", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await login(page, accounts.reception.email);
    const s = uniqueSuffix();
    const title = `Kết quả lấy ý kiến về quy hoạch chợ ${s}`;
    await page.goto("/desk/notices/new");
    const main = page.getByRole("main");
    await main.getByLabel(board.category).selectOption({ label: "Kết quả lấy ý kiến Nhân dân" });
    await main.getByLabel(board.title, { exact: true }).fill(title);
    await main.getByLabel(board.body, { exact: true }).fill(`Tổng hợp 214 ý kiến của Nhân dân về quy hoạch chợ trung tâm (${s}).`);
    await main.getByLabel(board.minDays).fill("10");
    await main.getByRole("button", { name: board.submit, exact: true }).click();
    await expect(main.getByLabel(board.minDays)).toHaveAttribute("aria-invalid", "true");
    await expect(main.getByText("Số ngày niêm yết phải là số nguyên, ít nhất 30 ngày.")).toBeVisible();
    await expect(main.getByLabel(board.title, { exact: true })).toHaveValue(title);
    await main.getByLabel(board.minDays).fill("30");
    await main.getByRole("button", { name: board.submit, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Đã đăng bản niêm yết “${title}”.` })).toBeVisible();
    await context.close();
  });
});

test.describe("Published answers", () => {
  test("a consenting citizen's resolved feedback is found on /answers without diacritics, anonymised, and in the API", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const citizenContext = await browser.newContext();
    const citizen = await citizenContext.newPage();
    const reg = await registerCitizen(citizen, { fullName: `Lò Thị Thử ${s}` });
    const title = `Sửa đường vào bản Mòng ${s}`;
    await openFilingForm(citizen, "FEEDBACK");
    await fillCaseForm(citizen, {
      title,
      description: `Tôi là ${reg.fullName}. Đường vào bản Mòng bị sạt lở sau mưa, xe máy không qua được. Email: ${reg.email}.`,
    });
    const consent = citizen.getByLabel(board.consent);
    await expect(consent).not.toBeChecked();
    await consent.check();
    const { code } = await submitCase(citizen);
    await citizenContext.close();

    // The ward's leader accepts, takes it, proposes and approves the answer.
    const leader = await signedIn(browser, accounts.leader.email);
    await open(leader.page, `/desk/cases/${code}`);
    await leader.page.getByRole("button", { name: "Thụ lý", exact: true }).click();
    await expectToast(leader.page, `Đã thụ lý hồ sơ ${code}.`);
    await open(leader.page, `/desk/cases/${code}`);
    await leader.page.getByLabel("Cán bộ xử lý").selectOption({ label: `${accounts.leader.fullName} (tôi)` });
    await leader.page.getByRole("button", { name: "Phân công xử lý" }).click();
    await expectToast(leader.page, `Đã phân công xử lý hồ sơ ${code}.`);
    await open(leader.page, `/desk/cases/${code}`);
    const answer = `Phường đã dọn đất đá, đường đi lại bình thường; đã báo ${reg.fullName} (${s}).`;
    await leader.page.getByLabel("Nội dung kết quả giải quyết").fill(answer);
    await leader.page.getByRole("button", { name: "Đề xuất kết quả giải quyết" }).click();
    await expectToast(leader.page, "Đã gửi đề xuất kết quả để lãnh đạo duyệt.");
    await open(leader.page, `/desk/cases/${code}`);
    await leader.page.getByRole("button", { name: "Duyệt kết quả" }).click();
    await expectToast(leader.page, `Đã duyệt kết quả giải quyết hồ sơ ${code}.`);
    await leader.context.close();

    // Anyone finds it by typing without diacritics.
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await open(page, "/answers");
    await expect(page.getByRole("heading", { level: 1, name: board.answersHeading })).toBeVisible();
    await page.getByLabel(board.answersSearch).fill(`sua duong vao ban mong ${s}`);
    await page.getByRole("search").getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/q=sua\+duong/);
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("region", { name: "Câu hỏi" })).toContainText("Tôi là ***. Đường vào bản Mòng bị sạt lở sau mưa, xe máy không qua được. Email: ***.");
    await expect(main.getByRole("region", { name: `Câu trả lời của ${units.tohieu}` })).toContainText(`đã báo *** (${s}).`);
    await expect(main).not.toContainText(reg.fullName);
    await expect(main).not.toContainText(reg.email);

    // The open-data API has it too, anonymised.
    const api = await page.request.get(`/api/v1/answers?q=${encodeURIComponent(`duong vao ban mong ${s}`)}`);
    expect(api.status()).toBe(200);
    expect(api.headers()["cache-control"]).toBe("public, max-age=300");
    const body = await api.text();
    const json = JSON.parse(body) as { data: { code: string; kind: string; unit: { code: string } }[] };
    expect(json.data.map((a) => a.code)).toEqual([code]);
    expect(json.data[0]).toMatchObject({ kind: "FEEDBACK", unit: { code: "TOHIEU" } });
    expect(body).not.toContain(reg.fullName);
    expect(body).not.toContain(reg.email);
    const one = await page.request.get(`/api/v1/answers/${code}`);
    expect(one.status()).toBe(200);
    expect(((await one.json()) as { data: { code: string } }).data.code).toBe(code);
    await expect(page.getByRole("link", { name: "Rút khỏi trang công khai" })).toHaveCount(0);

    // The ward's leader withdraws it; it is gone from the page and the API.
    const leaderAgain = await signedIn(browser, accounts.leader.email);
    await open(leaderAgain.page, `/answers/${code}`);
    await leaderAgain.page.getByRole("link", { name: "Rút khỏi trang công khai" }).click();
    await expect(leaderAgain.page.getByRole("heading", { level: 1, name: "Rút câu hỏi, câu trả lời khỏi trang công khai" })).toBeVisible();
    await hydrated(leaderAgain.page);
    await leaderAgain.page.getByLabel("Lý do rút").fill(`Thử rút bản công khai (${s}).`);
    await leaderAgain.page.getByRole("button", { name: "Rút khỏi trang công khai" }).click();
    await expectToast(leaderAgain.page, `Đã rút hồ sơ ${code} khỏi trang công khai.`);
    await leaderAgain.context.close();
    expect((await page.request.get(`/answers/${code}`)).status()).toBe(404);
    expect((await page.request.get(`/api/v1/answers/${code}`)).status()).toBe(404);
    await visitor.close();
  });

  test("a malformed API query gets a 400 JSON error, not a page", async ({ request }) => {
    const res = await request.get("/api/v1/answers?limit=lots&kind=RUMOUR");
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("bad_request");
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(["kind", "limit"]);
    const unknownUnit = await request.get("/api/v1/answers?unit=NOWHERE");
    expect(unknownUnit.status()).toBe(400);
    // The public page: a clear 400 too, not an empty list.
    const page = await request.get("/notices?unit=NOWHERE");
    expect(page.status()).toBe(400);
  });
});
