import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { inspectXlsx, ref } from "../app/test/xlsx-inspect";
import { accounts, expectToast, hydrated, intakeCase, login, open, openFromInbox, recordVisit, signedIn, uniqueSuffix, vi } from "./utils";

/**
 * Official forms and registers (issue #17) on a unit tree this test builds:
 * a commune X under the province and an office Y under X, each with its own
 * staff, receptions and cases in "Quý IV/2026" (15/9–14/12/2026, which holds
 * today, 27/11/2026). The forms' figures are then checked at X (X's own row,
 * Y's row, total) and at the province (X's row = X and Y together).
 */
const s = uniqueSuffix().slice(-6).toUpperCase();
const X = { name: `Xã Báo Cáo ${s}`, code: `BCX${s}` };
const Y = { name: `Thôn Báo Cáo ${s}`, code: `BCY${s}` };
const password = "Bao-Cao-2026-kiem-thu";
const staff = {
  xLeader: { name: `Lãnh Đạo X ${s}`, email: `lanhdao-x-${s.toLowerCase()}@example.test`, role: "Lãnh đạo", unit: X.name },
  xReception: { name: `Tiếp Nhận X ${s}`, email: `tiepnhan-x-${s.toLowerCase()}@example.test`, role: "Cán bộ tiếp nhận", unit: X.name },
  yReception: { name: `Tiếp Nhận Y ${s}`, email: `tiepnhan-y-${s.toLowerCase()}@example.test`, role: "Cán bộ tiếp nhận", unit: Y.name },
};

async function createUnit(page: Page, unit: { name: string; code: string }, parent: string) {
  await open(page, "/admin/units/new");
  await page.getByLabel("Tên", { exact: true }).fill(unit.name);
  await page.getByLabel("Mã", { exact: true }).fill(unit.code);
  await page.getByLabel("Cấp", { exact: true }).selectOption({ label: "Xã, phường" });
  await page.getByLabel("Đơn vị cấp trên").selectOption({ label: parent });
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.getByRole("status")).toHaveText(`Đã thêm đơn vị ${unit.name}.`);
}

async function createStaff(page: Page, u: { name: string; email: string; role: string; unit: string }) {
  await open(page, "/admin/users/new");
  await page.getByLabel(vi.fullName).fill(u.name);
  await page.getByLabel(vi.email).fill(u.email);
  await page.getByLabel("Vai trò").selectOption({ label: u.role });
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: u.unit });
  await page.getByLabel("Chức vụ").fill(u.role === "Lãnh đạo" ? "Chủ tịch UBND xã" : "Công chức tiếp công dân");
  await page.getByLabel("Mật khẩu ban đầu").fill(password);
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.getByRole("status")).toHaveText(`Đã tạo tài khoản ${u.name}.`);
}

/** The figures of a row of the form on the page, by column number (1…n), as the page prints them. */
async function formRow(page: Page, rowName: string | RegExp): Promise<string[]> {
  const row = page.locator("#statutory-form tr").filter({ has: page.getByRole("rowheader", { name: rowName }) });
  await expect(row).toHaveCount(1);
  return row.locator("td").allInnerTexts();
}

async function chooseQ4(page: Page, form: string, unit?: string) {
  const filters = page.getByRole("search");
  await filters.getByLabel("Biểu mẫu").selectOption({ label: form });
  if (unit) await filters.getByLabel("Đơn vị", { exact: true }).selectOption({ label: unit });
  await filters.getByLabel("Kỳ", { exact: true }).selectOption({ label: "Quý theo kỳ báo cáo (15 – 14)" });
  await filters.getByLabel("Năm", { exact: true }).selectOption("2026");
  await filters.getByLabel("Quý", { exact: true }).selectOption({ label: "Quý 4" });
  await filters.getByRole("button", { name: "Xem biểu" }).click();
  const number = form.split(" ")[0]!;
  await expect(page).toHaveURL(new RegExp(`form=${number.replace("/", "-")}`));
  await expect(page.getByText(`Biểu số: ${number}`, { exact: true })).toBeVisible();
  await expect(page.locator(".page-subtitle")).toContainText("Quý IV/2026 (kỳ báo cáo từ 15/09/2026 đến 14/12/2026)");
}

