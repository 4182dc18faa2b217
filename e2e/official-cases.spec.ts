import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import {
  accounts,
  expectToast,
  fact,
  fileCaseAsCitizen,
  hydrated,
  intakeCase,
  open,
  openAction,
  openFromInbox,
  registerCitizen,
  signedIn,
  timeline,
  uniqueSuffix,
  units,
  vi,
  viCases,
  isPostTo,
} from "./utils";

/** A walk-in feedback recorded by the Tô Hiệu reception officer (no account): a fresh SUBMITTED case. */
async function walkInCase(page: Page, topic: string) {
  const s = uniqueSuffix();
  const title = `${topic} ${s}`;
  const { code, secret } = await intakeCase(page, {
    title,
    description: `${topic}: công dân đến trình bày trực tiếp tại bộ phận tiếp công dân, đề nghị phường kiểm tra (${s}).`,
    category: "Môi trường",
    contactName: `Lò Văn Trực ${s}`,
    contactPhone: "0987654321",
  });
  return { code, secret, title };
}

/** The version of the case the page shows (every action form carries it). */
async function shownVersion(page: Page): Promise<string> {
  return page.getByRole("main").locator('input[name="version"]').first().inputValue();
}

test.describe("Officials work the inbox", () => {
  test("reception transfers a case to Phường Chiềng An, which now holds it under the same code", async ({ browser }) => {
    test.slow();
    const reception = await signedIn(browser, accounts.reception.email);
    const { code, title } = await walkInCase(reception.page, "Khói bụi từ xưởng gỗ");
    await openFromInbox(reception.page, code);

    const reason = "Xưởng gỗ nằm trên địa bàn phường Chiềng An.";
    const transfer = await openAction(reception.page, "Chuyển cơ quan có thẩm quyền");
    await transfer.getByLabel("Chuyển đến").selectOption({ label: units.chiengan });
    await transfer.getByLabel("Lý do chuyển").fill(reason);
    await transfer.getByRole("button", { name: "Chuyển cơ quan có thẩm quyền" }).click();
    await expect(reception.page).toHaveURL(/\/desk\/cases$/);
    await expectToast(reception.page, `Đã chuyển hồ sơ ${code}.`);

    // Chiềng An's handler has it, same code, as a new case for their unit.
    const chiengan = await signedIn(browser, accounts.handlerChiengAn.email);
    await open(chiengan.page, "/desk/cases");
    await chiengan.page.getByLabel(viCases.inboxSearch).fill(code);
    await chiengan.page.getByRole("search").getByRole("button", { name: viCases.filter }).click();
    const row = chiengan.page.getByRole("row").filter({ has: chiengan.page.getByRole("link", { name: code, exact: true }) });
    await expect(row).toContainText(title);
    await expect(row).toContainText(units.chiengan);
    await expect(row).toContainText(viCases.status.SUBMITTED);
    // A row's link is followed in the page, as any link of the app: the document is not loaded again.
    await hydrated(chiengan.page);
    await chiengan.page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await row.getByRole("link", { name: code, exact: true }).click();
    await expect(chiengan.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(await chiengan.page.evaluate(() => "sameDocument" in window)).toBe(true);
    // The header marks where the page is (the inbox holds the case page), and its links are followed in the page too.
    const mainNav = chiengan.page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(mainNav.getByRole("link", { name: "Hộp hồ sơ" })).toHaveAttribute("aria-current", "page");
    await expect(mainNav.getByRole("link", { name: "Bàn làm việc" })).not.toHaveAttribute("aria-current", "page");
    await mainNav.getByRole("link", { name: "Bàn làm việc" }).click();
    await expect(chiengan.page).toHaveURL(/\/desk$/);
    await expect(mainNav.getByRole("link", { name: "Bàn làm việc" })).toHaveAttribute("aria-current", "page");
    expect(await chiengan.page.evaluate(() => "sameDocument" in window)).toBe(true);
    await chiengan.page.goBack();
    await expect(fact(chiengan.page, viCases.unitTerm)).toHaveText(units.chiengan);
    const transferred = timeline(chiengan.page).getByRole("listitem").filter({ hasText: "Đã chuyển đến cơ quan có thẩm quyền" });
    await expect(transferred).toContainText(`Cơ quan tiếp nhận mới: ${units.chiengan}`);
    await expect(transferred).toContainText(reason);
    await chiengan.context.close();

    // Tô Hiệu no longer has it: the case belongs to another unit now (403, as for any other unit's case).
    const gone = await reception.page.goto(`/desk/cases/${code}`);
    expect(gone?.status()).toBe(403);
    await expect(reception.page.getByRole("heading", { level: 1, name: vi.forbiddenTitle })).toBeVisible();
    await reception.context.close();
  });

  test("reception declines a case with a statutory reason; without a reason it is refused", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const title = `Tranh chấp lối đi chung giữa hai hộ ${s}`;
    const citizenContext = await browser.newContext();
    const citizen = await citizenContext.newPage();
    await registerCitizen(citizen);
    const code = await fileCaseAsCitizen(citizen, "PETITION", {
      title,
      description: "Hai hộ gia đình tranh chấp lối đi chung, đề nghị phường phân xử ai được sử dụng lối đi.",
      category: "Đất đai",
    });

    const reception = await signedIn(browser, accounts.reception.email);
    await openFromInbox(reception.page, code);
    const explanation = `Tranh chấp dân sự giữa các hộ thuộc thẩm quyền của Tòa án nhân dân; mời ông bà liên hệ tổ hòa giải (${s}).`;
    const declinePanel = await openAction(reception.page, "Không thụ lý");
    const reasonSelect = declinePanel.getByLabel("Lý do theo quy định");
    await declinePanel.getByLabel("Giải thích cho công dân").fill(explanation);

    // No reason chosen: the form does not go.
    await declinePanel.getByRole("button", { name: "Không thụ lý", exact: true }).click();
    expect(await reasonSelect.evaluate((el: HTMLSelectElement) => el.validity.valueMissing)).toBe(true);
    await expect(reception.page).toHaveURL(new RegExp(`/desk/cases/${code}$`));
    await expect(declinePanel.getByLabel("Giải thích cho công dân")).toHaveValue(explanation);
    await expect(fact(reception.page, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);
    // …and the server refuses it too, if the browser check is bypassed.
    const version = await shownVersion(reception.page);
    const bypass = await reception.page.request.post(`/desk/cases/${code}`, { multipart: { intent: "decline", version, note: explanation } });
    expect(bypass.status()).toBe(400);
    await open(reception.page, `/desk/cases/${code}`);
    await expect(fact(reception.page, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);

    // With a reason.
    await openAction(reception.page, "Không thụ lý");
    await declinePanel.getByLabel("Lý do theo quy định").selectOption({ label: "Không thuộc thẩm quyền giải quyết" });
    await declinePanel.getByLabel("Giải thích cho công dân").fill(explanation);
    await declinePanel.getByRole("button", { name: "Không thụ lý", exact: true }).click();
    await expectToast(reception.page, `Đã trả lời không thụ lý hồ sơ ${code}.`);
    await expect(fact(reception.page, viCases.statusTerm)).toHaveText(viCases.status.DECLINED);
    await reception.context.close();

    // The citizen sees the answer and why.
    await open(citizen, `/cases/${code}`);
    await expect(fact(citizen, viCases.statusTerm)).toHaveText(viCases.status.DECLINED);
    const declined = timeline(citizen).getByRole("listitem").filter({ hasText: "Không thụ lý" });
    await expect(declined).toContainText(explanation);
    await expect(declined).toContainText("Không thuộc thẩm quyền giải quyết");
    await citizenContext.close();
  });

  test("staff of another unit are refused a Tô Hiệu case (403), and a forged action changes nothing", async ({ browser }) => {
    test.slow();
    const reception = await signedIn(browser, accounts.reception.email);
    const { code, title } = await walkInCase(reception.page, "Lấn chiếm vỉa hè bán hàng");

    const outsider = await signedIn(browser, accounts.handlerChiengAn.email);
    const response = await outsider.page.goto(`/desk/cases/${code}`);
    expect(response?.status()).toBe(403);
    await expect(outsider.page.getByRole("heading", { level: 1, name: vi.forbiddenTitle })).toBeVisible();
    await expect(outsider.page.getByRole("main")).not.toContainText(title);
    // Not in their inbox either.
    await open(outsider.page, `/desk/cases?q=${code}`);
    await expect(outsider.page.getByRole("link", { name: code })).toHaveCount(0);
    await expect(outsider.page.getByText("Không có kết quả.")).toBeVisible();

    const forged = await outsider.page.request.post(`/desk/cases/${code}`, { multipart: { intent: "accept", version: "0" } });
    expect(forged.status()).toBe(403);
    await outsider.context.close();

    await openFromInbox(reception.page, code);
    await expect(fact(reception.page, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);
    await expect(timeline(reception.page)).not.toContainText(viCases.acceptedEvent);
    await expect(reception.page.getByRole("button", { name: "Thụ lý", exact: true })).toBeVisible();
    await reception.context.close();
  });

  test("two officials accept the same case at once: one wins, the other is told", async ({ browser }) => {
    test.slow();
    const reception = await signedIn(browser, accounts.reception.email);
    const { code } = await walkInCase(reception.page, "Nước thải tràn ra đường");
    const leader = await signedIn(browser, accounts.leader.email);

    await open(reception.page, `/desk/cases/${code}`);
    await open(leader.page, `/desk/cases/${code}`);
    await expect(fact(reception.page, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);
    await expect(fact(leader.page, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);

    await reception.page.getByRole("button", { name: "Thụ lý", exact: true }).click();
    await expectToast(reception.page, `Đã thụ lý hồ sơ ${code}.`);

    const answered = leader.page.waitForResponse((r) => isPostTo(r, `/desk/cases/${code}`));
    await leader.page.getByRole("button", { name: "Thụ lý", exact: true }).click();
    expect((await answered).status()).toBe(409);
    // "The page shows the latest state": accepted, by the first official…
    await expect(fact(leader.page, viCases.statusTerm)).toHaveText(viCases.status.ACCEPTED);
    await expect(leader.page.getByRole("button", { name: "Thụ lý", exact: true })).toHaveCount(0);
    // …and says why, once.
    const alert = leader.page.getByRole("main").getByRole("alert");
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText(viCases.conflict);
    await expect(timeline(leader.page).getByText(viCases.acceptedEvent, { exact: true })).toHaveCount(1);

    await open(leader.page, `/desk/cases/${code}`);
    await expect(timeline(leader.page).getByText(viCases.acceptedEvent, { exact: true })).toHaveCount(1);
    await expect(timeline(leader.page).getByRole("listitem").filter({ hasText: viCases.acceptedEvent })).toContainText(accounts.reception.fullName);
    await reception.context.close();
    await leader.context.close();
  });

  test("reception records a walk-in without an account and prints the receipt with its secret", async ({ browser }) => {
    test.slow();
    const reception = await signedIn(browser, accounts.reception.email);
    const s = uniqueSuffix();
    const name = `Quàng Thị Đến ${s}`;
    const title = `Chó thả rông cắn người ở tổ 7 ${s}`;
    const { code, secret } = await intakeCase(reception.page, {
      title,
      description: "Bà Đến trình bày: nhiều chó thả rông không rọ mõm ở tổ 7, đã có một cháu nhỏ bị cắn tuần trước.",
      category: "An ninh, trật tự",
      channel: "Trực tiếp",
      contactName: name,
      contactPhone: "0912 765 432",
    });
    const page = reception.page;
    expect(secret).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect(page.getByRole("main")).toContainText(units.tohieu);
    await expect(fact(page, viCases.title)).toHaveText(title);
    await expect(fact(page, viCases.secret)).toHaveText(secret!);

    // Printed: only the receipt.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByText("Dùng chức năng In của trình duyệt để in giấy biên nhận.")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: viCases.receipt })).toBeVisible();
    await expect(fact(page, viCases.code)).toHaveText(code);
    await expect(fact(page, viCases.secret)).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // The desk shows the channel and who came.
    await openFromInbox(page, code);
    await expect(fact(page, "Kênh tiếp nhận")).toHaveText("Trực tiếp");
    const sender = page.getByRole("region", { name: "Người gửi" });
    await expect(fact(sender, vi.fullName)).toHaveText(name);
    await expect(fact(sender, vi.phone)).toContainText("912765432");
    await reception.context.close();
  });

  test("a denouncer's identity stays sealed until a leader reveals it, and the reveal is audited", async ({ browser }) => {
    test.setTimeout(120_000);
    const s = uniqueSuffix();
    const title = `Tố cáo cán bộ địa chính nhận tiền ${s}`;
    const revealReason = `Cần mời người tố cáo đến cung cấp chứng cứ (${s}).`;

    const reception = await signedIn(browser, accounts.reception.email);
    const { code, secret } = await intakeCase(reception.page, {
      kind: "DENUNCIATION",
      citizenAccount: accounts.citizen.email,
      title,
      description: "Cán bộ địa chính phường yêu cầu nộp thêm tiền ngoài quy định để được đo đạc đất nhanh hơn.",
      category: "Đất đai",
      denounced: "Một công chức địa chính của phường (chưa rõ họ tên)",
    });
    expect(secret).toBeNull();

    // Reception: the sender panel is sealed and there is no way to reveal it.
    await openFromInbox(reception.page, code);
    const sender = reception.page.getByRole("region", { name: "Người gửi" });
    await expect(sender).toContainText(viCases.sealed);
    for (const page of [reception.page]) {
      const main = page.getByRole("main");
      await expect(main).not.toContainText(accounts.citizen.fullName);
      await expect(main).not.toContainText(accounts.citizen.email);
      await expect(main).not.toContainText(accounts.citizen.phone.slice(-9));
    }
    await expect(reception.page.getByLabel("Lý do cần xem danh tính")).toHaveCount(0);
    await expect(reception.page.getByRole("button", { name: "Xem danh tính (ghi nhật ký)" })).toHaveCount(0);
    // Nor does a search by the denouncer's name find the case.
    await open(reception.page, `/desk/cases?q=${encodeURIComponent(accounts.citizen.fullName)}&kind=DENUNCIATION`);
    await expect(reception.page.getByRole("link", { name: code })).toHaveCount(0);
    await reception.context.close();

    // The leader reveals it, with a reason.
    const leader = await signedIn(browser, accounts.leader.email);
    await open(leader.page, `/desk/cases/${code}`);
    const leaderSender = leader.page.getByRole("region", { name: "Người gửi" });
    await expect(leaderSender).toContainText(viCases.sealed);
    await expect(leader.page.getByRole("main")).not.toContainText(accounts.citizen.fullName);
    await leaderSender.getByLabel("Lý do cần xem danh tính").fill(revealReason);
    await leaderSender.getByRole("button", { name: "Xem danh tính (ghi nhật ký)" }).click();
    await expect(fact(leaderSender, vi.fullName)).toHaveText(accounts.citizen.fullName);
    await expect(fact(leaderSender, vi.email)).toHaveText(accounts.citizen.email);
    await hydrated(leader.page);
    await leader.context.close();

    // The administrator sees the reveal in the audit log.
    const admin = await signedIn(browser, accounts.admin.email);
    await open(admin.page, "/admin/audit");
    const entry = admin.page.getByRole("row").filter({ hasText: revealReason });
    await expect(entry).toContainText("Xem danh tính người tố cáo");
    await expect(entry).toContainText(accounts.leader.fullName);
    await admin.context.close();
  });

  // Overdue cases: a deadline cannot be reached in a test run and no screen can
  // move one (the jobs CLI only acts on deadlines already passed), so the
  // overdue path is covered by the database tests of the deadline engine and
  // jobs, not here. What the UI does offer: a fresh case is not "Quá hạn".
  test("a fresh case is not listed as overdue", async ({ browser }) => {
    const reception = await signedIn(browser, accounts.reception.email);
    const { code } = await walkInCase(reception.page, "Đường ống nước rò rỉ");
    await open(reception.page, `/desk/cases?q=${code}`);
    await expect(reception.page.getByRole("link", { name: code, exact: true })).toBeVisible();
    await reception.page.getByLabel("Hạn", { exact: true }).selectOption({ label: "Quá hạn" });
    await reception.page.getByRole("search").getByRole("button", { name: viCases.filter }).click();
    await expect(reception.page).toHaveURL(/due=overdue/);
    await expect(reception.page.getByRole("link", { name: code, exact: true })).toHaveCount(0);
    await reception.page.getByLabel("Hạn", { exact: true }).selectOption({ label: "Đến hạn trong 3 ngày" });
    await reception.page.getByRole("search").getByRole("button", { name: viCases.filter }).click();
    await expect(reception.page).toHaveURL(/due=soon/);
    // A feedback has 5 working days to be accepted: not due within 3 days either.
    await expect(reception.page.getByRole("link", { name: code, exact: true })).toHaveCount(0);
    await reception.context.close();
  });
});
