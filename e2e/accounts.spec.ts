import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { deliveredEmailTo, smsReceiverPort, startSmsReceiver, type Sms } from "./messages";
import { escapeRegExp, expectToast, fileCaseAsCitizen, hydrated, login, logout, open, openAction, registerCitizen, uniqueEmail, type Registration, uniqueSuffix, vi } from "./utils";

let receiver: Awaited<ReturnType<typeof startSmsReceiver>>;
test.beforeAll(async () => {
  receiver = await startSmsReceiver(smsReceiverPort);
});
test.afterAll(async () => {
  await receiver.close();
});

let phoneCounter = 0;
/** A phone number no other run has used: 097 + 7 digits from the clock and a counter. */
function uniquePhone(): string {
  phoneCounter++;
  return `097${String((Date.now() + phoneCounter * 7919 + process.pid) % 10_000_000).padStart(7, "0")}`;
}
const asStored = (phone: string) => `+84${phone.slice(1)}`;

async function smsTo(phone: string, match: RegExp): Promise<Sms> {
  let found: Sms | undefined;
  await expect
    .poll(() => {
      found = receiver.messages.filter((m) => m.to === asStored(phone) && match.test(m.text)).at(-1);
      return Boolean(found);
    }, { message: `an SMS to ${phone} matching ${match}` })
    .toBe(true);
  return found!;
}

/** Registers a citizen with both an email and a phone through the real form (confirmed by the emailed code). */
async function registerWithPhone(page: Page) {
  return registerCitizen(page, { fullName: `Lò Thị Nhớ ${uniqueSuffix()}`, email: uniqueEmail("nho"), phone: uniquePhone(), password: "cay ban no trang doi" }) as Promise<Required<Registration>>;
}

/** Another device, signed in before the reset: it must be signed out by it. */
async function otherDevice(browser: Browser, identifier: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, identifier, password);
  return { context, page };
}

