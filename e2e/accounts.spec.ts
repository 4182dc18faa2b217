import { expect, test } from "@playwright/test";
import { escapeRegExp, fileCaseAsCitizen, hydrated, logout, open, registerCitizen, uniqueSuffix, vi } from "./utils";

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
    await hydrated(page);
    await page.getByLabel(vi.identifier).fill(reg.email);
    await page.getByLabel(vi.password, { exact: true }).fill(reg.password);
    await page.getByRole("main").getByRole("button", { name: vi.signIn }).click();
    await expect(page).toHaveURL(new RegExp(`/cases/${escapeRegExp(code)}$`));
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
});
