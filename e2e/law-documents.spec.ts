import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { pdfText } from "../app/test/pdf-text";
import { sessionTookPlace } from "./db";
import {
  accounts,
  expectToast,
  fileCaseAsCitizen,
  hydrated,
  open,
  registerCitizen,
  signedIn,
  uniqueSuffix,
  vi,
  vnDate,
  openAction,
} from "./utils";

/**
 * The official documents of a case (issue #11 item 3): each appears once the
 * step that produces it has happened, is printed in the shape of its form with
 * the case's data, and downloads as a PDF that parses and carries the case's
 * code and the citizen's name with its diacritics.
 */
const viDocs = {
  link: "Văn bản chính thức",
  list: "Danh sách văn bản",
  print: "In văn bản",
  download: "Tải bản PDF",
  accepted: "Thông báo thụ lý giải quyết khiếu nại",
  refused: "Thông báo không thụ lý giải quyết khiếu nại",
  first: "Quyết định giải quyết khiếu nại lần đầu",
  second: "Quyết định giải quyết khiếu nại lần hai",
  minutes: "Biên bản đối thoại với người khiếu nại",
  suspended: "Quyết định tạm đình chỉ giải quyết khiếu nại",
  resumed: "Quyết định tiếp tục giải quyết khiếu nại",
  ended: "Quyết định đình chỉ giải quyết khiếu nại",
  denunciationAccepted: "Thông báo thụ lý tố cáo",
  extension: "Quyết định gia hạn giải quyết tố cáo",
  conclusion: "Kết luận nội dung tố cáo",
} as const;

async function fileComplaint(page: Page, title: string): Promise<string> {
  return fileCaseAsCitizen(page, "COMPLAINT", {
    title,
    description: "Tôi không đồng ý với mức bồi thường vì diện tích đo đạc chưa đúng thực tế.",
    category: "Đất đai",
    decision: "Quyết định số 123/QĐ-UBND về thu hồi đất",
    learnedAt: vnDate(5),
  });
}

async function act(page: Page, code: string, button: string, fill?: { label: string; value: string }, toast?: string) {
  await open(page, `/desk/cases/${code}`);
  if (fill) await page.getByLabel(fill.label).fill(fill.value);
  await page.getByRole("button", { name: button, exact: true }).click();
  if (toast) await expectToast(page, toast);
}

/** The dialogue a complaint requires, from its case page: scheduled, held, its minutes saved with a conclusion. */
async function holdDialogue(page: Page, code: string, chair: string, place: string, conclusion: string) {
  await open(page, `/desk/cases/${code}`);
  await openAction(page, "Lên lịch đối thoại");
  await page.getByRole("link", { name: "Lên lịch đối thoại" }).click();
  await hydrated(page);
  const form = page.getByRole("main");
  await form.getByLabel("Người chủ trì").selectOption({ label: chair });
  await form.getByLabel("Địa điểm").fill(place);
  await form.getByRole("button", { name: "Lên lịch", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Đã lên lịch/ })).toBeVisible();
  await hydrated(page);
  // Held: moved to now (a dialogue is scheduled days ahead and cannot be waited for; minutes are refused before it).
  await sessionTookPlace(new URL(page.url()).pathname);
  await page.getByRole("link", { name: "Biên bản", exact: true }).click();
  await hydrated(page);
  await page.getByLabel("Ý kiến trao đổi").fill("Người khiếu nại trình bày diện tích thực tế lớn hơn; cán bộ địa chính trình bày kết quả xác minh.");
  await page.getByLabel("Kết luận", { exact: true }).fill(conclusion);
  await page.getByRole("button", { name: "Lưu biên bản" }).click();
  await expectToast(page, "Đã lưu biên bản.");
}

/** A leader takes a case through assignment (to themself), a proposal and its approval. */
async function resolveAsLeader(page: Page, code: string, leaderName: string, resolution: string) {
  await open(page, `/desk/cases/${code}`);
  await page.getByLabel("Cán bộ xử lý").selectOption({ label: `${leaderName} (tôi)` });
  await page.getByRole("button", { name: "Phân công xử lý", exact: true }).click();
  await expectToast(page, `Đã phân công xử lý hồ sơ ${code}.`);
  await act(page, code, "Đề xuất kết quả giải quyết", { label: "Nội dung kết quả giải quyết", value: resolution }, "Đã gửi đề xuất kết quả để lãnh đạo duyệt.");
  await act(page, code, "Duyệt kết quả", undefined, `Đã duyệt kết quả giải quyết hồ sơ ${code}.`);
}

/**
 * Opens a document from the case's list (reached from the case page's link),
 * checks the printed page and the PDF; returns the document's address.
 */
