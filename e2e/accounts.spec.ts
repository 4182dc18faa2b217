import { expect, test, type Browser, type Page } from "@playwright/test";
import { lastEmailTo, smsReceiverPort, startSmsReceiver, type Sms } from "./messages";
import { escapeRegExp, expectToast, fileCaseAsCitizen, hydrated, login, logout, open, registerCitizen, uniqueEmail, uniqueSuffix, vi } from "./utils";

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

/** Registers a citizen with both an email and a phone through the real form. */
async function registerWithPhone(page: Page) {
  const reg = { fullName: `Lò Thị Nhớ ${uniqueSuffix()}`, email: uniqueEmail("nho"), phone: uniquePhone(), password: "cay ban no trang doi" };
  await open(page, "/register");
  await page.getByLabel(vi.fullName).fill(reg.fullName);
  await page.getByLabel(vi.email).fill(reg.email);
  await page.getByLabel(vi.phone).fill(reg.phone);
  await page.getByLabel(vi.password, { exact: true }).fill(reg.password);
  await page.getByLabel(vi.confirmPassword).fill(reg.password);
  await page.getByRole("main").getByRole("button", { name: vi.register }).click();
  await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible();
  await hydrated(page);
  return reg;
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

    let mail: Awaited<ReturnType<typeof lastEmailTo>> = null;
    await expect.poll(async () => (mail = await lastEmailTo(reg.email)) !== null, { message: `an email to ${reg.email}` }).toBe(true);
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
