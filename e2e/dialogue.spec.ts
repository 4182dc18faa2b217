import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import {
  accounts,
  expectToast,
  fact,
  fileCaseAsCitizen,
  hydrated,
  isPostTo,
  login,
  open,
  registerCitizen,
  signedIn,
  timeline,
  uniqueSuffix,
  vi,
  vnDate,
  openAction,
} from "./utils";
import { sessionTookPlace } from "./db";

/** Vietnamese strings of the dialogue pages (app/i18n/locales/dialogue.ts). */
const viDialogue = {
  newSession: "Lên lịch đối thoại, tiếp dân",
  kind: "Hình thức",
  title: "Tên buổi",
  chair: "Người chủ trì",
  startsAt: "Bắt đầu",
  endsAt: "Kết thúc",
  place: "Địa điểm",
  capacity: "Số lượt tiếp tối đa",
  schedule: "Lên lịch",
  leaderOption: `${accounts.leader.fullName} — Chủ tịch UBND phường`,
  calendar: "Lịch tiếp công dân và đối thoại",
  matter: "Nội dung cần trình bày",
  minutesTitle: "Biên bản",
} as const;

/** A local date-time `days` from now in Vietnam, as a datetime-local field wants it. */
function vnDateTime(days: number, hour: number): string {
  return `${vnDate(-days)}T${String(hour).padStart(2, "0")}:00`;
}

async function fillSession(page: Page, v: { title: string; days: number; from: number; to: number; capacity?: string; kind?: string }) {
  const main = page.getByRole("main");
  if (v.kind) await main.getByLabel(viDialogue.kind).selectOption({ label: v.kind });
  await main.getByLabel(viDialogue.title).fill(v.title);
  await main.getByLabel(viDialogue.chair).selectOption({ label: viDialogue.leaderOption });
  await main.getByLabel(viDialogue.startsAt).fill(vnDateTime(v.days, v.from));
  await main.getByLabel(viDialogue.endsAt).fill(vnDateTime(v.days, v.to));
  await main.getByLabel(viDialogue.place).fill("Phòng tiếp công dân, UBND phường Tô Hiệu");
  await main.getByLabel(viDialogue.capacity).fill(v.capacity ?? "5");
}

