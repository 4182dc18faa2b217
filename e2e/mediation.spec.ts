import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { accounts, createMediator, expectToast, fact, hydrated, intakeCase, login, open, openAction, openFromInbox, registerCitizen, signedIn, timeline, uniqueEmail, uniqueSuffix, units, vi } from "./utils";

/** Vietnamese strings of the mediation pages (app/i18n/locales/mediation.ts). */
const viMed = {
  heading: "Hòa giải ở cơ sở",
  demoTeam: "Tổ dân phố 3",
  referPanel: "Chuyển hòa giải ở cơ sở",
  referSubmit: "Chuyển hòa giải",
  team: "Tổ hòa giải",
  disputeType: "Loại tranh chấp",
  neighbourhood: "Láng giềng, sinh hoạt",
  status: "Kết quả",
  sessionPanel: "Ghi buổi hòa giải",
  agreePanel: "Hòa giải thành",
  followUpPanel: "Ghi kết quả theo dõi",
  referredEvent: "Đã chuyển hòa giải ở cơ sở",
  agreedEvent: "Hòa giải thành",
  noSession: "Chưa có buổi hòa giải nào: hãy ghi buổi hòa giải trước khi ghi kết quả.",
};

/** A mediator account and a second team at Phường Tô Hiệu, made through the admin's and the team management UI. */
async function secondTeamMediator(browser: Browser) {
  const s = uniqueSuffix();
  const { fullName, email, password } = await createMediator(browser, `Quàng Thị Hòa Giải ${s}`);
  const admin = await signedIn(browser, accounts.admin.email);
  const area = `Tổ dân phố 7 (${s})`;
  await open(admin.page, "/mediation/teams/new");
  await admin.page.getByLabel("Thuộc xã, phường").selectOption({ label: units.tohieu });
  await admin.page.getByLabel("Thôn, bản, tổ dân phố").fill(area);
  await admin.page.getByRole("button", { name: "Tạo mới" }).click();
  await expectToast(admin.page, `Đã thêm tổ hòa giải ${area}.`);
  // A new team is short of members (art. 12): the commune sees the warning and the open "add a member" form.
  await expect(admin.page.getByRole("region", { name: "Thành phần tổ hòa giải chưa đủ theo luật" })).toContainText("Tổ có 0 hòa giải viên");
  const add = admin.page.locator("#action-addMember");
  await add.getByLabel("Hòa giải viên").selectOption({ label: `${fullName} (${email})` });
  await add.getByLabel("Là tổ trưởng").check();
  await add.getByRole("button", { name: "Thêm thành viên" }).click();
  await expectToast(admin.page, "Đã thêm thành viên.");
  await expect(admin.page.getByRole("row", { name: new RegExp(fullName) })).toContainText("tổ trưởng");
  await admin.context.close();
  return { email, password, fullName };
}

/** The demo mediator opens a mediation with the form (a party came to them); returns its code. */
async function openMediationViaForm(page: Page, s: string, opts: { applicantAccount?: string } = {}): Promise<string> {
  await page.goto("/mediation/new");
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mở vụ hòa giải" })).toBeVisible();
  await page.getByLabel(viMed.disputeType).selectOption({ label: "Đất đai" });
  await page.getByLabel("Nội dung vụ, việc").fill(`Tranh chấp ranh giới vườn, hàng rào lấn 0,5 m (${s}).`);
  const applicant = page.getByRole("group", { name: "Bên đề nghị hòa giải" });
  await applicant.getByLabel("Họ và tên").fill(`Lò Văn Đề ${s}`);
  await applicant.getByLabel("Địa chỉ, điện thoại").fill("Bản Hài, 0912000301");
  if (opts.applicantAccount) await applicant.getByLabel("Tài khoản công dân (email hoặc số điện thoại)").fill(opts.applicantAccount);
  const respondent = page.getByRole("group", { name: "Bên được đề nghị" });
  await respondent.getByLabel("Họ và tên").fill(`Cà Thị Đáp ${s}`);
  await respondent.getByLabel("Địa chỉ, điện thoại").fill("Bản Hài, 0912000302");
  await page.getByRole("button", { name: "Mở vụ hòa giải" }).click();
  const toast = page.getByRole("status").filter({ hasText: "Đã mở vụ hòa giải" });
  await expect(toast).toBeVisible();
  await hydrated(page);
  return /(HG-[A-Z0-9-]+)/.exec((await toast.textContent()) ?? "")![1]!;
}

