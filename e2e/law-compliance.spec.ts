import { expect, test } from "./support/test";
import { accounts, createMediator, expectToast, hydrated, open, recordVisit, signedIn, uniqueSuffix, units, vnDate } from "./utils";

/**
 * Issue #11 items 4–5 as the commune's officers meet them: the reception
 * frequency judged per ISO week, the mediation team's composition warning,
 * and the notice board's posting rules and late postings.
 */
test("the frequency page shows who fell short in which week: a commune chair's weekly duty is not judged per month", async ({ browser }) => {
  const leader = await signedIn(browser, accounts.leader.email);
  const s = uniqueSuffix();
  // August 2026, long past: the chair received citizens on Wednesday 12/8 only (ISO week 33).
  const visit = { receiver: accounts.leader.fullName, classification: "Kiến nghị", mode: "Giải thích, trả lời tại chỗ" };
  await recordVisit(leader.page, { ...visit, when: "2026-08-12T09:00", visitor: `Lò Văn Khách ${s}`, matter: "Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất.", handling: "Đã hướng dẫn hồ sơ cần nộp." }, "/desk/reception?month=2026-08");
  // The People's Council standing committee received on the same month (a register entry of its own kind).
  await recordVisit(
    leader.page,
    { ...visit, host: "Thường trực Hội đồng nhân dân", when: "2026-08-20T14:00", visitor: `Cà Thị Khách ${s}`, matter: "Kiến nghị về đường giao thông nông thôn bản Hài.", handling: "Ghi nhận, chuyển Ủy ban nhân dân phường." },
    "/desk/reception?month=2026-08",
  );
  await expect(leader.page.getByRole("main")).toContainText("(Thường trực HĐND)");

  await leader.page.getByRole("link", { name: "Tần suất tiếp công dân của lãnh đạo" }).click();
  await hydrated(leader.page);
  await expect(leader.page.getByRole("heading", { level: 1, name: "Tần suất tiếp công dân của lãnh đạo" })).toBeVisible();
  await expect(leader.page.getByRole("main")).toContainText("Điều 15 k.2 điểm d");
  const head = leader.page.getByRole("table", { name: /Người đứng đầu/ });
  const chair = head.getByRole("row").filter({ has: leader.page.getByRole("rowheader", { name: new RegExp(accounts.leader.fullName) }) });
  // One column per ISO week of August (3–9, 10–16, 17–23, 24–30): met in week 33 only.
  await expect(head.getByRole("columnheader")).toHaveText(["Người tiếp", "Tuần 32 (03/08–09/08)", "Tuần 33 (10/08–16/08)", "Tuần 34 (17/08–23/08)", "Tuần 35 (24/08–30/08)"]);
  const cells = chair.getByRole("cell");
  await expect(cells.nth(0)).toContainText("Chưa đủ");
  await expect(cells.nth(1)).toContainText("1/1 ngày");
  await expect(cells.nth(1)).toContainText("Đủ");
  await expect(cells.nth(2)).toContainText("Chưa đủ");
  await expect(cells.nth(3)).toContainText("Chưa đủ");
  // The standing committee's monthly rule (from 1/7/2026, marked unconfirmed) is met by its own entry.
  const council = leader.page.getByRole("table", { name: /Thường trực Hội đồng nhân dân/ });
  await expect(council).toContainText("1/1 ngày");
  await expect(leader.page.getByRole("main")).toContainText("Chưa xác nhận được số liệu trong văn bản");
});