/** The leader schedules a reception day; returns the session page's URL. */
async function scheduleReceptionDay(page: Page, title: string, days: number): Promise<string> {
  await open(page, "/desk/sessions/new");
  await expect(page.getByRole("heading", { level: 1, name: viDialogue.newSession })).toBeVisible();
  await fillSession(page, { title, days, from: 8, to: 11 });
  await page.getByRole("main").getByRole("button", { name: viDialogue.schedule, exact: true }).click();
  await expectToast(page, `Đã lên lịch “${title}”.`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url();
}

test.describe("Dialogue sessions and reception days", () => {
  test("a reception day: scheduled, booked from the public calendar, held with a walk-in case, minutes printed, commitment on the desk, outcome on the case", async ({ browser, request }) => {
    test.slow();
    const s = uniqueSuffix();
    const title = `Tiếp công dân định kỳ ${s}`;
    const leader = await signedIn(browser, accounts.leader.email);

    // An end before the start is refused next to the field, and what was typed stays.
    await open(leader.page, "/desk/sessions/new");
    await fillSession(leader.page, { title, days: 9, from: 11, to: 8 });
    await leader.page.getByRole("main").getByRole("button", { name: viDialogue.schedule, exact: true }).click();
    await expect(leader.page.getByLabel(viDialogue.endsAt)).toHaveAccessibleDescription("Giờ kết thúc phải sau giờ bắt đầu.");
    await expect(leader.page.getByLabel(viDialogue.title)).toHaveValue(title);
    const sessionUrl = await scheduleReceptionDay(leader.page, title, 9);

    // A citizen books a slot from the public calendar and names the matter.
    const citizenContext = await browser.newContext();
    const citizenPage = await citizenContext.newPage();
    const citizen = await registerCitizen(citizenPage);
    await open(citizenPage, "/calendar?unit=TOHIEU");
    await expect(citizenPage.getByRole("heading", { level: 1, name: viDialogue.calendar })).toBeVisible();
    await citizenPage.getByRole("link", { name: `Ngày tiếp công dân: ${title}` }).click();
    await expect(citizenPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await hydrated(citizenPage);
    await citizenPage.getByLabel(viDialogue.matter).fill("Đề nghị nạo vét cống thoát nước tổ 7 trước mùa mưa.");
    await citizenPage.getByRole("button", { name: "Đăng ký", exact: true }).click();
    await expectToast(citizenPage, "Đã đăng ký: bạn là lượt số 1.");
    await expect(citizenPage.getByRole("main")).toContainText("Bạn đã đăng ký lượt số 1");

    // Held: a walk-in matter that becomes a case (channel "dialogue"), then attendance and signatures.
    await open(leader.page, sessionUrl);
    await expect(leader.page.getByRole("region", { name: "Công dân đã đăng ký" })).toContainText(citizen.fullName);
    const walkInTitle = `Đèn đường ngõ 9 hỏng ${s}`;
    const walkIn = leader.page.getByRole("region", { name: "Tiếp nhận vụ việc phát sinh tại buổi" });
    await walkIn.getByLabel("Họ và tên công dân").fill(`Lò Văn Đến ${s}`);
    await walkIn.getByLabel("Tiêu đề").fill(walkInTitle);
    await walkIn.getByLabel("Nội dung").fill("Ba bóng đèn ngõ 9 hỏng từ một tháng nay, buổi tối đi lại rất nguy hiểm.");
    await walkIn.getByLabel("Lĩnh vực").selectOption({ label: "Giao thông" });
    await walkIn.getByRole("button", { name: "Lập hồ sơ" }).click();
    const toast = leader.page.getByRole("status").filter({ hasText: /Đã lập hồ sơ .+ và đưa vào nội dung buổi\./ });
    await expect(toast).toBeVisible();
    const code = /Đã lập hồ sơ (\S+) và/.exec((await toast.textContent()) ?? "")![1]!;
    await hydrated(leader.page);
    const agenda = leader.page.getByRole("region", { name: "Nội dung (hồ sơ) đưa ra đối thoại" });
    await expect(agenda).toContainText(code);
    await expect(agenda).toContainText("Tại buổi đối thoại");

    // The .ics feed parses, with this reception day in it.
    const feed = await request.get("/calendar.ics?unit=TOHIEU");
    expect(feed.ok()).toBe(true);
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    const cal = new ICAL.Component(ICAL.parse(await feed.text()));
    const event = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)).find((e) => e.summary === `Ngày tiếp công dân: ${title}`);
    expect(event).toBeDefined();
    expect(event!.startDate.toJSDate().toISOString()).toBe(new Date(`${vnDateTime(9, 8)}:00+07:00`).toISOString());

    // Nine days ahead nobody has come yet: attendance is refused beside the form (409), nothing is ticked.
    const attendanceNotYet = "Buổi này chưa diễn ra: chỉ điểm danh được từ giờ bắt đầu của buổi.";
    const attendanceForm = leader.page.getByRole("region", { name: "Điểm danh và ký biên bản" });
    await expect(attendanceForm).toContainText(attendanceNotYet);
    await leader.page.getByLabel(`${citizen.fullName} có mặt`).check();
    const refused = leader.page.waitForResponse((r) => isPostTo(r, new URL(sessionUrl).pathname));
    await attendanceForm.getByRole("button", { name: "Lưu điểm danh" }).click();
    expect((await refused).status()).toBe(409);
    await expect(attendanceForm.getByRole("alert")).toContainText(attendanceNotYet);
    await open(leader.page, sessionUrl);
    await expect(leader.page.getByLabel(`${citizen.fullName} có mặt`)).not.toBeChecked();

    // Once it has begun (moved to now: it cannot be waited for), attendance and minutes are taken.
    await sessionTookPlace(new URL(sessionUrl).pathname);
    await open(leader.page, sessionUrl);
    await hydrated(leader.page);
    await expect(attendanceForm).not.toContainText(attendanceNotYet);
    await leader.page.getByLabel(`${citizen.fullName} có mặt`).check();
    await leader.page.getByLabel(`Lò Văn Đến ${s} có mặt`).check();
    await leader.page.getByLabel(`Lò Văn Đến ${s} đã ký biên bản`).check();
    await leader.page.getByRole("button", { name: "Lưu điểm danh" }).click();
    await expectToast(leader.page, "Đã lưu điểm danh.");
    await expect(leader.page.getByLabel(`${citizen.fullName} có mặt`)).toBeChecked();
    await expect(leader.page.getByLabel(`Lò Văn Đến ${s} đã ký biên bản`)).toBeChecked();

    // Minutes with a commitment, now that the session has begun.
    await leader.page.getByRole("link", { name: "Biên bản", exact: true }).click();
    await expect(leader.page.getByRole("heading", { level: 1, name: `Biên bản: ${title}` })).toBeVisible();
    await hydrated(leader.page);
    const conclusion = `Giao tổ dân phố 9 thay bóng đèn trong 10 ngày (${s}).`;
    const commitment = `Thay ba bóng đèn ngõ 9 ${s}`;
    await leader.page.getByLabel("Ý kiến trao đổi").fill("Công dân phản ánh đèn đường hỏng; cán bộ địa chính xác nhận.");
    await leader.page.getByLabel("Kết luận", { exact: true }).fill(conclusion);
    const first = leader.page.getByRole("group", { name: "Cam kết 1" });
    await first.getByLabel("Người, đơn vị thực hiện").fill("Tổ dân phố 9");
    await first.getByLabel("Nội dung thực hiện").fill(commitment);
    await first.getByLabel("Thời hạn").fill(vnDate(-10));
    await leader.page.getByRole("button", { name: "Lưu biên bản" }).click();
    await expectToast(leader.page, "Đã lưu biên bản.");
    await expect(fact(leader.page, "Tình trạng")).toContainText("Đã tổ chức");

    // Printed in the official shape; the site's header is not printed.
    await leader.page.getByRole("link", { name: "In biên bản" }).click();
    await expect(leader.page.getByRole("heading", { level: 1, name: viDialogue.minutesTitle })).toBeVisible();
    const minutes = leader.page.getByRole("article");
    await expect(minutes).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    await expect(minutes).toContainText("PHƯỜNG TÔ HIỆU");
    await expect(minutes).toContainText(`Chủ trì: ${accounts.leader.fullName}`);
    await expect(minutes).toContainText(citizen.fullName);
    await expect(minutes).toContainText(conclusion);
    await expect(minutes.getByRole("table", { name: "Cam kết" })).toContainText(commitment);
    await expect(minutes).toContainText(`Những người đã ký biên bản: Lò Văn Đến ${s}`);
    await leader.page.emulateMedia({ media: "print" });
    await expect(leader.page.getByRole("banner")).toBeHidden();
    await expect(minutes.getByText(conclusion)).toBeVisible();
    await leader.page.emulateMedia({ media: "screen" });

    // The commitment is due on the unit's desk.
    await open(leader.page, "/desk");
    const due = leader.page.getByRole("region", { name: "Cam kết từ các buổi đối thoại cần thực hiện" });
    await expect(due.getByRole("listitem").filter({ hasText: commitment })).toContainText("Tổ dân phố 9");

    // The agenda case's timeline shows the outcome.
    await open(leader.page, `/desk/cases/${code}`);
    const outcome = timeline(leader.page).getByRole("listitem").filter({ hasText: "Đã đối thoại, có kết luận" });
    await expect(outcome).toContainText(conclusion);
    await expect(outcome).toContainText(`Tại buổi “${title}”`);

    // The walk-in is in this month's reception register, which exports as CSV.
    await open(leader.page, "/desk/reception");
    await expect(leader.page.getByRole("table")).toContainText(`Lò Văn Đến ${s}`);
    const csv = await leader.page.request.get(`/desk/reception.csv?month=${vnDate(0).slice(0, 7)}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, "")) as string[][];
    // The register's own columns (Sổ tiếp công dân, docs/reports.md): the visitor, the matter, the case followed up, who received.
    expect(rows[0]!.slice(0, 5)).toEqual(["STT", "Ngày tiếp", "Họ tên — Địa chỉ", "Số CCCD / Hộ chiếu", "Nội dung vụ việc"]);
    const line = rows.find((r) => r[2]!.startsWith(`Lò Văn Đến ${s}`))!;
    expect(line).toEqual(expect.arrayContaining([accounts.leader.fullName, walkInTitle]));
    expect(line[rows[0]!.indexOf("Theo dõi kết quả giải quyết")]).toContain(code);

    await citizenContext.close();
    await leader.context.close();
  });

  test("postponing tells the citizen who booked; a cancelled session shows its reason and takes no minutes", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const title = `Tiếp dân sẽ hoãn ${s}`;
    const leader = await signedIn(browser, accounts.leader.email);
    const sessionUrl = await scheduleReceptionDay(leader.page, title, 11);
    const publicPath = new URL(sessionUrl).pathname.replace("/desk/sessions/", "/calendar/");

    const citizenContext = await browser.newContext();
    const citizenPage = await citizenContext.newPage();
    await registerCitizen(citizenPage);
    await open(citizenPage, publicPath);
    await citizenPage.getByLabel(viDialogue.matter).fill("Hỏi về chế độ hỗ trợ hộ nghèo năm 2027.");
    await citizenPage.getByRole("button", { name: "Đăng ký", exact: true }).click();
    await expectToast(citizenPage, "Đã đăng ký: bạn là lượt số 1.");

    // Postponed by two days: the citizen is told.
    await leader.page.getByRole("link", { name: "Sửa, hoãn lịch" }).click();
    await expect(leader.page.getByRole("heading", { level: 1, name: `Sửa lịch: ${title}` })).toBeVisible();
    await hydrated(leader.page);
    await leader.page.getByLabel(viDialogue.startsAt).fill(vnDateTime(13, 8));
    await leader.page.getByLabel(viDialogue.endsAt).fill(vnDateTime(13, 11));
    await leader.page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expectToast(leader.page, `Đã cập nhật “${title}”`);
    await expect(fact(leader.page, "Tình trạng")).toContainText("hoãn từ");
    await open(citizenPage, "/notifications");
    await expect(citizenPage.getByRole("main")).toContainText(`Thay đổi lịch: ${title}`);

    // Cancelled with a reason: the public page says so, and no minutes can be written.
    await open(leader.page, sessionUrl);
    await leader.page.getByLabel("Lý do hủy").fill("Trùng lịch họp Hội đồng nhân dân phường.");
    await leader.page.getByRole("button", { name: "Hủy buổi" }).click();
    await expectToast(leader.page, `Đã hủy “${title}” và thông báo cho người tham dự.`);
    await open(citizenPage, publicPath);
    await expect(fact(citizenPage, "Lý do hủy")).toHaveText("Trùng lịch họp Hội đồng nhân dân phường.");
    await open(citizenPage, "/notifications");
    await expect(citizenPage.getByRole("main")).toContainText(`Hủy buổi: ${title}`);
    await open(leader.page, `${new URL(sessionUrl).pathname}/minutes`);
    await expect(leader.page.getByRole("alert")).toContainText("Buổi này đã bị hủy");
    await expect(leader.page.getByRole("button", { name: "Lưu biên bản" })).toHaveCount(0);
    const forged = await leader.page.request.post(`${new URL(sessionUrl).pathname}/minutes`, { form: { version: "5", summary: "Sửa biên bản buổi đã hủy" }, maxRedirects: 0 });
    expect(forged.status()).toBe(409);

    await Promise.all([citizenContext.close(), leader.context.close()]);
  });

  test("without JavaScript: a reception day in the past is refused with the typed values kept; a full day refuses a booking", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await login(page, accounts.reception.email);
    await page.goto("/desk/sessions/new");
    const title = `Tiếp dân đã qua ${s}`;
    await fillSession(page, { title, days: -2, from: 8, to: 11, capacity: "1" });
    await page.getByRole("main").getByRole("button", { name: viDialogue.schedule, exact: true }).click();
    await expect(page.getByLabel(viDialogue.startsAt)).toHaveAccessibleDescription(/Thời gian này đã qua/);
    await expect(page.getByLabel(viDialogue.title)).toHaveValue(title);
    await expect(page.getByLabel(viDialogue.startsAt)).toHaveValue(vnDateTime(-2, 8));

    // One slot only: the first citizen gets it, the second is told the day is full.
    await page.getByLabel(viDialogue.startsAt).fill(vnDateTime(12, 8));
    await page.getByLabel(viDialogue.endsAt).fill(vnDateTime(12, 11));
    await page.getByRole("main").getByRole("button", { name: viDialogue.schedule, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const sessionPath = new URL(page.url()).pathname;
    const publicPath = sessionPath.replace("/desk/sessions/", "/calendar/");

    const first = await browser.newContext({ javaScriptEnabled: false });
    const firstPage = await first.newPage();
    await registerCitizen(firstPage);
    await firstPage.goto(publicPath);
    await firstPage.getByLabel(viDialogue.matter).fill("Hỏi về thủ tục tách thửa đất ở tổ 2.");
    await firstPage.getByRole("button", { name: "Đăng ký", exact: true }).click();
    await expect(firstPage.getByRole("status").filter({ hasText: "Đã đăng ký: bạn là lượt số 1." })).toBeVisible();

    const second = await browser.newContext({ javaScriptEnabled: false });
    const secondPage = await second.newPage();
    await registerCitizen(secondPage);
    await secondPage.goto(publicPath);
    await expect(secondPage.getByRole("main")).toContainText("Đã hết lượt đăng ký");
    await expect(secondPage.getByLabel(viDialogue.matter)).toHaveCount(0);
    await Promise.all([context.close(), first.close(), second.close()]);
  });

  test("a complaint's dialogue from its case page, and the authorization line: a citizen cannot open another citizen's invitation nor the desk; another unit's staff get 403", async ({ browser }) => {
    test.slow();
    const s = uniqueSuffix();
    // A citizen's complaint, put on the agenda of a dialogue: the citizen is invited.
    const owner = await browser.newContext();
    const ownerPage = await owner.newPage();
    await registerCitizen(ownerPage);
    const code = await fileCaseAsCitizen(ownerPage, "COMPLAINT", {
      title: `Khiếu nại quyết định xử phạt ${s}`,
      description: "Tôi không đồng ý với quyết định xử phạt vi phạm hành chính vì không đúng sự việc.",
      category: "Xây dựng, đô thị",
      decision: "Quyết định 45/QĐ-XPHC",
      learnedAt: vnDate(5),
    });
    // The leader accepts it and, from the case page, schedules the dialogue the law requires: at least 5 days ahead.
    const leader = await signedIn(browser, accounts.leader.email);
    await open(leader.page, `/desk/cases/${code}`);
    await leader.page.getByRole("button", { name: "Thụ lý", exact: true }).click();
    await expectToast(leader.page, `Đã thụ lý hồ sơ ${code}.`);
    await openAction(leader.page, "Lên lịch đối thoại");
    await leader.page.getByRole("link", { name: "Lên lịch đối thoại" }).click();
    await expect(leader.page.getByRole("heading", { level: 1, name: "Lên lịch đối thoại" })).toBeVisible();
    await hydrated(leader.page);
    const title = `Đối thoại giải quyết khiếu nại ${code}`;
    await expect(leader.page.getByLabel(viDialogue.title)).toHaveValue(title);
    await leader.page.getByLabel(viDialogue.chair).selectOption({ label: viDialogue.leaderOption });
    await leader.page.getByLabel(viDialogue.place).fill("Phòng họp UBND phường Tô Hiệu");
    await leader.page.getByLabel(viDialogue.startsAt).fill(vnDateTime(2, 14));
    await leader.page.getByLabel(viDialogue.endsAt).fill(vnDateTime(2, 16));
    await leader.page.getByRole("main").getByRole("button", { name: viDialogue.schedule, exact: true }).click();
    await expect(leader.page.getByLabel(viDialogue.startsAt)).toHaveAccessibleDescription(/ít nhất 5 ngày/);
    await leader.page.getByLabel(viDialogue.startsAt).fill(vnDateTime(7, 14));
    await leader.page.getByLabel(viDialogue.endsAt).fill(vnDateTime(7, 16));
    await leader.page.getByRole("main").getByRole("button", { name: viDialogue.schedule, exact: true }).click();
    await expectToast(leader.page, `Đã lên lịch “${title}”.`);
    const sessionPath = new URL(leader.page.url()).pathname;
    await expect(leader.page.getByRole("region", { name: "Nội dung (hồ sơ) đưa ra đối thoại" })).toContainText(code);
    await expect(leader.page.getByRole("region", { name: "Thành phần tham dự" })).toContainText("Đã mời, chờ trả lời");

    // The invited citizen opens the invitation and confirms.
    await open(ownerPage, "/sessions");
    await ownerPage.getByRole("link", { name: title }).click();
    await expect(ownerPage.getByRole("heading", { level: 1, name: `Giấy mời: ${title}` })).toBeVisible();
    const invitationPath = new URL(ownerPage.url()).pathname;
    await hydrated(ownerPage);
    await ownerPage.getByRole("button", { name: "Tôi sẽ tham dự" }).click();
    await expectToast(ownerPage, "Bạn đã xác nhận tham dự.");

    // Another citizen: the invitation is not theirs (404), the desk is not for citizens (403).
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await registerCitizen(otherPage);
    const notTheirs = await otherPage.goto(invitationPath);
    expect(notTheirs?.status()).toBe(404);
    await expect(otherPage.getByRole("heading", { level: 1, name: vi.notFoundTitle })).toBeVisible();
    const desk = await otherPage.goto(sessionPath);
    expect(desk?.status()).toBe(403);

    // Staff of another unit are refused the session (403).
    const chiengan = await signedIn(browser, accounts.handlerChiengAn.email);
    const refused = await chiengan.page.goto(sessionPath);
    expect(refused?.status()).toBe(403);
    await expect(chiengan.page.getByRole("heading", { level: 1, name: vi.forbiddenTitle })).toBeVisible();

    await Promise.all([owner.close(), other.close(), leader.context.close(), chiengan.context.close()]);
  });
});

test("an administrator edits the reception frequency rule of a unit level: an impossible number is refused, a good one is saved", async ({ browser }) => {
  const admin = await signedIn(browser, accounts.admin.email);
  await open(admin.page, "/admin/reception-rules");
  await expect(admin.page.getByRole("heading", { level: 1, name: "Quy định tần suất tiếp công dân" })).toBeVisible();
  // The first unit level's rule (levels are listed by rank).
  const panel = () => admin.page.getByRole("main").locator("section.action-panel").first();
  const before = await panel().getByLabel("Số ngày tối thiểu").inputValue();
  // 45 days in a month: the browser stops it, and the server refuses it when the browser check is bypassed.
  await panel().getByLabel("Số ngày tối thiểu").fill("45");
  await panel().getByRole("button", { name: "Lưu" }).click();
  expect(await panel().getByLabel("Số ngày tối thiểu").evaluate((el: HTMLInputElement) => el.validity.rangeOverflow)).toBe(true);
  const ruleId = await panel().locator('input[name="ruleId"]').inputValue();
  const forged = await admin.page.request.post("/admin/reception-rules", { form: { ruleId, period: "MONTH", minDays: "45", legalBasis: "Luật Tiếp công dân 2013, Điều 15" } });
  expect(forged.status()).toBe(400);
  // The same value again: saved (this is what failed before: the form's rule id went into the update).
  await panel().getByLabel("Số ngày tối thiểu").fill(before);
  await panel().getByRole("button", { name: "Lưu" }).click();
  await expectToast(admin.page, "Đã lưu quy định.");
  await expect(panel().getByLabel("Số ngày tối thiểu")).toHaveValue(before);
  await admin.context.close();
});