/** The "agreed" count of the demo team on the commune overview. */
async function agreedOnOverview(page: Page): Promise<number> {
  await open(page, "/mediation/overview");
  await expect(page.getByRole("heading", { level: 1, name: "Tổng hợp kết quả hòa giải" })).toBeVisible();
  const byTeam = page.getByRole("table", { name: "Theo tổ hòa giải" });
  const row = byTeam.getByRole("row").filter({ has: page.getByRole("rowheader", { name: viMed.demoTeam, exact: true }) });
  return Number(await row.getByRole("cell").nth(2).textContent());
}

test.describe("grassroots mediation", () => {
  test("an official refers a case; the team's mediator holds two sessions, records and prints an agreement; the case shows it; a follow-up; the overview counts it", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const leader = await signedIn(browser, accounts.leader.email);
    const agreedBefore = await agreedOnOverview(leader.page);

    // The official takes a walk-in case, accepts it and refers it to the ward group's mediation team.
    const reception = await signedIn(browser, accounts.reception.email);
    const { code } = await intakeCase(reception.page, {
      kind: "PETITION",
      title: `Tranh chấp nước thải giữa hai hộ ${s}`,
      description: `Nước thải nhà bên chảy sang sân nhà tôi mỗi khi mưa, đề nghị phường giải quyết (${s}).`,
      category: "Môi trường",
      contactName: `Lò Thị Đơn ${s}`,
      contactPhone: "0987650001",
    });
    await openFromInbox(reception.page, code);
    await reception.page.getByRole("button", { name: "Thụ lý", exact: true }).click();
    await expectToast(reception.page, `Đã thụ lý hồ sơ ${code}.`);
    const refer = await openAction(reception.page, viMed.referPanel);
    await refer.getByLabel(viMed.team).selectOption({ label: viMed.demoTeam });
    await refer.getByLabel(viMed.disputeType).selectOption({ label: viMed.neighbourhood });
    await refer.getByLabel("Họ tên bên được đề nghị").fill(`Quàng Văn Bên ${s}`);
    await refer.getByLabel("Địa chỉ, điện thoại bên được đề nghị").fill("Số 14 ngõ 5, 0912345014");
    await refer.getByRole("button", { name: viMed.referSubmit }).click();
    const toast = reception.page.getByRole("status").filter({ hasText: `Đã chuyển hồ sơ ${code} đến tổ hòa giải` });
    await expect(toast).toBeVisible();
    const mediationCode = /\(vụ (HG-[A-Z0-9-]+)\)/.exec((await toast.textContent()) ?? "")?.[1];
    expect(mediationCode).toMatch(/^HG-TOHIEU-\d{4}-\d{4}$/);
    await expect(timeline(reception.page).getByRole("listitem").filter({ hasText: viMed.referredEvent })).toContainText(mediationCode!);
    // The case stays with the ward, in the same status.
    await expect(fact(reception.page, "Trạng thái")).toHaveText("Đã tiếp nhận");

    // The team's mediator lands on the mediation list and opens it.
    const mediator = await signedIn(browser, accounts.mediator.email);
    await expect(mediator.page).toHaveURL(/\/mediation$/);
    await expect(mediator.page.getByRole("heading", { level: 1, name: viMed.heading })).toBeVisible();
    await mediator.page.getByRole("link", { name: mediationCode!, exact: true }).click();
    await expect(mediator.page).toHaveURL(new RegExp(`/mediation/${mediationCode}$`));
    await hydrated(mediator.page);
    await expect(mediator.page.getByRole("main")).toContainText("0912345014");

    // An agreement before any session is refused, clearly.
    const agree = mediator.page.getByRole("region", { name: viMed.agreePanel });
    const terms = `Ông Bên làm rãnh thoát nước dọc tường rào (${s}).`;
    await agree.getByLabel("Nội dung thỏa thuận").fill(terms);
    await agree.getByLabel("Phương thức, thời hạn thực hiện").fill("Xong trong 30 ngày.");
    await agree.getByRole("checkbox").nth(0).check();
    await agree.getByRole("checkbox").nth(1).check();
    await agree.getByRole("button", { name: "Ghi nhận hòa giải thành" }).click();
    await expect(agree.getByRole("alert")).toHaveText(viMed.noSession);
    await expect(agree.getByRole("alert")).toBeFocused();
    await expect(agree.getByLabel("Nội dung thỏa thuận")).toHaveValue(terms);
    await hydrated(mediator.page);

    for (const [n, notes] of [
      [1, "Hai bên trình bày, chưa thống nhất."],
      [2, "Hai bên thống nhất làm rãnh thoát nước."],
    ] as const) {
      const session = mediator.page.getByRole("region", { name: viMed.sessionPanel });
      await session.getByLabel("Địa điểm").fill(`Nhà văn hóa tổ 3 (buổi ${n})`);
      await session.getByLabel("Diễn biến, ý kiến các bên").fill(notes);
      await session.getByRole("button", { name: "Lưu buổi hòa giải" }).click();
      await expectToast(mediator.page, "Đã lưu buổi hòa giải.");
      await expect(mediator.page.getByRole("region", { name: "Các buổi hòa giải" }).getByRole("listitem")).toHaveCount(n);
    }

    await agree.getByLabel("Nội dung thỏa thuận").fill(terms);
    await agree.getByLabel("Phương thức, thời hạn thực hiện").fill("Xong trong 30 ngày kể từ ngày lập biên bản.");
    await agree.getByRole("checkbox").nth(0).check();
    await agree.getByRole("checkbox").nth(1).check();
    await agree.getByRole("button", { name: "Ghi nhận hòa giải thành" }).click();
    await expectToast(mediator.page, "Đã ghi nhận hòa giải thành.");
    await expect(fact(mediator.page, viMed.status)).toHaveText("Hòa giải thành");

    // The printable record, in the official shape.
    await mediator.page.getByRole("link", { name: "In biên bản hòa giải" }).click();
    await expect(mediator.page.getByRole("heading", { level: 1, name: "BIÊN BẢN HÒA GIẢI THÀNH" })).toBeVisible();
    const record = mediator.page.getByRole("main");
    await expect(record).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    await expect(record).toContainText(`Theo đề nghị của cơ quan có thẩm quyền chuyển hồ sơ ${code}`);
    await expect(record).toContainText("Buổi 1:");
    await expect(record).toContainText("Buổi 2:");
    await expect(record).toContainText(terms);
    await expect(record).toContainText("7. Chữ ký hoặc điểm chỉ của các bên và của hòa giải viên");
    await mediator.page.emulateMedia({ media: "print" });
    await expect(mediator.page.getByRole("banner")).toBeHidden();
    await mediator.page.emulateMedia({ media: "screen" });

    // The case's timeline shows the outcome.
    await open(reception.page, `/desk/cases/${code}`);
    await expect(timeline(reception.page).getByRole("listitem").filter({ hasText: viMed.agreedEvent })).toContainText(terms);
    await reception.context.close();

    // A follow-up marks it kept.
    await open(mediator.page, `/mediation/${mediationCode}`);
    const followUp = mediator.page.getByRole("region", { name: viMed.followUpPanel });
    await followUp.getByLabel("Tình hình thực hiện").selectOption({ label: "Đang được thực hiện đầy đủ" });
    await followUp.getByLabel("Ghi chú").fill("Rãnh đã làm xong.");
    await followUp.getByRole("button", { name: "Lưu kết quả theo dõi" }).click();
    await expectToast(mediator.page, "Đã lưu kết quả theo dõi.");
    await expect(mediator.page.getByRole("region", { name: "Theo dõi thực hiện thỏa thuận" }).getByRole("table")).toContainText("Đang được thực hiện đầy đủ");
    await mediator.context.close();

    // The commune overview counts it.
    expect(await agreedOnOverview(leader.page)).toBe(agreedBefore + 1);
    await leader.context.close();
  });

  test("a mediator of another team is refused, and nothing is written", async ({ browser }) => {
    test.slow();
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    const seeded = `HG-TOHIEU-${year}-0002`; // the demo team's ongoing mediation (prisma/seed-mediation.ts)
    const other = await secondTeamMediator(browser);
    const outsider = await signedIn(browser, other.email, other.password);
    await expect(outsider.page).toHaveURL(/\/mediation$/);
    await expect(outsider.page.getByRole("main")).not.toContainText(seeded);

    const page = await outsider.page.goto(`/mediation/${seeded}`);
    expect(page?.status()).toBe(403);
    await expect(outsider.page.getByRole("heading", { level: 1, name: vi.forbiddenTitle })).toBeVisible();
    const forged = await outsider.page.request.post(`/mediation/${seeded}`, {
      form: { intent: "withdraw", version: "0" },
    });
    expect(forged.status()).toBe(403);
    const record = await outsider.page.request.get(`/mediation/${seeded}/record`);
    expect(record.status()).toBe(403);
    await outsider.context.close();

    // The team's own mediator still sees it open, untouched.
    const mediator = await signedIn(browser, accounts.mediator.email);
    await open(mediator.page, `/mediation/${seeded}`);
    await expect(fact(mediator.page, viMed.status)).toHaveText("Đang hòa giải");
    await mediator.context.close();
  });
});