test.describe.configure({ mode: "serial" });

test("the inspectorate's forms for Quý IV/2026 match a data set built here, at two levels of the unit tree", async ({ browser }) => {
  test.setTimeout(420_000);
  const admin = await signedIn(browser, accounts.admin.email);
  await createUnit(admin.page, X, "Tỉnh Sơn La");
  await createUnit(admin.page, Y, X.name);
  for (const u of Object.values(staff)) await createStaff(admin.page, u);
  await admin.context.close();

  // X's reception: a group of 6 with 2 representatives, received regularly; one person the head received, a repeated visit.
  const xr = await signedIn(browser, staff.xReception.email, password);
  await recordVisit(xr.page, {
    when: "2026-10-20T09:00",
    receiver: staff.xReception.name,
    visitor: `Lường Thị Đoàn ${s}`,
    id: "014200001234",
    address: "Bản Nà Cạn",
    people: 6,
    reps: `Lường Thị Đoàn ${s}\nQuàng Văn Khiêm ${s}`,
    classification: "Khiếu nại",
    mode: "Thụ lý để giải quyết",
    matter: "Khiếu nại việc bồi thường khi mở rộng đường bản",
    handling: "Nhận đơn, giao địa chính xác minh",
  });
  await recordVisit(xr.page, {
    when: "2026-11-05T08:30",
    receiver: staff.xLeader.name,
    kind: "Thủ trưởng tiếp",
    visitor: `Vì Văn Hỏi ${s}`,
    classification: "Kiến nghị",
    repeat: true,
    mode: "Giải thích, trả lời tại chỗ",
    matter: "Kiến nghị sửa cầu treo qua suối",
    handling: "Chủ tịch trả lời, hẹn khảo sát",
  });
  // Outside the period (14/9 is the last day of Quý III): not counted.
  await recordVisit(xr.page, {
    when: "2026-09-14T15:00",
    receiver: staff.xReception.name,
    visitor: `Ngoài Kỳ ${s}`,
    classification: "Phản ánh",
    mode: "Giải thích, trả lời tại chỗ",
    matter: "Phản ánh đèn đường hỏng",
    handling: "Đã báo điện lực",
  });
  // Two petitions at X: a complaint accepted, a petition still waiting; and a denunciation (sealed).
  const complaint = await intakeCase(xr.page, {
    kind: "COMPLAINT",
    title: `Khiếu nại quyết định thu hồi đất ${s}`,
    description: "Công dân khiếu nại quyết định thu hồi đất vì diện tích ghi sai so với thực tế đo đạc.",
    category: "Đất đai",
    unit: X.name,
    contactName: `Cà Văn Khiếu ${s}`,
    decision: "Quyết định 12/QĐ-UBND",
    learnedAt: "2026-11-10",
  });
  await openFromInbox(xr.page, complaint.code);
  await xr.page.getByRole("button", { name: "Thụ lý", exact: true }).click();
  await expectToast(xr.page, `Đã thụ lý hồ sơ ${complaint.code}.`);
  await intakeCase(xr.page, {
    kind: "PETITION",
    title: `Kiến nghị làm đường nội bản ${s}`,
    description: "Người dân kiến nghị xã đầu tư làm đường bê tông nội bản cho xe máy đi lại mùa mưa.",
    unit: X.name,
    contactName: `Lò Thị Kiến ${s}`,
  });
  await intakeCase(xr.page, {
    kind: "DENUNCIATION",
    title: `Tố cáo cán bộ thu tiền sai ${s}`,
    description: "Người dân tố cáo cán bộ thu tiền ngoài quy định khi làm thủ tục cấp giấy chứng nhận.",
    unit: X.name,
    contactName: `Người Tố Giấu Tên ${s}`,
    denounced: "Cán bộ địa chính xã",
  });
  await xr.context.close();

  // Y's reception: one visit and one feedback.
  const yr = await signedIn(browser, staff.yReception.email, password);
  await recordVisit(yr.page, {
    when: "2026-12-01T10:00",
    receiver: staff.yReception.name,
    visitor: `Tòng Văn Phản ${s}`,
    classification: "Phản ánh",
    mode: "Trả lại đơn và hướng dẫn",
    matter: "Phản ánh nước sinh hoạt đục",
    handling: "Hướng dẫn gửi đơn tới công ty nước",
  });
  await intakeCase(yr.page, {
    kind: "FEEDBACK",
    title: `Phản ánh rác thải ven suối ${s}`,
    description: "Rác thải sinh hoạt đổ ven suối đầu bản gây ô nhiễm nguồn nước của các hộ dân.",
    unit: Y.name,
    contactName: `Tòng Thị Rác ${s}`,
  });
  await yr.context.close();

  // X's leader: 01/TCD for Quý IV/2026.
  const xl = await signedIn(browser, staff.xLeader.email, password);
  await open(xl.page, "/desk/reports/forms");
  await chooseQ4(xl.page, "01/TCD — Tiếp công dân");
  // Columns: 1 visits, 2 people, 3 matters, 4–11 regular (4 visits, 5 people, 8 groups, 9 their people), 12–20 the head (12 days, 13 visits, 16 repeated).
  const own = await formRow(xl.page, `${X.name} (trực tiếp)`);
  expect(own.slice(0, 9)).toEqual(["2", "7", "2", "1", "6", "1", "0", "1", "6"]);
  expect([own[11], own[12], own[15]]).toEqual(["1", "1", "1"]);
  const yRow = await formRow(xl.page, Y.name);
  expect(yRow.slice(0, 4)).toEqual(["1", "1", "1", "1"]);
  const total = await formRow(xl.page, "Tổng cộng");
  expect(total.slice(0, 5)).toEqual(["3", "8", "3", "2", "7"]);

  // The XLSX has the form's layout: merged header groups and the row of column numbers.
  const download = xl.page.waitForEvent("download");
  await xl.page.getByRole("link", { name: "Tải XLSX" }).click();
  const file = readFileSync((await (await download).path())!);
  const sheet = inspectXlsx(new Uint8Array(file));
  expect([...sheet.cells.values()]).toContain("Biểu số: 01/TCD");
  expect(sheet.merges.length).toBeGreaterThan(10);
  const numberRow = [...sheet.cells.entries()].find(([, v]) => v === "1=4+13+22")![0];
  const r = Number(numberRow.replace(/^[A-Z]+/, "")) - 1;
  expect(sheet.cells.get(ref(r, 0))).toBe("MS");
  expect(sheet.cells.get(ref(r, 3))).toBe("3=6+7+15+16+24+25");
  expect(sheet.cells.get(ref(r, 4))).toBe("4");
  expect(sheet.merges).toContain(`${ref(r - 4, 4)}:${ref(r - 4, 11)}`); // "Tiếp thường xuyên" over columns 4–11
  expect(sheet.cells.get(ref(r - 4, 4))).toBe("Tiếp thường xuyên");
  expect(sheet.cells.get(ref(r + 3, 0))).toBe("Tổng cộng");
  expect(sheet.cells.get(ref(r + 3, 1))).toBe("3");
  expect([...sheet.cells.values()]).toContain("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");

  // Printed: the signature block is there, the filters are not.
  await xl.page.emulateMedia({ media: "print" });
  const signatures = xl.page.getByRole("region", { name: "Phần ký" });
  await expect(signatures).toBeVisible();
  await expect(signatures).toContainText("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");
  await expect(signatures).toContainText("NGƯỜI LẬP BIỂU");
  await expect(xl.page.getByRole("search")).toBeHidden();
  await xl.page.emulateMedia({ media: "screen" });

  // 02/XLD: X received 3 (none carried over), processed 1 (the accepted complaint); Y received 1.
  await chooseQ4(xl.page, "02/XLD — Tiếp nhận, xử lý đơn");
  const xld = await formRow(xl.page, `${X.name} (trực tiếp)`);
  expect([xld[0], xld[7], xld[8], xld[10], xld[17], xld[18]]).toEqual(["3", "1", "1", "1", "1", "1"]);
  expect(xld[1]).toBe(""); // signatories: unknown, left empty
  await expect(xl.page.getByRole("region", { name: /Căn cứ|Các cột/ }).first()).toBeVisible();
  await expect(xl.page.getByText(/Cột 2 \(Đơn có một người đứng tên\): ứng dụng không ghi nhận/)).toBeVisible();
  expect((await formRow(xl.page, "Tổng cộng"))[0]).toBe("4");

  // 03/GQKN: one complaint accepted in the period, being resolved.
  await chooseQ4(xl.page, "03/GQKN — Giải quyết khiếu nại");
  const gqkn = await formRow(xl.page, `${X.name} (trực tiếp)`);
  expect([gqkn[0], gqkn[2], gqkn[14]]).toEqual(["1", "1", "1"]);

  // Another tree's unit: 403, for the page and the file.
  expect((await xl.page.request.get("/desk/reports/forms?form=01-TCD&unit=TOHIEU&period=report-quarter&year=2026&quarter=4")).status()).toBe(403);
  expect((await xl.page.request.get("/desk/reports/forms.xlsx?form=01-TCD&unit=TOHIEU&period=report-quarter&year=2026&quarter=4")).status()).toBe(403);
  expect((await xl.page.request.get("/desk/registers/reception?unit=TOHIEU")).status()).toBe(403);
  const foreignExport = await xl.page.request.post("/desk/reports/national-export.jsonl", { form: { unit: "TOHIEU", period: "report-quarter", year: "2026", quarter: "4" } });
  expect(foreignExport.status()).toBe(403);
  expect(await foreignExport.text()).not.toContain('"code"');

  // The national-database export of X's tree validates against its schema and seals the denouncer.
  await open(xl.page, "/desk/reports/national-export?period=report-quarter&year=2026&quarter=4");
  const exported = xl.page.waitForEvent("download");
  await xl.page.getByRole("button", { name: "Tải tệp (.jsonl)" }).click();
  const jsonl = readFileSync((await (await exported).path())!, "utf8");
  const records = jsonl.trim().split("\n").map((l) => JSON.parse(l) as { code: string; kind: string; citizen: unknown });
  expect(records.map((x) => x.kind).sort()).toEqual(["COMPLAINT", "DENUNCIATION", "FEEDBACK", "PETITION"]);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync("docs/national-export.v1.schema.json", "utf8")));
  for (const rec of records) expect(validate(rec), JSON.stringify(validate.errors)).toBe(true);
  expect(jsonl).not.toContain(`Người Tố Giấu Tên ${s}`);
  expect(records.find((x) => x.kind === "DENUNCIATION")!.citizen).toBeNull();
  await xl.context.close();

  // The province's leader: X's row is X and Y together.
  const pl = await signedIn(browser, accounts.provinceLeader.email);
  await open(pl.page, "/desk/reports/forms");
  await chooseQ4(pl.page, "01/TCD — Tiếp công dân", "Tỉnh Sơn La");
  expect((await formRow(pl.page, X.name)).slice(0, 5)).toEqual(["3", "8", "3", "2", "7"]);
  await pl.context.close();
});

