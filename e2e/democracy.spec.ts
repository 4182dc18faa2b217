import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { endPeriodNow } from "./db";
import { accounts, demoPassword, expectToast, login, open, scheduleConference, signedIn, uniqueSuffix, vnDate } from "./utils";

/**
 * Grassroots democracy (issue #16), end to end on the production build:
 * a residential group decides by household ballot — online (without
 * JavaScript) and on paper — with the result computed as the rules say and
 * posted on the notice board; a second matter falls short; a consultation
 * collects comments and publishes the commune's answers; a secret ballot
 * shows nobody how a household voted; a People's Inspection Board's
 * recommendation answered late shows as overdue. The seeded residents
 * cudan01…cudan10@langnghe.local are verified citizens (prisma/seed-democracy.ts).
 */
const resident = (n: number) => `cudan${String(n).padStart(2, "0")}@langnghe.local`;

const t = {
  areas: "Thôn, tổ dân phố và danh sách hộ gia đình",
  newArea: "Thêm thôn, tổ dân phố từ tệp CSV",
  areaName: "Tên thôn, tổ dân phố",
  file: "Tệp CSV danh sách hộ",
  import: "Nhập danh sách",
  contribution: "Chủ trương, mức đóng góp xây dựng hạ tầng, công trình công cộng",
  other: "Công việc tự quản khác của cộng đồng",
  ballot: "Phát phiếu lấy ý kiến hộ gia đình",
  openVote: "Mở biểu quyết",
  for: "Tán thành",
  against: "Không tán thành",
  cast: "Gửi biểu quyết",
  change: "Đổi biểu quyết",
  paper: "Ghi phiếu giấy của hộ",
  close: "Kết thúc, kiểm phiếu và niêm yết kết quả",
};

/** A register CSV: households 01–07 vote through the seeded residents' accounts, 08–10 on paper. */
function register(prefix: string): Buffer {
  const lines = ["ma_ho,chu_ho,nguoi_bieu_quyet,lien_he"];
  for (let i = 1; i <= 10; i++) lines.push(`${prefix}-${String(i).padStart(2, "0")},Chủ hộ ${i} ${prefix},,${i <= 7 ? resident(i) : ""}`);
  return Buffer.from(`\uFEFF${lines.join("\n")}\n`, "utf8");
}

/** Vietnamese wall-clock "YYYY-MM-DDTHH:mm" of an instant, as a datetime-local field wants it. */
function local(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

/** Opens an action of an ActionPanel (a <details>): click its summary. */
async function openAction(page: Page, label: string) {
  await page.locator("summary").filter({ hasText: label }).first().click();
}

async function importArea(page: Page, name: string, prefix: string) {
  await open(page, "/desk/democracy/areas");
  await openAction(page, t.newArea);
  const form = page.getByRole("form", { name: t.import });
  await form.getByLabel(t.areaName).fill(name);
  await form.getByLabel(t.file).setInputFiles({ name: "danh-sach-ho.csv", mimeType: "text/csv", buffer: register(prefix) });
  await form.getByRole("button", { name: t.import }).click();
  await expectToast(page, "Đã nhập 10 hộ, 10 người biểu quyết, 7 tài khoản liên kết");
}

async function openMatter(page: Page, m: { subject: string; title: string; area: string; closesAt: Date; secret?: boolean }): Promise<string> {
  await open(page, "/desk/democracy/matters/new");
  const main = page.getByRole("main");
  await main.getByLabel("Loại việc (Điều 15)").selectOption({ label: m.subject });
  await main.getByLabel("Nội dung", { exact: true }).fill(m.title);
  await main.getByLabel("Mô tả").fill("Mỗi hộ đóng góp 300.000 đồng và hai ngày công; dự toán kèm theo.");
  await main.getByLabel("Thôn, tổ dân phố").selectOption({ label: `${m.area} (10)` });
  await main.getByLabel("Hình thức").selectOption({ label: t.ballot });
  await main.getByLabel("Kết thúc").fill(local(m.closesAt));
  if (m.secret) await main.getByLabel("Bỏ phiếu kín").check();
  await main.getByRole("button", { name: t.openVote }).click();
  await expectToast(page, `Đã mở biểu quyết: ${m.title}.`);
  return page.url().split("/").pop()!;
}

/** A resident, in a browser WITHOUT JavaScript, votes for their household (or changes its vote). */
async function voteWithoutJs(browser: Browser, n: number, votes: { matterId: string; choice: string }[]) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, resident(n));
  for (const v of votes) {
    await page.goto(`/democracy/matters/${v.matterId}`);
    const form = page.getByRole("form", { name: /Gửi biểu quyết|Đổi biểu quyết/ });
    await form.getByLabel(v.choice, { exact: true }).check();
    await form.getByRole("button").click();
    await expect(page.getByRole("status")).toContainText(/Đã (ghi nhận|đổi) biểu quyết của hộ/);
  }
  await context.close();
}