async function checkDocument(page: Page, casePath: string, name: string, expected: { code: string; texts: string[]; absent?: string[]; form: string }): Promise<string> {
  await open(page, casePath);
  await page.getByRole("link", { name: viDocs.link }).click();
  await hydrated(page);
  const list = page.getByRole("table", { name: viDocs.list });
  await list.getByRole("link", { name, exact: true }).click();
  await hydrated(page);
  const doc = page.getByRole("article");
  await expect(doc.getByRole("heading", { level: 1 })).toBeVisible();
  for (const text of [expected.code, expected.form, ...expected.texts]) await expect(doc).toContainText(text);
  for (const text of expected.absent ?? []) await expect(doc).not.toContainText(text);
  await expect(doc).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  await expect(page.getByRole("button", { name: viDocs.print })).toBeVisible();

  const href = await page.getByRole("link", { name: viDocs.download }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain(`${expected.code}-`);
  const { text } = await pdfText(await response.body());
  // Compared without white space: a line of the PDF may break after a hyphen ("7/QĐ-UBND-" / "12").
  const squeeze = (v: string) => v.replace(/\s+/g, "");
  const flat = squeeze(text);
  for (const t of [expected.code, expected.form, ...expected.texts]) expect(flat).toContain(squeeze(t));
  for (const t of expected.absent ?? []) expect(flat).not.toContain(squeeze(t));
  return new URL(page.url()).pathname;
}

test.describe("Official documents of a case", () => {
  test("a complaint: acceptance notice, dialogue minutes, first-instance decision, and after the appeal the second-instance decision", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const citizenContext = await browser.newContext();
    const citizen = await citizenContext.newPage();
    const me = await registerCitizen(citizen, { fullName: `Hà Thị Ngọc Ánh ${s}` });
    const code = await fileComplaint(citizen, `Khiếu nại thu hồi đất bản Hài ${s}`);

    // Nothing is offered before the acceptance.
    await open(citizen, `/cases/${code}/documents`);
    await expect(citizen.getByRole("main")).toContainText("Hồ sơ chưa có văn bản nào");

    const leader = await signedIn(browser, accounts.leader.email);
    await act(leader.page, code, "Thụ lý", undefined, `Đã thụ lý hồ sơ ${code}.`);
    await checkDocument(citizen, `/cases/${code}`, viDocs.accepted, { code, form: "Mẫu số 03", texts: [me.fullName, "ỦY BAN NHÂN DÂN PHƯỜNG TÔ HIỆU", "đủ điều kiện thụ lý"] });

    // The dialogue art. 30 requires: scheduled from the case, held, its minutes saved.
    const conclusion = `Đo đạc lại diện tích thửa đất trong 15 ngày (${s}).`;
    await holdDialogue(leader.page, code, `${accounts.leader.fullName} — Chủ tịch UBND phường`, `Hội trường UBND phường Tô Hiệu ${s}`, conclusion);
    await checkDocument(citizen, `/cases/${code}`, viDocs.minutes, { code, form: "Mẫu số 14", texts: [me.fullName, conclusion, accounts.leader.fullName, `Hội trường UBND phường Tô Hiệu ${s}`] });

    const resolution = `Giữ nguyên quyết định thu hồi; điều chỉnh diện tích bồi thường (${s}).`;
    await resolveAsLeader(leader.page, code, accounts.leader.fullName, resolution);
    await checkDocument(citizen, `/cases/${code}`, viDocs.first, { code, form: "Mẫu số 15", texts: [me.fullName, resolution, "khiếu nại đến Chủ tịch Ủy ban nhân dân tỉnh Sơn La"] });
    // The unit's staff print the same document from the desk.
    await checkDocument(leader.page, `/desk/cases/${code}`, viDocs.first, { code, form: "Mẫu số 15", texts: [me.fullName, resolution, accounts.leader.fullName] });

    // The citizen appeals: the second-instance case at the province gets its own decision.
    await open(citizen, `/cases/${code}`);
    await citizen.getByLabel("Lý do khiếu nại lần hai").fill("Tôi không đồng ý với diện tích bồi thường sau khi đo lại.");
    await citizen.getByRole("button", { name: "Khiếu nại lần hai", exact: true }).click();
    const toast = citizen.getByRole("status").filter({ hasText: /Đã gửi khiếu nại lần hai: hồ sơ mới/ });
    await expect(toast).toBeVisible();
    const appealCode = /hồ sơ mới (\S+)\./.exec((await toast.textContent()) ?? "")![1]!;
    const province = await signedIn(browser, accounts.provinceLeader.email);
    await act(province.page, appealCode, "Thụ lý", undefined, `Đã thụ lý hồ sơ ${appealCode}.`);
    // A second instance is always resolved after a dialogue (art. 39): the resolution waits for it.
    await holdDialogue(province.page, appealCode, `${accounts.provinceLeader.fullName} — Phó Chủ tịch UBND tỉnh`, `Phòng tiếp công dân tỉnh ${s}`, `Giữ nguyên kết quả đo đạc lại (${s}).`);
    const second = `Công nhận một phần khiếu nại lần hai (${s}).`;
    await resolveAsLeader(province.page, appealCode, accounts.provinceLeader.fullName, second);
    await checkDocument(citizen, `/cases/${appealCode}`, viDocs.second, { code: appealCode, form: "Mẫu số 16", texts: [me.fullName, second, code, "ỦY BAN NHÂN DÂN TỈNH SƠN LA"] });
  });

  test("a refused complaint: the notice gives the reason; another citizen and another unit's staff cannot read it", async ({ browser }) => {
    // Three people signed in and a PDF on a shared machine.
    test.slow();
    const s = uniqueSuffix();
    const citizen = await signedIn(browser, accounts.citizen2.email);
    const code = await fileComplaint(citizen.page, `Khiếu nại quyết định xử phạt ${s}`);
    const reception = await signedIn(browser, accounts.reception.email);
    await open(reception.page, `/desk/cases/${code}`);
    const decline = await openAction(reception.page, "Không thụ lý");
    await decline.getByLabel("Lý do theo quy định").selectOption({ label: "Không thuộc thẩm quyền giải quyết" });
    const reason = `Quyết định bị khiếu nại do cơ quan thuế ban hành (${s})`;
    await decline.getByLabel("Giải thích cho công dân").fill(reason);
    await decline.getByRole("button", { name: "Không thụ lý", exact: true }).click();
    await expectToast(reception.page, `Đã trả lời không thụ lý hồ sơ ${code}.`);
    const path = await checkDocument(citizen.page, `/cases/${code}`, viDocs.refused, { code, form: "Mẫu số 04", texts: [accounts.citizen2.fullName, reason, "Điều 11 của Luật Khiếu nại"] });

    // Another citizen: the same 404 as a case that does not exist, for the list, the page and the PDF.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await registerCitizen(otherPage);
    for (const url of [`/cases/${code}/documents`, path, `${path}/pdf`]) {
      const res = await otherPage.request.get(url);
      expect(res.status(), url).toBe(404);
    }
    await open(otherPage, path);
    await expect(otherPage.getByRole("heading", { level: 1, name: vi.notFoundTitle })).toBeVisible();
    await expect(otherPage.getByRole("main")).not.toContainText(reason);

    // Another unit's staff: refused outright.
    const outsider = await signedIn(browser, accounts.handlerChiengAn.email);
    const deskPath = path.replace(/^\/cases\//, "/desk/cases/");
    for (const url of [`/desk/cases/${code}/documents`, deskPath, `${deskPath}/pdf`]) {
      const res = await outsider.page.request.get(url);
      expect(res.status(), url).toBe(403);
    }
  });

  test("a denunciation: acceptance notice to the denouncer, extension decision and conclusion that never name them", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const citizen = await signedIn(browser, accounts.citizen.email);
    const denounced = `Ông Trần Văn Bình, cán bộ địa chính ${s}`;
    const code = await fileCaseAsCitizen(citizen.page, "DENUNCIATION", {
      title: `Tố cáo nhận tiền khi làm giấy chứng nhận ${s}`,
      description: "Cán bộ địa chính yêu cầu nộp tiền ngoài quy định khi làm giấy chứng nhận quyền sử dụng đất.",
      category: "Đất đai",
      denounced,
    });
    const reception = await signedIn(browser, accounts.reception.email);
    await act(reception.page, code, "Thụ lý", undefined, `Đã thụ lý hồ sơ ${code}.`);
    await checkDocument(citizen.page, `/cases/${code}`, viDocs.denunciationAccepted, { code, form: "Mẫu số 05", texts: [accounts.citizen.fullName, denounced] });
    // A reception officer may not see who denounced: their copy says so instead of the name.
    await checkDocument(reception.page, `/desk/cases/${code}`, viDocs.denunciationAccepted, { code, form: "Mẫu số 05", texts: ["thông tin người tố cáo được giữ bí mật"], absent: [accounts.citizen.fullName] });

    const leader = await signedIn(browser, accounts.leader.email);
    const extensionReason = `Phải xác minh tại hai địa điểm (${s})`;
    // A denunciation is extended only once found complex, by a numbered decision (Luật Tố cáo art. 30).
    await open(leader.page, `/desk/cases/${code}`);
    const complexity = await openAction(leader.page, "Xác định mức độ phức tạp");
    await complexity.getByLabel("Phức tạp", { exact: true }).check();
    await complexity.getByLabel("Căn cứ xác định (tiêu chí, văn bản)").fill(extensionReason);
    await complexity.getByRole("button", { name: "Lưu" }).click();
    await expectToast(leader.page, `Đã ghi mức độ phức tạp của hồ sơ ${code}.`);
    const extend = await openAction(leader.page, "Gia hạn giải quyết");
    await extend.getByLabel("Số quyết định").fill(`9/QĐ-UBND-${s}`);
    await extend.getByLabel("Ngày quyết định").fill(vnDate(0));
    await extend.getByLabel("Lý do gia hạn (gửi kèm lời xin lỗi tới công dân)").fill(extensionReason);
    await extend.getByRole("button", { name: "Gia hạn giải quyết" }).click();
    await expectToast(leader.page, `Đã gia hạn hồ sơ ${code} và thông báo cho công dân.`);
    await checkDocument(leader.page, `/desk/cases/${code}`, viDocs.extension, { code, form: "Mẫu số 01", texts: [denounced, extensionReason], absent: [accounts.citizen.fullName] });

    const resolution = `Tố cáo đúng một phần; kiến nghị kiểm điểm cán bộ (${s}).`;
    await resolveAsLeader(leader.page, code, accounts.leader.fullName, resolution);
    await checkDocument(citizen.page, `/cases/${code}`, viDocs.conclusion, { code, form: "Mẫu số 12", texts: [denounced, resolution], absent: [accounts.citizen.fullName] });
  });

  test("suspension, resumption and ending decisions from the case page's decisions", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const citizenContext = await browser.newContext();
    const citizen = await citizenContext.newPage();
    const me = await registerCitizen(citizen, { fullName: `Đặng Thị Thủy ${s}` });
    const code = await fileComplaint(citizen, `Khiếu nại cấp phép xây dựng ${s}`);
    // Another complainant (one citizen's second complaint would first be asked whether it repeats the first).
    const second = await (await browser.newContext()).newPage();
    const other = await registerCitizen(second, { fullName: `Quàng Văn Đức ${s}` });
    const ended = await fileComplaint(second, `Khiếu nại quyết định cưỡng chế ${s}`);
    const leader = await signedIn(browser, accounts.leader.email);
    for (const c of [code, ended]) await act(leader.page, c, "Thụ lý", undefined, `Đã thụ lý hồ sơ ${c}.`);

    // Nothing before the decision.
    await open(citizen, `/cases/${code}/documents`);
    await expect(citizen.getByRole("table", { name: viDocs.list }).getByRole("link", { name: viDocs.suspended })).toHaveCount(0);

    const decide = async (caseCode: string, action: string, v: { ground?: RegExp; no: string; reason?: string }, toast: string) => {
      await open(leader.page, `/desk/cases/${caseCode}`);
      const form = await openAction(leader.page, action);
      if (v.ground) await form.getByLabel(v.ground).check();
      await form.getByLabel("Số quyết định").fill(v.no);
      await form.getByLabel("Ngày quyết định").fill(vnDate(0));
      if (v.reason) await form.getByLabel("Lý do, nội dung quyết định").fill(v.reason);
      await form.getByRole("button", { name: action }).click();
      await expectToast(leader.page, toast);
    };
    const reason = `Người khiếu nại ốm nặng, đang điều trị dài ngày (${s})`;
    await decide(code, "Tạm đình chỉ giải quyết", { ground: /Người khiếu nại gặp sự kiện bất khả kháng/, no: `7/QĐ-UBND-${s}`, reason }, `Đã tạm đình chỉ giải quyết hồ sơ ${code}.`);
    await decide(code, "Tiếp tục giải quyết", { no: `8/QĐ-UBND-${s}` }, `Đã tiếp tục giải quyết hồ sơ ${code}.`);
    await decide(ended, "Đình chỉ giải quyết", { ground: /Cá nhân khiếu nại chết/, no: `9/QĐ-UBND-${s}`, reason: `Người khiếu nại đã chết (${s})` }, `Đã đình chỉ giải quyết hồ sơ ${ended}.`);

    await checkDocument(citizen, `/cases/${code}`, viDocs.suspended, { code, form: "Mẫu số 14a", texts: [me.fullName, "Người khiếu nại gặp sự kiện bất khả kháng", `Số: 7/QĐ-UBND-${s}`, "Tạm đình chỉ việc giải quyết khiếu nại"] });
    await checkDocument(citizen, `/cases/${code}`, viDocs.resumed, { code, form: "Mẫu số 14b", texts: [me.fullName, `số 7/QĐ-UBND-${s}`, "Tiếp tục giải quyết khiếu nại"] });
    await checkDocument(leader.page, `/desk/cases/${ended}`, viDocs.ended, { code: ended, form: "Mẫu số 14a", texts: [other.fullName, "Cá nhân khiếu nại chết", "Đình chỉ việc giải quyết khiếu nại"] });
  });
});
