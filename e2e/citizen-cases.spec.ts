import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import {
  accounts,
  caseCodePattern,
  expectToast,
  fact,
  fileCaseAsCitizen,
  fillCaseForm,
  hydrated,
  open,
  openFilingForm,
  openAction,
  openFromInbox,
  registerCitizen,
  resolveAtWard,
  samplePdf,
  samplePng,
  signedIn,
  submitCase,
  timeline,
  uniqueSuffix,
  units,
  vi,
  viCases,
  vnDate,
  isPostTo,
} from "./utils";

/** Opens one of the citizen's own cases from "Hồ sơ của tôi". */
async function openMyCase(page: Page, code: string, title: string) {
  await open(page, "/cases");
  await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: code, exact: true }) });
  await expect(row).toContainText(title);
  await row.getByRole("link", { name: code, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${code}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await hydrated(page);
}

/** Reloads a case page the citizen has open (after an official acted on it). */
async function reopen(page: Page, code: string) {
  await open(page, `/cases/${code}`);
}

test.describe("Citizens file cases and follow them to the end", () => {
  test("a new citizen files a feedback with evidence, a petition and a complaint, and follows each; a denunciation needs a verified identity", async ({
    page,
  }) => {
    test.slow();
    await registerCitizen(page);
    const s = uniqueSuffix();
    const png = samplePng();
    const pdf = samplePdf();

    const filings = [
      {
        kind: "FEEDBACK" as const,
        label: "Phản ánh",
        input: {
          title: `Cống thoát nước bản Cọ bị tắc ${s}`,
          description: "Cống thoát nước đầu bản Cọ bị tắc bùn đất sau trận mưa lớn, nước tràn vào nhà dân ven đường.",
          category: "Môi trường",
          location: "Bản Cọ, phường Tô Hiệu",
          files: [
            { name: "anh-hien-truong.png", mimeType: "image/png", buffer: png },
            { name: "bien-ban.pdf", mimeType: "application/pdf", buffer: pdf },
          ],
        },
      },
      {
        kind: "PETITION" as const,
        label: "Kiến nghị",
        input: {
          title: `Mở lớp tin học miễn phí cho người cao tuổi ${s}`,
          description: "Đề xuất nhà văn hóa tổ 5 mở lớp hướng dẫn sử dụng điện thoại thông minh vào tối thứ Bảy hằng tuần.",
          category: "Giáo dục",
        },
      },
      {
        kind: "COMPLAINT" as const,
        label: "Khiếu nại",
        input: {
          title: `Khiếu nại việc từ chối cấp giấy phép sửa nhà ${s}`,
          description: "Tôi nộp hồ sơ xin phép sửa chữa mái nhà đầy đủ giấy tờ nhưng bị từ chối miệng, không có văn bản trả lời.",
          category: "Xây dựng, đô thị",
          decision: "Việc cán bộ bộ phận một cửa từ chối tiếp nhận hồ sơ xin phép sửa chữa nhà ở",
          learnedAt: vnDate(5),
        },
      },
    ];

    const codes: string[] = [];
    for (const f of filings) {
      await openFilingForm(page, f.kind);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await fillCaseForm(page, f.input);
      const { code, secret } = await submitCase(page);
      expect(code).toMatch(caseCodePattern);
      expect(code.startsWith("TOHIEU-")).toBe(true);
      // A citizen with an account needs no secret.
      expect(secret).toBeNull();
      await expect(fact(page, "Loại")).toHaveText(f.label);
      await expect(fact(page, viCases.title)).toHaveText(f.input.title);
      await expect(fact(page, viCases.unitTerm)).toHaveText(units.tohieu);
      codes.push(code);
    }
    expect(new Set(codes).size).toBe(3);

    // A denunciation: this freshly registered citizen is not verified yet.
    await openFilingForm(page, "DENUNCIATION");
    await expect(page.getByRole("note")).toContainText(viCases.identityNotice);
    await expect(page.getByRole("main").getByRole("button", { name: viCases.submit })).toBeDisabled();

    // Every case is in "Hồ sơ của tôi", with its timeline.
    for (const [i, f] of filings.entries()) {
      const code = codes[i]!;
      await openMyCase(page, code, f.input.title);
      await expect(fact(page, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);
      await expect(page.getByRole("region", { name: viCases.description })).toContainText(f.input.description);
      await expect(timeline(page).getByRole("listitem").first()).toContainText(viCases.submittedEvent);
    }

    // The evidence of the feedback downloads, with its real type.
    await openMyCase(page, codes[0]!, filings[0]!.input.title);
    const evidence = timeline(page).getByRole("listitem").filter({ hasText: viCases.submittedEvent });
    for (const [name, type, bytes] of [
      ["anh-hien-truong.png", "image/png", png],
      ["bien-ban.pdf", "application/pdf", pdf],
    ] as const) {
      const link = evidence.getByRole("link", { name, exact: true });
      await expect(link).toBeVisible();
      const href = await link.getAttribute("href");
      expect(href).toMatch(/^\/files\//);
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(type);
      expect(Buffer.compare(await response.body(), bytes)).toBe(0);

      const downloading = page.waitForEvent("download");
      await link.click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(name);
    }
  });

  test("bad input is refused and what was typed is kept; markup in a title is shown as text", async ({ page }) => {
    test.slow();
    await registerCitizen(page);
    const s = uniqueSuffix();
    const title = `Biển báo giao thông bị đổ ${s}`;

    await openFilingForm(page, "FEEDBACK");
    const main = page.getByRole("main");
    await fillCaseForm(page, { title, description: "Quá ngắn", category: "Giao thông" });
    await main.getByRole("button", { name: viCases.submit }).click();
    const description = main.getByLabel(viCases.description, { exact: true });
    await expect(description).toHaveAccessibleDescription(/Quá ngắn: tối thiểu 20 ký tự\./);
    await expect(description).toHaveAttribute("aria-invalid", "true");
    await expect(main.getByLabel(viCases.title, { exact: true })).toHaveValue(title);
    await expect(description).toHaveValue("Quá ngắn");
    await expect(page).toHaveURL(/\/cases\/new\?kind=feedback$/);

    // A Windows program renamed to .pdf is refused by its content.
    const longDescription = "Biển báo hạn chế tốc độ ở dốc Cao Kỳ bị gió quật đổ xuống lề đường từ tối thứ Năm.";
    await description.fill(longDescription);
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", "latin1"), Buffer.alloc(256, 0)]);
    const files = main.getByLabel(viCases.files);
    await files.setInputFiles({ name: "bien-ban-vi-pham.pdf", mimeType: "application/pdf", buffer: exe });
    const answered = page.waitForResponse((r) => isPostTo(r, "/cases/new"));
    await main.getByRole("button", { name: viCases.submit }).click();
    expect((await answered).status()).toBe(400);
    await expect(files).toHaveAccessibleDescription(/Tệp bien-ban-vi-pham\.pdf không phải PDF, JPG, PNG hoặc DOCX/);
    await expect(main.getByLabel(viCases.title, { exact: true })).toHaveValue(title);
    await expect(description).toHaveValue(longDescription);
    await expect(main.getByLabel(viCases.category)).toHaveValue(/.+/);
    await expect(page).toHaveURL(/\/cases\/new\?kind=feedback$/);

    // Markup in the title is text, everywhere it is shown.
    const markup = `<script>window.__x=1</script> Đèn ${s}`;
    await main.getByLabel(viCases.title, { exact: true }).fill(markup);
    await files.setInputFiles([]);
    const { code } = await submitCase(page);
    await expect(fact(page, viCases.title)).toHaveText(markup);
    await page.getByRole("main").getByRole("link", { name: "Xem hồ sơ" }).click();
    await expect(page).toHaveURL(new RegExp(`/cases/${code}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(markup);
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
    // Straight from the server too (not only after client-side rendering).
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(markup);
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
    await open(page, "/cases");
    await expect(page.getByRole("row").filter({ hasText: code })).toContainText(markup);
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
  });

  test("anonymous feedback without an account is followed with its code and secret", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const description = `Đèn tín hiệu ở ngã tư Chiềng Lề nháy vàng cả ngày, xe máy đi lại lộn xộn dễ va chạm (${s}).`;

    const filerContext = await browser.newContext();
    const filer = await filerContext.newPage();
    await openFilingForm(filer, "FEEDBACK");
    await fillCaseForm(filer, { title: `Đèn tín hiệu ngã tư hỏng ${s}`, description, category: "Giao thông" });
    await filer.getByLabel(viCases.anonymous).check();
    const { code, secret } = await submitCase(filer);
    expect(secret).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect(filer.getByRole("main")).toContainText("mã bí mật chỉ hiện một lần");
    await filerContext.close();

    // Another browser, with the code only: the status, never the content.
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await open(other, "/track");
    await other.getByLabel(viCases.code).fill(code.toLowerCase());
    await other.getByRole("main").getByRole("button", { name: "Tra cứu" }).click();
    await expect(other).toHaveURL(new RegExp(`/track\\?code=${code}$`));
    await expect(fact(other, viCases.code)).toHaveText(code);
    await expect(fact(other, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);
    await expect(fact(other, viCases.unitTerm)).toHaveText(units.tohieu);
    await expect(other.getByRole("main")).not.toContainText(description);
    await hydrated(other);
    // …and the case page stays closed to this browser: it is asked to sign in (as for any code).
    await other.goto(`/cases/${code}`);
    await expect(other).toHaveURL(/\/login\?redirectTo=/);
    await expect(other.getByRole("main")).not.toContainText(description);

    // A wrong secret: the same answer as a missing case.
    await open(other, "/track");
    const wrong = secret!.startsWith("2") ? `3${secret!.slice(1)}` : `2${secret!.slice(1)}`;
    await other.getByLabel(viCases.code).fill(code);
    await other.getByLabel(viCases.secret).fill(wrong);
    await other.getByRole("main").getByRole("button", { name: "Tra cứu" }).click();
    await expect(other.getByRole("main").getByRole("alert")).toHaveText("Không tìm thấy hồ sơ với mã và mã bí mật này.");
    await expect(other).toHaveURL(/\/track$/);
    await expect(other.getByRole("main")).not.toContainText(description);
    // What was typed stays in the form.
    await expect(other.getByLabel(viCases.code)).toHaveValue(code);
    await expect(other.getByLabel(viCases.secret)).toHaveValue(wrong);

    // No code, a secret: the message is next to the code's field, the secret is kept.
    await other.getByLabel(viCases.code).fill("");
    await other.getByRole("main").getByRole("button", { name: "Tra cứu" }).click();
    await expect(other.getByLabel(viCases.code)).toHaveAccessibleDescription(/Vui lòng nhập thông tin này\./);
    await expect(other.getByLabel(viCases.code)).toHaveAttribute("aria-invalid", "true");
    await expect(other.getByLabel(viCases.code)).toBeFocused();
    await expect(other.getByLabel(viCases.secret)).toHaveValue(wrong);
    // The same without JavaScript: the page the server answers shows the message and keeps the secret.
    const plainContext = await browser.newContext({ javaScriptEnabled: false });
    const plain = await plainContext.newPage();
    await plain.goto("/track");
    await plain.getByLabel(viCases.secret).fill(wrong);
    await plain.getByRole("main").getByRole("button", { name: "Tra cứu" }).click();
    await expect(plain.getByLabel(viCases.code)).toHaveAccessibleDescription(/Vui lòng nhập thông tin này\./);
    await expect(plain.getByLabel(viCases.code)).toBeFocused();
    await expect(plain.getByLabel(viCases.secret)).toHaveValue(wrong);
    await plainContext.close();

    // A malformed code.
    await other.getByLabel(viCases.code).fill("KHONG-PHAI-MA");
    await other.getByLabel(viCases.secret).fill("");
    await other.getByRole("main").getByRole("button", { name: "Tra cứu" }).click();
    await expect(other.getByRole("main").getByRole("alert")).toHaveText("Mã hồ sơ không đúng định dạng (ví dụ TOHIEU-2026-000123).");

    // Code and the right secret: the full case.
    await open(other, "/track");
    await other.getByLabel(viCases.code).fill(code);
    await other.getByLabel(viCases.secret).fill(secret!.toLowerCase());
    await other.getByRole("main").getByRole("button", { name: "Tra cứu" }).click();
    await expect(other).toHaveURL(new RegExp(`/cases/${code}$`));
    await expect(other.getByRole("region", { name: viCases.description })).toContainText(description);
    await expect(fact(other, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);
    await expect(timeline(other)).toContainText(viCases.submittedEvent);
    await otherContext.close();
  });

  test("the full loop: filed, accepted, more information, assigned, resolved, approved, accepted by the citizen and rated", async ({ browser }) => {
    test.setTimeout(180_000);
    const s = uniqueSuffix();
    const title = `Hố ga không nắp trên đường Trường Chinh ${s}`;
    const request = `Đề nghị gửi ảnh chụp vị trí hố ga và số nhà gần nhất (${s}).`;
    const answer = `Hố ga ở trước số nhà 112, ảnh chụp kèm theo (${s}).`;
    const internalNote = `Đã báo đội công trình đô thị kiểm tra (${s}).`;
    const resolution = `Đã lắp nắp hố ga mới và rào chắn tạm thời trong ngày (${s}).`;

    const citizenContext = await browser.newContext();
    const citizen = await citizenContext.newPage();
    await registerCitizen(citizen);
    const code = await fileCaseAsCitizen(citizen, "FEEDBACK", {
      title,
      description: "Hố ga trên vỉa hè đường Trường Chinh mất nắp, buổi tối rất nguy hiểm cho người đi bộ và trẻ em.",
      category: "Giao thông",
    });

    // Reception finds it in the inbox and accepts it.
    const reception = await signedIn(browser, accounts.reception.email);
    await openFromInbox(reception.page, code);
    await expect(fact(reception.page, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);
    await reception.page.getByRole("button", { name: "Thụ lý", exact: true }).click();
    await expectToast(reception.page, `Đã thụ lý hồ sơ ${code}.`);
    await expect(fact(reception.page, viCases.statusTerm)).toHaveText(viCases.status.ACCEPTED);

    // …and asks for more information.
    const ask = await openAction(reception.page, "Đề nghị bổ sung thông tin");
    await ask.getByLabel("Cần công dân bổ sung gì?").fill(request);
    await ask.getByRole("button", { name: "Đề nghị bổ sung thông tin" }).click();
    await expectToast(reception.page, "Đã đề nghị công dân bổ sung thông tin.");
    await expect(fact(reception.page, viCases.statusTerm)).toHaveText(viCases.status.NEEDS_INFO);

    // The citizen answers, with a photo.
    await openMyCase(citizen, code, title);
    await expect(fact(citizen, viCases.statusTerm)).toHaveText(viCases.status.NEEDS_INFO);
    await expect(timeline(citizen)).toContainText(request);
    const infoPanel = citizen.getByRole("form", { name: "Bổ sung thông tin" });
    await infoPanel.getByLabel("Thông tin bổ sung").fill(answer);
    await infoPanel.getByLabel(viCases.files).setInputFiles({ name: "ho-ga-so-112.png", mimeType: "image/png", buffer: samplePng() });
    await infoPanel.getByRole("button", { name: "Gửi thông tin bổ sung" }).click();
    await expectToast(citizen, `Đã gửi thông tin bổ sung cho hồ sơ ${code}.`);
    await expect(fact(citizen, viCases.statusTerm)).toHaveText(viCases.status.ACCEPTED);
    const provided = timeline(citizen).getByRole("listitem").filter({ hasText: "Đã bổ sung thông tin" });
    await expect(provided).toContainText(answer);
    await expect(provided.getByRole("link", { name: "ho-ga-so-112.png" })).toBeVisible();

    // Reception sees the answer and assigns the handler.
    await open(reception.page, `/desk/cases/${code}`);
    await expect(timeline(reception.page)).toContainText(answer);
    await expect(timeline(reception.page).getByRole("link", { name: "ho-ga-so-112.png" })).toBeVisible();
    await reception.page.getByLabel("Cán bộ xử lý").selectOption({ label: accounts.handler.fullName });
    await reception.page.getByRole("button", { name: "Phân công xử lý" }).click();
    await expectToast(reception.page, `Đã phân công xử lý hồ sơ ${code}.`);
    await expect(fact(reception.page, "Cán bộ xử lý")).toHaveText(accounts.handler.fullName);
    await expect(fact(reception.page, viCases.statusTerm)).toHaveText(viCases.status.IN_PROGRESS);
    await reception.context.close();

    // The handler writes an internal note and proposes a resolution.
    const handler = await signedIn(browser, accounts.handler.email);
    await openFromInbox(handler.page, code);
    const noteForm = await openAction(handler.page, "Ghi chú nội bộ");
    await noteForm.getByLabel("Ghi chú (chỉ cán bộ xem được)").fill(internalNote);
    await noteForm.getByRole("button", { name: "Ghi chú nội bộ" }).click();
    await expectToast(handler.page, "Đã lưu ghi chú.");
    await handler.page.getByLabel("Nội dung kết quả giải quyết").fill(resolution);
    await handler.page.getByRole("button", { name: "Đề xuất kết quả giải quyết" }).click();
    await expectToast(handler.page, "Đã gửi đề xuất kết quả để lãnh đạo duyệt.");
    await expect(handler.page.getByRole("region", { name: "Đề xuất kết quả (chờ lãnh đạo duyệt)" })).toContainText(resolution);
    await handler.context.close();

    // The leader approves it.
    const leader = await signedIn(browser, accounts.leader.email);
    await open(leader.page, `/desk/cases/${code}`);
    await expect(leader.page.getByRole("region", { name: "Đề xuất kết quả (chờ lãnh đạo duyệt)" })).toContainText(resolution);
    await leader.page.getByRole("button", { name: "Duyệt kết quả" }).click();
    await expectToast(leader.page, `Đã duyệt kết quả giải quyết hồ sơ ${code}.`);
    await expect(fact(leader.page, viCases.statusTerm)).toHaveText(viCases.status.RESOLVED);
    // Staff see the internal events (so their absence for the citizen below means something).
    await expect(timeline(leader.page)).toContainText("Phân công cán bộ xử lý");
    await expect(timeline(leader.page)).toContainText("Ghi chú nội bộ");
    await expect(timeline(leader.page)).toContainText(internalNote);
    await leader.context.close();

    // The citizen sees the result, accepts it and rates it.
    await reopen(citizen, code);
    await expect(fact(citizen, viCases.statusTerm)).toHaveText(viCases.status.RESOLVED);
    await expect(citizen.getByRole("region", { name: "Kết quả giải quyết" })).toContainText(resolution);
    await citizen.getByRole("button", { name: "Tôi đồng ý với kết quả" }).click();
    await expectToast(citizen, `Cảm ơn bạn. Hồ sơ ${code} đã đóng; mời bạn đánh giá.`);
    await expect(fact(citizen, viCases.statusTerm)).toHaveText(viCases.status.CLOSED);
    await citizen.getByLabel("5 — Rất hài lòng").check();
    await citizen.getByLabel("Góp ý thêm").fill("Cán bộ xử lý nhanh, cảm ơn phường.");
    await citizen.getByRole("button", { name: "Gửi đánh giá" }).click();
    await expectToast(citizen, "Cảm ơn bạn đã đánh giá.");
    await expect(citizen.getByText("Bạn đã đánh giá 5/5. Cảm ơn bạn.")).toBeVisible();
    await expect(citizen.getByRole("button", { name: "Gửi đánh giá" })).toHaveCount(0);

    // The citizen's timeline never shows what is internal, nor the officials' names.
    await reopen(citizen, code);
    const history = timeline(citizen);
    for (const text of [viCases.submittedEvent, viCases.acceptedEvent, "Cơ quan đề nghị bổ sung thông tin", "Đã bổ sung thông tin", "Đã có kết quả giải quyết"]) {
      await expect(history).toContainText(text);
    }
    for (const hidden of ["Phân công cán bộ xử lý", "Ghi chú nội bộ", "Đề xuất kết quả giải quyết", internalNote, accounts.handler.fullName, accounts.reception.fullName]) {
      await expect(history).not.toContainText(hidden);
    }

    // …and has notifications.
    await open(citizen, "/notifications");
    await expect(citizen.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
    await expect(citizen.getByRole("main").getByRole("listitem").filter({ hasText: `Hồ sơ ${code} đã được thụ lý` })).toBeVisible();
    await expect(citizen.getByRole("main").getByRole("listitem").filter({ hasText: `Hồ sơ ${code} đã có kết quả` })).toBeVisible();
    await citizenContext.close();
  });

  test("a resolved complaint is appealed and the second instance reaches the province", async ({ browser }) => {
    test.setTimeout(180_000);
    const s = uniqueSuffix();
    const title = `Khiếu nại mức phạt vi phạm hành chính ${s}`;

    const citizenContext = await browser.newContext();
    const citizen = await citizenContext.newPage();
    await registerCitizen(citizen);
    const code = await fileCaseAsCitizen(citizen, "COMPLAINT", {
      title,
      description: "Tôi bị xử phạt vì để vật liệu xây dựng trên vỉa hè nhưng vật liệu đó không phải của gia đình tôi.",
      category: "Xây dựng, đô thị",
      decision: "Quyết định xử phạt vi phạm hành chính số 45/QĐ-XPVPHC của Chủ tịch UBND phường",
      learnedAt: vnDate(10),
    });

    await resolveAtWard(browser, code, `Giữ nguyên quyết định xử phạt số 45/QĐ-XPVPHC (${s}).`);

    // The citizen disagrees and appeals.
    await openMyCase(citizen, code, title);
    await expect(fact(citizen, viCases.statusTerm)).toHaveText(viCases.status.RESOLVED);
    await citizen.getByLabel("Lý do khiếu nại lần hai").fill(`Phường chưa xác minh chủ sở hữu số vật liệu (${s}).`);
    await citizen.getByRole("button", { name: "Khiếu nại lần hai" }).click();
    const toast = citizen.getByRole("status").filter({ hasText: "Đã gửi khiếu nại lần hai: hồ sơ mới" });
    await expect(toast).toBeVisible();
    const appealCode = /hồ sơ mới ([A-Z0-9-]+-\d{4}-\d{6})\./.exec((await toast.textContent()) ?? "")?.[1];
    expect(appealCode).toMatch(caseCodePattern);
    expect(appealCode).not.toBe(code);
    await expect(fact(citizen, viCases.statusTerm)).toHaveText(viCases.status.APPEALED);
    await expect(fact(citizen, "Hồ sơ khiếu nại lần hai")).toHaveText(appealCode!);
    // The new case is the citizen's too.
    await openMyCase(citizen, appealCode!, title);
    await expect(fact(citizen, "Khiếu nại lần hai của hồ sơ")).toHaveText(code);
    await expect(fact(citizen, viCases.unitTerm)).toHaveText(units.province);
    await citizenContext.close();

    // The province leader finds it in their inbox.
    const province = await signedIn(browser, accounts.provinceLeader.email);
    await open(province.page, "/desk/cases");
    await province.page.getByLabel(viCases.inboxSearch).fill(appealCode!);
    await province.page.getByRole("search").getByRole("button", { name: viCases.filter }).click();
    const row = province.page.getByRole("row").filter({ has: province.page.getByRole("link", { name: appealCode!, exact: true }) });
    await expect(row).toBeVisible();
    // The code is the row header; the unit is the fourth cell (title, kind, status, unit).
    await expect(row.getByRole("cell").nth(3)).toHaveText(units.province);
    await expect(row).toContainText(viCases.status.SUBMITTED);
    await row.getByRole("link", { name: appealCode!, exact: true }).click();
    await expect(province.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(fact(province.page, "Loại")).toHaveText("Khiếu nại — lần hai");
    await expect(fact(province.page, "Khiếu nại lần hai của hồ sơ")).toHaveText(code);
    await province.context.close();
  });

  test("another citizen gets a 404 for someone else's case and its attachment", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const title = `Cây xà cừ nghiêng sắp đổ trước trường học ${s}`;
    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    await registerCitizen(owner);
    const code = await fileCaseAsCitizen(owner, "FEEDBACK", {
      title,
      description: "Cây xà cừ trước cổng trường tiểu học nghiêng hẳn ra đường sau cơn bão, có nguy cơ đổ vào giờ tan học.",
      category: "An ninh, trật tự",
      files: [{ name: "cay-nghieng.pdf", mimeType: "application/pdf", buffer: samplePdf("Cay nghieng") }],
    });
    await openMyCase(owner, code, title);
    const href = await timeline(owner).getByRole("link", { name: "cay-nghieng.pdf" }).getAttribute("href");
    expect(href).toMatch(/^\/files\//);
    expect((await owner.request.get(href!)).status()).toBe(200);
    const version = await (await openAction(owner, "Rút hồ sơ")).locator('input[name="version"]').inputValue();

    const other = await signedIn(browser, accounts.citizen2.email);
    const response = await other.page.goto(`/cases/${code}`);
    expect(response?.status()).toBe(404);
    await expect(other.page.getByRole("heading", { level: 1, name: vi.notFoundTitle })).toBeVisible();
    await expect(other.page.getByRole("main")).not.toContainText(title);
    const file = await other.page.request.get(href!);
    expect(file.status()).toBe(404);
    expect(file.headers()["content-type"]).not.toBe("application/pdf");
    // Nor can they act on it.
    const forged = await other.page.request.post(`/cases/${code}`, { form: { intent: "withdraw", version } });
    expect(forged.status()).toBe(404);
    await other.context.close();

    await open(owner, `/cases/${code}`);
    await expect(fact(owner, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);
    await ownerContext.close();
  });
});

test("a citizen with a verified identity files a denunciation, and the office does not see their name", async ({ browser }) => {
  // The demo citizen's identity was verified at the counter (seed).
  const citizen = await signedIn(browser, accounts.citizen.email);
  const title = `Tố cáo thu tiền trái phép ${uniqueSuffix()}`;
  const code = await fileCaseAsCitizen(citizen.page, "DENUNCIATION", {
    title,
    description: "Cán bộ thu thêm tiền ngoài quy định khi làm thủ tục đất đai tại bộ phận một cửa.",
    category: "Đất đai",
    denounced: "Ông X, cán bộ địa chính phường",
  });
  expect(code).toMatch(caseCodePattern);
  await openMyCase(citizen.page, code, title);
  await expect(fact(citizen.page, viCases.statusTerm)).toHaveText(viCases.status.SUBMITTED);
  await citizen.context.close();

  const reception = await signedIn(browser, accounts.reception.email);
  await openFromInbox(reception.page, code);
  await expect(reception.page.getByRole("main")).not.toContainText(accounts.citizen.fullName);
  await expect(reception.page.getByText("Danh tính người tố cáo được giữ bí mật", { exact: false })).toBeVisible();
  await reception.context.close();
});