test.describe("follow-up", () => {
  test("a broken agreement becomes a petition to the ward in one step, which the ward's inbox then holds", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const mediator = await signedIn(browser, accounts.mediator.email);
    const page = mediator.page;
    const code = await openMediationViaForm(page, s);
    const session = page.getByRole("region", { name: viMed.sessionPanel });
    await session.getByLabel("Địa điểm").fill("Nhà văn hóa bản Hài");
    await session.getByLabel("Diễn biến, ý kiến các bên").fill("Hai bên thống nhất ranh giới.");
    await session.getByRole("button", { name: "Lưu buổi hòa giải" }).click();
    await expectToast(page, "Đã lưu buổi hòa giải.");
    const agree = page.getByRole("region", { name: viMed.agreePanel });
    await agree.getByLabel("Nội dung thỏa thuận").fill(`Dời hàng rào về đúng mốc giới (${s}).`);
    await agree.getByLabel("Phương thức, thời hạn thực hiện").fill("Trong 10 ngày.");
    await agree.getByRole("checkbox").nth(0).check();
    await agree.getByRole("checkbox").nth(1).check();
    await agree.getByRole("button", { name: "Ghi nhận hòa giải thành" }).click();
    await expectToast(page, "Đã ghi nhận hòa giải thành.");

    const followUp = page.getByRole("region", { name: viMed.followUpPanel });
    await followUp.getByLabel("Tình hình thực hiện").selectOption({ label: "Không thực hiện" });
    await followUp.getByLabel("Ghi chú").fill("Hàng rào vẫn chưa dời.");
    await followUp.getByRole("button", { name: "Lưu kết quả theo dõi" }).click();
    await expectToast(page, "Đã lưu kết quả theo dõi.");
    await page.getByRole("region", { name: "Chuyển thành hồ sơ kiến nghị" }).getByRole("button", { name: "Tạo hồ sơ" }).click();
    const toast = page.getByRole("status").filter({ hasText: "Đã tạo hồ sơ" });
    await expect(toast).toBeVisible();
    const caseCode = /(TOHIEU-\d{4}-\d{6})/.exec((await toast.textContent()) ?? "")![1]!;
    await expect(page.getByRole("main")).toContainText(`Hồ sơ đã tạo từ thỏa thuận không được thực hiện: ${caseCode}`);
    await expect(page.getByRole("button", { name: "Tạo hồ sơ" })).toHaveCount(0);
    await mediator.context.close();

    const reception = await signedIn(browser, accounts.reception.email);
    await openFromInbox(reception.page, caseCode);
    await expect(reception.page.getByRole("heading", { level: 1 })).toHaveText(`Thỏa thuận hòa giải ${code} không được thực hiện`);
    await expect(reception.page.getByRole("main")).toContainText(`Dời hàng rào về đúng mốc giới (${s}).`);
    await reception.context.close();
  });
});

