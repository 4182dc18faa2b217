import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import {
  accounts,
  demoPassword,
  fillRegisterForm,
  hydrated,
  login,
  logout,
  open,
  registerCitizen,
  uniqueEmail,
  uniqueSuffix,
  vi,
  viVerify,
  emailedCode,
  lastEmailTo,
  isPostTo,
} from "./utils";

const waitSeconds = /Bạn đã thử đăng nhập nhiều lần\. Vui lòng đợi \d+ giây rồi thử lại\./;

/** Fills and submits the login form; resolves when the server has answered the POST. */
async function submitLogin(page: Page, identifier: string, password: string) {
  await page.getByLabel(vi.identifier).fill(identifier);
  await page.getByLabel(vi.password, { exact: true }).fill(password);
  const answered = page.waitForResponse((r) => isPostTo(r, "/login"));
  await page.getByRole("main").getByRole("button", { name: vi.signIn }).click();
  return answered;
}

test.describe("registration and sign-in", () => {
  test("a new citizen registers, signs out and signs in again", async ({ page }) => {
    const fullName = `Lò Thị Đăng Ký ${uniqueSuffix()}`;
    const email = uniqueEmail("dangky");
    const password = "hoa-ban-no-trang-rung";

    await open(page, "/register");
    await expect(page.getByRole("heading", { level: 1, name: "Đăng ký tài khoản công dân" })).toBeVisible();
    await fillRegisterForm(page, { fullName, email, password, confirmPassword: password });
    await page.getByRole("main").getByRole("button", { name: vi.register }).click();

    // The email is confirmed by the code sent to it.
    await expect(page).toHaveURL(/\/register\/verify$/);
    await expect(page.getByRole("heading", { level: 1, name: viVerify.heading })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(email);
    await hydrated(page);
    await page.getByLabel(viVerify.code).fill("000000" === (await emailedCode(email)) ? "111111" : "000000");
    await page.getByRole("main").getByRole("button", { name: viVerify.submit }).click();
    await expect(page.getByLabel(viVerify.code)).toHaveAccessibleDescription(/Mã xác nhận không đúng hoặc đã hết hạn/);
    await page.getByLabel(viVerify.code).fill(await emailedCode(email));
    await page.getByRole("main").getByRole("button", { name: viVerify.submit }).click();

    await expect(page).toHaveURL(/\/cases$/);
    await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(`Đăng ký thành công. Chào mừng ${fullName}!`);
    await expect(page.getByRole("navigation", { name: vi.mainNav })).toContainText(`Đang đăng nhập: ${fullName}`);
    await expect(page.getByText("Bạn chưa gửi ý kiến nào.")).toBeVisible();
    await hydrated(page);

    await logout(page);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner").getByRole("button", { name: vi.signOut })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: vi.mainNav }).getByRole("link", { name: vi.signIn })).toBeVisible();

    // Signed out for real: a private page now asks to sign in.
    await open(page, "/cases");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fcases$/);

    await submitLogin(page, email, password);
    await expect(page).toHaveURL(/\/cases$/);
    await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(vi.signedIn);
  });

  test("registering with an email already in use answers exactly like a new one; its owner is told by email", async ({ page }) => {
    const since = new Date();
    await open(page, "/register");
    await fillRegisterForm(page, {
      fullName: "Nguyễn Văn Dò Email",
      email: accounts.citizen.email,
      password: "nuong-suoi-moc-chau",
      confirmPassword: "nuong-suoi-moc-chau",
    });
    await page.getByRole("main").getByRole("button", { name: vi.register }).click();

    // The same page as for a new address: nothing says the address is registered.
    await expect(page).toHaveURL(/\/register\/verify$/);
    await expect(page.getByRole("heading", { level: 1, name: viVerify.heading })).toBeVisible();
    await expect(page.getByText("Email này đã được đăng ký.")).toHaveCount(0);
    // The owner learns someone tried, and gets no code: the registration can never be confirmed.
    const mail = await lastEmailTo(accounts.citizen.email, since);
    expect(mail.subject).toContain("Có người đăng ký bằng thông tin của bạn");
    expect(mail.text).not.toMatch(/\b\d{6}\b/);
    await hydrated(page);
    await page.getByLabel(viVerify.code).fill("123456");
    await page.getByRole("main").getByRole("button", { name: viVerify.submit }).click();
    await expect(page.getByLabel(viVerify.code)).toHaveAccessibleDescription(/Mã xác nhận không đúng hoặc đã hết hạn/);
    await expect(page.getByRole("banner").getByRole("button", { name: vi.signOut })).toHaveCount(0);
  });

  test("a common password and a too-short password are refused with their own messages", async ({ page }) => {
    const fullName = "Cầm Thị Mật Khẩu";
    await open(page, "/register");
    await fillRegisterForm(page, { fullName, email: uniqueEmail("weak"), password: "password", confirmPassword: "password" });
    await page.getByRole("main").getByRole("button", { name: vi.register }).click();

    const passwordField = page.getByLabel(vi.password, { exact: true });
    await expect(passwordField).toHaveAccessibleDescription(
      /Mật khẩu này quá phổ biến, dễ bị đoán\. Vui lòng chọn mật khẩu khác\./,
    );
    await expect(page.getByLabel(vi.fullName)).toHaveValue(fullName);
    await expect(page).toHaveURL(/\/register$/);

    await fillRegisterForm(page, { fullName, email: uniqueEmail("short"), password: "ngan", confirmPassword: "ngan" });
    await page.getByRole("main").getByRole("button", { name: vi.register }).click();
    await expect(passwordField).toHaveAccessibleDescription(/Mật khẩu phải có ít nhất 8 ký tự\./);
    await expect(page).toHaveURL(/\/register$/);
  });

  test("a confirmation that does not match is refused", async ({ page }) => {
    await open(page, "/register");
    await fillRegisterForm(page, {
      fullName: "Lường Văn Gõ Nhầm",
      email: uniqueEmail("mismatch"),
      password: "doi-che-tan-uyen",
      confirmPassword: "doi-che-tan-uyen!",
    });
    await page.getByRole("main").getByRole("button", { name: vi.register }).click();

    await expect(page.getByLabel(vi.confirmPassword)).toHaveAccessibleDescription("Hai mật khẩu không khớp.");
    await expect(page.getByLabel(vi.fullName)).toHaveValue("Lường Văn Gõ Nhầm");
    await expect(page).toHaveURL(/\/register$/);
  });

  test("a wrong password gives one generic message and keeps the identifier", async ({ page }) => {
    await open(page, "/login");
    await submitLogin(page, accounts.citizen2.email, "khong-phai-mat-khau");

    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toHaveText(vi.invalidCredentials);
    await expect(page.getByLabel(vi.identifier)).toHaveValue(accounts.citizen2.email);
    await expect(page).toHaveURL(/\/login$/);

    // An unknown account gets exactly the same answer (no account enumeration).
    await submitLogin(page, "khong-ton-tai@example.test", "khong-phai-mat-khau");
    await expect(alert).toHaveText(vi.invalidCredentials);
    await expect(page.getByLabel(vi.identifier)).toHaveValue("khong-ton-tai@example.test");
  });

  test("an account disabled by an administrator can no longer sign in", async ({ browser }) => {
    // A citizen registers and stays signed in.
    const citizenContext = await browser.newContext();
    const citizen = await citizenContext.newPage();
    const reg = await registerCitizen(citizen, { fullName: `Vì Thị Bị Khóa ${uniqueSuffix()}` });

    // The administrator disables the account.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await login(admin, accounts.admin.email, demoPassword);
    await open(admin, "/admin/users");
    await admin.getByLabel("Tìm theo tên, email, số điện thoại").fill(reg.email);
    await admin.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(admin).toHaveURL(/\/admin\/users\?q=/);
    await admin.getByRole("link", { name: reg.fullName }).click();
    await expect(admin.getByRole("heading", { level: 1, name: `Sửa tài khoản: ${reg.fullName}` })).toBeVisible();
    await hydrated(admin);
    await admin.getByLabel("Khóa tài khoản").check();
    await admin.getByRole("button", { name: "Lưu" }).click();
    await expect(admin.getByRole("status")).toHaveText(`Đã cập nhật tài khoản ${reg.fullName}.`);
    await expect(admin.getByRole("row", { name: new RegExp(reg.fullName) })).toContainText("Đã khóa");
    await adminContext.close();

    // Their open session has ended…
    await open(citizen, "/cases");
    await expect(citizen).toHaveURL(/\/login\?redirectTo=%2Fcases$/);
    // …and the right password no longer works: the same generic message.
    await submitLogin(citizen, reg.email, reg.password);
    await expect(citizen.getByRole("main").getByRole("alert")).toHaveText(vi.invalidCredentials);
    await expect(citizen).toHaveURL(/\/login/);
    await citizenContext.close();
  });

  test("wrong passwords slow this browser down without locking the owner out", async ({ page }) => {
    const reg = await registerCitizen(page, { fullName: `Điêu Văn Thử Sai ${uniqueSuffix()}` });
    await logout(page);
    await open(page, "/login");

    // Five tries are free; the sixth is checked but makes the next one wait.
    for (let attempt = 1; attempt <= 6; attempt++) {
      const response = await submitLogin(page, reg.email, `sai-mat-khau-lan-${attempt}`);
      expect(response.status(), `attempt ${attempt}`).toBe(400);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(vi.invalidCredentials);
    }
    const seventh = await submitLogin(page, reg.email, reg.password);
    expect(seventh.status()).toBe(429);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(waitSeconds);
    await expect(page.getByRole("banner").getByRole("button", { name: vi.signOut })).toHaveCount(0);

    // The limit is per account: another account still signs in from this address.
    await submitLogin(page, accounts.citizen2.email, demoPassword);
    await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible();
    await logout(page);

    // Once the few seconds have passed, the right password gets the owner in.
    await open(page, "/login");
    await expect(async () => {
      const response = await submitLogin(page, reg.email, reg.password);
      // A redirect: 302 without JavaScript, 202 with a redirect in the body from single fetch's .data address.
      expect([202, 204, 302]).toContain(response.status());
    }).toPass({ intervals: [1_000, 2_000, 2_000], timeout: 15_000 });
    await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible();
  });
});