test.describe("links from messages", () => {
  test("a signed-out citizen opening a case link signs in and comes back to the case", async ({ page }) => {
    const reg = await registerCitizen(page);
    const title = `Cống thoát nước tắc ${uniqueSuffix()}`;
    const code = await fileCaseAsCitizen(page, "FEEDBACK", { title, description: "Nước tràn ra đường mỗi khi mưa." });
    await logout(page);

    // The link an email or SMS carries.
    const response = await page.goto(`/cases/${code}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(new RegExp(`/login\\?redirectTo=${escapeRegExp(encodeURIComponent(`/cases/${code}`))}$`));
    await expect(page.getByRole("main")).toContainText(`Đăng nhập để xem hồ sơ ${code}.`);
    await hydrated(page);
    await page.getByLabel(vi.identifier).fill(reg.email);
    await page.getByLabel(vi.password, { exact: true }).fill(reg.password);
    await page.getByRole("main").getByRole("button", { name: vi.signIn }).click();
    await expect(page).toHaveURL(new RegExp(`/cases/${escapeRegExp(code)}$`));
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
});

test.describe("password reset", () => {
  test("by SMS: the code from the gateway, a new password, signed in here and signed out everywhere else", async ({ page, browser }) => {
    const reg = await registerWithPhone(page);
    await logout(page);
    const other = await otherDevice(browser, reg.email, reg.password);

    await open(page, "/login");
    await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Quên mật khẩu" })).toBeVisible();
    await hydrated(page);
    await page.getByLabel(vi.identifier).fill(reg.phone);
    await page.getByRole("main").getByRole("button", { name: "Gửi hướng dẫn" }).click();
    await expect(page).toHaveURL(/\/reset-password$/);
    await expect(page.getByRole("main")).toContainText(`Nếu ${asStored(reg.phone)} là số điện thoại của một tài khoản`);
    await hydrated(page);

    const sms = await smsTo(reg.phone, /Ma dat lai mat khau/);
    expect(sms.authorization).toBe("Bearer e2e-gateway-key");
    expect(sms.text.length).toBeLessThanOrEqual(160);
    const code = /\b(\d{6})\b/.exec(sms.text)?.[1] ?? "";

    // A wrong code first: refused beside the field.
    const main = page.getByRole("main");
    await expect(main.getByLabel("Số điện thoại")).toHaveValue(asStored(reg.phone));
    await main.getByLabel("Mã trong tin nhắn").fill(code === "123456" ? "654321" : "123456");
    await main.getByLabel("Mật khẩu mới", { exact: true }).fill("doi mat khau moi roi");
    await main.getByLabel("Nhập lại mật khẩu mới").fill("doi mat khau moi roi");
    await main.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
    await expect(main.getByText("Mã không đúng hoặc đã hết hạn.")).toBeVisible();

    await main.getByLabel("Mã trong tin nhắn").fill(code);
    await main.getByLabel("Mật khẩu mới", { exact: true }).fill("doi mat khau moi roi");
    await main.getByLabel("Nhập lại mật khẩu mới").fill("doi mat khau moi roi");
    await main.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
    await expect(page).toHaveURL(/\/cases$/);
    await expectToast(page, "Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ đã được đăng xuất.");

    // The other device was signed out.
    await other.page.goto("/cases");
    await expect(other.page).toHaveURL(/\/login\?redirectTo=%2Fcases$/);
    // The new password works, the old one no longer.
    await login(other.page, reg.phone, "doi mat khau moi roi");
    await other.context.close();
  });

  test("by email: the link from the message, once", async ({ page, browser }) => {
    const reg = await registerWithPhone(page);
    await logout(page);
    const other = await otherDevice(browser, reg.phone, reg.password);

    await open(page, "/forgot-password");
    await page.getByLabel(vi.identifier).fill(reg.email);
    await page.getByRole("main").getByRole("button", { name: "Gửi hướng dẫn" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Nếu ${reg.email} là email của một tài khoản` })).toBeVisible();

    let mail: Awaited<ReturnType<typeof deliveredEmailTo>> = null;
    // The latest email to this address (the registration code came before it).
    await expect.poll(async () => (mail = await deliveredEmailTo(reg.email))?.subject, { message: `the reset email to ${reg.email}` }).toBe("Đặt lại mật khẩu · Lắng Nghe");
    expect(mail!.subject).toBe("Đặt lại mật khẩu · Lắng Nghe");
    const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail!.text)?.[0] ?? "";
    const path = new URL(link).pathname;

    await open(page, path);
    await expect(page.getByRole("heading", { level: 1, name: "Đặt mật khẩu mới" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(`Chọn mật khẩu mới cho tài khoản ${reg.email}.`);
    const main = page.getByRole("main");
    await main.getByLabel("Mật khẩu mới", { exact: true }).fill("password1");
    await main.getByLabel("Nhập lại mật khẩu mới").fill("password1");
    await main.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
    await expect(main.getByText("Mật khẩu này quá phổ biến")).toBeVisible();
    await main.getByLabel("Mật khẩu mới", { exact: true }).fill("mot buoi chieu tren deo");
    await main.getByLabel("Nhập lại mật khẩu mới").fill("mot buoi chieu tren deo");
    await main.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
    await expect(page).toHaveURL(/\/cases$/);
    await expectToast(page, "Đã đặt mật khẩu mới.");

    await other.page.goto("/cases");
    await expect(other.page).toHaveURL(/\/login\?redirectTo=%2Fcases$/);
    await other.context.close();

    // The link is spent.
    await logout(page);
    await open(page, path);
    await expect(page.getByRole("alert")).toContainText("Liên kết này đã hết hạn hoặc đã được dùng.");
    await login(page, reg.email, "mot buoi chieu tren deo");
  });
});