test("the registers print one page per period with every required field; a denouncer stays sealed", async ({ browser }) => {
  const xr = await signedIn(browser, staff.xReception.email, password);
  await open(xr.page, "/desk/registers/reception?period=report-quarter&year=2026&quarter=4");
  await expect(xr.page.getByRole("heading", { level: 1, name: "Sổ tiếp công dân" })).toBeVisible();
  const table = xr.page.getByRole("table", { name: /Sổ tiếp công dân/ });
  for (const column of ["STT", "Ngày tiếp", "Họ tên — Địa chỉ", "Số CCCD / Hộ chiếu", "Nội dung vụ việc", "Phân loại đơn / Số người", "Cơ quan đã giải quyết", "Hướng xử lý: Thụ lý để giải quyết", "Hướng xử lý: Trả lại đơn và hướng dẫn", "Hướng xử lý: Chuyển đơn đến cơ quan có thẩm quyền", "Theo dõi kết quả giải quyết", "Ghi chú", "Người tiếp"]) {
    await expect(table.getByRole("columnheader", { name: column, exact: true })).toHaveCount(1);
  }
  const group = table.getByRole("row").filter({ hasText: `Lường Thị Đoàn ${s}` });
  await expect(group).toContainText("Đoàn 6 người, 2 người đại diện");
  await expect(group).toContainText(`Quàng Văn Khiêm ${s}`);
  await expect(group).toContainText("014200001234");
  await expect(table.getByRole("row").filter({ hasText: `Ngoài Kỳ ${s}` })).toHaveCount(0);
  // Searched without diacritics.
  await xr.page.getByRole("search").getByLabel("Tìm trong sổ").fill("cau treo qua suoi");
  await xr.page.getByRole("search").getByRole("button", { name: "Xem số liệu" }).click();
  await expect(xr.page.getByRole("table", { name: /Sổ tiếp công dân/ }).getByRole("row")).toHaveCount(2);
  await expect(xr.page.getByText(`Vì Văn Hỏi ${s}`)).toBeVisible();
  // Printed: one document for the period, with its signatures.
  await xr.page.emulateMedia({ media: "print" });
  await expect(xr.page.getByRole("region", { name: "Phần ký" })).toBeVisible();
  await expect(xr.page.getByRole("search")).toBeHidden();
  await xr.page.emulateMedia({ media: "screen" });

  // The register of petitions: the denunciation is listed, its denouncer is not.
  await open(xr.page, "/desk/registers/petitions?period=report-quarter&year=2026&quarter=4");
  const petitions = xr.page.getByRole("table", { name: /Sổ theo dõi đơn/ });
  await expect(petitions.getByRole("row").filter({ hasText: `Tố cáo cán bộ thu tiền sai ${s}` })).toContainText("[Được giữ bí mật]");
  await expect(xr.page.getByText(`Người Tố Giấu Tên ${s}`)).toHaveCount(0);
  await expect(petitions.getByRole("row").filter({ hasText: `Kiến nghị làm đường nội bản ${s}` })).toContainText(`Lò Thị Kiến ${s}`);
  const csv = await xr.page.request.get(`/desk/registers/petitions.csv?period=report-quarter&year=2026&quarter=4&unit=${X.code}`);
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body).toContain(`Kiến nghị làm đường nội bản ${s}`);
  expect(body).not.toContain(`Người Tố Giấu Tên ${s}`);
  // A reception officer may not open another unit's register, a citizen no register or form at all.
  expect((await xr.page.request.get(`/desk/registers/reception?unit=${Y.code}`)).status()).toBe(403);
  await xr.context.close();
  const citizen = await signedIn(browser, accounts.citizen.email);
  for (const path of ["/desk/registers/reception", "/desk/registers/petitions.csv", "/desk/reports/forms", "/desk/reports/forms.xlsx?form=01-TCD"]) {
    expect((await citizen.page.request.get(path)).status(), path).toBe(403);
  }
  await citizen.context.close();

  // The mediation register (the ward's demo team): every column of the register, with the HGCS form beside it.
  const tohieu = await signedIn(browser, accounts.leader.email);
  await open(tohieu.page, "/desk/registers/mediation?period=report-quarter&year=2026&quarter=4");
  const mediation = tohieu.page.getByRole("table", { name: /Sổ theo dõi hòa giải ở cơ sở/ });
  for (const column of ["STT", "Ngày nhận", "Mã hồ sơ", "Tổ hòa giải", "Các bên", "Nội dung, loại vụ việc", "Hòa giải viên", "Kết quả", "Ngày kết thúc", "Ghi chú"]) {
    await expect(mediation.getByRole("columnheader", { name: column, exact: true })).toHaveCount(1);
  }
  await expect(mediation.getByRole("row").filter({ hasText: "HG-TOHIEU-2026-0001" })).toHaveCount(1);
  await open(tohieu.page, "/desk/reports/forms?form=HGCS&period=report-quarter&year=2026&quarter=4");
  const hg = await formRow(tohieu.page, "Phường Tô Hiệu (trực tiếp)");
  expect(Number(hg[0])).toBeGreaterThanOrEqual(1); // teams
  expect(Number(hg[3])).toBeGreaterThanOrEqual(2); // mediations in the period: the demo's two
  expect(hg[2]).toBe(""); // women among mediators: not recorded
  await tohieu.context.close();
});