test("a mediation team short of the law's composition is saved with a warning the commune sees, which clears as members are recorded", async ({ browser }) => {
  const s = uniqueSuffix();
  const mediator = await createMediator(browser, `Lường Văn Sơn ${s}`);
  const reception = await signedIn(browser, accounts.reception.email);
  const area = `Bản Púng ${s}`;
  await open(reception.page, "/mediation/teams/new");
  await reception.page.getByLabel("Thuộc xã, phường").selectOption({ label: units.tohieu });
  await reception.page.getByLabel("Thôn, bản, tổ dân phố").fill(area);
  await reception.page.getByRole("button", { name: "Tạo mới" }).click();
  await expectToast(reception.page, `Đã thêm tổ hòa giải ${area}.`);
  const warnings = reception.page.getByRole("region", { name: "Thành phần tổ hòa giải chưa đủ theo luật" });
  await expect(warnings).toContainText("Tổ có 0 hòa giải viên; luật yêu cầu từ 3 người trở lên");
  await expect(warnings).toContainText("Điều 12 k.1");
  await expect(warnings).toContainText("không ngăn việc lưu");

  // The area has many ethnic-minority residents: the commune says so.
  await reception.page.getByText("Sửa", { exact: true }).click();
  await reception.page.getByLabel("Địa bàn có nhiều đồng bào dân tộc thiểu số").check();
  await reception.page.locator("#action-update").getByRole("button", { name: "Lưu" }).click();
  await hydrated(reception.page);
  await expect(warnings).toContainText("chưa có hòa giải viên là người dân tộc thiểu số");

  // A mediator joins, recorded as a man of an ethnic minority: still short of members and of a woman.
  const add = reception.page.locator("#action-addMember");
  await add.getByLabel("Hòa giải viên").selectOption({ label: `${mediator.fullName} (${mediator.email})` });
  await add.getByLabel("Giới tính").selectOption({ label: "Nam" });
  await add.getByLabel("Người dân tộc thiểu số").selectOption({ label: "Có" });
  await add.getByRole("button", { name: "Thêm thành viên" }).click();
  await expectToast(reception.page, "Đã thêm thành viên.");
  await expect(warnings).toContainText("Tổ có 1 hòa giải viên");
  await expect(warnings).toContainText("Tổ chưa có hòa giải viên nữ");
  await expect(warnings).not.toContainText("dân tộc thiểu số (");
  const row = reception.page.getByRole("row").filter({ hasText: mediator.fullName });
  await expect(row).toContainText("Nam");
  await expect(row).toContainText("Có");

  // The list of teams flags it too.
  await open(reception.page, "/mediation/teams");
  await expect(reception.page.getByRole("row").filter({ hasText: area })).toContainText("Chưa đủ thành phần");
});

test("the notice board: procedures posted permanently, a decision's notice posted after 5 working days flagged late", async ({ browser }) => {
  const reception = await signedIn(browser, accounts.reception.email);
  const s = uniqueSuffix();
  const post = async (category: string, title: string, decisionOn?: string) => {
    await open(reception.page, "/desk/notices/new");
    const main = reception.page.getByRole("main");
    await main.getByLabel("Nội dung niêm yết").selectOption({ label: category });
    await main.getByLabel("Tiêu đề").fill(title);
    await main.getByLabel("Nội dung", { exact: true }).fill("Ủy ban nhân dân phường công khai nội dung sau để Nhân dân biết, theo dõi và giám sát.");
    if (decisionOn) await main.getByLabel("Ngày ban hành quyết định, văn bản cần công khai").fill(decisionOn);
    await main.getByRole("button", { name: "Niêm yết", exact: true }).click();
    await expectToast(reception.page, `Đã đăng bản niêm yết “${title}”.`);
  };
  // The form shows each subject's rule with its article.
  await open(reception.page, "/desk/notices/new");
  const rules = reception.page.getByRole("table", { name: "Thời gian niêm yết theo nội dung" });
  await expect(rules.getByRole("row").filter({ hasText: "Thủ tục hành chính" })).toContainText("Niêm yết thường xuyên, cập nhật khi thay đổi");
  await expect(rules.getByRole("row").filter({ hasText: "Ngân sách" })).toContainText("Ít nhất 30 ngày liên tục, đến hết ngày cuối cùng");

  const procedures = `Danh mục thủ tục hành chính cấp phường ${s}`;
  await post("Thủ tục hành chính", procedures);
  await expect(reception.page.getByRole("main")).toContainText("Niêm yết thường xuyên, cập nhật khi thay đổi");

  const late = `Công khai dự toán ngân sách phường ${s}`;
  await post("Ngân sách, tài chính (dự toán, quyết toán, thu chi các quỹ)", late, vnDate(20));
  await expect(reception.page.getByRole("main")).toContainText("Niêm yết sau hạn");

  // The public board: the late posting is flagged; the permanent one has no end date.
  await open(reception.page, `/notices?unit=TOHIEU`);
  const board = reception.page.getByRole("table", { name: "Bảng niêm yết công khai" });
  await expect(board.getByRole("row").filter({ hasText: late })).toContainText("Niêm yết muộn");
  await expect(board.getByRole("row").filter({ hasText: procedures })).toContainText("Niêm yết thường xuyên");
  await expect(board.getByRole("row").filter({ hasText: procedures })).not.toContainText("Niêm yết muộn");
});