test.describe("concurrent edits", () => {
  test("two pages record a session on the same mediation: the second is told it changed, and only one session is kept", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const first = await signedIn(browser, accounts.mediator.email);
    const code = await openMediationViaForm(first.page, s);
    const second = await signedIn(browser, accounts.mediator.email);
    await open(second.page, `/mediation/${code}`);

    for (const page of [first.page, second.page]) {
      const session = page.getByRole("region", { name: viMed.sessionPanel });
      await session.getByLabel("Địa điểm").fill("Nhà văn hóa bản Hài");
      await session.getByLabel("Diễn biến, ý kiến các bên").fill(`Buổi đầu (${s}).`);
    }
    await first.page.getByRole("region", { name: viMed.sessionPanel }).getByRole("button", { name: "Lưu buổi hòa giải" }).click();
    await expectToast(first.page, "Đã lưu buổi hòa giải.");
    const stale = second.page.getByRole("region", { name: viMed.sessionPanel });
    await stale.getByRole("button", { name: "Lưu buổi hòa giải" }).click();
    await expect(stale.getByRole("alert")).toHaveText(/Vụ hòa giải vừa được người khác cập nhật/);
    await expect(second.page.getByRole("region", { name: "Các buổi hòa giải" }).getByRole("listitem")).toHaveCount(1);
    await first.context.close();
    await second.context.close();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a mediator opens a mediation with the form, holds a session and records no agreement with the advice", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await login(page, accounts.mediator.email);
    // An account that does not exist: refused next to the field, the rest kept.
    await page.goto("/mediation/new");
    const applicant = page.getByRole("group", { name: "Bên đề nghị hòa giải" });
    await page.getByLabel(viMed.disputeType).selectOption({ label: "Đất đai" });
    await page.getByLabel("Nội dung vụ, việc").fill(`Tranh chấp lối đi (${s}).`);
    await applicant.getByLabel("Họ và tên").fill(`Lò Văn Đề ${s}`);
    await applicant.getByLabel("Tài khoản công dân (email hoặc số điện thoại)").fill(uniqueEmail("khongco"));
    await page.getByRole("group", { name: "Bên được đề nghị" }).getByLabel("Họ và tên").fill(`Cà Thị Đáp ${s}`);
    await page.getByRole("button", { name: "Mở vụ hòa giải" }).click();
    await expect(applicant.getByText("Không tìm thấy tài khoản công dân này.")).toBeVisible();
    await expect(page.getByLabel("Nội dung vụ, việc")).toHaveValue(`Tranh chấp lối đi (${s}).`);

    const code = await openMediationViaForm(page, s, { applicantAccount: accounts.citizen2.email });
    await expect(page).toHaveURL(new RegExp(`/mediation/${code}$`));
    await expect(fact(page, "Hòa giải viên được phân công")).toHaveText(accounts.mediator.fullName);
    await expect(page.getByRole("region", { name: "Các bên", exact: true })).toContainText("Có tài khoản");

    const session = page.getByRole("region", { name: viMed.sessionPanel });
    await session.getByLabel("Địa điểm").fill("Nhà văn hóa bản Hài");
    await session.getByLabel("Diễn biến, ý kiến các bên").fill("Hai bên giữ nguyên ý kiến.");
    await session.getByRole("button", { name: "Lưu buổi hòa giải" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã lưu buổi hòa giải.");
    const notAgree = page.getByRole("region", { name: "Hòa giải không thành" });
    await notAgree.getByLabel("Hướng dẫn các bên").fill("Đề nghị UBND phường hoặc Tòa án nhân dân khu vực giải quyết.");
    await notAgree.getByRole("button", { name: "Ghi nhận hòa giải không thành" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã ghi nhận hòa giải không thành.");
    await expect(fact(page, viMed.status)).toHaveText("Hòa giải không thành");
    await expect(page.getByRole("region", { name: /Kết quả hòa giải/ })).toContainText("Tòa án nhân dân khu vực");
    await context.close();

    // The party with an account sees it among their mediations.
    const citizen = await signedIn(browser, accounts.citizen2.email);
    await open(citizen.page, "/mediation/mine");
    await expect(citizen.page.getByRole("row").filter({ hasText: code })).toContainText("Hòa giải không thành");
    await citizen.context.close();
  });

  test("a citizen asks for mediation online and sees their record without the other party's contact; another citizen gets 404", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await registerCitizen(page);
    await page.goto("/mediation/request");
    await expect(page.getByRole("heading", { level: 1, name: "Đề nghị hòa giải" })).toBeVisible();
    const description = `Hàng xóm mượn 5 triệu đồng chưa trả (${s}).`;
    await page.getByLabel(viMed.team).selectOption({ label: viMed.demoTeam });
    await page.getByLabel(viMed.disputeType).selectOption({ label: "Vay mượn, nợ dân sự" });
    await page.getByLabel("Nội dung vụ, việc").fill(description);
    await page.getByLabel("Địa chỉ, điện thoại của bạn").fill("0912000777");
    // The respondent's name is only spaces (the browser's own check lets it pass): the server sends the form back with what was typed.
    await page.getByLabel("Họ và tên").fill("   ");
    await page.getByLabel("Địa chỉ, điện thoại", { exact: true }).fill("0912000888");
    await page.getByRole("button", { name: "Gửi đề nghị" }).click();
    await expect(page.getByText("Vui lòng nhập thông tin này.")).toBeVisible();
    await expect(page.getByLabel("Nội dung vụ, việc")).toHaveValue(description);
    await page.getByLabel("Họ và tên").fill(`Vì Văn Nợ ${s}`);
    await page.getByRole("button", { name: "Gửi đề nghị" }).click();
    await expect(page).toHaveURL(/\/mediation\/mine\/HG-TOHIEU-\d{4}-\d{4}$/);
    await expect(page.getByRole("status")).toContainText("Đã gửi đề nghị hòa giải");
    const url = page.url();
    const main = page.getByRole("main");
    await expect(main).toContainText(`Vì Văn Nợ ${s}`);
    await expect(main).toContainText(description);
    await expect(main).not.toContainText("0912000888");
    await page.getByRole("link", { name: "In biên bản hòa giải" }).click();
    await expect(page.getByRole("main")).toContainText(`Vì Văn Nợ ${s}`);
    await expect(page.getByRole("main")).not.toContainText("0912000888");
    await context.close();

    // Another citizen: not found, as if it did not exist.
    const otherContext = await browser.newContext({ javaScriptEnabled: false });
    const other = await otherContext.newPage();
    await registerCitizen(other);
    const response = await other.goto(url);
    expect(response?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1, name: vi.notFoundTitle })).toBeVisible();
    await otherContext.close();

    // The team sees the contact.
    const mediator = await signedIn(browser, accounts.mediator.email);
    await open(mediator.page, url.replace("/mediation/mine/", "/mediation/"));
    await expect(mediator.page.getByRole("main")).toContainText("0912000888");
    await mediator.context.close();
  });
});