test("a register entry typed like a formula is escaped in the CSV", async ({ browser }) => {
  const yr = await signedIn(browser, staff.yReception.email, password);
  await recordVisit(yr.page, {
    when: "2026-12-02T10:00",
    receiver: staff.yReception.name,
    visitor: `=HYPERLINK("http://evil.test") ${s}`,
    classification: "Phản ánh",
    mode: "Giải thích, trả lời tại chỗ",
    matter: "+SUM(1,2) nội dung lạ",
    handling: "@cmd trả lời tại chỗ",
  });
  const csv = await (await yr.page.request.get("/desk/registers/reception.csv?period=report-quarter&year=2026&quarter=4")).text();
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"") ${s}"`);
  expect(csv).toContain("'+SUM(1,2) nội dung lạ");
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  await yr.context.close();
});

test("the forms page and a register work without JavaScript, and in English", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, staff.xLeader.email, password);
  await open(page, "/desk/reports/forms");
  await chooseQ4(page, "02/XLD — Tiếp nhận, xử lý đơn");
  await expect(page.getByRole("region", { name: /Biểu 02\/XLD/ })).toBeVisible();
  // A bad period is refused next to its field, the rest kept.
  await open(page, "/desk/reports/forms?form=02-XLD&period=report-quarter&year=2026&quarter=7");
  await expect(page.getByText("Quý phải từ 1 đến 4.")).toBeVisible();
  await expect(page.getByRole("search").getByLabel("Biểu mẫu")).toHaveValue("02-XLD");

  // The public API and dashboard offer the same regime periods.
  const api = await page.request.get("/api/v1/stats?unit=SLA&period=report-quarter&year=2026&quarter=4");
  expect((await api.json()).period).toEqual({ kind: "report-quarter", from: "2026-09-15", to: "2026-12-14" });
  await open(page, "/stats?period=report-year&year=2026");
  await expect(page.getByRole("heading", { level: 2, name: /năm 2026 \(kỳ báo cáo từ 15\/12\/2025 đến 14\/12\/2026\)/ })).toBeVisible();

  await page.getByRole("form", { name: vi.languageSwitch }).getByRole("button", { name: "English" }).click();
  await open(page, "/desk/reports/forms?form=01-TCD&period=report-quarter&year=2026&quarter=4");
  await expect(page.getByRole("heading", { level: 1, name: "Report forms" })).toBeVisible();
  await expect(page.locator(".page-subtitle")).toContainText("Quarter IV/2026");
  await expect(page.getByRole("region", { name: "Signatures" })).toContainText("HEAD OF THE UNIT");
  await open(page, "/desk/registers/reception?period=report-quarter&year=2026&quarter=4");
  await expect(page.getByRole("heading", { level: 1, name: "Citizen reception register" })).toBeVisible();
  await expect(page.getByText("Group of 6, 2 representatives")).toBeVisible();
  await context.close();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the forms page: the download in view, filters one above the other, the form scrolls in its box", async ({ page }) => {
    await login(page, staff.xLeader.email, password);
    await open(page, "/desk/reports/forms?form=01-TCD&period=report-quarter&year=2026&quarter=4");
    await hydrated(page);
    await expect(page.getByRole("link", { name: "Tải XLSX" })).toBeInViewport();
    const search = page.getByRole("search");
    for (const name of ["Biểu mẫu", "Kỳ"]) {
      const label = search.locator("label", { hasText: new RegExp(`^${name}$`) });
      const control = search.getByLabel(name, { exact: true });
      const [lb, cb] = [await label.boundingBox(), await control.boundingBox()];
      expect(lb && cb && lb.y + lb.height <= cb.y + 1).toBeTruthy();
    }
    await expect(page.getByRole("region", { name: /Biểu 01\/TCD/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("a register: every line a labelled card, nothing wider than the screen", async ({ page }) => {
    await login(page, staff.xReception.email, password);
    await open(page, "/desk/registers/reception?period=report-quarter&year=2026&quarter=4");
    const row = page.locator("table.kit-table tbody tr").first();
    await expect(row).toBeVisible();
    const labels = await row.locator("td").evaluateAll((cells) =>
      cells.filter((c) => getComputedStyle(c).display !== "none").map((c) => getComputedStyle(c, "::before").content),
    );
    expect(labels.length).toBeGreaterThan(5);
    for (const l of labels) expect(l).not.toMatch(/^(none|""|normal)$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.getByRole("link", { name: "Tải CSV" })).toBeInViewport();
  });
});