test.describe.serial("residents decide and are consulted", () => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix().slice(-6).toUpperCase();
  const area = `Tổ dân phố E2E ${suffix}`;
  const prefix = `E${suffix}`;
  let road = "";
  let lights = "";
  let consultation = "";

  test("the commune imports a residential group's register and opens two household ballots and a consultation", async ({ page }) => {
    await login(page, accounts.reception.email);
    await importArea(page, area, prefix);
    await expect(page.getByRole("table")).toContainText(`${prefix}-10`);
    // A week's period; the tests end it when the voting is over (endPeriodNow) instead of waiting for it.
    const closesAt = new Date(Date.now() + 7 * 24 * 3600_000);
    road = await openMatter(page, { subject: t.contribution, title: `Bê tông hóa ngõ 7 ${suffix}`, area, closesAt });
    await expect(page.getByRole("main")).toContainText("từ 2/3 trở lên tổng số hộ: cần 7/10 hộ tán thành");
    lights = await openMatter(page, { subject: t.contribution, title: `Lắp đèn chiếu sáng ngõ 7 ${suffix}`, area, closesAt });

    await open(page, "/desk/democracy/consultations/new");
    const main = page.getByRole("main");
    await main.getByLabel("Nội dung lấy ý kiến (Điều 25)").selectOption({ label: "Quy hoạch xây dựng, quy hoạch điểm dân cư" });
    await main.getByLabel("Nội dung", { exact: true }).fill(`Quy hoạch sân chơi tổ dân phố ${suffix}`);
    await main.getByLabel("Mô tả").fill("Dự thảo bố trí sân chơi, bãi đỗ xe và nhà văn hóa của tổ dân phố.");
    await main.getByLabel("Kết thúc").fill(local(closesAt));
    await main.getByRole("button", { name: "Mở lấy ý kiến" }).click();
    await expectToast(page, /Đã mở lấy ý kiến/);
    consultation = page.url().split("/").pop()!;
  });

  test("residents vote online without JavaScript — one household, one vote, changeable — and comment", async ({ browser }) => {
    // Households 01–06 vote online on both matters (60 %); 01 first votes against the road, then changes its vote.
    await voteWithoutJs(browser, 1, [
      { matterId: road, choice: t.against },
      { matterId: road, choice: t.for },
      { matterId: lights, choice: t.for },
    ]);
    for (const n of [2, 3, 4, 5, 6]) {
      await voteWithoutJs(browser, n, [
        { matterId: road, choice: t.for },
        { matterId: lights, choice: t.for },
      ]);
    }
    // The household sees that it voted (on an open ballot, how too); still one vote for household 01.
    const { context, page } = await signedIn(browser, resident(1));
    await page.goto(`/democracy/matters/${road}`);
    await expect(page.getByRole("main")).toContainText(`Hộ ${prefix}-01 đã biểu quyết (Trực tuyến`);
    await expect(page.getByRole("main")).toContainText("Lựa chọn của hộ: Tán thành.");
    await page.goto(`/democracy/consultations/${consultation}`);
    await page.getByLabel("Ý kiến", { exact: true }).fill("Đề nghị đặt sân chơi cách xa đường chính, có rào chắn cho trẻ nhỏ.");
    await page.getByRole("button", { name: "Gửi ý kiến" }).click();
    await expectToast(page, /Đã gửi ý kiến/);
    await expect(page.getByRole("main")).toContainText("Chờ duyệt");
    await context.close();

    const second = await signedIn(browser, resident(2));
    await second.page.goto(`/democracy/consultations/${consultation}`);
    await second.page.getByLabel("Ý kiến", { exact: true }).fill("Cần thêm chỗ để xe máy cho người dự họp ở nhà văn hóa.");
    await second.page.getByRole("button", { name: "Gửi ý kiến" }).click();
    await expectToast(second.page, /Đã gửi ý kiến/);
    await second.context.close();
  });

  test("nobody outside may act: a resident of another village is refused, another commune's officer gets 403; nothing is written", async ({ browser, page }) => {
    await login(page, accounts.reception.email);
    await open(page, `/desk/democracy/matters/${road}`);
    await expect(page.getByRole("main")).toContainText("6/10 hộ (Trực tuyến 6 · Phiếu giấy 0)");
    await openAction(page, t.paper);
    const household9 = await page.locator('select[name="householdId"] option', { hasText: `${prefix}-09` }).getAttribute("value");

    // cudan08 is on no household of this group's register.
    const outsider = await signedIn(browser, resident(8));
    const vote = await outsider.page.request.post(`/democracy/matters/${road}`, { form: { intent: "vote", householdId: household9!, choice: "FOR" } });
    expect(vote.status()).toBe(403);
    await outsider.context.close();

    // The province's leader manages no commune's residents' decisions.
    const province = await signedIn(browser, accounts.provinceLeader.email);
    expect((await province.page.request.get(`/desk/democracy/matters/${road}`)).status()).toBe(403);
    expect((await province.page.request.post(`/desk/democracy/matters/${road}`, { form: { intent: "recordPaper", householdId: household9!, choice: "FOR" } })).status()).toBe(403);
    await province.context.close();

    await page.reload();
    await expect(page.getByRole("main")).toContainText("6/10 hộ (Trực tuyến 6 · Phiếu giấy 0)");
  });

  test("the road: a paper ballot makes 7 of 10 — adopted and posted; the lights: 6 of 10, short of two thirds — not adopted", async ({ page }) => {
    await login(page, accounts.reception.email);
    await open(page, `/desk/democracy/matters/${road}`);
    await openAction(page, t.paper);
    const paper = page.getByRole("form", { name: t.paper });
    await paper.getByLabel("Hộ", { exact: true }).selectOption({ label: `${prefix}-08 — Chủ hộ 8 ${prefix}` });
    await paper.getByLabel(t.for, { exact: true }).check();
    await paper.getByRole("button", { name: t.paper }).click();
    await expectToast(page, "Đã ghi phiếu của hộ.");
    await expect(page.getByRole("main")).toContainText("7/10 hộ (Trực tuyến 6 · Phiếu giấy 1)");

    // No count while the period runs; then the period ends.
    await expect(page.locator("summary").filter({ hasText: t.close })).toHaveCount(0);
    await endPeriodNow("DemocracyMatter", road);
    await endPeriodNow("DemocracyMatter", lights);
    await page.reload();
    await openAction(page, t.close);
    await page.getByRole("form", { name: t.close }).getByRole("button").click();
    await expectToast(page, "Đã kiểm phiếu: thông qua.");
    await expect(page.getByRole("main")).toContainText("Tán thành 7 · Không tán thành 0 · Số hộ tham gia 7/10");

    await open(page, `/desk/democracy/matters/${lights}`);
    await openAction(page, t.close);
    await page.getByRole("form", { name: t.close }).getByRole("button").click();
    await expectToast(page, "Đã kiểm phiếu: không được thông qua.");

    // The public pages: the result, and the notice on the board.
    await page.goto(`/democracy/matters/${lights}`);
    await expect(page.getByRole("main")).toContainText("Không được thông qua");
    await expect(page.getByRole("main")).toContainText("Tán thành 6 · Không tán thành 0 · Số hộ tham gia 6/10");
    await page.goto(`/democracy/matters/${road}`);
    await expect(page.getByRole("main")).toContainText("Được thông qua");
    await page.getByRole("link", { name: "Xem bản niêm yết kết quả" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Kết quả biểu quyết: Bê tông hóa ngõ 7 ${suffix}`);
    await expect(page.getByRole("main")).toContainText("Kết quả: thông qua.");
    await expect(page.getByRole("main")).toContainText("Điều 15 khoản 1; Điều 21 khoản 1");

    // The decision is recorded.
    await open(page, `/desk/democracy/matters/${road}`);
    await openAction(page, "Ghi nhận quyết định");
    const decision = page.getByRole("form", { name: "Ghi nhận quyết định" });
    await decision.getByLabel("Số, ký hiệu văn bản").fill("01/NQ-TDP");
    await decision.getByLabel("Nội dung quyết định").fill("Tổ dân phố thống nhất bê tông hóa ngõ 7, mỗi hộ góp 300.000 đồng.");
    await decision.getByRole("button").click();
    await expectToast(page, "Đã ghi nhận quyết định.");

    // In English too.
    await page.goto(`/democracy/matters/${road}`);
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("main")).toContainText("Adopted");
    await expect(page.getByRole("main")).toContainText("For 7 · Against 0 · Households taking part 7 of 10");
  });

  test("the consultation closes; the commune groups, answers and publishes; residents read the answers", async ({ page }) => {
    await login(page, accounts.reception.email);
    await open(page, `/desk/democracy/consultations/${consultation}`);
    await openAction(page, "Thêm nhóm ý kiến");
    const group = page.getByRole("form", { name: "Lưu nhóm" }).last();
    await group.getByLabel("Tên nhóm (vấn đề)").fill("Vị trí sân chơi và chỗ để xe");
    await group.getByLabel("Tiếp thu, giải trình").fill("Phường bố trí sân chơi phía sau nhà văn hóa, có rào chắn, và thêm bãi để xe máy.");
    await group.getByRole("button").click();
    await expectToast(page, "Đã lưu nhóm ý kiến.");
    for (const text of ["Đề nghị đặt sân chơi cách xa đường chính", "Cần thêm chỗ để xe máy"]) {
      const row = page.getByRole("row").filter({ hasText: text });
      await row.locator("summary").click();
      const accept = row.getByRole("form", { name: "Tiếp nhận", exact: true });
      await accept.getByLabel("Nhóm").selectOption({ label: "Vị trí sân chơi và chỗ để xe" });
      await accept.getByRole("button").click();
      await expectToast(page, "Đã duyệt ý kiến.");
      // The same toast may still show from the first comment: wait for this row's own status.
      await expect(row).toContainText("· Vị trí sân chơi và chỗ để xe");
    }
    // The answers are published only after the period.
    await expect(page.locator("summary").filter({ hasText: "Công bố tiếp thu, giải trình" })).toHaveCount(0);
    await endPeriodNow("Consultation", consultation);
    await page.reload();
    await openAction(page, "Công bố tiếp thu, giải trình");
    await page.getByRole("form", { name: "Công bố tiếp thu, giải trình" }).getByRole("button").click();
    await expectToast(page, "Đã công bố tiếp thu, giải trình.");

    await page.goto(`/democracy/consultations/${consultation}`);
    const main = page.getByRole("main");
    await expect(main).toContainText("Đã công bố tiếp thu, giải trình");
    await expect(main).toContainText("Đề nghị đặt sân chơi cách xa đường chính");
    await expect(main).toContainText("Phường bố trí sân chơi phía sau nhà văn hóa");
    // Published without the authors' names.
    await expect(main).not.toContainText("Lò Văn Pánh");
  });
});

test("a secret ballot: a household sees that it voted, never how another did — every page, export and API the same whichever way they voted", async ({ browser, page, request }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix().slice(-6).toUpperCase();
  const prefix = `S${suffix}`;
  const area = `Tổ dân phố kín ${suffix}`;
  await login(page, accounts.reception.email);
  await importArea(page, area, prefix);
  const closesAt = new Date(Date.now() + 3 * 24 * 3600_000);
  const first = await openMatter(page, { subject: t.other, title: `Chọn ngày hội ${suffix} A`, area, closesAt, secret: true });
  const second = await openMatter(page, { subject: t.other, title: `Chọn ngày hội ${suffix} B`, area, closesAt, secret: true });
  // Mirror images: household 01 FOR on A and AGAINST on B, household 02 the other way; household 08 on paper FOR on both.
  await voteWithoutJs(browser, 1, [
    { matterId: first, choice: t.for },
    { matterId: second, choice: t.against },
  ]);
  await voteWithoutJs(browser, 2, [
    { matterId: first, choice: t.against },
    { matterId: second, choice: t.for },
  ]);
  for (const id of [first, second]) {
    await open(page, `/desk/democracy/matters/${id}`);
    await openAction(page, t.paper);
    const paper = page.getByRole("form", { name: t.paper });
    await paper.getByLabel("Hộ", { exact: true }).selectOption({ label: `${prefix}-08 — Chủ hộ 8 ${prefix}` });
    await paper.getByLabel(t.for, { exact: true }).check();
    await paper.getByRole("button", { name: t.paper }).click();
    await expectToast(page, "Đã ghi phiếu của hộ.");
  }

  const normalise = (text: string, id: string, title: string) =>
    text
      .replaceAll(id, "MATTER")
      .replaceAll(title, "TITLE")
      .replace(/nonce="[^"]*"/g, "")
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "ISO")
      .replace(/\[\\"D\\",\d+\]/g, "[DATE]") // a Date in the page's single-fetch data (turbo-stream: epoch ms)
      .replace(/\d{2}\/\d{2}\/\d{4}/g, "DATE")
      .replace(/\d{1,2} \w{3} \d{4}/g, "DATE")
      .replace(/\b\d{2}:\d{2}(:\d{2})?\b/g, "TIME");
  const titles = { [first]: `Chọn ngày hội ${suffix} A`, [second]: `Chọn ngày hội ${suffix} B` };
  const same = async (label: string, fetch: (id: string) => Promise<string>) => {
    const [a, b] = [normalise(await fetch(first), first, titles[first]!), normalise(await fetch(second), second, titles[second]!)];
    expect(a.length, label).toBeGreaterThan(200);
    const at = [...a].findIndex((c, i) => c !== b[i]);
    expect(at === -1 && a.length === b.length, `${label}: identical whichever way the households voted; first difference: ${a.slice(at - 80, at + 80)} ≠ ${b.slice(at - 80, at + 80)}`).toBe(true);
  };
  // The commune's page and its export, the public page, the voter's own page, the open-data API.
  await same("desk page", async (id) => (await page.request.get(`/desk/democracy/matters/${id}`)).text());
  await same("roll CSV", async (id) => (await page.request.get(`/desk/democracy/matters/${id}/roll.csv`)).text());
  await same("public page", async (id) => (await request.get(`/democracy/matters/${id}`)).text());
  const voter = await signedIn(browser, resident(1));
  await same("the voter's own page", async (id) => (await voter.page.request.get(`/democracy/matters/${id}`)).text());
  await voter.page.goto(`/democracy/matters/${first}`);
  await expect(voter.page.getByRole("main")).toContainText(`Hộ ${prefix}-01 đã biểu quyết`);
  await expect(voter.page.getByRole("main")).not.toContainText("Lựa chọn của hộ:");
  await voter.context.close();
  const api = await (await request.get("/api/v1/democracy/matters?unit=TOHIEU")).json();
  const entries = api.matters.filter((m: { id: string }) => m.id === first || m.id === second);
  expect(entries).toHaveLength(2);
  expect(normalise(JSON.stringify(entries[0]), entries[0].id, titles[entries[0].id]!)).toBe(normalise(JSON.stringify(entries[1]), entries[1].id, titles[entries[1].id]!));
  // The export has no choice column at all on a secret ballot.
  const csv = await (await page.request.get(`/desk/democracy/matters/${first}/roll.csv`)).text();
  expect(csv).not.toContain(t.for);
  expect(csv).not.toContain(t.against);
});

test("a People's Inspection Board sends a recommendation; the commune's late answer shows as overdue, then as answered late", async ({ browser }) => {
  const title = `Chậm trả lời đơn kiến nghị ${uniqueSuffix()}`;
  const member = await signedIn(browser, resident(8)); // the head of the ward's board (seeded)
  await member.page.goto("/democracy");
  await member.page.getByRole("link", { name: "Ban Thanh tra nhân dân phường Tô Hiệu" }).click();
  await expect(member.page).toHaveURL(/\/democracy\/boards\/[a-z0-9]+$/);
  const boardUrl = member.page.url();
  // Its read-only view of the ward's cases.
  await member.page.getByRole("link", { name: "Hồ sơ của xã, phường (chỉ xem, có ghi nhật ký)" }).click();
  await expect(member.page.getByRole("table")).toBeVisible();
  await member.page.goto(boardUrl);
  // A paper recommendation delivered twenty days ago, registered now: its 15-day answer deadline has passed.
  await openAction(member.page, "Gửi kiến nghị tới xã, phường");
  const form = member.page.getByRole("form", { name: "Gửi kiến nghị" });
  await form.getByLabel("Vấn đề kiến nghị").fill(title);
  await form.getByLabel("Kết quả kiểm tra, giám sát").fill("Ba đơn kiến nghị về đèn đường chưa được trả lời quá thời hạn.");
  await form.getByLabel("Nội dung kiến nghị").fill("Đề nghị Ủy ban nhân dân phường trả lời các đơn quá hạn và báo cáo Ban.");
  await form.getByLabel("Ngày kiến nghị đến xã, phường").fill(vnDate(20));
  await form.getByRole("button", { name: "Gửi kiến nghị" }).click();
  await expectToast(member.page, /Đã gửi kiến nghị\. Hạn trả lời/);
  await expect(member.page.getByRole("table").first()).toContainText("Quá hạn trả lời");

  // Another resident is not a member: 403.
  const outsider = await signedIn(browser, resident(1));
  expect((await outsider.page.request.get(boardUrl)).status()).toBe(403);
  await outsider.context.close();

  const leader = await signedIn(browser, accounts.leader.email);
  await open(leader.page, "/desk");
  const section = leader.page.getByRole("region", { name: "Kiến nghị của Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng" });
  const row = section.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("Quá hạn trả lời");
  await row.getByRole("link", { name: title }).click();
  await leader.page.getByLabel("Nội dung trả lời").fill("Phường đã trả lời ba đơn kiến nghị ngày hôm nay và xin rút kinh nghiệm về thời hạn.");
  await leader.page.getByRole("button", { name: "Gửi trả lời" }).click();
  await expectToast(leader.page, "Đã trả lời kiến nghị (quá hạn).");
  await expect(leader.page.getByRole("main")).toContainText("Trả lời quá hạn");
  await leader.context.close();

  await member.page.goto(boardUrl);
  await expect(member.page.getByRole("row").filter({ hasText: title })).toContainText("Trả lời quá hạn");
  await member.context.close();
});

test("the commune schedules its annual dialogue conference with the statutory agenda; an administrator corrects a rule, audited", async ({ browser, page }) => {
  await login(page, accounts.reception.email);
  await scheduleConference(page);
  const main = page.getByRole("main");
  await expect(main).toContainText("UBND báo cáo tình hình hoạt động của chính quyền địa phương");
  await expect(main).toContainText("Chủ tịch UBND trả lời, giải trình và cam kết");
  await expect(main).toContainText("Điều 43, Luật Tổ chức chính quyền địa phương số 72/2025/QH15");
  // The session pages take it from here (invitations, attendance, minutes).
  await page.getByRole("link", { name: "Trang hội nghị (mời dự, điểm danh, biên bản)" }).click();
  await expect(page.getByRole("main")).toContainText("Hội nghị đối thoại hằng năm với Nhân dân");

  const admin = await signedIn(browser, accounts.admin.email);
  await open(admin.page, "/admin/democracy-rules");
  await openAction(admin.page, "Thời hạn trả lời kiến nghị của Ban Giám sát đầu tư của cộng đồng");
  const rule = admin.page.getByRole("form", { name: "Lưu quy định" }).filter({ has: admin.page.locator('input[name="code"][value="ANSWER_INVESTMENT"]') });
  await rule.getByLabel("Số ngày").fill("20");
  await rule.getByRole("button", { name: "Lưu quy định" }).click();
  await expectToast(admin.page, "Đã lưu quy định ANSWER_INVESTMENT.");
  await open(admin.page, "/democracy/rules");
  await expect(admin.page.getByRole("row").filter({ hasText: "Thời hạn trả lời kiến nghị của Ban Giám sát đầu tư của cộng đồng" })).toContainText("20 ngày");
  await admin.context.close();
});

/** Nothing wider than the 390 px screen; names the elements that stick out when something does. */
async function fitsThePhone(page: Page, label: string) {
  const offenders = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      // A table of figures scrolls inside its own box (layout="scroll"): that is not the page overflowing.
      // Nor is what a closed <details> (the site menu) hides: Chromium still gives it a box.
      .filter((e) => !e.closest(".table-scroll") && !(e.closest("details:not([open])") && !e.closest("summary")) && e.getBoundingClientRect().right > 391 && e.getBoundingClientRect().width > 0)
      .slice(-5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} «${(e.textContent ?? "").slice(0, 40)}»`),
  );
  expect(offenders, `${label}: nothing wider than the screen`).toEqual([]);
}

test.describe("on a phone (390 × 844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a resident votes from the matter page: the vote in view, labelled cards, nothing wider than the screen", async ({ page }) => {
    await login(page, resident(4), demoPassword);
    await open(page, "/democracy");
    await page.getByRole("link", { name: "Đóng góp bê tông hóa ngõ 5, tổ dân phố 3" }).click();
    // The household's choice starts on the first screen. (Since main's one-stop entries, a signed-in
    // citizen's site header takes about half of a 390 × 844 screen, so the send button is one short scroll down.)
    await expect(page.getByRole("radio", { name: "Tán thành", exact: true })).toBeInViewport({ ratio: 1 });
    await fitsThePhone(page, "matter");
    for (const path of ["/democracy", "/democracy/rules", "/stats/democracy"]) {
      await open(page, path);
      await fitsThePhone(page, path);
    }
  });

  test("the commune's democracy desk: its main action in view, no horizontal overflow", async ({ page }) => {
    await login(page, accounts.reception.email);
    await open(page, "/desk/democracy");
    await expect(page.getByRole("link", { name: "Đưa việc ra dân quyết định" })).toBeInViewport();
    await fitsThePhone(page, "desk");
  });
});
