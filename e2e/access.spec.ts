import { expect, test } from "./support/test";
import { accounts, demoPassword, en, hydrated, login, open, vi } from "./utils";

test.describe("access control and error pages", () => {
  test("a citizen gets a 403 page for /admin and /desk", async ({ page }) => {
    await login(page, accounts.citizen.email, demoPassword);

    for (const path of ["/admin", "/admin/users", "/desk"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: vi.forbiddenTitle })).toBeVisible();
      await expect(page.getByText("Mã lỗi 403")).toBeVisible();
      // Still signed in, inside the normal layout, with a way back.
      await expect(page.getByRole("banner").getByRole("button", { name: vi.signOut })).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: "Về trang chủ" })).toBeVisible();
      // The navigation only offers what a citizen may open.
      const nav = page.getByRole("navigation", { name: vi.mainNav });
      await expect(nav.getByRole("link", { name: vi.myCases })).toBeVisible();
      await expect(nav.getByRole("link", { name: vi.desk })).toHaveCount(0);
      await expect(nav.getByRole("link", { name: "Quản trị" })).toHaveCount(0);
    }
  });

  test("an anonymous visitor opening /desk is sent to the login page", async ({ page }) => {
    const response = await page.goto("/desk");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fdesk$/);
    await expect(page.getByRole("heading", { level: 1, name: vi.signIn })).toBeVisible();
  });

  test("after signing in from that redirect, staff come back to /desk", async ({ page }) => {
    await page.goto("/desk");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fdesk$/);
    await hydrated(page);
    await page.getByLabel(vi.identifier).fill(accounts.handler.email);
    await page.getByLabel(vi.password, { exact: true }).fill(demoPassword);
    await page.getByRole("main").getByRole("button", { name: vi.signIn }).click();
    await expect(page).toHaveURL(/\/desk$/);
    await expect(page.getByRole("main")).toContainText("Đơn vị: Phường Tô Hiệu");
  });

  test("an unknown URL gives a 404 page, in Vietnamese and then in English", async ({ page }) => {
    const response = await open(page, "/khong-co-trang-nay");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: vi.notFoundTitle })).toBeVisible();
    await expect(page.getByText("Mã lỗi 404")).toBeVisible();

    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/\/khong-co-trang-nay$/);
    await expect(page.getByRole("heading", { level: 1, name: en.notFoundTitle })).toBeVisible();

    const again = await page.reload();
    expect(again?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: en.notFoundTitle })).toBeVisible();
    await expect(page.getByText("Error 404")).toBeVisible();
  });
});
