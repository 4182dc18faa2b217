import { expect, test } from "./support/test";
import { accounts, demoPassword, en, vi } from "./utils";

/** Everything in the foundation is a plain HTML form: it must work with JavaScript off. */
test.use({ javaScriptEnabled: false });

test.describe("without JavaScript", () => {
  test("a citizen signs in and signs out", async ({ page }) => {
    await page.goto("/");
    await expect(page.evaluate(() => "__remixContext" in window)).resolves.toBe(false);
    await page.getByRole("banner").getByRole("link", { name: vi.signIn }).click();
    await expect(page).toHaveURL(/\/login$/);

    await page.getByLabel(vi.identifier).fill(accounts.citizen.email);
    await page.getByLabel(vi.password, { exact: true }).fill(demoPassword);
    await page.getByRole("main").getByRole("button", { name: vi.signIn }).click();

    await expect(page).toHaveURL(/\/cases$/);
    await expect(page.getByRole("heading", { level: 1, name: vi.myCases })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(vi.signedIn);
    await expect(page.getByRole("navigation", { name: vi.mainNav })).toContainText(
      `Đang đăng nhập: ${accounts.citizen.fullName}`,
    );
    // The seeded cases of this citizen are listed.
    await expect(page.getByRole("table")).toContainText("Đèn đường tổ 3 bị hỏng");

    await page.getByRole("banner").getByRole("button", { name: vi.signOut }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("status")).toHaveText(vi.signedOut);
    await expect(page.getByRole("banner").getByRole("button", { name: vi.signOut })).toHaveCount(0);

    await page.goto("/cases");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fcases$/);
  });

  test("form errors come back from the server with the typed values", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel(vi.identifier).fill(accounts.citizen2.email);
    await page.getByLabel(vi.password, { exact: true }).fill("khong-dung-dau");
    await page.getByRole("main").getByRole("button", { name: vi.signIn }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(vi.invalidCredentials);
    await expect(page.getByLabel(vi.identifier)).toHaveValue(accounts.citizen2.email);
    await expect(page.getByLabel(vi.password, { exact: true })).toHaveValue("");

    await page.goto("/register");
    await page.getByLabel(vi.fullName).fill("Hà Thị Không Script");
    await page.getByLabel(vi.email).fill(accounts.citizen.email);
    await page.getByLabel(vi.password, { exact: true }).fill("ngan");
    await page.getByLabel(vi.confirmPassword).fill("khac-han");
    await page.getByRole("main").getByRole("button", { name: vi.register }).click();
    await expect(page.getByLabel(vi.password, { exact: true })).toHaveAccessibleDescription(
      /Mật khẩu phải có ít nhất 8 ký tự\./,
    );
    await expect(page.getByLabel(vi.confirmPassword)).toHaveAccessibleDescription("Hai mật khẩu không khớp.");
    await expect(page.getByLabel(vi.fullName)).toHaveValue("Hà Thị Không Script");
    await expect(page.getByLabel(vi.email)).toHaveValue(accounts.citizen.email);
  });

  test("the language switch works", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");

    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: en.signIn })).toBeVisible();

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: en.landingHeading })).toBeVisible();

    await page.getByRole("banner").getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: vi.landingHeading })).toBeVisible();
  });
});