test.describe("the profile", () => {
  test("a citizen renames themself, changes phone (confirmed by the code sent to it) and password", async ({ page, browser }) => {
    const reg = await registerWithPhone(page);
    const other = await otherDevice(browser, reg.email, reg.password);
    await open(page, "/profile");
    await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible();
    const main = page.getByRole("main");

    // Name.
    await main.getByText("Họ tên và ngôn ngữ").click();
    await main.getByLabel("Họ và tên").fill("Lò Thị Nhớ Mới");
    await main.getByRole("button", { name: "Lưu", exact: true }).click();
    await expectToast(page, "Đã lưu thông tin.");
    await expect(page.getByRole("navigation", { name: vi.mainNav })).toContainText("Đang đăng nhập: Lò Thị Nhớ Mới");

    // Phone: a code to the new number, typed back.
    const newPhone = uniquePhone();
    await main.getByText("Email và số điện thoại").click();
    await main.getByLabel("Số điện thoại mới").fill(newPhone);
    await main.getByRole("button", { name: "Gửi mã xác nhận" }).nth(1).click();
    await expectToast(page, `Đã gửi mã xác nhận tới ${asStored(newPhone)}. Nhập mã để hoàn tất.`);
    const sms = await smsTo(newPhone, /Ma xac nhan so dien thoai/);
    await main.getByLabel("Mã xác nhận").fill(/\b(\d{6})\b/.exec(sms.text)?.[1] ?? "");
    await main.getByRole("button", { name: "Xác nhận", exact: true }).click();
    await expectToast(page, `Đã đổi sang ${asStored(newPhone)}.`);
    await expect(main).toContainText(`Số điện thoại hiện tại: ${asStored(newPhone)}`);

    // Password: the current one is required; other devices are signed out, this one stays.
    await main.getByText("Đổi mật khẩu").first().click();
    await main.getByLabel("Mật khẩu hiện tại").fill("khong phai mat khau");
    await main.getByLabel("Mật khẩu mới", { exact: true }).fill("mua hoa ban da ve");
    await main.getByLabel("Nhập lại mật khẩu mới").fill("mua hoa ban da ve");
    await main.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(main.getByText("Mật khẩu hiện tại không đúng.")).toBeVisible();
    await main.getByLabel("Mật khẩu hiện tại").fill(reg.password);
    await main.getByLabel("Mật khẩu mới", { exact: true }).fill("mua hoa ban da ve");
    await main.getByLabel("Nhập lại mật khẩu mới").fill("mua hoa ban da ve");
    await main.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expectToast(page, "Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.");
    await open(page, "/cases");
    await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible();
    await other.page.goto("/cases");
    await expect(other.page).toHaveURL(/\/login\?redirectTo=%2Fcases$/);
    // The new phone and password sign in.
    await login(other.page, newPhone, "mua hoa ban da ve");
    await other.context.close();
  });
});

test.describe("SMS notifications", () => {
  test("a citizen is told by SMS of each public event of their case", async ({ page, browser }) => {
    const reg = await registerWithPhone(page);
    const title = `Đèn tín hiệu hỏng ${uniqueSuffix()}`;
    const code = await fileCaseAsCitizen(page, "FEEDBACK", { title, description: "Đèn tín hiệu ngã tư Lò Văn Giá không sáng." });
    const submitted = await smsTo(reg.phone, new RegExp(`da nhan ho so ${code}`));
    expect(submitted.text).toBe(`Lang Nghe: Phuong To Hieu da nhan ho so ${code} cua ban. http://localhost:3000/cases/${code}`);

    const reception = await browser.newContext();
    const officer = await reception.newPage();
    await login(officer, "tiepnhan.tohieu@langnghe.local");
    await open(officer, `/desk/cases/${code}`);
    await officer.getByRole("button", { name: "Thụ lý", exact: true }).click();
    await expectToast(officer, /thụ lý/i);
    const accepted = await smsTo(reg.phone, new RegExp(`da thu ly ho so ${code}\\. Han giai quyet: \\d{2}/\\d{2}/\\d{4}`));
    expect(accepted.text.length).toBeLessThanOrEqual(160);

    const reply = await openAction(officer, "Trả lời công dân");
    await reply.getByLabel("Nội dung trả lời (công dân xem được)").fill("Đã báo Công ty điện lực, đèn sẽ được sửa trong tuần.");
    await reply.getByRole("button", { name: "Trả lời công dân" }).click();
    await expectToast(officer, "Đã gửi trả lời cho công dân.");
    await smsTo(reg.phone, /Phuong To Hieu: Da bao Cong ty dien luc, den se duoc sua trong tuan\./);
    await reception.close();

    // Every message went to this citizen's phone only, in one SMS each, without diacritics.
    const mine = receiver.messages.filter((m) => m.to === asStored(reg.phone));
    expect(mine).toHaveLength(3);
    for (const m of mine) expect(m.text).toMatch(/^[\x20-\x7e]+$/);
  });
});
